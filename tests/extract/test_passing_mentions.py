"""An event a report names in passing as already past, with no time of its own, is a background
mention (``Event.background``, kg.extract.background): a definite event noun ("the attack by ..."),
an event noun or a past clause after "following", "after" or "since", the past verb of a relative
clause. It keeps its report's date (the date the scorer and the event coders read) and no date of
another event of its sentence. Sentences written for these tests in the styles of a wire lead, a
readout and a UN statement."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 15)  # a Friday


def _one(ex, events_of, plover):
    (event,) = events_of(ex, plover)
    return event


@pytest.mark.parametrize(
    "text",
    [
        "The government announced new measures following attacks by al-Shabaab on police stations in Kenya.",
        "Kenya closed the border following the attack by al-Shabaab on Garissa.",
        "Britain expelled Russian diplomats after the poisoning of Sergei Skripal by Russia.",
        "Talks between Sudan and South Sudan have stalled since the clashes erupted along their border.",
        "The Secretary-General visited the families of victims of the attack on Kenya by al-Shabaab.",
    ],
)
def test_an_event_named_in_passing_as_past_is_background(run, events_of, text):
    event = _one(run(text), events_of, "ASSAULT")
    assert event.background
    assert (event.date, event.date_basis) == ("2024-03-15", "report")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab attacked a university in Garissa, Kenya, killing 147 people.",  # the report's news
        "Al-Shabaab militants attacked a university in Garissa, Kenya, on Thursday.",  # its own day
        "The Secretary-General condemned the attack by al-Shabaab on Kenya on Thursday.",
        "Al-Shabaab attacked a police station in Mandera, Kenya. The attack killed nine officers.",
    ],
)
def test_the_news_of_the_report_and_a_dated_mention_are_not_background(run, events_of, text):
    assert not _one(run(text), events_of, "ASSAULT").background


def test_an_event_named_in_passing_takes_no_date_of_its_sentence(run, events_of):
    monday = date(2024, 3, 18)  # Thursday is four days back: the report's day is its own
    ex = run("The United States on Thursday imposed sanctions on the leaders of the coup by the "
             "military in Niger.", published=monday)
    coup = _one(ex, events_of, "COERCE")  # not Thursday's: that is the sanction's day
    assert (coup.date, coup.date_basis, coup.background) == ("2024-03-18", "report", True)
    assert _one(ex, events_of, "SANCTION").date == "2024-03-14"
    ex = run("Britain expelled diplomats on Thursday after the poisoning of Sergei Skripal by Russia.",
             published=monday)
    assert _one(ex, events_of, "ASSAULT").background
