"""Which body an actor acts for, so that two reports that name one side at different levels ("the
United States" and "Treasury", "Russia" and "President Putin", "the UN" and "the Security Council")
can be compared; and which state a place is in, so that two reports that name a place at different
levels ("Alaska" and "Anchorage") are not two events.

From the gazetteer (``ontology/actors``): a person acts for the body of each office they hold on the
event's day (not for the country of their nationality), an organisation for its country (an agency of
a government), an organ for its parent body (``organs`` in ``ontology/identity.yaml``), and a
spokesperson for the holder of the office they speak for (``spokespeople``). Bodies are followed
upwards (a Treasury Secretary acts for the Treasury, so for the United States). An actor the gazetteer
does not know acts for a state when its name is that state's agents ("Rwandan foreign ministers").

A leader (``leader_offices``) is also an anchor of the state he leads: a report naming him and one
naming his state name one actor in common (:func:`anchored`), as the candidate lookups find them.
"""
from __future__ import annotations

from collections.abc import Collection
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
        state = None if organ else state_of_agents(key)
        return out | ({state} if state else set())
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
def leads(key: str, on: date | None = None) -> frozenset[str]:
    """The bodies a person leads on day ``on`` (None: now): those of the ``leader_offices`` he holds
    (a president, a prime minister: the one who stands for his state at a summit or in a call)."""
    entry = _gazetteer().entries.get(key)
    if entry is None or entry.kind != "person":
        return frozenset()
    return frozenset(o.of for o in entry.offices if o.title in rules().leader_offices
                     and (o.covers(on) if on else o.end is None))


@lru_cache(maxsize=65536)
def leaders(key: str, on: date | None = None) -> frozenset[str]:
    """The persons who lead state ``key`` on day ``on`` (None: the latest holders): the holders of its
    ``leader_offices`` that the gazetteer knows."""
    if kind(key) != "state":
        return frozenset()
    held = (_gazetteer().holder(title, key, on) for title in sorted(rules().leader_offices))
    return frozenset(h.key for h in held if h is not None and key in leads(h.key, on))


@lru_cache(maxsize=65536)
def state_of_agents(key: str) -> str | None:
    """The state an actor the gazetteer does not know stands for when its name is a state's name or
    demonym followed by a word for that state's agents ("Rwandan foreign ministers", "Iranian
    officials": an office title or a ``home_agents`` word of ``ontology/language.yaml``), as the
    extractor left it unresolved; None otherwise ("Palestinian Islamic Jihad" is no agency)."""
    if key in _gazetteer().entries:
        return None
    words = key.split("-")
    for cut in (1, 2):
        rest = " ".join(words[cut:])
        if not rest or not _agent_words(rest):
            continue
        hit = _gazetteer().lookup(" ".join(w.capitalize() for w in words[:cut]))
        if hit and hit[0].kind == "state":
            return hit[0].key
    return None


def _agent_words(words: str) -> bool:
    """``words`` name a state's agents: a ``home_agents`` word or an office title, plural or not."""
    forms = {words, words[:-1]} if words.endswith("s") else {words}
    return bool(forms & _home_agents()) or any(_gazetteer().normalise_title(f) for f in forms)


@cache
def _home_agents() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("language.yaml").get("home_agents") or ())


@lru_cache(maxsize=65536)
def acts_for(key: str, on: date | None = None) -> frozenset[str]:
    """Every body ``key`` acts for on day ``on`` (None: its offices held now), followed upwards."""
    seen: set[str] = set()
    frontier = _parents(key, on)
    while frontier:
        seen |= frontier
        frontier = {p for f in frontier for p in _parents(f, on)} - seen - {key}
    return frozenset(seen)


@lru_cache(maxsize=65536)
def leader_anchors(key: str, on: date | None) -> frozenset[str]:
    """The actor ``key`` and those a report may name for it on day ``on``: the bodies a leader leads
    (Aliyev for Azerbaijan) and the leaders of a state (Azerbaijan for Aliyev)."""
    return frozenset({key}) | leads(key, on) | leaders(key, on)


def anchored(a: Collection[str], da: date | None, b: Collection[str], db: date | None) -> bool:
    """Two reports name one actor in common, or one names a leader and the other the state he leads
    on both reports' days ("President Aliyev and Prime Minister Pashinyan" and "Azerbaijan and
    Armenia"): then each report's anchors (:func:`kg.identity.participants.anchors`) hold an actor the
    other names."""
    if set(a) & set(b):
        return True

    def led(xs: Collection[str], ys: Collection[str]) -> bool:
        return any(leads(x, da) & leads(x, db) & set(ys) for x in xs)

    return led(a, b) or led(b, a)


def another_person(a: dict[str, str], b: dict[str, str]) -> bool:
    """Both reports name the sides of a symmetric event by at least two persons, and one names by a
    person a side the other does not name at all: the two leaders' meeting is not the three leaders'
    meeting of the same day (a bilateral on the sidelines of a trilateral), where a report that
    names a state or a body besides its persons may be the same event told more widely."""
    pa = {v for k, v in a.items() if kind(k) == "person"}
    pb = {v for k, v in b.items() if kind(k) == "person"}
    if len(pa) < 2 or len(pb) < 2:
        return False
    only = set(a.values()) ^ set(b.values())
    return bool(only & (pa | pb))


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
