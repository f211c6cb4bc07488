"""A joint event noun in a manner phrase of a verb, "X did it in coordination with Y": the verb's doer
works together with Y (kg.extract.noun_roles, ``_manner_with``); words addressed to someone are no joint
deed."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

US, UK, BRITAIN, KENYA, QATAR = "Q30", "Q145", "Q145", "Q114", "Q846"


def test_a_deed_done_in_coordination_with_a_partner(run, events_of):
    ex = run("The United States, in coordination with the United Kingdom, imposed sanctions on the group.")
    (joint,) = events_of(ex, "COOPERATE")
    assert joint.source == [US]
    assert joint.target == [UK]


def test_praise_said_in_coordination_with_another_is_no_joint_deed(run):
    ex = run("Britain commends Kenya for its leadership in brokering the deal, in coordination with Qatar.")
    assert not [e for e in ex.events if e.plover == "COOPERATE"]


def test_a_deed_done_in_coordinated_action_with_a_partner(run, events_of):
    # "coordinated action", "joint effort" ... with a party: work done together (triggers.yaml)
    ex = run("Britain sanctioned three generals in coordinated action with the United States.")
    (joint,) = events_of(ex, "COOPERATE")
    assert joint.source == [BRITAIN]
    assert joint.target == [US]


def test_joint_action_with_no_partner_is_no_cooperation(run):
    ex = run("Japan called for joint action against piracy.")
    assert not [e for e in ex.events if e.plover == "COOPERATE"]
