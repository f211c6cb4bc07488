"""Deed nouns owned by their doer: "Canada's sanctioning of X" is Canada's sanction of X."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_an_owned_sanctioning_is_its_owners_sanction(run, events_of):
    ex = run("Emmanuel Macron welcomed Canada's recent sanctioning of two Russian banks.")
    (sanction,) = events_of(ex, "SANCTION")
    assert sanction.source == ["Q16"] and sanction.target == ["Q159"]


def test_a_headline_gerund_of_sanctioning_is_no_sanction_by_its_target(run):
    ex = run("Sanctioning Russian Army Commanders")
    assert not [e for e in ex.events if e.plover == "SANCTION"]
