"""Events told as some time before the report on no day ("the recent attacks", "have recently met",
"in recent weeks", "over the past two days") are left undated, not given the report's day
(kg.extract.date_scope.told_as_recent, kg.extract.timing.date_from_report)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)  # a Thursday


def test_a_recent_event_noun_is_undated_while_the_statement_keeps_the_report_day(run, events_of):
    ex = run("France condemned the recent attacks by Mali on aid convoys in the north.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.date is None
    assert {e.date for e in events_of(ex, "ACCUSE")} == {"2024-05-02"}


def test_the_same_event_noun_without_recent_takes_the_report_day(run, events_of):
    ex = run("France condemned the attacks by Mali on aid convoys in the north.")
    assert {e.date for e in events_of(ex, "ASSAULT")} == {"2024-05-02"}


def test_recently_on_the_verb_leaves_it_undated(run, events_of):
    ex = run("The presidents of Kenya and Uganda recently met in Geneva to discuss the border dispute.")
    assert [e.date for e in events_of(ex, "CONSULT")] == [None]


def test_in_recent_weeks_leaves_a_wire_lead_undated(run, events_of):
    ex = run(
        "Ethiopian security forces have detained dozens of opposition activists in recent weeks, "
        "a party spokesman said."
    )
    assert [e.date for e in events_of(ex, "COERCE")] == [None]


def test_a_stretch_up_to_the_report_is_not_the_day_it_was_said(run, events_of):
    ex = run("Iran has seized three tankers over the past two days, the U.S. Navy said on Wednesday.")
    assert [e.date for e in events_of(ex, "COERCE")] == [None]


def test_a_stated_day_wins_over_the_latest_in_a_series(run, events_of):
    ex = run("Government troops attacked the town on Monday, the latest in a series of raids on rebel camps.")
    assert "2024-04-29" in {e.date for e in events_of(ex, "ASSAULT")}


def test_a_stated_day_wins_over_recently(run, events_of):
    ex = run("Israeli jets struck Gaza on Tuesday, the army said, after rockets were recently fired at it.")
    assert "2024-04-30" in {e.date for e in events_of(ex, "ASSAULT")}


def test_earlier_this_month_gives_the_month(run, events_of):
    ex = run("Earlier this month, Russia expelled two German diplomats.")
    assert [e.date for e in events_of(ex, "SANCTION")] == ["2024-05"]
