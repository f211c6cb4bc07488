"""A document event as the linker sees it: a report of some real-world event."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Report:
    """One document's event: what the linker compares. Actors are keys (the actor IRI's last
    segment: a Wikidata item, or a slug of the name)."""

    iri: str
    doc: str
    plover: str
    event_class: str | None = None
    participants: frozenset[str] = frozenset()
    source: frozenset[str] = frozenset()
    target: frozenset[str] = frozenset()
    date: str | None = None
    #: "stated" or "report" (the text gives no time; the event took its report's date)
    basis: str | None = None
    date_text: str | None = None
    #: dated by its report, but named there in passing as already past ("following the attack"): the
    #: report's day is the latest day it can have happened on
    background: bool = False
    modality: str = "asserted"
    place: str | None = None
    published: date | None = None

    def __hash__(self) -> int:
        """By IRI (equal reports have equal IRIs; the caches of sides and windows hash a report at each
        call: hashing every field took 6% of a link at 1M)."""
        return hash(self.iri)
