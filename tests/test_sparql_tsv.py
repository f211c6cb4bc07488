"""SELECT answers read back from the TSV Oxigraph writes (kg/sparql/tsv.py, EmbeddedStore.select_values
and select_pairs) give the values pyoxigraph's own terms give: IRIs, literals with every escape,
language tags and datatypes, numbers written bare, blank nodes, unbound variables."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.sparql.tsv import value
from kg.store import Store

G = ox.NamedNode("https://example.org/g")
OBJECTS = [
    ox.NamedNode("https://example.org/é?x=1&y=2"),
    ox.Literal('tab\there "quoted" back\\slash\nnewline\rreturn'),
    ox.Literal('["json", "with \\"quotes\\"", 1]'),
    ox.Literal("é ü 😀 ascii-free"),
    ox.Literal("bonjour", language="fr"),
    ox.Literal("2024-02-29", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ox.Literal(42), ox.Literal(True), ox.Literal(2.5), ox.BlankNode("b1"), ox.Literal(""),
]


@pytest.fixture()
def store():
    st = Store.open(":memory:")
    db, p = st._db(), ox.NamedNode("https://example.org/p")
    for i, o in enumerate(OBJECTS):
        db.add(ox.Quad(ox.NamedNode(f"https://example.org/s{i}"), p, o, G))
    yield st
    st.close()


def test_rows_read_from_tsv_are_the_terms_values(store):
    q = "SELECT ?s ?o ?none WHERE { GRAPH ?g { ?s <https://example.org/p> ?o } } ORDER BY ?s"
    want = [(s["s"].value, s["o"].value, None) for s in store._db().query(q)]
    assert len(want) == len(OBJECTS)
    assert list(store.select_values(q)) == want
    two = "SELECT ?s ?o WHERE { GRAPH ?g { ?s <https://example.org/p> ?o } } ORDER BY ?s"
    assert list(store.select_pairs(two)) == [(s, o) for s, o, _ in want]


def test_a_term_of_each_kind():
    assert value("<https://example.org/a>") == "https://example.org/a"
    assert value('"a\\u00e9\\U0001F600"@en') == "aé😀"
    assert value('"é\\"x"') == 'é"x'  # not ASCII: the escapes read one by one
    assert value("") is None
