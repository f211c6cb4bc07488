"""A person one report names by surname alone and another by full name ("DiCarlo" and "Rosemary
DiCarlo"): when neither is in the gazetteer, a one-word key is read as the other report's only
unknown key that ends with that word, so the two reports name one actor."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.identity.report import Report
from kg.identity.sides import kind
from kg.readers.ids import slug


def _own(key: str, r: Report) -> bool:
    """A key minted for ``r``'s document alone (its police, its protesters): never a person's name."""
    return key.endswith(_doc_slug(r.doc))


@lru_cache(maxsize=65536)
def _doc_slug(doc: str) -> str:
    """The slug a document's own keys end with (the id its IRI ends with), once per document: the
    linker compares every candidate pair."""
    return slug(doc.rsplit("/", 1)[-1])


def _surnames(r: Report) -> list[str]:
    return [k for k in r.participants if "-" not in k and kind(k) is None and not _own(k, r)]


def _renamed(r: Report, other: Report) -> Report:
    """``r`` with each of its one-word unknown keys read as ``other``'s one unknown full name ending
    with that word (none when two or none do)."""
    names = {}
    for short in _surnames(r):
        full = [k for k in other.participants
                if k.endswith("-" + short) and kind(k) is None and not _own(k, other)]
        if len(full) == 1:
            names[short] = full[0]
    if not names:
        return r

    def read(keys: frozenset[str]) -> frozenset[str]:
        return frozenset(names.get(k, k) for k in keys)

    return replace(r, participants=read(r.participants), source=read(r.source), target=read(r.target))


def named_alike(a: Report, b: Report) -> tuple[Report, Report]:
    """``a`` and ``b`` with the surnames each names alone read as the other's full names."""
    return _renamed(a, b), _renamed(b, a)
