"""What is scored: actors and events as plain records, and when two actors are the same.

Gold files and predicted graphs are both read into these records, so the matching in
:mod:`kg.evaluate.match` never sees where a record came from.

Actor identity follows the shared scorer (``score.py``) rule for rule: two actors are the same
when they share a Wikidata item, a normalised full name, or a surname (the last word of a name
longer than three letters that is not a word for a kind of body, such as "forces" or "ministry").
Names count even where the items differ, so a wrong item costs in the linking figure, not twice.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kg.plover import plover_scheme

#: The 16 PLOVER event types, in the manual's order (from ontology/plover.ttl).
PLOVER_TYPES = plover_scheme().names
PLOVER = frozenset(PLOVER_TYPES)
MODALITIES = ("asserted", "planned", "hypothetical", "negated")

#: Words dropped from a name before it is compared: titles, honorifics and glue words.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "dr", "president", "prime", "minister", "chancellor", "secretary",
    "general", "king", "queen", "sir", "the", "of", "state", "foreign",
})
#: Last words that name a kind of body, not a person: no surname match on them.
GENERIC_LAST = frozenset({
    "forces", "force", "army", "ministry", "council", "union", "government", "office",
    "department", "party", "front", "movement", "group", "guard", "guards", "police",
    "agency", "nations", "states", "republic", "court", "assembly", "parliament",
    "commission", "bank", "fund", "organization", "organisation", "alliance", "coalition",
    "league", "community", "committee", "service", "services", "navy", "corps", "militia",
})
_QID = re.compile(r"Q\d+")


def norm(name: str) -> str:
    """A name folded to ASCII lowercase words, without titles and glue words."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(w for w in re.split(r"[^a-z0-9]+", text) if w and w not in HONORIFICS)


def name_keys(name: str) -> set[str]:
    """The keys a name matches on: ``n:`` the full normalised name, ``last:`` a surname."""
    n = norm(name)
    if not n:
        return set()
    keys = {"n:" + n}
    last = n.split()[-1]
    if len(last) > 3 and last not in GENERIC_LAST:
        keys.add("last:" + last.rstrip("y"))  # Zelensky / Zelenskyy
    return keys


def is_qid(text: str) -> bool:
    return bool(_QID.fullmatch(text))


@dataclass(eq=False)
class Actor:
    """An actor as the scorer sees it: its match keys (Wikidata items are the keys ``Q...``) and a label."""

    keys: set[str]
    label: str

    @property
    def qids(self) -> set[str]:
        return {k for k in self.keys if k.startswith("Q")}

    def _keys(self, prefix: str) -> set[str]:
        return {k for k in self.keys if k.startswith(prefix)}


def same_actor(a: Actor, b: Actor) -> bool:
    """Same Wikidata item, or the same full name, or the same surname."""
    if a.qids & b.qids:
        return True
    if a._keys("n:") & b._keys("n:"):
        return True
    return bool(a._keys("last:") & b._keys("last:"))


def overlap(xs: list[Actor], ys: list[Actor]) -> int:
    """How many of ``xs`` are the same as some actor of ``ys``."""
    return sum(1 for x in xs if any(same_actor(x, y) for y in ys))


@dataclass(eq=False)
class Event:
    """An event as the scorer sees it: one PLOVER type (a predicted event with two types is two)."""

    type: str
    participants: list[Actor]
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    date: str | None = None
    modality: str = "asserted"
    sentences: list[str] = field(default_factory=list)  # evidence, first sentence first
    node: str = ""  # the event's IRI in a predicted graph (empty for gold events)

    @property
    def text(self) -> str:
        """All evidence sentences as one string (compared by word overlap)."""
        return " ".join(self.sentences)


@dataclass
class Scored:
    """One document's actors and events, gold or predicted."""

    actors: list[Actor]
    events: list[Event]
