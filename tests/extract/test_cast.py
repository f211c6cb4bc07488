"""Which actors an extraction lists (kg.extract.cast)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 6, 14)


def test_a_party_named_by_description_is_listed_only_where_an_event_holds_it(run):
    ex = run("Arab ministers said the plan was unlikely to pass.", coded=True)
    held = {k for e in ex.events for k in e.participants}  # the sentence-type model may give one
    assert all(a.key in held for a in ex.actors)
    assert not [e for e in ex.events if e.coder is None]
    ex = run("Arab ministers met in Cairo on Tuesday.")
    assert any(a.kind == "group" for a in ex.actors)


def test_usaid_is_known_by_its_acronym_and_its_full_name(run):
    ex = run(
        "The U.S. Agency for International Development sent food to Sudan. "
        "USAID administrator Samantha Power announced more aid on Thursday."
    )
    (usaid,) = [a for a in ex.actors if a.key == "usaid"]
    assert usaid.label == "United States Agency for International Development"
    assert not any(a.label == "International Development" for a in ex.actors)
