"""Fighting reported with both sides named is an attack among them: "a conflict between X and Y",
"an exchange of fire between X and Y"; firing across a border at a state is an attack on it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

INDIA, PAKISTAN, SYRIA, TURKEY, ARMENIA, AZERBAIJAN = "Q668", "Q843", "Q858", "Q43", "Q399", "Q227"


def test_an_exchange_of_fire_between_two_armies(run, events_of):
    ex = run("There was another exchange of fire between Indian and Pakistani troops along the border.")
    (attack,) = events_of(ex, "ASSAULT")
    assert {INDIA, PAKISTAN} <= set(attack.participants)


def test_a_conflict_between_two_states(run, events_of):
    ex = run("A conflict between Armenia and Azerbaijan broke out again in September.")
    (attack,) = events_of(ex, "ASSAULT")
    assert {ARMENIA, AZERBAIJAN} <= set(attack.participants)


def test_a_conflict_of_views_names_no_fighting(run):
    ex = run("The minister spoke of a conflict of interest in the procurement office.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_firing_across_a_border_into_a_state(run, events_of):
    ex = run("Syria fired across the border into Turkey again on Friday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [SYRIA]
    assert attack.target == [TURKEY]


def test_the_two_sides_after_a_pair_named_with_no_event(run, events_of):
    ex = run("Tensions between Armenia and Azerbaijan remain high. The two sides clashed again on Sunday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert {ARMENIA, AZERBAIJAN} == set(attack.participants)


def test_the_two_sides_take_the_group_that_acted_over_a_pair_only_named(run, events_of):
    ex = run(
        "Britain and France discussed the dispute between Armenia and Azerbaijan. "
        "Both sides agreed to meet again in May."
    )
    agreements = events_of(ex, "AGREE")
    assert any({"Q145", "Q142"} <= set(a.participants) for a in agreements)


def test_skirmishes_told_with_no_party_are_between_the_pair_named_before(run, events_of):
    ex = run("India and Pakistan agreed to a ceasefire on Saturday. There have since been skirmishes.")
    (attack,) = events_of(ex, "ASSAULT")
    assert {INDIA, PAKISTAN} == set(attack.participants)


def test_skirmishes_take_no_group_of_three(run):
    ex = run(
        "Britain, France and Germany urged restraint on Monday. There have since been reports of skirmishes."
    )
    assert not [e for e in ex.events if e.plover == "ASSAULT"]
