"""A deed told in the simple present with a weekday in the body of a report is scheduled: the weekday
is the next one ("He travels to Russia Friday"), not the last (kg.extract.sentence_dates)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _dates(ex, plover):
    return {e.date for e in ex.events if e.plover == plover}


def test_a_trip_in_the_simple_present_with_a_weekday_is_ahead(run):
    ex = run("Secretary of State Antony Blinken travels to Egypt Monday for talks with President "
             "Abdel Fattah el-Sisi.")
    assert "2024-03-18" in _dates(ex, "CONSULT")


def test_a_meeting_in_the_past_tense_with_a_weekday_is_behind(run):
    ex = run("Secretary of State Antony Blinken met President Abdel Fattah el-Sisi in Cairo on Monday.")
    assert _dates(ex, "CONSULT") == {"2024-03-11"}


def test_a_verb_of_saying_in_the_present_keeps_the_last_weekday(run):
    ex = run("The Egyptian foreign ministry says Monday that Israel must reopen the Rafah crossing.")
    assert "2024-03-18" not in {e.date for e in ex.events}
