"""Real-world events from reports: the pairs :func:`kg.identity.link.same_event` links, found
through the candidate keys (:mod:`kg.identity.keys`), then clustered inside each connected
component, the most alike pairs first. The result is a function of the set of reports, so any order
gives the same events and IRIs (:func:`kg.identity.link.rwe_iri`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from kg.identity.halves import uncontested
from kg.identity.keys import filed_keys, lookup_keys
from kg.identity.link import one_document_repeats, rwe_iri, same_event
from kg.identity.participants import anchors, side_keys
from kg.identity.repeats import one_event
from kg.identity.report import Report
from kg.identity.rules import Rules, rules
from kg.identity.speeches import uncontested_speech

PAIRS_CACHED = 1 << 17  # pairs whose decision is kept: a link's candidates are compared again in its clusters


def linked(a: Report, b: Report, rule: Rules) -> bool:
    """:func:`same_event` of two reports (it does not depend on their order), kept for the project's
    rules: a link compares its new reports with their candidates, then clusters them with the rest."""
    if rule is not rules():
        return same_event(a, b, rule)
    return _linked_cached(a, b) if a.iri < b.iri else _linked_cached(b, a)


@lru_cache(maxsize=PAIRS_CACHED)
def _linked_cached(a: Report, b: Report) -> bool:
    return same_event(a, b, rules())


class _Components:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, x: str, y: str) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _blocks(reports: list[Report], rule: Rules) -> dict[tuple[str, str], list[Report]]:
    """Reports that may be one event share a block: a type they can both have, and an actor."""
    out: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        for plover in sorted(rule.compatible_with(r.plover)):
            for actor in r.participants:
                out[(plover, actor)].append(r)
    return out


def score(a: Report, b: Report) -> tuple:
    """How alike two linked reports are, to merge the most alike first: the fewest sides only one of
    them names (the UK's sanction is more like the UK's than the UK and US's joint one), shared
    participants, the same stated day, the same finer class, the same modality (ties broken by IRI)."""
    ka, kb = set(side_keys(a)), set(side_keys(b))
    stated = a.basis == b.basis == "stated"
    return (-len(ka ^ kb), len(a.participants & b.participants),
            bool(stated and a.date and a.date == b.date and len(a.date) == 10),
            a.event_class == b.event_class, a.modality == b.modality)


def edges(reports: list[Report], rule: Rules | None = None) -> list[tuple[Report, Report]]:
    """Every pair of ``reports`` that :func:`same_event` links (each pair once, smaller IRI first).

    Each report is compared only with the reports filed under a key it looks up
    (:mod:`kg.identity.keys`: every pair the rules can link shares one); the keys find each other
    both ways, so a pair is tested from its smaller report. A report whose window has no bounds is
    compared with every report of a type it may have that names one of its actors."""
    rule = rule or rules()
    reports = sorted(reports, key=lambda r: r.iri)
    filed: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        for key in filed_keys(r, rule):
            filed[key].append(r)
    blocks: dict[tuple[str, str], list[Report]] | None = None
    out = []
    for a in reports:
        keys = lookup_keys(a, rule)
        if keys is None:
            blocks = blocks if blocks is not None else _blocks(reports, rule)
            found = {b.iri: b for t in rule.compatible_with(a.plover) for actor in anchors(a)
                     for b in blocks.get((t, actor), ())}
        else:
            found = {b.iri: b for key in keys for b in filed.get(key, ())}
        for iri in sorted(found):
            if iri > a.iri and linked(a, found[iri], rule):
                out.append((a, found[iri]))
    return out


def _agglomerate(pairs: list[tuple[Report, Report]], share: float, rule: Rules) -> list[list[Report]]:
    """Clusters over one component: the most alike pairs first, two groups merge only when more than
    ``share`` of the pairs of different documents across them are linked (and always a pair of
    single reports that is). A document in both merges only when its reports there repeat one event
    (:func:`kg.identity.link.one_document_repeats`: its extraction left one event twice); else it
    has told two events apart. With a share of 1/2, a report joins a pair only when linked with
    both, but one report that disagrees with one of three does not keep it out."""
    linked = {(a.iri, b.iri) for a, b in pairs} | {(b.iri, a.iri) for a, b in pairs}
    group: dict[str, list[Report]] = {}
    for a, b in pairs:
        group.setdefault(a.iri, [a])
        group.setdefault(b.iri, [b])
    for a, b in sorted(pairs, key=lambda p: (tuple(-x for x in score(*p)), p[0].iri, p[1].iri)):
        ga, gb = group[a.iri], group[b.iri]
        if ga is gb:
            continue
        across = [(x, y) for x in ga for y in gb if x.doc != y.doc]
        if len(across) < len(ga) * len(gb) and not all(
                one_document_repeats(x, y, rule) for x in ga for y in gb if x.doc == y.doc):
            continue
        hits = sum((x.iri, y.iri) in linked for x, y in across)
        if hits == len(across) or hits > share * len(across):
            ga.extend(gb)
            for r in gb:
                group[r.iri] = ga
    made = list({id(g): g for g in group.values()}.values())
    return _told_again(made, linked, share, rule)


def _told_again(made: list[list[Report]], linked: set[tuple[str, str]], share: float, rule: Rules
                ) -> list[list[Report]]:
    """The clusters ``made``, merged where a document tells one event in both (each of its reports in
    one with each in the other: :func:`kg.identity.repeats.one_event`, the headline's "attack on
    Mali" and the lead's "militants attacked Mali") and more than ``share`` of the pairs of other
    documents across them are linked, or all (as :func:`_agglomerate` merges). A report left alone
    joins by a source in common too (``doer`` of :func:`kg.identity.repeats.roles_nest`). Two
    clusters no document is in are left apart (nothing new tells they are one), and a document that
    tells two events apart keeps them apart. The pair of clusters with the most linked share merges
    first (then by IRI), until none is left: a function of the set of reports."""
    groups = {min(r.iri for r in g): g for g in made}
    told: dict[tuple[str, str, bool], bool] = {}

    def one(x: Report, y: Report, alone: bool) -> bool:
        key = (x.iri, y.iri, alone)
        if key not in told:
            told[key] = one_event(x, y, rule, alone)
        return told[key]

    while True:
        by_doc: dict[str, set[str]] = defaultdict(set)
        for first, g in groups.items():
            for r in g:
                by_doc[r.doc].add(first)
        best = None
        for i, j in sorted({(i, j) for firsts in by_doc.values() for i in firsts for j in firsts if i < j}):
            gi, gj = groups[i], groups[j]
            alone = len(gi) == 1 or len(gj) == 1
            if not all(one(x, y, alone) for x in gi for y in gj if x.doc == y.doc):
                continue
            across = [(x.iri, y.iri) for x in gi for y in gj if x.doc != y.doc]
            hits = sum(p in linked for p in across)
            if not hits or (hits < len(across) and hits <= share * len(across)):
                continue
            if best is None or hits * best[1] > best[0] * len(across):
                best = (hits, len(across), i, j)
        if best is None:
            return list(groups.values())
        groups[best[2]].extend(groups.pop(best[3]))


def clusters(reports: Iterable[Report], rule: Rules | None = None) -> dict[str, list[Report]]:
    """The real-world events ``reports`` make: IRI -> its reports (only events with reports in two
    or more documents; a report alone is its own event and gets none). A function of the set of
    reports: any order gives the same events and IRIs."""
    rule = rule or rules()
    reports = list({r.iri: r for r in reports}.values())
    pairs = uncontested_speech(uncontested(edges(reports, rule), rule), rule)
    comp = _Components()
    for a, b in pairs:
        comp.union(a.iri, b.iri)
    by_comp: dict[str, list] = defaultdict(list)
    for a, b in pairs:
        by_comp[comp.find(a.iri)].append((a, b))
    out = {}
    for component in by_comp.values():
        for members in _agglomerate(component, rule.linkage_share, rule):
            if len(members) > 1:
                members.sort(key=lambda r: r.iri)
                out[rwe_iri(r.iri for r in members)] = members
    return out


def linked_to(frontier: list[Report], found: list[Report], rule: Rules | None = None) -> list[Report]:
    """The reports of ``found`` that :func:`same_event` links with a report of ``frontier``, in the
    order of ``found``: each compared only with the frontier reports one of whose keys it is filed
    under (:mod:`kg.identity.keys`), or with every one when a key cannot tell."""
    rule = rule or rules()
    filed: dict[str, list[Report]] = defaultdict(list)
    for c in found:
        for key in filed_keys(c, rule):
            filed[key].append(c)
    hit: set[str] = set()
    for f in frontier:
        keys = lookup_keys(f, rule)
        pool = found if keys is None else {c.iri: c for k in keys for c in filed.get(k, ())}.values()
        hit.update(c.iri for c in pool if c.iri not in hit and linked(f, c, rule))
    return [c for c in found if c.iri in hit]
