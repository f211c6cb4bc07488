"""Ground a force takes is taken from whoever held it ("recaptured villages held by X", "recaptured the
town that X seized"), and a verb of retaking tells that those who had taken the ground took it from
the retakers ("forces retook towns that X captured": X attacked those forces)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

UKRAINE, RUSSIA, SOMALIA, SHABAB = "Q212", "Q159", "Q1045", "al-shabaab"


def _attacks(ex):
    return [e for e in ex.events if e.plover == "ASSAULT"]


def test_ground_held_by_a_party_is_taken_from_it(run):
    ex = run("Ukrainian troops recaptured villages occupied by Russian forces.")
    recapture = [a for a in _attacks(ex) if a.source == [UKRAINE]]
    assert recapture and RUSSIA in recapture[0].target


def test_a_taking_before_a_retaking_is_aimed_at_the_retakers(run):
    ex = run("Somali forces have retaken two towns that al-Shabab militants briefly captured on Friday.")
    attacks = _attacks(ex)
    retake = [a for a in attacks if a.source == [SOMALIA]]
    capture = [a for a in attacks if a.source == [SHABAB]]
    assert retake and retake[0].target == [SHABAB]
    assert capture and capture[0].target == [SOMALIA]


def test_a_deed_on_the_ground_that_is_no_holding_names_no_holder(run):
    ex = run("Somali forces retook the town that al-Shabab bombed last week.")
    retake = [a for a in _attacks(ex) if a.source == [SOMALIA]]
    assert retake and SHABAB not in retake[0].target
    bombing = [a for a in _attacks(ex) if a.source == [SHABAB]]
    assert all(SOMALIA not in a.target for a in bombing)


def test_a_first_capture_is_no_retaking(run):
    ex = run("Somali forces captured the town that al-Shabab had used as a base.")
    assert all(SHABAB not in a.target for a in _attacks(ex))
