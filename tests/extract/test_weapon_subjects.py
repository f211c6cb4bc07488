"""A weapon or strike owned by a state or group as the subject of a hitting verb ("a Russian missile
struck X"): the owner did the deed, and a place struck stands for its state as the target."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

RUSSIA, UKRAINE, ISRAEL = "Q159", "Q212", "Q801"


def test_a_demonym_missile_striking_a_city(run, events_of):
    ex = run("On Friday a Russian ballistic missile struck Kharkiv.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [RUSSIA]
    assert attack.target == [UKRAINE]


def test_a_weapon_launched_by_a_group(run, events_of):
    ex = run("Late on Tuesday a rocket fired by Hezbollah hit Haifa.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["hezbollah"]
    assert attack.target == [ISRAEL]


def test_a_plain_weapon_subject_names_no_source(run):
    ex = run("A stray missile struck Kharkiv on Friday.")
    assert all(RUSSIA not in e.source for e in ex.events)


def test_a_place_the_gazetteer_does_not_know_takes_the_state_beside_it(run, events_of):
    ex = run("Russian forces launched an attack on Sumy, Ukraine.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [RUSSIA]
    assert attack.target == [UKRAINE]
    assert "sumy" not in {a.key for a in ex.actors}


def test_a_person_and_the_state_they_serve_stay_apart(run, events_of):
    ex = run("Dmytro Kuleba, Ukraine's foreign minister, met Wang Yi in Beijing.")
    (meeting,) = events_of(ex, "CONSULT")
    assert "dmytro-kuleba" in meeting.participants
