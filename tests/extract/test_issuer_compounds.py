"""A text named by its issuer as a modifier ("a Treasury Department statement said") speaks for that
issuer (kg.extract.issuers), not for whoever the sentence names before it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_a_statement_named_by_its_issuer_speaks_for_the_issuer(run, events_of):
    ex = run('"Russia continues to lie about its hackers," a U.S. Treasury Department statement said.')
    blames = events_of(ex, "ACCUSE")
    assert any(b.source == ["us-treasury"] and b.target == ["Q159"] for b in blames)


def test_a_statement_with_no_issuer_named_is_no_accusation_by_the_accused(run):
    ex = run('"Russia continues to lie about its hackers," a press statement said.')
    assert not [e for e in ex.events if e.plover == "ACCUSE" and "Q159" in e.source]
