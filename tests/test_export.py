"""Export (``kg.export``): every format parses with Debian's rapper (independent of rdflib) and with
rdflib; one document's graph; a failed export leaves the old file; extraction graphs as one document."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import formats
from kg.errors import StoreError
from kg.export import export, export_format, graphs_as_rdf
from kg.store import Store

RDF_FORMATS = [f.name for f in formats.EXPORT_FORMATS]
SUFFIX = {"turtle": ".ttl", "nt": ".nt", "trig": ".trig", "nquads": ".nq", "json-ld": ".jsonld",
          "xml": ".rdf"}
RAPPER = {"turtle": "turtle", "nt": "ntriples", "trig": "trig", "nquads": "nquads", "xml": "rdfxml"}
RDFLIB = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nquads": "nquads", "json-ld": "json-ld",
          "xml": "xml"}


@pytest.fixture(scope="module")
def store(synth_dir):
    with Store.open(synth_dir, read_only=True) as st:
        yield st


def _counts(st: Store) -> tuple[int, int]:
    quads = len(st)
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"
    triples = int(st.query(distinct).rows[0][0])
    return quads, triples


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_every_format_parses_independently(store, tmp_path, fmt, rapper):
    quads, triples = _counts(store)
    path = tmp_path / f"out{SUFFIX[fmt]}"
    export(store, path, fmt)
    expected = quads if fmt in ("trig", "nquads", "json-ld") else triples
    if fmt in RAPPER:
        assert rapper(path, RAPPER[fmt]) == expected
    ds = Dataset()
    ds.parse(path, format=RDFLIB[fmt])
    assert len(list(ds.quads())) == expected
    assert len(list(ox.parse(path=path, format=ox.RdfFormat.from_extension(SUFFIX[fmt][1:])))) == expected
    if fmt == "turtle":
        assert b"@prefix sem:" in path.read_bytes()
    if fmt == "json-ld":
        assert path.read_text().lstrip().startswith('{\n"@context"')
    if fmt == "xml":
        assert b"<rdf:RDF" in path.read_bytes()[:2000]


def test_one_document_graph(store, tmp_path):
    name = next(g for g in store.graph_names() if "synth" in g)
    path = tmp_path / "one.trig"
    export(store, path, "trig", graph=name)
    ds = Dataset()
    ds.parse(path, format="trig")
    # the document's graph, and the concepts it uses in the default graph: it reads on its own
    named = {str(g.identifier) for g in ds.graphs() if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID}
    assert named == {name}
    assert 0 < len(ds.default_graph) < 100
    g = Graph()
    path = tmp_path / "one.ttl"
    export(store, path, "turtle", graph=name)
    g.parse(path)
    assert len(g) == len(list(ds.quads()))


def test_a_failed_export_leaves_the_old_file(store, tmp_path):
    path = tmp_path / "keep.ttl"
    path.write_text("old content")
    with pytest.raises(StoreError):
        export(store, path, "rdfa")
    with pytest.raises(StoreError):
        export(store, path, "turtle", graph="not an iri")
    assert path.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.ttl"]


def test_the_format_comes_from_the_name_or_the_suffix(tmp_path):
    assert [export_format(None, tmp_path / f"x{s}") for s in (".nq", ".JSON", ".trig", ".rdf", ".csv")] == [
        "nquads", "json-ld", "trig", "xml", "csv"]
    assert export_format(None) == "turtle" and export_format("NQ") == "nquads"
    assert export_format("ttl") == "turtle" and export_format("rdfxml") == "xml"
    with pytest.raises(StoreError, match=r"x.txt: unknown file suffix '.txt' \(known: .ttl, .nt, "):
        export_format(None, tmp_path / "x.txt")
    with pytest.raises(StoreError, match=r"unknown export format 'rdfa' \(one of: turtle, ttl, nt"):
        export_format("rdfa")


def test_extraction_graphs_as_one_document():
    a, b = Graph(identifier=URIRef("http://x/g/a")), Graph(identifier=URIRef("http://x/g/b"))
    a.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal("a")))
    b.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal("a")))
    b.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal("b")))
    ds = Dataset()
    ds.parse(data=graphs_as_rdf([a, b], "nq"), format="nquads")
    sizes = {str(g.identifier): len(g) for g in ds.graphs() if len(g)}
    assert sizes == {"http://x/g/a": 1, "http://x/g/b": 2}
    union = Graph().parse(data=graphs_as_rdf([a, b], "turtle"), format="turtle")
    assert len(union) == 2
    assert b"<rdf:RDF" in graphs_as_rdf([a], "xml")
