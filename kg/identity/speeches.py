"""Statements linked on their speaker alone, and the ones another statement of the speaker contests.

Two reports of a statement (``statement_types``) that do not both name whom it is about are linked
on the speaker and the day alone (:func:`kg.identity.participants._one_statement`). A speech praises
or condemns many ("I commend the mediators", "I commend the signatories"): when a report is linked
so with two or more reports of one other document, of its type and not one event told twice there
(:func:`kg.identity.link.one_document_repeats`), the speaker said several such things that day and
the report tells nothing of which it is: it is linked with none of them (:func:`uncontested_speech`).
"""
from __future__ import annotations

from collections import defaultdict

from kg.identity.link import one_document_repeats
from kg.identity.report import Report
from kg.identity.rules import Rules


def by_speaker(a: Report, b: Report, rule: Rules) -> bool:
    """Two reports of one statement type, at least one not naming whom it is about: what links
    them is the speaker and the day."""
    return (a.plover == b.plover and a.plover in rule.statement_types
            and not (a.target or b.target))


def uncontested_speech(pairs: list[tuple[Report, Report]], rule: Rules) -> list[tuple[Report, Report]]:
    """The linked ``pairs`` without the links :func:`by_speaker` that a report of the same document
    contests: the report is linked also with another report of that document, of its type, that is
    not the same event told twice. A function of the set of pairs, so of the set of reports."""
    weak = [(a, b) for a, b in pairs if by_speaker(a, b, rule)]
    if not weak:
        return pairs
    partners: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    for a, b in pairs:
        if a.plover == b.plover:
            partners[(a.iri, b.doc, a.plover)].append(b)
            partners[(b.iri, a.doc, b.plover)].append(a)

    def contested(x: Report, doc: str) -> bool:
        found = partners[(x.iri, doc, x.plover)]
        return len(found) > 1 and not all(one_document_repeats(found[0], y, rule) for y in found[1:])

    drop = {(a.iri, b.iri) for a, b in weak if contested(a, b.doc) or contested(b, a.doc)}
    return [(a, b) for a, b in pairs if (a.iri, b.iri) not in drop]
