"""A naming verb with an object predicate names, it does not phone or ask (kg.extract.judgements): "X
called Y a terrorist state" is X's accusation of Y, whatever other sense of "call" drafted it; a call
with no object predicate stays a call, and a name that damns no one accuses no one."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_calling_a_state_a_damning_name_accuses_it(run, events_of):
    ex = run("Erdogan called Israel a terrorist state on Friday.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.target == ["Q801"]
    assert not [e for e in ex.events if e.plover in ("REQUEST", "CONSULT")]


def test_calling_an_owned_body_a_damning_name_accuses_its_owner(run, events_of):
    ex = run("Serbia called Kosovo's government a gang of criminals.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q403"] and blame.target == ["Q1246"]


def test_a_phone_call_stays_a_call(run, events_of):
    ex = run("Erdogan called Isaac Herzog on Friday.")
    assert events_of(ex, "CONSULT")
    assert not [e for e in ex.events if e.plover == "ACCUSE"]


def test_a_name_that_damns_no_one_accuses_no_one(run):
    ex = run("Germany called the talks with Poland a success.")
    assert not [e for e in ex.events if e.plover == "ACCUSE"]
