"""When events happened (kg.extract.timing)."""

from __future__ import annotations

from datetime import date

from kg.extract import NO_DATE_NOTE

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


def test_without_a_publication_date_relative_dates_stay_open(run, events_of):
    ex = run("Israel condemned Iran on Monday.", published=None)
    assert events_of(ex, "ACCUSE")[0].date is None
    assert NO_DATE_NOTE in ex.notes


def test_reported_event_takes_the_date_of_the_reporting_verb(run, events_of):
    ex = run(
        "Turkey rejected the plan, Foreign Minister Hakan Fidan told reporters on Wednesday.",
        published=SATURDAY,
    )
    (reject,) = events_of(ex, "REJECT")
    assert reject.source == ["Q43"] and reject.date == "2025-06-11"


def test_hours_later_keeps_the_day_of_the_event_before(run, events_of):
    # the parties differ: only "hours later" ties the second strike to the first one's day
    ex = run("Israel struck Beirut on Thursday. Hours later, Russian drones hit Kyiv.", published=SATURDAY)
    dates = {tuple(e.source): e.date for e in events_of(ex, "ASSAULT")}
    assert dates == {("Q801",): "2025-06-12", ("Q159",): "2025-06-12"}
