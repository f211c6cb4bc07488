"""The owner of a noun for a deed done to someone ("his arrest", "the envoy's expulsion") is the one
it is done to, unless an "of" phrase names that one ("Belarus's detention of the activists": Belarus
detains). Lexicon attribute ``owner_undergoes`` in ontology/triggers.yaml."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

BELARUS, CHAD, MALI = "Q184", "Q657", "Q912"


def test_the_owner_of_a_detention_is_the_detained(run, events_of):
    ex = run("Poland on Monday condemned Kovalenko's detention by Belarus.")
    (coerce,) = events_of(ex, "COERCE")
    assert coerce.source == [BELARUS]
    assert coerce.target and BELARUS not in coerce.target


def test_the_owner_of_an_expulsion_is_the_expelled(run, events_of):
    ex = run("France deplored the Malian ambassador's expulsion by Chad on Tuesday.")
    (expel,) = events_of(ex, "SANCTION")
    assert expel.source == [CHAD]
    assert MALI in expel.target


def test_with_an_of_phrase_the_owner_detains(run, events_of):
    # must not fire: the "of" phrase names the detained, and the owner does the detaining
    ex = run("Britain condemned Belarus's detention of three Polish activists on Monday.")
    (coerce,) = events_of(ex, "COERCE")
    assert BELARUS in coerce.source


def test_the_owner_of_an_attack_still_does_it(run, events_of):
    # must not fire: an attack noun has no such attribute; its owner is its doer
    ex = run("Mali condemned Chad's attack on a border post on Monday.")
    assault = [e for e in events_of(ex, "ASSAULT") if CHAD in e.participants]
    assert assault and all(CHAD in e.source for e in assault)
