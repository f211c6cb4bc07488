"""A deed told again takes the day another telling of it states (kg.extract.retold), when the
tellings state one day only; two days told are two occasions and leave an undated telling alone."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _dates(ex, plover):
    return sorted(e.date for e in ex.events if e.plover == plover)


def test_a_deed_dated_by_its_saying_takes_the_day_told_after(run):
    ex = run("Rebels killed 12 villagers and burned a clinic in eastern Congo, local officials said "
             "Thursday. The army said the rebels had raided the village on Tuesday night and that "
             "soldiers arrived too late.")
    assert _dates(ex, "ASSAULT") == ["2024-03-12", "2024-03-12"]


def test_an_undated_lead_takes_the_day_of_the_next_telling(run):
    ex = run("Police in Belarus arrested an opposition blogger and his partner, triggering protests "
             "across Europe. Belarusian police detained Roman Protasevich on Sunday after his plane "
             "landed in Minsk.")
    assert _dates(ex, "COERCE") == ["2024-03-10"]


def test_two_days_told_leave_an_undated_telling_alone(run):
    ex = run("Belarusian police arrested three protesters in Minsk on Monday. Belarusian police "
             "arrested two journalists in Grodno on Wednesday. The opposition called for a general "
             "strike. Belarusian police arrested more than 40 people, rights groups said Thursday.")
    assert _dates(ex, "COERCE") == ["2024-03-11", "2024-03-13", "2024-03-14"]


def test_a_statement_keeps_its_own_day(run):
    ex = run("Japan condemned North Korea's missile launch on Monday. The launch came days before "
             "elections in South Korea. Japan condemned North Korea, its foreign ministry said "
             "Thursday.")
    assert "2024-03-14" in _dates(ex, "ACCUSE")
