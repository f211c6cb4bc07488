"""A mutual accusation whose subject names no one ("each side blamed the other", "the countries accuse
each other") is made by each of the pair named last to the other (kg.extract.events, ``each_other``)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_each_side_blaming_the_other_is_two_accusations_of_the_pair(run, events_of):
    ex = run("Fighting flared between India and Pakistan on Monday, with each side blaming the other.")
    pairs = {(tuple(e.source), tuple(e.target)) for e in events_of(ex, "ACCUSE")}
    assert pairs == {(("Q668",), ("Q843",)), (("Q843",), ("Q668",))}


def test_the_countries_accusing_each_other_are_the_pair_of_the_sentence_before(run, events_of):
    ex = run("India and Pakistan met in Geneva on Monday. The countries accuse each other of arming rebels.")
    pairs = {(tuple(e.source), tuple(e.target)) for e in events_of(ex, "ACCUSE")}
    assert pairs == {(("Q668",), ("Q843",)), (("Q843",), ("Q668",))}


def test_a_mutual_blame_with_no_pair_named_is_no_accusation(run):
    ex = run("The two teams blamed each other for the defeat on Monday.")
    assert not [e for e in ex.events if e.plover == "ACCUSE"]
