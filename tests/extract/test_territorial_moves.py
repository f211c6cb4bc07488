"""Armed forces taking, entering or pushing on places, and weapons as the doers of a strike: an
attack by the force on the state that holds the place ("the rebels took the town of X", "fighters
entered X", "a shell landed in X")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

CONGO, CAR, MALI, SYRIA, TURKEY, IRAQ = "Q974", "Q929", "Q912", "Q858", "Q43", "Q796"
YEMEN = "Q805"


def test_rebels_taking_a_town_attack_its_state(run, events_of):
    ex = run("Witnesses said the rebels had taken the eastern Congolese town of Goma.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [CONGO]
    assert attack.source and CONGO not in attack.source


def test_militias_taking_over_a_region(run, events_of):
    ex = run("Islamist militias took over the north of Mali in 2012.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [MALI]


def test_a_named_group_taking_over_part_of_a_state_attacks_it(run, events_of):
    # the ground a force takes is of the state its "of" names, also where the force has a name
    ex = run("Houthi rebels took over the north of Yemen in 2014.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [YEMEN]


def test_fighters_entering_a_capital(run, events_of):
    ex = run("Rebel fighters entered Bangui on Sunday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [CAR]


def test_rebels_advancing_on_a_capital(run, events_of):
    ex = run("Rebels are advancing toward Bangui, officials said.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [CAR]
    assert attack.modality == "asserted"


def test_a_delegation_entering_a_city_attacks_no_one(run):
    ex = run("The delegation entered Bangui on Sunday for talks.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_taking_a_decision_or_a_seat_is_no_attack(run):
    ex = run("The rebels took a decision to join the talks in the capital.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_a_shell_landing_in_a_town_is_an_attack_from_its_owner(run, events_of):
    ex = run("A Syrian shell landed in the Turkish town of Akcakale.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [SYRIA]
    assert attack.target == [TURKEY]


def test_a_rocket_slamming_into_a_home_is_an_attack_not_a_rebuke(run, events_of):
    ex = run("A mortar round slammed into the courtyard of the Iraqi minister's house.")
    assert not [e for e in ex.events if e.plover == "ACCUSE"]
    (attack,) = events_of(ex, "ASSAULT")
    assert IRAQ in attack.target


def test_a_strike_weapon_being_developed_is_no_strike(run):
    ex = run("The two countries will develop a long-range strike weapon.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_troops_advancing_across_a_border(run, events_of):
    ex = run("Ethiopian troops advanced across the border into Eritrea on Monday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert "Q115" in attack.source
    assert attack.target == ["Q986"]


def test_insurgents_seizing_swathes_of_a_state(run, events_of):
    ex = run("Insurgents have seized swathes of northern Nigeria.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == ["Q1033"]
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_drone_operations_in_a_state(run, events_of):
    ex = run("Turkey has stepped up drone operations in northern Iraq.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [TURKEY]
    assert attack.target == [IRAQ]


def test_a_rocket_barrage_is_an_attack_and_a_barrage_of_questions_is_not(run, events_of):
    assert events_of(run("After weeks of Hamas rocket barrages, the border is quiet."), "ASSAULT")
    ex = run("The minister faced a barrage of questions from reporters.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_a_drone_striking_terrorists(run, events_of):
    ex = run("A British drone flew over the river on Monday, striking armed terrorists.")
    assert events_of(ex, "ASSAULT")
