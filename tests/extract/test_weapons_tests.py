"""A missile of the kinds states test, fired at no party, is a weapons test (MOBILIZE); fired at a
party, it is an attack (ASSAULT)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

NORTH_KOREA, RUSSIA, UKRAINE = "Q423", "Q159", "Q212"


def test_short_range_missiles_fired_at_no_one_are_a_test(run, events_of):
    ex = run("Pyongyang fired two short-range missiles on Tuesday, the army said.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]
    (test,) = events_of(ex, "MOBILIZE")
    assert test.source == [NORTH_KOREA]
    assert test.mode == "weapons test"


def test_ballistic_missiles_fired_at_a_city_are_an_attack(run, events_of):
    ex = run("Russia fired ballistic missiles at Kyiv overnight.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [RUSSIA]
    assert attack.target == [UKRAINE]
    assert not [e for e in ex.events if e.plover == "MOBILIZE"]


def test_a_volley_of_plain_missiles_stays_an_attack(run, events_of):
    ex = run("Russia launched 40 missiles and 90 drones overnight, the Ukrainian air force said.")
    assert events_of(ex, "ASSAULT")
    assert not [e for e in ex.events if e.plover == "MOBILIZE"]
