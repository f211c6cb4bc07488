"""Truces (kg.extract.truces): one two sides make together is their agreement, one side's declared
truce its concession, and a truce sought, needed or kept from before no concession of its own."""

from __future__ import annotations

import datetime as dt

PUBLISHED = dt.date(2024, 5, 10)

SUDAN, CHAD, KENYA, IRAQ = "Q1049", "Q657", "Q114", "Q796"


def _types(ex) -> set[str]:
    return {e.plover for e in ex.events}


def _agreement_of(ex, *parties: str):
    return [e for e in ex.events if e.plover == "AGREE" and set(parties) <= set(e.participants)]


def test_a_truce_between_two_sides_is_their_agreement(run):
    ex = run("Norway welcomed a cessation of hostilities between Sudan and Chad.")
    assert _agreement_of(ex, SUDAN, CHAD)
    assert "CONCEDE" not in _types(ex)


def test_a_jointly_announced_truce_is_an_agreement(run):
    ex = run("Norway praised the joint announcement of a ceasefire by Sudan and Chad.")
    assert _agreement_of(ex, SUDAN, CHAD)
    assert "CONCEDE" not in _types(ex)


def test_a_brokered_truce_is_an_agreement_with_its_broker(run):
    ex = run("Officials said a truce brokered by Kenya between Sudan and Chad has held since Monday.")
    assert _agreement_of(ex, KENYA, SUDAN, CHAD)
    assert not {"CONCEDE", "CONSULT"} & _types(ex)


def test_a_truce_reached_is_an_agreement(run):
    ex = run("Kenya said a ceasefire reached on Monday between Sudan and Chad was holding.")
    assert _agreement_of(ex, SUDAN, CHAD)
    assert "CONCEDE" not in _types(ex)


def test_one_sides_declared_truce_stays_its_concession(run):
    ex = run("Iraq declared a unilateral ceasefire on Friday.")
    assert [e.participants for e in ex.events if e.plover == "CONCEDE"] == [[IRAQ]]


def test_a_truce_to_be_respected_is_no_concession(run):
    ex = run("Kenya urged Sudan to respect the ceasefire.")
    assert "CONCEDE" not in _types(ex)
    ex = run("Kenya said the truce must be observed by all sides.")
    assert "CONCEDE" not in _types(ex)
    ex = run("Kenya called on Sudan and Chad to comply with the truce.")
    assert "CONCEDE" not in _types(ex)


def test_a_truce_needed_is_no_concession(run):
    ex = run("The Kenyan president underlined the need for a truce in Sudan.")
    assert "CONCEDE" not in _types(ex)


def test_a_truce_monitoring_body_is_no_concession(run):
    ex = run("The Sudan truce monitoring mission said Chad was responsible for the raid.")
    assert "CONCEDE" not in _types(ex)
