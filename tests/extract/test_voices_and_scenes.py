"""Names that are no parties of an event the sentence-level backoff reads: who reports it, whose
account an "according to" phrase gives, the passive subject of a harm (what it was done to, not its
doer), a city in apposition to a place noun of a place phrase, and a building named by its name."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)

US, IRAQ, RUSSIA, MALI, ETHIOPIA, QATAR, GEORGIA, HAMAS = (
    "Q30", "Q796", "Q159", "Q912", "Q115", "Q846", "Q230", "Q38799"
)


def test_whose_account_according_to_gives_is_no_party(run, events_of):
    ex = run("Rockets were fired at the U.S. embassy overnight, according to Iraqi security sources.")
    (attack,) = events_of(ex, "ASSAULT")
    assert IRAQ not in attack.participants
    assert attack.target == [US]


def test_a_doer_named_beside_an_according_to_phrase_stays(run, events_of):
    ex = run("According to the Ukrainian military, Russian forces shelled the town overnight.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [RUSSIA]


def test_the_wounded_of_a_passive_harm_are_not_its_doers(run, events_of):
    ex = run("Two American soldiers were wounded when their convoy was attacked near Kirkuk.")
    (attack,) = events_of(ex, "ASSAULT")
    assert US not in attack.source
    assert US in attack.target


def test_the_blamed_of_a_passive_accusation_still_did_the_deed(run, events_of):
    ex = run("Hamas was blamed for the attack.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [HAMAS]


def test_a_capital_in_apposition_in_a_place_phrase_is_a_place(run, events_of):
    ex = run("The two leaders reached an agreement in the Ethiopian capital, Addis Ababa, on Friday.")
    (deal,) = events_of(ex, "AGREE")
    assert ETHIOPIA not in deal.participants
    ex = run("Talks will be held in the Qatari capital, Doha, next week.")
    (talks,) = events_of(ex, "CONSULT")
    assert QATAR not in talks.participants


def test_police_in_the_capital_are_still_the_states(run, events_of):
    ex = run("Protesters were dispersed by the police in the capital, Tbilisi, on Sunday.")
    (dispersal,) = events_of(ex, "COERCE")
    assert GEORGIA in dispersal.participants


def test_a_hotel_named_by_its_name_is_the_scene_not_the_target(run, events_of):
    ex = run("The Secretary-General condemns the attack at the Radisson hotel in Bamako.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [MALI]
    assert not any("radisson" in k for k in attack.participants)


def test_a_named_armed_group_stays_the_doer(run, events_of):
    ex = run("The Wagner Group attacked a village in Mali.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["wagner-group"]
    assert attack.target == [MALI]


def test_who_reports_a_deed_did_not_do_it(run):
    ex = run("Human Rights Watch reported the killings of dozens of civilians in the village.")
    assert not any("human-rights-watch" in e.source for e in ex.events if e.plover == "ASSAULT")


def test_who_carries_out_a_deed_did_it(run, events_of):
    ex = run("Israel carried out the strike on the building.")
    (strike,) = events_of(ex, "ASSAULT")
    assert strike.source == ["Q801"]
