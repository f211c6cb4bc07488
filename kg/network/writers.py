"""Graphs for other tools: GraphML and GEXF (Gephi) files, written whole or not at all."""
from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.files import atomic_write

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
    _write(nx.write_gexf, g, path)


def _write(writer: Callable, g: nx.Graph, path: str | Path) -> None:
    buf = io.BytesIO()
    writer(exportable(g), buf, encoding="utf-8")
    atomic_write(Path(path), buf.getvalue())
