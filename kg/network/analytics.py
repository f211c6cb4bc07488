"""Analytics over the interaction graph, NetworkX style: plain functions of a graph that return rows
(dicts) ready to print: centrality, communities, explained shortest paths, ego networks, timelines."""
from __future__ import annotations

import networkx as nx

from kg.network.graphs import actor_graph
from kg.network.projection import AnalysisError, EventRecord, resolve_actor


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
    docs = e.document_ids()
    row.update({"sentence": e.sentence(), "document": "; ".join(docs), "sources": len(docs)})
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
