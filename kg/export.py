"""Export the store as Turtle, N-Triples, TriG, N-Quads or JSON-LD, streamed and written atomically;
and extraction graphs (no store) as one RDF document.

Turtle and N-Triples hold the union of the documents' graphs (each triple once); TriG and
N-Quads keep one named graph per document; JSON-LD keeps them too, under a ``@context`` of the
project's prefixes. Nothing is held whole in memory: the store streams into a temporary file
beside the destination, which is renamed into place only when complete.
"""
from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg import formats
from kg.errors import StoreError
from kg.files import atomic_output
from kg.formats import OX_PREFIXES
from kg.rdf import bind_prefixes
from kg.store import Store
from kg.vocab import PREFIXES

EXPORT_FORMATS = tuple(f.name for f in formats.EXPORT_FORMATS)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def export_format(name: str | None, dest: Path | None = None) -> str:
    """The canonical name of a format, or the one a file suffix implies (default Turtle)."""
    if name is None:
        found = formats.for_path(dest) if dest is not None else None
        return found.name if found in formats.EXPORT_FORMATS else "turtle"
    found = formats.find(name)
    if found not in formats.EXPORT_FORMATS:
        raise StoreError(f"unknown export format {name!r} (one of: {', '.join(EXPORT_FORMATS)})")
    return found.name


def graphs_as_rdf(graphs: Iterable[Graph], fmt: str) -> bytes:
    """rdflib graphs (a document's each) as one RDF document in ``fmt`` (any name of
    :mod:`kg.formats`): TriG and N-Quads keep a named graph per document, the others their union."""
    found = formats.rdf_format(fmt)
    if found.name in ("trig", "nquads"):
        out = Dataset()
        for g in graphs:
            named = out.graph(g.identifier)
            for t in g:
                named.add(t)
    else:
        out = Graph()
        for g in graphs:
            for t in g:
                out.add(t)
    bind_prefixes(out)
    return out.serialize(format=found.rdflib).encode("utf-8")


def export(store: Store, dest: Path | BinaryIO, fmt: str = "turtle", graph: str | None = None) -> None:
    """Write the store (or one named graph) to ``dest`` (a path, written atomically, or a binary stream)."""
    fmt = export_format(fmt)
    if isinstance(dest, str | Path):
        with atomic_output(Path(dest)) as fh:
            _write(store, fh, fmt, graph)
    else:
        _write(store, dest, fmt, graph)


def _write(store: Store, out: BinaryIO, fmt: str, graph: str | None) -> None:
    if fmt == "json-ld":
        with tempfile.TemporaryFile() as buf:
            store.dump(buf, "nquads" if graph is None else "nt", graph=graph)
            buf.seek(0)
            kind = ox.RdfFormat.N_QUADS if graph is None else ox.RdfFormat.N_TRIPLES
            write_jsonld(ox.parse(buf, kind), out)
        return
    if graph is not None and fmt in ("trig", "nquads"):
        with tempfile.TemporaryFile() as buf:
            store.dump(buf, "nt", graph=graph)
            buf.seek(0)
            name = ox.NamedNode(graph)
            quads = (ox.Quad(q.subject, q.predicate, q.object, name)
                     for q in ox.parse(buf, ox.RdfFormat.N_TRIPLES))
            ox.serialize(quads, out, formats.rdf_format(fmt).ox, prefixes=OX_PREFIXES)
        return
    store.dump(out, fmt, graph=graph)


# ----------------------------------------------------------------------------- JSON-LD

_NAMESPACES = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))


def _compact(iri: str) -> str:
    for prefix, ns in _NAMESPACES:
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _node_id(term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return _compact(term.value)


def _value(term) -> dict:
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return {"@id": _node_id(term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD_STRING:
        return {"@value": term.value}
    return {"@value": term.value, "@type": _compact(term.datatype.value)}


def write_jsonld(quads: Iterable[ox.Quad], out: BinaryIO) -> None:
    """Stream quads (grouped by graph and subject where they come so) as JSON-LD with a context."""
    def emit(text: str) -> None:
        out.write(text.encode("utf-8"))

    context = {p: str(ns) for p, ns in PREFIXES.items()}
    emit('{\n"@context": ' + json.dumps(context) + ',\n"@graph": [')
    first_graph = True
    graph_key = subject_key = None
    node: dict | None = None
    in_graph = False
    nodes_in_graph = 0

    def flush_node() -> None:
        nonlocal node, nodes_in_graph
        if node is not None:
            emit(("\n" if nodes_in_graph == 0 else ",\n") + json.dumps(node, ensure_ascii=False))
            nodes_in_graph += 1
            node = None

    for q in quads:
        g = q.graph_name
        gkey = None if isinstance(g, ox.DefaultGraph) else _node_id(g)
        if gkey != graph_key or not in_graph:
            flush_node()
            if in_graph:
                emit("\n]}" if graph_key is not None else "")
            emit("" if first_graph else ",")
            first_graph = False
            if gkey is not None:
                emit("\n" + json.dumps({"@id": gkey})[:-1] + ', "@graph": [')
            graph_key, in_graph, subject_key, nodes_in_graph = gkey, True, None, 0
        skey = _node_id(q.subject)
        if skey != subject_key:
            flush_node()
            node, subject_key = {"@id": skey}, skey
        pred = q.predicate.value
        if pred == RDF_TYPE and isinstance(q.object, ox.NamedNode):
            node.setdefault("@type", []).append(_compact(q.object.value))
        else:
            node.setdefault(_compact(pred), []).append(_value(q.object))
    flush_node()
    if in_graph and graph_key is not None:
        emit("\n]}")
    emit("\n]\n}\n")
