"""A relative clause with no relative word tells of its noun as its object ("the base the militia
seized"): a sense that needs a listed object reads that noun as the object (kg.extract.senses,
``_gap_object``)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

SHABAB, BOKO = "al-shabaab", "boko-haram"


def test_a_base_a_group_seized_is_taken_by_force(run, events_of):
    ex = run("The army shelled the base al-Shabab seized last week.")
    attacks = events_of(ex, "ASSAULT")
    assert [e for e in attacks if e.source == [SHABAB]]
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_towns_a_group_captured(run, events_of):
    ex = run("Nigeria says it will rebuild the towns Boko Haram captured last year.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [BOKO]


def test_a_relative_clause_with_an_object_of_its_own_keeps_it(run):
    # "where ... seized weapons": weapons are what was seized, not the town
    ex = run("The town where al-Shabab seized weapons is quiet.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]
