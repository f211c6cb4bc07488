"""A news outlet's language services ("VOA Somali", "BBC Persian", "VOA's Somali Service") are the
outlet's: reporters of the news, no actors of it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_a_service_named_after_its_outlet_is_no_actor(run):
    ex = run("Residents also told VOA Somali that the militants have abducted a local elder.")
    assert not any("VOA" in a.label for a in ex.actors)


def test_a_service_an_outlet_owns_is_no_actor(run):
    ex = run("The commander told BBC's Persian Service that the navy seized a tanker on Monday.")
    assert not any("Service" in a.label for a in ex.actors)
