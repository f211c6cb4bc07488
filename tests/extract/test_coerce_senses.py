"""Senses of coercion words that name another act or none: an opening seized is no seizure, a measure
blocked is rejected, costs imposed on a state are sanctions, and what was fired and then intercepted
(also through a relative clause) is no seizure."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

RUSSIA, UNITED_KINGDOM = "Q159", "Q145"


def test_an_opportunity_seized_is_no_seizure(run):
    ex = run("Hungary seized the opportunity to court Chinese investors on Monday.")
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_a_tanker_seized_stays_a_seizure(run, events_of):
    ex = run("Iran seized a British tanker in the Strait of Hormuz on Friday.")
    assert events_of(ex, "COERCE")


def test_a_resolution_blocked_is_rejected(run, events_of):
    ex = run("Russia blocked a draft resolution on Syria at the Security Council on Tuesday.")
    assert not [e for e in ex.events if e.plover == "COERCE"]
    (veto,) = events_of(ex, "REJECT")
    assert veto.source == [RUSSIA]


def test_aid_convoys_blocked_stay_coercion(run, events_of):
    ex = run("Russian forces blocked aid convoys to Mariupol on Tuesday.")
    assert events_of(ex, "COERCE")
    assert not [e for e in ex.events if e.plover == "REJECT"]


def test_costs_imposed_on_a_state_are_sanctions(run, events_of):
    ex = run("Britain has imposed heavy costs on Russia over the war.")
    assert not [e for e in ex.events if e.plover == "COERCE"]
    (sanction,) = events_of(ex, "SANCTION")
    assert sanction.source == [UNITED_KINGDOM]


def test_missiles_that_were_intercepted_are_no_seizure(run):
    ex = run("Israel said it destroyed the missiles that were intercepted over the Negev on Sunday.")
    assert not [e for e in ex.events if e.plover == "COERCE" and "intercept" in e.trigger.text]
