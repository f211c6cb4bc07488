"""NetworkX projections of the store and the analytics over them: plain functions over graphs.

The projections are built from SPARQL results (``kg/queries/projection-*.rq``), never by walking
triples, so they work the same over the embedded store and a SPARQL endpoint.

- :func:`project` runs the projection queries once and filters the events;
- :func:`interaction_graph`: actors as nodes, one edge per (source, target, PLOVER type);
- :func:`bipartite_graph`: actors and events, edges labelled with the actor's role;
- :func:`centrality`, :func:`communities`, :func:`shortest_path`, :func:`ego`, :func:`timeline`;
- :func:`layout`: seeded positions for drawing, fast enough for thousands of nodes;
- :func:`write_graphml`, :func:`write_gexf`.
"""
from __future__ import annotations

import calendar
import io
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import combinations
from pathlib import Path

import networkx as nx
import numpy as np

from kg.errors import KGError
from kg.files import atomic_write
from kg.resources import queries_dir
from kg.viz_style import plover_types, quad_sign
from kg.vocab import DIP, WD

Filter = str | date | None
Types = str | Iterable[str] | None
DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
NEAR = 2.5  # layout: exact repulsion within this many edge lengths, grid-approximated beyond


class AnalysisError(KGError, ValueError):
    """An analysis cannot run as asked (unknown actor, bad date or type, no path)."""


@dataclass
class EventRecord:
    """One event as the projections see it; ``participants`` holds every actor (roles included)."""

    iri: str
    type: str
    quad: str | None = None
    sign: int = 0
    date: str | None = None
    modality: str = "asserted"
    event_class: str | None = None
    label: str = ""
    trigger: str | None = None
    date_text: str | None = None
    doc: str | None = None
    doc_id: str | None = None
    headline: str | None = None
    url: str | None = None
    published: str | None = None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)

    def role(self, actor: str) -> str | None:
        if actor in self.sources:
            return "source"
        if actor in self.targets:
            return "target"
        return "participant" if actor in self.participants else None

    def pairs(self) -> list[tuple[str, str, bool]]:
        """``(u, v, directed)``: source -> target when the event has a direction, else every pair."""
        if self.sources or self.targets:
            srcs = self.sources or [a for a in self.participants if a not in self.targets]
            tgts = self.targets or [a for a in self.participants if a not in self.sources]
            return [(s, t, True) for s in srcs for t in tgts if s != t]
        return [(a, b, False) for a, b in combinations(sorted(set(self.participants)), 2)]

    def sentence(self) -> str:
        return self.evidence[0]["text"] if self.evidence else ""


@dataclass
class Projection:
    """What the projection queries returned: actors by IRI and the events that passed the filters."""

    actors: dict[str, dict]
    events: list[EventRecord]
    filtered: bool = False

    def used_actors(self) -> set[str]:
        return {a for e in self.events for a in e.participants}


# -- reading the store ------------------------------------------------------------------------------

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


def _rows(store, name: str) -> list[dict]:
    result = store.query(projection_query(name))
    names = [str(v).lstrip("?$") for v in result.vars]
    return [{k: _value(t) for k, t in zip(names, row, strict=False)} for row in result.rows]


def _local(iri: str | None, ns) -> str | None:
    return iri[len(str(ns)):] if iri and iri.startswith(str(ns)) else iri


def _date_bounds(value: str, what: str = "date") -> tuple[date, date]:
    """The first and last day a (possibly partial) ISO date covers."""
    m = DATE_RE.fullmatch(value.strip())
    if not m:
        raise AnalysisError(f"{what} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if d:
            day = date(y, mo, d)
            return day, day
        if mo:
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError as exc:
        raise AnalysisError(f"{what} {value!r} is not a valid date: {exc}") from None


def check_types(types: str | Iterable[str] | None) -> set[str] | None:
    """PLOVER codes (a list or ``"A,B"``), upper-cased; an unknown code is an error naming the valid ones."""
    if not types:
        return None
    if isinstance(types, str):
        types = types.split(",")
    wanted = {t.strip().upper() for t in types if t.strip()}
    unknown = sorted(wanted - set(plover_types()))
    if unknown:
        raise AnalysisError(f"unknown PLOVER type {', '.join(unknown)} (one of {', '.join(plover_types())})")
    return wanted


def project(store, since: str | date | None = None, until: str | date | None = None,
            types: Iterable[str] | None = None, actors: Iterable[str] | None = None,
            documents: Iterable[str] | None = None) -> Projection:
    """Run the projection queries and keep the events that pass every filter.

    ``since``/``until`` keep events whose (possibly partial) date overlaps the range; ``types`` are
    PLOVER codes; ``actors`` are names, keys or IRIs (events involving any of them); ``documents``
    are document ids.
    """
    lo = _date_bounds(str(since), "--since")[0] if since else None
    hi = _date_bounds(str(until), "--until")[1] if until else None
    if lo and hi and lo > hi:
        raise AnalysisError(f"--since {since} is after --until {until}")
    wanted_types = check_types(types)
    actor_rows = {r["actor"]: r for r in _rows(store, "actors")}
    table = {iri: {"label": r.get("label") or _local(iri, "https://w3id.org/dipkg/actor/"),
                   "kind": r.get("kind") or "group",
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
            table.setdefault(a, {"label": _local(a, "https://w3id.org/dipkg/actor/"), "kind": "group",
                                 "wikidata": ""})
    keep_actors = {resolve_actor(table, a) for a in actors} if actors else None
    keep_docs = set(documents) if documents is not None else None
    kept = []
    for e in events.values():
        if wanted_types and e.type not in wanted_types:
            continue
        if keep_docs is not None and e.doc_id not in keep_docs:
            continue
        if keep_actors and not keep_actors.intersection(e.participants):
            continue
        if lo or hi:
            if not e.date or not DATE_RE.fullmatch(e.date):
                continue
            first, last = _date_bounds(e.date)
            if (lo and last < lo) or (hi and first > hi):
                continue
        kept.append(e)
    filtered = any(x is not None for x in (lo, hi, wanted_types, keep_actors, keep_docs))
    return Projection(table, kept, filtered)


def _event(r: dict) -> EventRecord:
    quad = _local(r.get("quad"), DIP)
    sign = r.get("sign")
    return EventRecord(
        iri=r["event"], type=r["type"], quad=quad,
        sign=int(sign) if isinstance(sign, int) else quad_sign(quad),
        date=r.get("date"), modality=(_local(r.get("modality"), DIP) or "Asserted").lower(),
        event_class=_local(r.get("class"), DIP), label=r.get("label") or r["type"].lower(),
        trigger=r.get("trigger"), date_text=r.get("dateText"), doc=r.get("doc"), doc_id=r.get("docId"),
        headline=r.get("headline"), url=r.get("url"), published=r.get("published"),
    )


def _projection(source, **filters) -> Projection:
    return source if isinstance(source, Projection) else project(source, **filters)


# -- graphs -----------------------------------------------------------------------------------------

def interaction_graph(store, since: Filter = None, until: Filter = None, types: Types = None,
                      actors: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Actors as nodes; one edge per (u, v, PLOVER type) with ``count``, ``first``, ``last``,
    ``events`` (IRIs), ``sign`` (+1 cooperation, -1 conflict) and ``directed``.

    Directed events link source -> target; undirected ones (meetings) link every pair of
    participants once, in IRI order, with ``directed=False``. ``store`` may be a :class:`Projection`.
    ``G.graph["events"]`` maps event IRIs to their :class:`EventRecord`.
    """
    p = _projection(store, since=since, until=until, types=types, actors=actors)
    g = nx.MultiDiGraph(name="dipkg interaction graph", events={e.iri: e for e in p.events})
    shown = p.used_actors() if p.filtered else set(p.actors)
    for iri in sorted(shown):
        a = p.actors[iri]
        g.add_node(iri, label=a["label"], kind=a["kind"], wikidata=a["wikidata"], events=0)
    for e in sorted(p.events, key=lambda e: e.iri):
        for a in e.participants:
            g.nodes[a]["events"] += 1
        for u, v, directed in e.pairs():
            if g.has_edge(u, v, e.type):
                d = g.edges[u, v, e.type]
                d["count"] += 1
                d["weight"] = d["count"]
                d["events"].append(e.iri)
                d["directed"] = d["directed"] and directed
                if e.date:
                    d["first"] = min(filter(None, (d["first"], e.date)))
                    d["last"] = max(filter(None, (d["last"], e.date)))
            else:
                g.add_edge(u, v, key=e.type, type=e.type, quad=e.quad or "", sign=e.sign, count=1,
                           weight=1, first=e.date or "", last=e.date or "", events=[e.iri], directed=directed)
    return g


def bipartite_graph(store, since: Filter = None, until: Filter = None, types: Types = None,
                    actors: Iterable[str] | None = None) -> nx.DiGraph:
    """Actors (``bipartite=0``) and events (``bipartite=1``); an edge per role, ``role`` set:
    source actor -> event, event -> target actor, event -> participant."""
    p = _projection(store, since=since, until=until, types=types, actors=actors)
    g = nx.DiGraph(name="dipkg actor-event graph")
    shown = p.used_actors() if p.filtered else set(p.actors)
    for iri in sorted(shown):
        a = p.actors[iri]
        g.add_node(iri, bipartite=0, node="actor", label=a["label"], kind=a["kind"], wikidata=a["wikidata"])
    for e in sorted(p.events, key=lambda e: e.iri):
        g.add_node(e.iri, bipartite=1, node="event", record=e, label=e.label, type=e.type,
                   quad=e.quad or "", sign=e.sign, date=e.date or "", modality=e.modality)
        for a in e.participants:
            role = e.role(a)
            if role == "source":
                g.add_edge(a, e.iri, role=role)
            else:
                g.add_edge(e.iri, a, role=role)
    return g


def actor_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of :func:`interaction_graph`: ``weight`` = events between the two
    actors, ``sign`` = sum of the events' signs, ``types`` = a Counter of PLOVER types."""
    h = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, d in g.edges(data=True):
        if u == v:
            continue
        if not h.has_edge(u, v):
            h.add_edge(u, v, weight=0, sign=0, types=Counter(), events=[])
        e = h.edges[u, v]
        e["weight"] += d["count"]
        e["sign"] += d["sign"] * d["count"]
        e["types"][d["type"]] += d["count"]
        e["events"].extend(d["events"])
    return h


# -- analytics --------------------------------------------------------------------------------------

def resolve_actor(graph_or_table, name: str) -> str:
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


def centrality(g: nx.MultiDiGraph, seed: int = 42, sample: int = 500) -> list[dict]:
    """Actors ranked by PageRank, with degree centrality, betweenness and their event count.

    Betweenness is exact up to ``sample`` actors and estimated from ``sample`` seeded pivots above.
    """
    h = actor_graph(g)
    if not len(h):
        return []
    degree = nx.degree_centrality(h)
    k = sample if len(h) > sample else None
    between = nx.betweenness_centrality(h, k=k, seed=seed)
    rank = nx.pagerank(h, weight="weight") if h.number_of_edges() else {n: 1 / len(h) for n in h}
    rows = [{"actor": n, "label": h.nodes[n]["label"], "kind": h.nodes[n]["kind"],
             "events": h.nodes[n].get("events", 0), "neighbours": h.degree(n),
             "degree": round(degree[n], 4), "betweenness": round(between[n], 4),
             "pagerank": round(rank[n], 4)} for n in h]
    rows.sort(key=lambda r: (-r["pagerank"], -r["events"], str(r["label"]), r["actor"]))
    return [{"rank": i, **r} for i, r in enumerate(rows, 1)]


def communities(g: nx.MultiDiGraph, seed: int = 42) -> list[dict]:
    """Louvain communities (seeded, so the same graph splits the same way), largest first."""
    h = actor_graph(g)
    if not len(h):
        return []
    parts = nx.community.louvain_communities(h, weight="weight", seed=seed)
    strength = dict(h.degree(weight="weight"))
    ordered = sorted((sorted(p, key=lambda n: (-strength[n], str(h.nodes[n]["label"]))) for p in parts),
                     key=lambda p: (-len(p), str(h.nodes[p[0]]["label"])))
    return [{"community": i, "size": len(p), "members": "; ".join(str(h.nodes[n]["label"]) for n in p),
             "actors": p} for i, p in enumerate(ordered, 1)]


def _event_row(e: EventRecord, actor: str | None = None, labels: dict | None = None) -> dict:
    labels = labels or {}
    row = {"event": e.iri, "date": e.date or "", "type": e.type, "modality": e.modality}
    if actor is not None:
        row["role"] = e.role(actor) or ""
        row["with"] = "; ".join(str(labels.get(a, a)) for a in e.participants if a != actor)
    row.update({"sentence": e.sentence(), "document": e.doc_id or e.doc or ""})
    return row


def _by_date(e: EventRecord) -> tuple:
    return (e.date or "9999", e.iri)


def shortest_path(g: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """The hops of a shortest path from ``a`` to ``b`` (ignoring direction), each explained by the
    events that link the two actors and their evidence sentences."""
    src, dst = resolve_actor(g, a), resolve_actor(g, b)
    h = actor_graph(g)
    try:
        path = nx.shortest_path(h, src, dst)
    except nx.NetworkXNoPath:
        raise AnalysisError(f"no path between {g.nodes[src]['label']} and {g.nodes[dst]['label']}") from None
    records = g.graph["events"]
    hops = []
    for i, (u, v) in enumerate(zip(path, path[1:], strict=False), 1):
        for iri in sorted(h.edges[u, v]["events"], key=lambda x: _by_date(records[x])):
            e = records[iri]
            hops.append({"hop": i, "from": g.nodes[u]["label"], "to": g.nodes[v]["label"],
                         "from_actor": u, "to_actor": v, **_event_row(e)})
    return hops


def ego(g: nx.MultiDiGraph, a: str, radius: int = 1) -> nx.MultiDiGraph:
    """The actors within ``radius`` hops of ``a`` (either direction) and the edges among them."""
    return nx.ego_graph(g, resolve_actor(g, a), radius=radius, undirected=True)


def ego_table(g: nx.MultiDiGraph, a: str) -> list[dict]:
    """Each neighbour of ``a``: how many events link them, of which types, and the overall sign."""
    center = resolve_actor(g, a)
    h = actor_graph(g)
    rows = []
    for n in h.neighbors(center):
        d = h.edges[center, n]
        rows.append({"actor": n, "label": h.nodes[n]["label"], "kind": h.nodes[n]["kind"],
                     "events": d["weight"], "sign": d["sign"],
                     "types": ", ".join(f"{t}x{c}" for t, c in sorted(d["types"].items()))})
    rows.sort(key=lambda r: (-r["events"], str(r["label"])))
    return rows


def timeline(g: nx.MultiDiGraph, a: str) -> list[dict]:
    """Every event of actor ``a`` in date order (undated events last), with role and evidence."""
    actor = resolve_actor(g, a)
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    events = [e for e in g.graph["events"].values() if actor in e.participants]
    return [_event_row(e, actor, labels) for e in sorted(events, key=_by_date)]


# -- layout -----------------------------------------------------------------------------------------

def layout(g: nx.Graph, seed: int = 7, iterations: int = 80, cells: int = 10,
           mass: dict | None = None, gravity: float = 3.0) -> dict:
    """Seeded force-directed positions, fast enough for thousands of nodes; same graph, same positions.

    Fruchterman-Reingold with the repulsion split in two: exact between nodes closer than ``NEAR`` edge
    lengths (pairs found with a k-d tree), and from the centres of mass of a ``cells`` x ``cells``
    grid for the rest (as Barnes-Hut does with a tree). ``mass`` maps nodes to how hard they push
    others away (default 1); ``gravity`` pulls every node toward the centre, harder the farther it
    is, which keeps clusters, components and lone nodes close together. Coordinates are in units of
    the ideal edge length, centred on 0, with the longer axis of the drawing horizontal.
    """
    from scipy.spatial import cKDTree

    nodes = sorted(g, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array(sorted({tuple(sorted((index[u], index[v]))) for u, v in g.edges() if u != v}),
                     dtype=np.int64).reshape(-1, 2)
    m = np.array([float((mass or {}).get(v, 1.0)) for v in nodes])
    side = np.sqrt(m.sum()) * 1.5
    pos = np.random.default_rng(seed).random((n, 2)) * side
    temp = side / 6
    cool = (0.01 / temp) ** (1 / iterations) if temp > 0.01 else 1.0
    near = NEAR * np.sqrt(m.max())
    reach = max(np.sqrt(m.sum()) / 2, 1.0)  # about the radius of the finished drawing
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        pairs = cKDTree(pos).query_pairs(r=near, output_type="ndarray")
        if len(pairs):
            i, j = pairs[:, 0], pairs[:, 1]
            delta = pos[i] - pos[j]
            force = delta * (m[i] * m[j] / np.maximum((delta ** 2).sum(axis=1), 1e-4))[:, None]
            disp += _scatter(i, force, n) - _scatter(j, force, n)
        disp += m[:, None] * _far_repulsion(pos, m, cells, near)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            force = delta * np.sqrt((delta ** 2).sum(axis=1))[:, None]
            disp += _scatter(edges[:, 1], force, n) - _scatter(edges[:, 0], force, n)
        disp += (gravity / reach) * m[:, None] * (pos.mean(axis=0) - pos)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= cool
    pos = _landscape(pos - pos.mean(axis=0))
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def _scatter(index: np.ndarray, force: np.ndarray, n: int) -> np.ndarray:
    """Sum the rows of ``force`` into ``n`` rows by ``index`` (``np.add.at``, but much faster)."""
    return np.stack([np.bincount(index, force[:, 0], n), np.bincount(index, force[:, 1], n)], axis=1)


def _landscape(pos: np.ndarray) -> np.ndarray:
    """Rotate centred positions so that their principal axis is horizontal (screens are wide)."""
    if len(pos) < 3:
        return pos
    _, vectors = np.linalg.eigh(np.cov(pos.T))
    major = vectors[:, -1] * (1 if vectors[0, -1] >= 0 else -1)
    rotation = np.array([[major[0], major[1]], [-major[1], major[0]]])
    return pos @ rotation.T


def _far_repulsion(pos: np.ndarray, m: np.ndarray, cells: int, near: float) -> np.ndarray:
    """Repulsion of each node by the grid cells' centres of mass farther than ``near``."""
    lo = pos.min(axis=0)
    span = np.maximum(pos.max(axis=0) - lo, 1e-9)
    cell = np.minimum(((pos - lo) / span * cells).astype(np.int64), cells - 1)
    flat = cell[:, 0] * cells + cell[:, 1]
    mass = np.bincount(flat, m, minlength=cells * cells)
    used = mass > 0
    centre = np.stack([np.bincount(flat, pos[:, i] * m, cells * cells) for i in (0, 1)], axis=1)[used]
    centre /= mass[used][:, None]
    dist2 = (pos ** 2).sum(axis=1)[:, None] + (centre ** 2).sum(axis=1)[None, :] - 2 * pos @ centre.T
    weight = np.where(dist2 > near * near, mass[used][None, :] / np.maximum(dist2, 1e-9), 0.0)
    return pos * weight.sum(axis=1)[:, None] - weight @ centre


# -- export -----------------------------------------------------------------------------------------

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _scalar(value):
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | set | dict | Counter):
        value = json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return _XML_BAD.sub("", "" if value is None else str(value))


def exportable(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all scalars (lists as JSON), as GraphML and GEXF require."""
    out = g.__class__()
    out.graph.update({k: _scalar(v) for k, v in g.graph.items() if k != "events"})
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: _scalar(v) for k, v in d.items() if k != "record"})
    if g.is_multigraph():
        for u, v, k, d in g.edges(keys=True, data=True):
            out.add_edge(u, v, key=k, **{a: _scalar(x) for a, x in d.items()})
    else:
        for u, v, d in g.edges(data=True):
            out.add_edge(u, v, **{a: _scalar(x) for a, x in d.items()})
    return out


def write_graphml(g: nx.Graph, path: str | Path) -> None:
    buf = io.BytesIO()
    nx.write_graphml(exportable(g), buf, encoding="utf-8")
    atomic_write(Path(path), buf.getvalue())


def write_gexf(g: nx.Graph, path: str | Path) -> None:
    buf = io.BytesIO()
    nx.write_gexf(exportable(g), buf, encoding="utf-8")
    atomic_write(Path(path), buf.getvalue())
