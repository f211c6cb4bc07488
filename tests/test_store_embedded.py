"""The embedded store (``kg.store.embedded``): named graphs replaced whole, the union queried, errors in
one line, kill -9 safe; opening stores (``Store.open``) and copying between them."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.errors import QueryError, StoreError
from kg.store import Store, copy_store

EX = "http://example.org/"
G1, G2 = EX + "g1", EX + "g2"


def graph(n: int, tag: str) -> Graph:
    g = Graph()
    for i in range(n):
        g.add((URIRef(f"{EX}s{i}"), RDFS.label, Literal(f"{tag} {i}")))
    return g


def test_replace_graph_swaps_old_triples_for_new():
    with Store.open() as st:
        st.replace_graph(G1, graph(5, "old"))
        st.replace_graph(G2, graph(2, "other"))
        st.replace_graph(G1, graph(3, "new"))
        labels = {str(r[0]) for r in st.query(f"SELECT ?l WHERE {{ GRAPH <{G1}> {{ ?s ?p ?l }} }}").rows}
        assert labels == {"new 0", "new 1", "new 2"}
        assert st.graph_names() == [G1, G2]
        assert len(st) == 5


def test_default_graph_is_the_union_and_results_are_rdflib_terms():
    with Store.open() as st:
        st.replace_graph(G1, graph(1, "a"))
        g = Graph()
        g.add((URIRef(EX + "s9"), URIRef(EX + "when"), Literal("2025-08-18", datatype=XSD.date)))
        g.add((URIRef(EX + "s9"), RDFS.label, Literal("Киев", lang="uk")))
        st.replace_graph(G2, g)
        res = st.query("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o")
        assert res.kind == "select" and res.vars == ["s", "o"]
        assert (URIRef(EX + "s0"), Literal("a 0")) in res.rows
        assert (URIRef(EX + "s9"), Literal("2025-08-18", datatype=XSD.date)) in res.rows
        assert (URIRef(EX + "s9"), Literal("Киев", lang="uk")) in res.rows
        assert res.dicts()[0].keys() == {"s", "o"}
        assert st.query("ASK { ?s rdfs:label \"a 0\" }").boolean is True
        cons = st.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert cons.kind == "graph" and len(cons.graph) == 3


def test_remove_graph():
    with Store.open() as st:
        st.replace_graph(G1, graph(2, "x"))
        assert st.remove_graph(G1) is True
        assert st.remove_graph(G1) is False
        assert len(st) == 0 and st.graph_names() == []


def test_params_bind_any_variable_as_terms():
    with Store.open() as st:
        st.replace_graph(G1, graph(3, "v"))
        # ?l is not projected: bound through VALUES, not pyoxigraph substitutions
        res = st.query("SELECT ?s WHERE { ?s rdfs:label ?l }", {"l": "v 1"})
        assert res.rows == [(URIRef(EX + "s1"),)]
        both = [URIRef(EX + "s0"), URIRef(EX + "s2")]
        res = st.query("SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l", {"s": both})
        assert [str(r[0]) for r in res.rows] == ["v 0", "v 2"]
        with pytest.raises(QueryError, match=r"no variable \?nope"):
            st.query("SELECT ?s WHERE { ?s ?p ?o }", {"nope": 1})


def test_injection_through_a_parameter_is_inert():
    with Store.open() as st:
        st.replace_graph(G1, graph(3, "v"))
        for evil in ['"} ; DROP ALL ; {"', "} ; DROP ALL ; {", '" } } ; DROP ALL ; # ', "\\\" ) } DROP ALL"]:
            res = st.query("SELECT ?s WHERE { ?s rdfs:label ?l }", {"l": evil})
            assert res.rows == []
        assert len(st) == 3
        with pytest.raises(QueryError):
            st.query("SELECT ?s WHERE { ?s ?p ?o }", {"s": URIRef("http://x/> } ; DROP ALL ; <http://y")})
        assert len(st) == 3


def test_malformed_sparql_is_one_line_with_position():
    with Store.open() as st:
        with pytest.raises(QueryError) as err:
            st.query("SELECT * WHERE {\n  ?s ?p \n}")
        msg = str(err.value)
        assert "\n" not in msg and "malformed SPARQL" in msg and "3:2" in msg
        # with parameters the position still refers to the text the user wrote
        with pytest.raises(QueryError, match="1:26"):
            st.query("SELECT ?s WHERE { ?s ?p }", {"s": 1})
        with pytest.raises(QueryError, match="malformed SPARQL update"):
            st.update("INSERT DATA { <a> }")


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=40))
def test_any_text_round_trips_through_replace_and_parameters(text):
    with Store.open() as s:
        g = Graph()
        g.add((URIRef(EX + "s"), RDFS.label, Literal(text)))
        s.replace_graph(G1, g)
        res = s.query("SELECT ?l WHERE { ?s rdfs:label ?l }")
        assert res.rows == [(Literal(text),)]
        assert s.query("SELECT ?s WHERE { ?s rdfs:label ?l }", {"l": text}).rows == [(URIRef(EX + "s"),)]


def test_on_disk_store_persists_and_reopens(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as st:
        st.replace_graph(G1, graph(4, "p"))
    with Store.open(path, read_only=True) as st:
        assert len(st) == 4
        with pytest.raises(StoreError, match="read-only"):
            st.update("INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> <http://x/c> } }")
        with pytest.raises(StoreError, match="read-only"):
            st.replace_graph(G1, graph(1, "q"))


def test_second_writer_gets_a_clear_error(tmp_path):
    path = tmp_path / "store"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from kg.store import Store; s=Store.open(sys.argv[1]); "
         "print('open', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as err:
            Store.open(path)
        assert str(err.value) == f"store {path} is in use by another process"
        with Store.open(path, read_only=True) as reader:  # readers need no lock
            assert reader.graph_names() == []
    finally:
        holder.kill()
        holder.wait()


def test_bad_locations(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "missing", read_only=True)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("hello")
    with pytest.raises(StoreError, match="holds no store"):
        Store.open(tmp_path / "notes")
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["a.txt"]
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(tmp_path / "file")


def test_dump_formats():
    with Store.open() as st:
        st.replace_graph(G1, graph(2, "d"))
        buf = io.BytesIO()
        st.dump(buf, "nquads")
        assert buf.getvalue().count(b"<http://example.org/g1>") == 2
        buf = io.BytesIO()
        st.dump(buf, "nt", graph=G1)
        assert len(buf.getvalue().splitlines()) == 2
        with pytest.raises(StoreError, match="unknown RDF format"):
            st.dump(io.BytesIO(), "docx")


KILLER = """
import sys
from rdflib import Graph, Literal, URIRef
from kg.store import Store
st = Store.open(sys.argv[1])
big = Graph()
for i in range(40000):
    big.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(f"new {i}")))
print("ready", flush=True)
while True:
    st.replace_graph("http://example.org/g1", big)
"""


def test_kill_9_during_replace_leaves_the_graph_whole(tmp_path, kill_9):
    path = tmp_path / "store"
    with Store.open(path) as st:
        st.replace_graph(G1, graph(1000, "old"))
    kill_9(KILLER, path, 1.5)
    with Store.open(path) as st:
        n = len(st.query(f"SELECT * WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}").rows)
        assert n in (1000, 40000)


BATCHER = """
import sys
from rdflib import Graph, Literal, URIRef
from kg.store import Store
st = Store.open(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    batch = []
    for _ in range(20):
        g = Graph()
        for i in range(500):
            s = URIRef(f"http://example.org/d{n}/s{i}")
            g.add((s, URIRef("http://example.org/p"), Literal(f"v {i}")))
        batch.append((f"http://example.org/doc/{n}", g))
        n += 1
    st.replace_graphs(batch)
"""


def test_kill_9_during_a_batched_load_leaves_every_graph_whole(tmp_path, kill_9):
    path = tmp_path / "store"
    Store.open(path).close()
    kill_9(BATCHER, path, 2.0)
    with Store.open(path) as st:
        rows = st.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
        assert rows and {int(n) for _, n in rows} == {500}
        assert len(rows) % 20 == 0


def test_new_graphs_are_checked_before_anything_is_written(tmp_path):
    from rdflib import BNode

    with Store.open(tmp_path / "store") as st:
        bad = graph(2, "ok")
        bad.add((URIRef("http://example.org/has space"), RDFS.label, Literal("x")))
        with pytest.raises(StoreError, match="not a valid IRI"):
            st.replace_graphs([(G1, graph(3, "fine")), (G2, bad)])
        assert len(st) == 0 and st.graph_names() == []
        blank = Graph()
        blank.add((BNode("b1"), RDFS.label, Literal("blank")))
        st.replace_graphs([(G1, graph(3, "fine")), (G2, blank)])
        assert st.graph_names() == [G1, G2] and len(st) == 4
        st.replace_graphs([(G1, graph(1, "again"))])
        assert len(st) == 2
        st.optimize()
        assert len(st) == 2


def test_replace_graphs_in_one_transaction():
    with Store.open() as st:
        st.replace_graph(G1, graph(3, "old"))
        st.replace_graphs([(G1, graph(1, "new")), (G2, graph(2, "two"))])
        assert st.graph_names() == [G1, G2] and len(st) == 3
        with pytest.raises(StoreError):
            st.replace_graphs([(G1, graph(5, "bad")), ("not an iri", graph(1, "x"))])
        assert len(st) == 3


def test_copy_store_moves_every_graph():
    with Store.open() as src, Store.open() as dst:
        src.replace_graph(G1, graph(3, "a"))
        src.replace_graph(G2, graph(2, "b"))
        dst.replace_graph(G1, graph(9, "stale"))
        assert copy_store(src, dst) == 2
        assert dst.graph_names() == [G1, G2] and len(dst) == 5
