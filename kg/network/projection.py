"""The store as NetworkX sees it: events and actors read with SPARQL (``kg/queries/projection-*.rq``,
never by walking triples, so the embedded store and a SPARQL endpoint give the same), the reports
of one real-world event folded into one event (:mod:`kg.network.fold`; ``reports=True`` keeps one
event per report), and the filters by date, PLOVER type, actor and document."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

import networkx as nx

from kg.date_spans import ISO_DATE, span
from kg.errors import KGError
from kg.network.fold import fold_reports
from kg.network.records import EventRecord
from kg.plover import plover_scheme
from kg.resources import queries_dir
from kg.vocab import ACTOR, DIP, WD

if TYPE_CHECKING:
    from kg.store import Store

Filter = str | date | None
Types = str | Iterable[str] | None


class AnalysisError(KGError, ValueError):
    """An analysis cannot run as asked (unknown actor, bad date or type, no path)."""


@dataclass
class Projection:
    """What the projection queries returned: actors by IRI and the events that passed the filters."""

    actors: dict[str, dict]
    events: list[EventRecord]
    filtered: bool = False

    def used_actors(self) -> set[str]:
        return {a for e in self.events for a in e.participants}


@cache
def projection_query(name: str) -> str:
    return (queries_dir() / f"projection-{name}.rq").read_text(encoding="utf-8")


def _value(term):
    if term is None:
        return None
    try:
        value = term.toPython()
    except AttributeError:
        return str(term)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else str(term)


def _rows(store: Store, name: str) -> list[dict]:
    result = store.query(projection_query(name))
    names = [str(v).lstrip("?$") for v in result.vars]
    return [{k: _value(t) for k, t in zip(names, row, strict=False)} for row in result.rows]


def _local(iri: str | None, ns) -> str | None:
    return iri[len(str(ns)):] if iri and iri.startswith(str(ns)) else iri


def _date_bounds(value: str, what: str = "date") -> tuple[date, date]:
    """The first and last day a (possibly partial) ISO date covers."""
    if not ISO_DATE.fullmatch(value.strip()):
        raise AnalysisError(f"{what} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    covered = span(value.strip())
    if covered is None:
        raise AnalysisError(f"{what} {value!r} is not a valid date")
    return covered


def check_types(types: Types) -> set[str] | None:
    """PLOVER codes (a list or ``"A,B"``), upper-cased; an unknown code is an error naming the valid ones."""
    if not types:
        return None
    if isinstance(types, str):
        types = types.split(",")
    wanted = {t.strip().upper() for t in types if t.strip()}
    known = plover_scheme().names
    unknown = sorted(wanted - set(known))
    if unknown:
        raise AnalysisError(f"unknown PLOVER type {', '.join(unknown)} (one of {', '.join(known)})")
    return wanted


def resolve_actor(graph_or_table: nx.Graph | dict, name: str) -> str:
    """An actor's IRI from its IRI, key, Wikidata QID or label (case-insensitive, then unique part)."""
    nodes = graph_or_table.nodes if isinstance(graph_or_table, nx.Graph) else graph_or_table
    items = [(iri, d) for iri, d in nodes.items() if "label" in d]
    want = name.strip()
    low = want.casefold()
    for iri, d in items:
        if want in (iri, iri.rsplit("/", 1)[-1], d.get("wikidata")):
            return iri
    exact = [iri for iri, d in items if str(d["label"]).casefold() == low]
    if len(exact) == 1:
        return exact[0]
    part = exact or [iri for iri, d in items if low and low in str(d["label"]).casefold()]
    if len(part) == 1:
        return part[0]
    if not part:
        raise AnalysisError(f"no actor named {want!r} in the graph")
    names = ", ".join(sorted(str(nodes[i]["label"]) for i in part)[:8])
    raise AnalysisError(f"{want!r} is ambiguous: {names}")


def project(store: Store, since: Filter = None, until: Filter = None, types: Types = None,
            actors: Iterable[str] | None = None, documents: Iterable[str] | None = None,
            reports: bool = False) -> Projection:
    """Run the projection queries and keep the events that pass every filter.

    The reports of one real-world event are one event (its IRI, its reports in ``reports``, the
    union of their actors and evidence); ``reports=True`` keeps one event per report.

    ``since``/``until`` keep events whose (possibly partial) date overlaps the range; ``types`` are
    PLOVER codes; ``actors`` are names, keys or IRIs (events involving any of them); ``documents``
    are document ids (an event reported by any of them).
    """
    lo = _date_bounds(str(since), "--since")[0] if since else None
    hi = _date_bounds(str(until), "--until")[1] if until else None
    if lo and hi and lo > hi:
        raise AnalysisError(f"--since {since} is after --until {until}")
    wanted_types = check_types(types)
    actor_rows = {r["actor"]: r for r in _rows(store, "actors")}
    table = {iri: {"label": r.get("label") or _local(iri, ACTOR), "kind": r.get("kind") or "group",
                   "wikidata": _local(r.get("wikidata"), WD) or ""} for iri, r in actor_rows.items()}
    events = {r["event"]: _event(r) for r in _rows(store, "events")}
    for r in _rows(store, "roles"):
        e = events.get(r["event"])
        if e is None:
            continue
        bucket = {"source": e.sources, "target": e.targets, "participant": e.participants}[r["role"]]
        if r["actor"] not in bucket:
            bucket.append(r["actor"])
    for r in _rows(store, "evidence"):
        e = events.get(r["event"])
        if e is not None:
            e.evidence.append({"text": r["text"], "begin": r.get("begin"), "end": r.get("end")})
    for e in events.values():
        for a in dict.fromkeys([*e.sources, *e.targets, *e.participants]):
            if a not in e.participants:
                e.participants.append(a)
            table.setdefault(a, {"label": _local(a, ACTOR), "kind": "group", "wikidata": ""})
    if not reports:
        events = fold_reports(events, _rows(store, "links"))
    keep_actors = {resolve_actor(table, a) for a in actors} if actors else None
    keep_docs = set(documents) if documents is not None else None
    kept = []
    for e in events.values():
        if wanted_types and e.type not in wanted_types:
            continue
        if keep_docs is not None and keep_docs.isdisjoint(e.document_ids()):
            continue
        if keep_actors and not keep_actors.intersection(e.participants):
            continue
        if lo or hi:
            if not e.date or not ISO_DATE.fullmatch(e.date):
                continue
            first, last = _date_bounds(e.date)
            if (lo and last < lo) or (hi and first > hi):
                continue
        kept.append(e)
    filtered = any(x is not None for x in (lo, hi, wanted_types, keep_actors, keep_docs))
    return Projection(table, kept, filtered)


def _event(r: dict) -> EventRecord:
    scheme = plover_scheme()
    quad = _local(r.get("quad"), DIP) or (scheme[r["type"]].quad if r["type"] in scheme else None)
    sign = r.get("sign")
    return EventRecord(
        iri=r["event"], type=r["type"], quad=quad,
        sign=int(sign) if isinstance(sign, int) else scheme.quad_sign(quad),
        date=r.get("date"), modality=(_local(r.get("modality"), DIP) or "Asserted").lower(),
        event_class=_local(r.get("class"), DIP), label=r.get("label") or r["type"].lower(),
        trigger=r.get("trigger"), date_text=r.get("dateText"), doc=r.get("doc"), doc_id=r.get("docId"),
        headline=r.get("headline"), url=r.get("url"), published=r.get("published"),
    )


def as_projection(source: Store | Projection, **filters) -> Projection:
    """``source`` if it is a :class:`Projection` already, else the projection of the store ``source``."""
    return source if isinstance(source, Projection) else project(source, **filters)
