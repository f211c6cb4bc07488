"""A participle of claiming set off after a deed noun ("the kidnapping of X on Friday, claimed by Y")
names the deed's doer, even where the parser hangs it on the clause's verb; a deed named between them
takes the claim ("the kidnapping of X and the bombing of Y, claimed by Z": the bombing is Z's)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA = "Q114"


def _labels(ex, keys):
    names = {a.key: a.label for a in ex.actors}
    return [names[k] for k in keys]


def test_a_claim_after_the_deed_names_its_doer(run, events_of):
    ex = run(
        "The attack follows the kidnapping of three Kenyan police officers in Wajir County on Friday, "
        "claimed by Al-Shabaab."
    )
    (kidnapping,) = events_of(ex, "COERCE")
    assert _labels(ex, kidnapping.source) == ["al-Shabaab"]
    assert kidnapping.target == [KENYA]


def test_the_claim_goes_to_the_nearest_deed(run):
    ex = run(
        "The attack followed the kidnapping of three Kenyan police officers and the bombing of a market "
        "in Mandera, claimed by Al-Shabaab."
    )
    kidnappings = [e for e in ex.events if e.plover == "COERCE"]
    assert all("al-Shabaab" not in _labels(ex, k.source) for k in kidnappings)
