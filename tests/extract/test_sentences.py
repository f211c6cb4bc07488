"""Single news sentences, each extracted alone as in a sentence-level event set: a deed owned by a
claim, and the like (the sentences are written for these tests)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex, keys):
    names = {a.key: a.label for a in ex.actors}
    return [names[k] for k in keys]


def test_who_claims_responsibility_for_a_deed_did_it(run, events_of):
    ex = run("The Taliban claimed responsibility for the bombing of a police station in Kandahar.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["Taliban"]


def test_a_spokesman_claims_a_deed_for_his_group(run, events_of):
    ex = run("A Hamas spokesman claimed responsibility for the rocket attacks on Israel.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["Hamas"]
    assert _labels(ex, attack.target) == ["Israel"]


def test_a_party_named_by_what_it_is_claims_a_deed(run, events_of):
    ex = run("Masked gunmen accepted responsibility for both ambushes.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["masked gunmen"]
    # accepting responsibility is no concession
    assert not [e for e in ex.events if e.plover == "CONCEDE"]


def test_no_one_claiming_a_deed_names_no_doer(run):
    ex = run("No one has claimed responsibility for the explosion at the Turkish embassy.")
    assert all(not e.source for e in ex.events)
