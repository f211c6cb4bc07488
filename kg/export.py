"""Export the store, written atomically: as RDF (Turtle, N-Triples, RDF/XML, TriG, N-Quads, JSON-LD,
streamed), as a table of events (CSV, TSV, Parquet: :mod:`kg.tables`) or as a network graph (GraphML,
GEXF: :mod:`kg.network.writers`), the format given or implied by the file's suffix
(:func:`kg.formats.output_format`); and extraction graphs (no store) as one RDF document.

Turtle, N-Triples and RDF/XML hold the union of the graphs (each triple once); TriG and N-Quads keep
one named graph per document and the vocabulary's; JSON-LD keeps them too, under a ``@context`` of the
project's prefixes. None holds the linker's candidate index (:mod:`kg.store.internal`).
One document's graph (``graph=``) comes with the concepts it uses, so it reads
on its own as ``kg extract``'s output does. The RDF is never held whole in memory: the store streams
into a temporary file beside the destination, which is renamed into place only when complete.
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
from kg.rdf import bind_prefixes, concept_triples
from kg.store import Store
from kg.store.ntriples import graph_term, statements
from kg.vocab import CAMEO, PLOVER, PREFIXES

#: every format ``kg export`` writes, by its canonical name
EXPORT_FORMATS = tuple(f.name for f in formats.OUTPUT_FORMATS)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def export_format(name: str | None, dest: Path | None = None) -> str:
    """The canonical name of a format given by name, or the one a file suffix implies (Turtle when
    there is neither); a StoreError naming the known ones for an unknown name or suffix."""
    return formats.output_format(name, dest).name


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
    """Write the store (or one document's named graph, RDF only) to ``dest`` (a path, written
    atomically, or a binary stream)."""
    out = formats.output_format(fmt)
    if out.kind != "rdf" and graph is not None:
        raise StoreError(f"one document's graph is exported as RDF only, not as {out.name}")
    if out.kind == "table":
        from kg.tables import check_table_format, write_table

        check_table_format(out.name)
        writer = lambda fh: write_table(store, fh, out.name)  # noqa: E731
    elif out.kind == "graph":
        from kg.network.writers import write_network

        writer = lambda fh: write_network(store, fh, out.name)  # noqa: E731
    else:
        writer = lambda fh: _write(store, fh, out.name, graph)  # noqa: E731
    if isinstance(dest, str | Path):
        with atomic_output(Path(dest)) as fh:
            writer(fh)
    else:
        writer(dest)


def concepts_of(store: Store, graph: str) -> list:
    """What one stored document's graph needs from the shared vocabulary to read on its own: the
    concepts it uses (PLOVER types, CAMEO codes and their broader codes, with notations) and the
    description of the runs that made it."""
    g = graph_term(graph)
    rows = store.query(f"SELECT DISTINCT ?c WHERE {{ GRAPH {g} {{ ?e sem:eventType|dip:cameo ?c }} }}").rows
    used = [str(c) for (c,) in rows if c is not None]
    runs = store.query(f"""CONSTRUCT {{ ?r ?p ?o . ?a ?q ?x }} WHERE {{
        {{ SELECT DISTINCT ?r WHERE {{ GRAPH {g} {{ ?d prov:wasGeneratedBy ?r }} }} }}
        ?r ?p ?o OPTIONAL {{ ?r prov:wasAssociatedWith ?a . ?a ?q ?x }} }}""").graph
    return [*concept_triples([c[len(PLOVER):] for c in used if c.startswith(PLOVER)],
                             [c[len(CAMEO):] for c in used if c.startswith(CAMEO)]), *runs]


def _graph_quads(store: Store, graph: str) -> Iterable[ox.Quad]:
    """One document's graph and the concepts it uses, as quads (the concepts in the default graph, as a
    dataset export of the whole store has them)."""
    with tempfile.TemporaryFile() as buf:
        store.dump(buf, "nt", graph=graph)
        buf.seek(0)
        name = ox.NamedNode(graph)
        quads = [ox.Quad(q.subject, q.predicate, q.object, name)
                 for q in ox.parse(buf, ox.RdfFormat.N_TRIPLES)]
    text = statements(concepts_of(store, graph))
    quads.extend(ox.parse(text.encode("utf-8"), ox.RdfFormat.N_QUADS))
    return quads


def _write(store: Store, out: BinaryIO, fmt: str, graph: str | None) -> None:
    if graph is not None:
        quads = _graph_quads(store, graph)
        if fmt == "json-ld":
            write_jsonld(quads, out)
            return
        rdf = formats.rdf_format(fmt)
        items = quads if rdf.datasets else [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        ox.serialize(items, out, rdf.ox, prefixes=OX_PREFIXES)
        return
    if fmt == "json-ld":
        with tempfile.TemporaryFile() as buf:
            store.dump(buf, "nquads")
            buf.seek(0)
            write_jsonld(ox.parse(buf, ox.RdfFormat.N_QUADS), out)
        return
    store.dump(out, fmt)


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
