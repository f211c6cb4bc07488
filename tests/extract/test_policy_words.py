"""Words of policy that sound like war: "combatting" a state's illicit activities and the Treasury
"targeting" a network are no attacks."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_combatting_a_states_activities_is_no_attack(run):
    ex = run("Washington remains committed to combatting North Korea's illicit cyber activities.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_the_treasury_targeting_a_network_is_a_sanction(run):
    ex = run("The Treasury has targeted the financial network that funds Iran's drone programme.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_troops_targeting_a_base_still_attack_it(run, events_of):
    ex = run("Russian troops targeted a Ukrainian air base near Poltava on Monday.")
    assert events_of(ex, "ASSAULT")
