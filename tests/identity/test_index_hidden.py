"""The linker's candidate index (``graph/identity-index``) is machinery of the store, not its data: on a
store built from the cross-document texts of tests/data/crossdoc/x1 (the index holds a few hundred
quads), no export (every RDF format, the events table, the network files, the HTML page), count,
named query or analysis shows its keys, its views or its graph, while the real-world events
still come out; an N-Quads export loaded into a new store and re-linked gives the same links and
the same index. The same holds for the dumps of real SPARQL servers."""
from __future__ import annotations

import io
import json
import re

import pyoxigraph as ox
import pytest

from kg.api import stats
from kg.documents import read_path
from kg.export import export
from kg.identity import index
from kg.identity.rules import rules
from kg.ingest import ingest
from kg.network.analytics import centrality
from kg.network.graphs import interaction_graph
from kg.network.projection import project
from kg.query import named_queries, run
from kg.store import Store
from kg.viz.html import write_html
from kg.vocab import DIP
from tests.conftest import ROOT
from tests.identity.test_store import documents

X1 = ROOT / "tests" / "data" / "crossdoc" / "x1"
INDEX = index.INDEX_GRAPH
#: what no user-facing output may hold: the index's predicates, keys and graph, and its views (JSON:
#: a report's IRI, its document, its PLOVER type, ...; quotes escaped or not)
HIDDEN = ("candidateOf", "linkView", "indexState", "https://w3id.org/dipkg/index/", "identity-index")
VIEW = re.compile(r'\[\\?"https://w3id\.org/dipkg/event/[^"\\]+\\?", \\?"[^"\\]+\\?", \\?"[A-Z]+\\?"')
LINK = str(DIP.realWorldEvent)
RDF_FORMATS = {"turtle": "ttl", "nt": "nt", "xml": "rdf", "trig": "trig", "nquads": "nq", "json-ld": "jsonld"}
OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdf": ox.RdfFormat.RDF_XML,
              "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


def index_size(st) -> int:
    rows = st.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INDEX}> {{ ?s ?p ?o }} }}").rows
    return int(rows[0][0])


def index_lines(st) -> set[tuple[str, str, str]]:
    rows = st.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{INDEX}> {{ ?s ?p ?o }} }}").rows
    return {(str(s), str(p), str(o)) for s, p, o in rows}


def link_pairs(st) -> set[tuple[str, str]]:
    return {(str(e), str(w)) for e, w in st.query("SELECT ?e ?w WHERE { ?e dip:realWorldEvent ?w }").rows}


def assert_hidden(text: str, where: str) -> None:
    for mark in HIDDEN:
        assert mark not in text, f"{mark!r} in {where}"
    assert not VIEW.search(text), f"a view in {where}: {VIEW.search(text).group(0)}"


@pytest.fixture(scope="module")
def x1_store(tmp_path_factory):
    """A store on disk built from x1's texts (linked as ``kg build`` links), closed for the tests to
    open (read-only, in this process or in ``kg`` processes)."""
    path = tmp_path_factory.mktemp("x1") / "store"
    with Store.open(path) as st:
        ingest(st, [d for p in sorted(X1.glob("*.txt")) for d in read_path(p)])
        assert index_size(st) > 100 and index.is_complete(st, rules())
        assert len(link_pairs(st)) >= 10
    return path


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_no_rdf_export_carries_the_index_and_every_one_carries_the_links(x1_store, tmp_path, fmt):
    suffix = RDF_FORMATS[fmt]
    out = tmp_path / f"all.{suffix}"
    with Store.open(x1_store, read_only=True) as st:
        export(st, out, fmt)
        links = link_pairs(st)
    assert_hidden(out.read_text(encoding="utf-8"), out.name)
    quads = list(ox.parse(path=str(out), format=OX_FORMATS[suffix]))
    assert all(getattr(q, "graph_name", None) != ox.NamedNode(INDEX) for q in quads)
    exported = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == LINK}
    assert exported == links


def test_stats_count_the_store_without_the_index(x1_store, tmp_path, kg_run):
    with Store.open(x1_store, read_only=True) as st:
        s, size, names = stats(st), index_size(st), st.graph_names()
        buf = io.BytesIO()
        st.dump(buf, "nquads")
    quads = list(ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS))
    assert s.index_triples == size > 0
    assert s.triples == len(quads)
    assert s.graphs == len(names) - 1 == len({q.graph_name for q in quads} - {ox.DefaultGraph()})
    run = kg_run("--store", str(x1_store), "stats")
    assert run.returncode == 0, run.stderr
    lines = dict(line.split(":", 1) for line in run.stdout.splitlines() if not line.startswith(" "))
    assert int(lines["graphs"]) == s.graphs and int(lines["triples"]) == s.triples
    assert lines["index"].split()[0] == str(size)


def test_tables_networks_html_and_analytics_show_no_index(x1_store, tmp_path):
    import pyarrow.parquet as pq

    with Store.open(x1_store, read_only=True) as st:
        for suffix in ("csv", "tsv", "graphml", "gexf"):
            export(st, tmp_path / f"t.{suffix}", suffix)
            assert_hidden((tmp_path / f"t.{suffix}").read_text(encoding="utf-8"), suffix)
        export(st, tmp_path / "t.parquet", "parquet")
        table = pq.read_table(tmp_path / "t.parquet").to_pylist()
        assert table and any(row["real_world_event"] for row in table)
        assert_hidden(json.dumps(table, default=str), "parquet")
        write_html(st, tmp_path / "g.html")
        assert_hidden((tmp_path / "g.html").read_text(encoding="utf-8"), "html")
        proj = project(st)
        assert any("/rwe/" in e.iri for e in proj.events)
        assert_hidden(repr(proj), "projection")
        g = interaction_graph(proj)
        assert_hidden(repr(list(g.nodes(data=True))) + repr(list(g.edges(data=True))), "network")
        assert_hidden(repr(centrality(g)), "centrality")


def test_named_queries_show_no_index(x1_store):
    with Store.open(x1_store, read_only=True) as st:
        actor = next(str(row[0]) for row in run(st, "actors").rows if row[0] is not None)
        event = sorted(w for _, w in link_pairs(st))[0]
        values = {"actor": actor, "iri": event}
        for name, nq in named_queries().items():
            params = {p.name: values[p.type] for p in nq.params if p.required}
            result = run(st, name, params)
            assert_hidden(repr(result.rows if result.kind == "select" else result), name)
        everything = run(st, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                             f"FILTER(?g != <{INDEX}>) }}")
        assert_hidden(repr(everything.rows), "every graph but the index")


def test_an_export_loaded_and_relinked_gives_the_same_links_and_index(x1_store, tmp_path, kg_run):
    new = tmp_path / "new"
    steps = (("--store", str(x1_store), "export", "-o", "all.nq"), ("--store", str(new), "load", "all.nq"))
    for args in steps:
        done = kg_run(*args, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    with Store.open(x1_store, read_only=True) as st:
        links, lines = link_pairs(st), index_lines(st)
    with Store.open(new, read_only=True) as st:
        assert index_size(st) == 0 and not index.is_complete(st, rules())
        assert link_pairs(st) == links  # the links came with the export
    done = kg_run("--store", str(new), "relink", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with Store.open(new, read_only=True) as st:
        assert link_pairs(st) == links
        assert index_lines(st) == lines and index.is_complete(st, rules())


def test_the_index_graph_asked_for_by_name_is_exported(x1_store, tmp_path, kg_run):
    done = kg_run("--store", str(x1_store), "export", "--graph", "identity-index", "-o", "index.nt",
                  cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with Store.open(x1_store, read_only=True) as st:
        lines = index_lines(st)
    got = {(t.subject.value, t.predicate.value, t.object.value)
           for t in ox.parse(path=str(tmp_path / "index.nt"), format=ox.RdfFormat.N_TRIPLES)}
    assert got == lines


def test_servers_dump_without_the_index(empty_server):
    with Store.open(empty_server) as st:
        ingest(st, documents())
        size, links = index_size(st), link_pairs(st)
        assert size > 0 and links
        s = stats(st)
        assert s.index_triples == size
        for fmt, suffix in (("nquads", "nq"), ("trig", "trig"), ("nt", "nt"), ("turtle", "ttl")):
            buf = io.BytesIO()
            st.dump(buf, fmt)
            assert_hidden(buf.getvalue().decode("utf-8"), f"{empty_server} {fmt}")
            quads = list(ox.parse(buf.getvalue(), OX_FORMATS[suffix]))
            assert {(q.subject.value, q.object.value) for q in quads if q.predicate.value == LINK} == links
            if suffix == "nq" and st.gsp_url:  # an Oxigraph server: its count holds its default graph
                assert len(quads) == s.triples


def test_kg_remove_refuses_the_identity_layers_graphs(x1_store, tmp_path, kg_run):
    with Store.open(x1_store, read_only=True) as st:
        size, links = index_size(st), link_pairs(st)
    for name in ("identity-index", "identity"):
        done = kg_run("--store", str(x1_store), "remove", name, cwd=tmp_path)
        assert done.returncode == 1
        assert done.stderr.strip() == f"kg: error: no document {name!r} in the store"
    with Store.open(x1_store, read_only=True) as st:
        assert index_size(st) == size and link_pairs(st) == links
        assert len(st.query("SELECT ?w WHERE { ?w a dip:RealWorldEvent }").rows) > 0
