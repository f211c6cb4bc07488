"""Which body an actor acts for, so that two reports that name one side at different levels ("the
United States" and "Treasury", "Russia" and "President Putin", "the UN" and "the Security Council")
can be compared; and which state a place is in, so that two reports that name a place at different
levels ("Alaska" and "Anchorage") are not two events.

From the gazetteer (``ontology/actors``): a person acts for the body of each office they hold on the
event's day (not for the country of their nationality), an organisation for its country (an agency of
a government), an organ for its parent body (``organs`` in ``ontology/identity.yaml``), and a
spokesperson for the holder of the office they speak for (``spokespeople``). Bodies are followed
upwards (a Treasury Secretary acts for the Treasury, so for the United States).
"""
from __future__ import annotations

from datetime import date
from functools import cache, lru_cache

from kg.gazetteer import Gazetteer
from kg.identity.rules import rules
from kg.resources import load_yaml

ACTING_KINDS = ("org", "igo")  # kinds whose dip:country is the body they act for (not a nationality)


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


def kind(key: str) -> str | None:
    """The gazetteer's kind of the actor (person, state, igo, org, group), None when unknown."""
    entry = _gazetteer().entries.get(key)
    return entry.kind if entry else None


def _parents(key: str, on: date | None) -> set[str]:
    entry = _gazetteer().entries.get(key)
    out = set()
    organ = rules().organs.get(key)
    if organ:
        out.add(organ)
    if entry is None:
        return out
    if entry.kind == "person":
        held = [o for o in entry.offices if (o.covers(on) if on else o.end is None)]
        out.update(o.of for o in held)
        out.update(_principals(held, on))
    elif entry.kind in ACTING_KINDS and entry.country:
        out.add(entry.country)
    return out - {key}


def _principals(held: list, on: date | None) -> set[str]:
    """The holders of the offices that ``held`` speak for (``spokespeople``: the Spokesperson for the
    Secretary-General speaks for the Secretary-General of the same body)."""
    out = set()
    for office in held:
        principal = rules().spokespeople.get(office.title)
        holder = _gazetteer().holder(principal, office.of, on) if principal else None
        if holder is not None:
            out.add(holder.key)
    return out


@lru_cache(maxsize=65536)
def acts_for(key: str, on: date | None = None) -> frozenset[str]:
    """Every body ``key`` acts for on day ``on`` (None: its offices held now), followed upwards."""
    seen: set[str] = set()
    frontier = _parents(key, on)
    while frontier:
        seen |= frontier
        frontier = {p for f in frontier for p in _parents(f, on)} - seen - {key}
    return frozenset(seen)


@cache
def _places() -> dict[str, str]:
    places = load_yaml("places-petrarch.yaml").get("places") or {}
    return {str(k).casefold(): str(v) for k, v in places.items()}


@lru_cache(maxsize=65536)
def state_of_place(name: str) -> str | None:
    """The state a place name is in (``ontology/places-petrarch.yaml``: cities, provinces,
    regions), or that it names (a state of the gazetteer); None when unknown."""
    text = name.strip()
    if text.casefold().startswith("the "):
        text = text[4:]
    found = _places().get(text.casefold())
    if found:
        return found
    hit = _gazetteer().lookup(text)
    return hit[0].key if hit and hit[0].kind == "state" else None
