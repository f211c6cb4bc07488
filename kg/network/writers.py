"""Graphs for other tools: GraphML and GEXF (Gephi) files, written whole or not at all; the store's
actor network with time intervals for Gephi's timeline (``kg export -o x.gexf``)."""
from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import networkx as nx

from kg.date_spans import span
from kg.files import atomic_write
from kg.network.graphs import interaction_graph

if TYPE_CHECKING:
    from kg.store import Store

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
    _write(nx.write_graphml, g, path)


def write_gexf(g: nx.Graph, path: str | Path) -> None:
    """GEXF, where an edge's ``type`` attribute is its direction: a PLOVER ``type`` goes as ``plover``."""
    _write(nx.write_gexf, _plover_not_type(g), path)


def _plover_not_type(g: nx.Graph) -> nx.Graph:
    if not any("type" in d for *_, d in g.edges(data=True)):
        return g
    out = g.copy()
    for *_, d in out.edges(data=True):
        if "type" in d:
            d["plover"] = d.pop("type")
    return out


def _write(writer: Callable, g: nx.Graph, path: str | Path) -> None:
    buf = io.BytesIO()
    writer(exportable(g), buf, encoding="utf-8")
    atomic_write(Path(path), buf.getvalue())


def period(value: str | None) -> tuple[str, str] | None:
    """The first and last day (ISO dates) an event's date covers: ``2025-08`` is 2025-08-01..2025-08-31."""
    covered = span(value or "")
    return (covered[0].isoformat(), covered[1].isoformat()) if covered else None


def timeline_network(store: Store) -> nx.MultiDiGraph:
    """The actor network of the store for Gephi and other tools: actors as nodes, one edge per
    (source, target, PLOVER type) as :func:`~kg.network.graphs.interaction_graph` makes it.

    Times are ISO dates for Gephi's timeline (GEXF dynamic mode): an edge has ``start`` and ``end``
    (the first day of its first event to the last day of its last) and one ``spells`` interval per
    event; an actor has ``start`` and ``end`` over its events. Undated events and actors have none
    (always shown). ``plover`` holds the event type (``type`` would be GEXF's edge direction), and
    ``directed`` whether its events have a direction (a meeting has none)."""
    g = interaction_graph(store)
    events = g.graph["events"]
    out = nx.MultiDiGraph(name="dipkg actor network", mode="dynamic")
    spans: dict[str, list[tuple[str, str]]] = {}
    for u, v, key, d in g.edges(keys=True, data=True):
        spells = sorted(filter(None, (period(events[e].date) for e in d["events"])))
        attrs = {k: x for k, x in d.items() if k != "type"}
        attrs["plover"] = d["type"]
        if spells:
            attrs.update(start=spells[0][0], end=max(s[1] for s in spells), spells=_merged(spells))
            spans.setdefault(u, []).extend(spells)
            spans.setdefault(v, []).extend(spells)
        out.add_edge(u, v, key=key, **attrs)
    for n, d in g.nodes(data=True):
        attrs = dict(d)
        if spans.get(n):
            attrs.update(start=min(s[0] for s in spans[n]), end=max(s[1] for s in spans[n]))
        out.add_node(n, **attrs)
    return out


def _merged(spells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Sorted intervals with overlaps joined (GEXF spells of one element must not overlap)."""
    out: list[tuple[str, str]] = []
    for start, end in spells:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def write_network(store: Store, out: BinaryIO, fmt: str) -> None:
    """The store's actor network (:func:`timeline_network`) as GraphML or GEXF 1.2 to a binary stream;
    in GraphML the spells are a JSON list."""
    g = timeline_network(store)
    buf = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(_gexf_ready(g), buf, encoding="utf-8", version="1.2draft")
    else:
        nx.write_graphml(exportable(g), buf, encoding="utf-8")
    out.write(buf.getvalue())


def _gexf_ready(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Scalars everywhere but the spells, which GEXF writes as elements of their own."""
    spells = {(u, v, k): d.get("spells") for u, v, k, d in g.edges(keys=True, data=True)}
    out = exportable(nx.MultiDiGraph(g))
    for (u, v, k), value in spells.items():
        if value:
            out.edges[u, v, k]["spells"] = value
        else:
            out.edges[u, v, k].pop("spells", None)
    out.graph["mode"] = "dynamic"
    return out
