"""One attack told in halves: one report names only who did it ("the Islamic State group claimed
responsibility for the attacks"), another only whom or where it hit ("the Secretary-General condemns
the attacks in Kabul"); or two reports name no author, and the victims are one body named at two
levels ("the rocket fire on a camp of MINUSMA" and "the attack on a UN camp"). Such reports share no
actor, so the participant rules (:func:`kg.identity.participants.participants_agree`) keep them
apart; these rules link them when they give the attack one day (or the author's half names it in
passing days later: :func:`kg.identity.link._halves_day`).

A link by halves is weak: :func:`kg.identity.cluster.clusters` keeps it only when no other report
competes for it (:func:`uncontested`): an author named on a day of two attacks is the author of
neither, as far as the texts tell.
"""
from __future__ import annotations

import re
from collections import defaultdict

from kg.identity.participants import side_keys, sides
from kg.identity.report import Report
from kg.identity.rules import Rules
from kg.identity.sides import kind


def attack(r: Report, rule: Rules) -> bool:
    """``r`` is an asserted deed of a ``condemned_types`` type that does not last (not a war: its
    invader is named every day, :func:`kg.identity.link.lasting`)."""
    return (r.plover in rule.condemned_types and r.plover not in rule.statement_types
            and r.modality == "asserted" and r.event_class not in rule.lasting_classes)


def author_only(r: Report) -> bool:
    """``r`` names who did the deed and no one else: no target, every participant a source."""
    return bool(r.source) and not r.target and r.participants == r.source


def victim_only(r: Report) -> bool:
    """``r`` names whom the deed hit and no one else: no source, every participant a target."""
    return bool(r.target) and not r.source and r.participants == r.target


def halves(a: Report, b: Report, rule: Rules) -> bool:
    """One report of an attack names its author alone (one side, not a state: a state's forces
    strike many times a day in a war, where a group is named the author of one attack by its claim)
    and the other its victim alone (one side), no side is in both, and no two places are given
    (:func:`places_apart`): two halves of one telling, whose day the caller checks."""
    if not (attack(a, rule) and attack(b, rule)):
        return False
    x, y = (a, b) if author_only(a) else (b, a)
    if not (author_only(x) and victim_only(y)) or any(kind(k) == "state" for k in x.source):
        return False
    sx, sy = set(sides(x).values()), set(sides(y).values())
    return len(sx) == 1 and len(sy) == 1 and not sx & sy and not places_apart(x, y)


def victims_alike(a: Report, b: Report, rule: Rules) -> bool:
    """Both reports of an attack name no author, and their victims stand for one side though no
    actor is named by both (a peace operation and the United Nations, a ministry and its state); at
    most one side is named by one of them only."""
    if not (attack(a, rule) and attack(b, rule) and victim_only(a) and victim_only(b)):
        return False
    if a.participants & b.participants:
        return False  # an actor in common: the participant rules decide
    sa, sb = set(sides(a).values()), set(sides(b).values())
    return bool(sa & sb) and len(sa ^ sb) <= max(rule.max_extra_participants, 1)


def uncontested(pairs: list[tuple[Report, Report]], rule: Rules) -> list[tuple[Report, Report]]:
    """The linked ``pairs`` without the links by :func:`halves` that another report contests: the
    author's half is linked already with a report that names a victim (the rules that compare
    participants have placed it; its victim there is what it is about), or either half is linked
    by halves with a report of a third document that is not linked with its own other half, or that
    gives another place (two attacks of one day: "IS claimed" is about neither). A function of the
    set of pairs, so of the set of reports."""
    weak = {(a.iri, b.iri) for a, b in pairs if halves(a, b, rule)}
    if not weak:
        return pairs
    strong: dict[str, set[str]] = defaultdict(set)
    halved: dict[str, list[Report]] = defaultdict(list)
    named: set[str] = set()  # reports linked by the participant rules with one that names a victim
    for a, b in pairs:
        if (a.iri, b.iri) in weak:
            halved[a.iri].append(b)
            halved[b.iri].append(a)
            continue
        strong[a.iri].add(b.iri)
        strong[b.iri].add(a.iri)
        named.update(x.iri for x, y in ((a, b), (b, a)) if y.target)

    def alone(x: Report, y: Report) -> bool:
        return all(z.iri == y.iri or (
            (z.iri in strong[y.iri] or z.doc == y.doc and side_keys(z) == side_keys(y))
            and not places_apart(y, z)) for z in halved[x.iri])

    def keep(a: Report, b: Report) -> bool:
        author = a if author_only(a) else b
        return author.iri not in named and alone(a, b) and alone(b, a)

    return [(a, b) for a, b in pairs if (a.iri, b.iri) not in weak or keep(a, b)]


def may_pair(a: Report, b: Report, rule: Rules) -> bool:
    """The rules of this module may link the two reports (their day and the rest unchecked): a
    cheap test on a candidate the participant rules would not take."""
    return halves(a, b, rule) or victims_alike(a, b, rule)


def places_apart(a: Report, b: Report) -> bool:
    """Both reports give a place, and neither name holds the other's words ("Kabul" and "Kabul
    airport", "Abuja" and "Abuja, Nigeria" are one place; "Kabul" and "Kandahar" two, though in one
    state)."""
    if not (a.place and b.place):
        return False
    wa, wb = _words(a.place), _words(b.place)
    return not (wa <= wb or wb <= wa)


def _words(place: str) -> set[str]:
    return set(re.findall(r"\w+", place.casefold()))
