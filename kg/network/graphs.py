"""NetworkX graphs of a projection: actors linked by their events, actors and events with roles, and
the simple weighted actor graph the analytics run on."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import networkx as nx

from kg.network.projection import Filter, Projection, Types, as_projection

if TYPE_CHECKING:
    from kg.store import Store


def interaction_graph(store: Store | Projection, since: Filter = None, until: Filter = None,
                      types: Types = None, actors: Iterable[str] | None = None,
                      reports: bool = False) -> nx.MultiDiGraph:
    """Actors as nodes; one edge per (u, v, PLOVER type) with ``count``, ``first``, ``last``,
    ``events`` (IRIs), ``sign`` (+1 cooperation, -1 conflict) and ``directed``.

    Directed events link source -> target; undirected ones (meetings) link every pair of
    participants once, in IRI order, with ``directed=False``. ``store`` may be a
    :class:`~kg.network.projection.Projection`. ``G.graph["events"]`` maps event IRIs to their
    :class:`~kg.network.projection.EventRecord`. An event is a real-world event (its reports in
    several documents counted once); ``reports=True`` counts each report.
    """
    p = as_projection(store, since=since, until=until, types=types, actors=actors, reports=reports)
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


def bipartite_graph(store: Store | Projection, since: Filter = None, until: Filter = None,
                    types: Types = None, actors: Iterable[str] | None = None,
                    reports: bool = False) -> nx.DiGraph:
    """Actors (``bipartite=0``) and events (``bipartite=1``, one per real-world event unless
    ``reports``); an edge per role, ``role`` set: source actor -> event, event -> target actor,
    event -> participant."""
    p = as_projection(store, since=since, until=until, types=types, actors=actors, reports=reports)
    g = nx.DiGraph(name="dipkg actor-event graph")
    shown = p.used_actors() if p.filtered else set(p.actors)
    for iri in sorted(shown):
        a = p.actors[iri]
        g.add_node(iri, bipartite=0, node="actor", label=a["label"], kind=a["kind"], wikidata=a["wikidata"])
    for e in sorted(p.events, key=lambda e: e.iri):
        g.add_node(e.iri, bipartite=1, node="event", record=e, label=e.label, type=e.type,
                   quad=e.quad or "", sign=e.sign, date=e.date or "", modality=e.modality,
                   reports=len(e.reports) or 1)
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
