"""Dates a sentence gives to one event and not another: a possessive date is its noun's, a weekday
with its calendar date is that date, an "overnight" event noun is the night before the report, and
a title's event takes the day its lead states for a word of its type (kg.extract.date_scope,
kg.extract.sentence_dates, kg.extract.timing)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _date(ex, plover):
    (event,) = [e for e in ex.events if e.plover == plover]
    return event.date


def test_a_possessive_date_dates_its_noun_not_the_statement(run):
    # the parser hangs "yesterday" from the verb ("yesterday’s" as an adverb), not from "bombing"
    ex = run("The Council strongly condemned yesterday’s bombing at a crowded mosque.")
    assert _date(ex, "ACCUSE") == "2024-03-14"  # said when reported, not on the day of the bombing


def test_a_date_of_the_statement_itself_stays_the_statements(run):
    ex = run("The Council on Tuesday strongly condemned yesterday’s bombing at a crowded mosque.")
    assert _date(ex, "ACCUSE") == "2024-03-12"


def test_a_weekday_with_its_calendar_date_is_that_date(run):
    ex = run("The Turkish foreign minister met Sergey Lavrov in Moscow on Monday, 19 February.")
    assert _date(ex, "CONSULT") == "2024-02-19"  # not the Monday before publication (11 March)


def test_a_weekday_before_a_comma_and_no_date_is_counted_from_publication(run):
    ex = run("On Monday, the Turkish foreign minister met Sergey Lavrov in Moscow.")
    assert _date(ex, "CONSULT") == "2024-03-11"


def test_an_overnight_event_noun_is_dated_the_night_before_the_report(run):
    ex = run("Officials said three villagers were killed in an overnight clash with Pakistani troops.")
    assert _date(ex, "ASSAULT") == "2024-03-13"


def test_overnight_as_an_adverb_keeps_the_report_day(run):
    ex = run("Overnight, Russian forces fired dozens of drones at Ukraine.")
    assert _date(ex, "ASSAULT") == "2024-03-14"


_TITLE = "Suicide Bombing in Quetta, Pakistan"


def _titled(run, day: str):
    body = f"The Council condemns the {day} bombing at a crowded mosque, which killed dozens of worshippers."
    return run(f"{_TITLE}\n\n{body}\n\nIt calls for calm.", published=date(2023, 2, 1), title=_TITLE)


def test_a_title_event_takes_the_day_its_lead_states_for_a_word_of_its_type(run):
    assert _date(_titled(run, "30 January"), "ASSAULT") == "2023-01-30"


def test_a_lead_day_older_than_a_week_leaves_the_title_event_on_the_report_day(run):
    assert _date(_titled(run, "3 January"), "ASSAULT") == "2023-02-01"


def test_a_title_deed_takes_the_day_of_the_deed_its_leads_statement_is_about(run):
    title = "Council condemns deadly bombing in Mali"
    body = "The Security Council strongly condemned yesterday\u2019s terrorist bombing at a crowded market."
    ex = run(f"{title}\n\n{body}\n\nIt calls for calm.", published=date(2023, 2, 1), title=title)
    assert _date(ex, "ASSAULT") == "2023-01-31"
    assert _date(ex, "ACCUSE") == "2023-02-01"
