"""A group named before "terrorists" is the group ("attacks perpetrated by Boko Haram terrorists": Boko
Haram did them), as before "militants" or "rebels"; with no group named the word names no state."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

NIGERIA = "Q1033"


def test_the_group_named_before_terrorists_did_the_deed(run, events_of):
    ex = run("The council condemned attacks perpetrated by Boko Haram terrorists in Cameroon.")
    (attack,) = events_of(ex, "ASSAULT")
    labels = {a.key: a.label for a in ex.actors}
    assert [labels[k] for k in attack.source] == ["Boko Haram"]


def test_terrorists_of_no_named_group_are_no_state(run, events_of):
    ex = run("Nigerian police said terrorists attacked a police station in Kano on Sunday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert NIGERIA not in attack.source
