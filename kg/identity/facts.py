"""A real-world event's derived facts, from its reports: type, participants, best date, number of
sources, first and last report, and the modalities its reports disagree on.

The properties are the project's own, declared sub-properties of SEM's (``dip:eventKind`` of
``sem:eventType``, ``dip:participant`` of ``sem:hasActor``, ``dip:bestDate`` of
``sem:hasTimeStamp``): the store does no inference, so queries over reports (``?e sem:hasActor ?a``)
keep counting reports, and a reasoner reads the real-world event as a SEM event."""
from __future__ import annotations

from collections import Counter

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.identity.report import Report
from kg.rdf import actor_iri, date_literal, tally_iri
from kg.vocab import DIP, PLOVER, TALLY

MODALITY = {"asserted": DIP.Asserted, "planned": DIP.Planned, "hypothetical": DIP.Hypothetical,
            "negated": DIP.Negated}


def best_date(members: list[Report]) -> str | None:
    """The most precise date a report states (most reports, then earliest, among equals); a
    report's own date only when no report states one."""
    def rank(r: Report) -> tuple[int, int]:
        return (0 if r.basis != "report" else 1, -len(r.date or ""))

    dated = [r for r in members if r.date]
    if not dated:
        return None
    top = min(rank(r) for r in dated)
    counts = Counter(r.date for r in dated if rank(r) == top)
    return min(counts, key=lambda d: (-counts[d], d))


def tally_changes(kind: str, when: str | None, members: list[Report]) -> list[str]:
    """How the real-world event changes the counts by type and month (``dip:inTally``) of its
    reports: +1 in the tally of its kind and best date, -1 in each report's, as ``"TYPE/PERIOD N"``
    for each tally whose count it changes. Real-world counts are then the reports' counts plus these
    changes, each a scan of one property (a join of the links with the reports' tallies would look
    every linked report up)."""
    def key(plover: str, day: str | None) -> str:
        return str(tally_iri(plover, day))[len(str(TALLY)):]

    change = Counter({key(kind, when): 1})
    change.subtract(key(r.plover, r.date) for r in members)
    return [f"{k} {n}" for k, n in sorted(change.items()) if n]


def facts(iri: str, members: list[Report]) -> list[tuple]:
    """The triples of the real-world event ``iri`` whose reports are ``members``."""
    w = URIRef(iri)
    out: list[tuple] = [(w, RDF.type, DIP.RealWorldEvent)]
    types = Counter(r.plover for r in members)
    kind = min(types, key=lambda t: (-types[t], t))
    out.append((w, DIP.eventKind, PLOVER[kind]))
    for key in sorted({a for r in members for a in r.participants}):
        out.append((w, DIP.participant, actor_iri(key)))
    when = best_date(members)
    if when:
        out.append((w, DIP.bestDate, date_literal(when)))
    docs = sorted({r.doc for r in members})
    out.append((w, DIP.sourceCount, Literal(len(docs), datatype=XSD.integer)))
    for doc in docs:
        out.append((w, DIP.reportedIn, URIRef(doc)))
    for r in members:
        out.append((w, DIP.report, URIRef(r.iri)))
    published = sorted(r.published for r in members if r.published)
    if published:
        out.append((w, DIP.firstReported, Literal(published[0].isoformat(), datatype=XSD.date)))
        out.append((w, DIP.lastReported, Literal(published[-1].isoformat(), datatype=XSD.date)))
    modalities = sorted({r.modality for r in members})
    for m in modalities:
        out.append((w, DIP.reportedModality, MODALITY.get(m, DIP.Asserted)))
    if len(modalities) > 1:
        out.append((w, DIP.modalityConflict, Literal(True)))
    out.extend((w, DIP.tallyChange, Literal(c)) for c in tally_changes(kind, when, members))
    return out


def links(clusters: dict[str, list[Report]]) -> list[tuple]:
    """``report dip:realWorldEvent event`` for every report of every real-world event."""
    return [(URIRef(r.iri), DIP.realWorldEvent, URIRef(iri)) for iri, members in clusters.items()
            for r in members]
