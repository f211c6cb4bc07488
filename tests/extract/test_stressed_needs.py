"""Pointing out or reinforcing the importance of a deed, or highlighting the need for it, is an appeal
for it, like stressing or underlining it (``point``/``reinforce``/``highlight`` in
ontology/triggers.yaml)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

CANADA, RUSSIA = "Q16", "Q159"


def test_pointing_out_the_importance_of_a_release(run, events_of):
    ex = run("Canada pointed out the importance of Russia freeing the detained sailors.")
    (call,) = events_of(ex, "REQUEST")
    assert call.source == [CANADA]


def test_highlighting_the_need_for_a_release(run, events_of):
    ex = run("Canada highlighted the need for Russia to free the detained sailors.")
    (call,) = events_of(ex, "REQUEST")
    assert call.source == [CANADA]


def test_highlighting_the_importance_of_trade_is_no_appeal(run):
    ex = run("Canada highlighted the importance of its trade with Mexico.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_pointing_out_a_place_is_no_appeal(run):
    ex = run("The Canadian general pointed out the base on a map.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]
