"""The agent of an event noun named with "by": what the parse hangs on the agent ("attacks by
militias on U.S. troops") aims the event, it does not name who does it; and the "of" that holds an
event noun inside a phrase ("the pace of attacks") is no role of it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

US, RUSSIA, UKRAINE = "Q30", "Q159", "Q212"


def test_a_target_hung_on_the_agent_is_the_target(run, events_of):
    ex = run("Washington failed to stop the attacks by Iranian-backed militias on American troops.")
    (attack,) = events_of(ex, "ASSAULT")
    assert US not in attack.source
    assert US in attack.target


def test_a_named_agent_and_its_target(run, events_of):
    ex = run("The council condemned the attacks by Russia on Ukrainian ports.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [RUSSIA]
    assert attack.target == [UKRAINE]


def test_an_agent_named_through_its_members(run, events_of):
    ex = run("The base came under attack by members of the Kachin Independence Army.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["kachin-independence-army"]


def test_the_phrase_holding_an_event_noun_is_no_target(run, events_of):
    ex = run("Officials admitted that it failed to slow the pace of attacks by Iranian-backed militias on "
             "American forces.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [US]


def test_one_accused_in_the_passive_does_the_deed(run, events_of):
    ex = run("Kenya was accused of launching raids on Somali villages.")
    (raid,) = events_of(ex, "ASSAULT")
    assert raid.source == ["Q114"]
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.target == ["Q114"]
