"""A state named in the "in" phrase of a deed noun's agent ("attacks by X in Cameroon", "attacks
perpetrated by X in Cameroon") is where the deed was done: its target, never a doer; a target the
phrase names itself ("on Turkish troops") comes first."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

CAMEROON, SYRIA, TURKEY = "Q1009", "Q858", "Q43"


def test_the_state_of_the_agents_in_phrase_is_the_target(run, events_of):
    ex = run("The council condemned attacks by Boko Haram in Cameroon.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [CAMEROON]
    assert CAMEROON not in attack.source


def test_the_same_after_a_participle(run, events_of):
    ex = run("The council condemned attacks perpetrated by Boko Haram terrorists in Cameroon.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [CAMEROON]


def test_a_target_named_by_the_phrase_wins_over_the_place(run, events_of):
    ex = run("The council condemned attacks by militants in Syria on Turkish troops.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == [TURKEY]
    assert SYRIA not in attack.target + attack.source
