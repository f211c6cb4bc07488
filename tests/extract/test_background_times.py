"""Words that tell whether and when an event a report names in passing happened: "as if" is a
likening, no condition; a finite verb coordinated after a modal one is a deed of its own; the words
of a verb do not govern an event inside its subject; a date after "since" that bounds a numbered
series ("the ninth package since May") is no time of it; the date of a noun whose infinitive clause
tells a deed done ("the decision last week to launch an operation") is that deed's
(kg.extract.modality, kg.extract.date_scope, kg.extract.sentence_dates). Sentences written for these
tests in the styles of a wire lead, a readout and a UN statement."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _one(ex, events_of, plover):
    (event,) = events_of(ex, plover)
    return event


@pytest.mark.parametrize(
    "text",
    [
        "As if the siege were not enough, government troops also shelled a hospital in Aleppo.",
        "Rebel fighters attacked a convoy near Goma, as if the truce had never been signed.",
    ],
)
def test_as_if_is_no_condition(run, events_of, text):
    assert _one(run(text), events_of, "ASSAULT").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "If Russia attacks Ukraine again, NATO will respond.",
        "Even if Serbia attacked Kosovo, the mission would not intervene.",
    ],
)
def test_a_condition_is_still_a_condition(run, events_of, text):
    assert _one(run(text), events_of, "ASSAULT").modality == "hypothetical"


def test_a_finite_verb_after_a_modal_one_is_a_deed_of_its_own(run, events_of):
    ex = run("The Secretary-General recalls that attacks against peacekeepers may constitute a war crime "
             "and calls on the Malian authorities to investigate the attack.")
    assert _one(ex, events_of, "REQUEST").modality == "asserted"
    # a bare verb shares the modal: "may meet and discuss"
    ex = run("The Security Council may meet and discuss the crisis with Iran next week.")
    assert all(e.modality != "asserted" for e in events_of(ex, "CONSULT"))


def test_the_verb_of_a_subject_does_not_govern_an_event_inside_it(run, events_of):
    ex = run("Obama Phones Putin on Ukraine, Offers Diplomatic Solutions")
    assert all(e.modality == "asserted" for e in events_of(ex, "CONSULT"))
    # a modal on that verb still carries over
    ex = run("Talks between Armenia and Azerbaijan could resume next week, diplomats said.")
    assert all(e.modality != "asserted" for e in events_of(ex, "CONSULT"))


@pytest.mark.parametrize(
    "text, day",
    [
        ("This action marks the ninth sanctions tranche since October 7, 2023, targeting Hamas.",
         "2024-03-14"),
        ("The EU adopted its twelfth package of sanctions since February 2022 against Russia on Monday.",
         "2024-03-11"),
    ],
)
def test_a_date_bounding_a_numbered_series_is_no_time_of_it(run, events_of, text, day):
    assert _one(run(text), events_of, "SANCTION").date == day


def test_a_since_date_of_a_deed_going_on_is_when_it_began(run, events_of):
    ex = run("At least 300 civilians have been killed in clashes since 24 July, the army said.")
    assert _one(ex, events_of, "ASSAULT").date == "2023-07-24"


def test_the_date_of_a_decision_to_do_a_deed_is_the_deeds(run, events_of):
    ex = run("Azerbaijan's decision last week to launch a military operation in Nagorno-Karabakh "
             "put peace talks at risk.")
    assert _one(ex, events_of, "ASSAULT").date_text == "last week"
    ex = run("The junta's decision last month to expel the French ambassador angered Paris.")
    assert _one(ex, events_of, "SANCTION").date == "2024-02"


def test_a_date_of_the_clause_itself_comes_first(run, events_of):
    # the meeting's own date, not the day of the decision to hold it
    ex = run("The decision on Monday to hold talks with Iran on 2 April was welcomed by France.")
    assert all(e.date != "2024-03-11" for e in events_of(ex, "CONSULT"))


def test_the_news_of_the_day_does_not_join_a_deed_dated_weeks_before(run, events_of):
    ex = run("Today, the United States imposed sanctions on Hamas financiers. This action marks the fifth "
             "tranche since October 2023, targeting Hamas. The previous action on January 22 targeted "
             "Hamas's use of sham charities.")
    assert sorted(e.date for e in events_of(ex, "SANCTION")) == ["2024-01-22", "2024-03-14"]


def test_an_undated_deed_still_joins_its_day_told_after_it(run, events_of):
    ex = run("Russian forces struck Kyiv with missiles, killing five people. The strike on Tuesday also "
             "damaged a power station.")
    assert len(events_of(ex, "ASSAULT")) == 1  # one strike, told twice within the week
