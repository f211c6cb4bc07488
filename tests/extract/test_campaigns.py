"""A doer's own deeds it says it carries on ("they are conducting their attacks"): the doer is the
named group "they" stand for, and the campaign is an event apart from the one deed told before."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_their_attacks_carried_on_are_the_groups_campaign_apart_from_one_attack(run, events_of):
    ex = run(
        "The Houthis fired a missile at a tanker in the Red Sea on Tuesday. "
        "The Houthis say they are carrying out their attacks to pressure Israel."
    )
    attacks = events_of(ex, "ASSAULT")
    assert len(attacks) == 2
    campaign = next(e for e in attacks if e.trigger == "attacks")
    assert campaign.source == ["houthis"]


def test_a_demand_to_cease_attacks_is_about_the_attack_told(run, events_of):
    ex = run("Iran fired missiles at Israel on Saturday. The ministers demanded that Iran cease its attacks.")
    assert len(events_of(ex, "ASSAULT")) == 1
