"""Binding parameters into query text (``kg.sparql.binding``) and writing terms (``kg.sparql.terms``):
a VALUES block at the start of the WHERE pattern, terms that cannot escape their quotes."""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef

from kg.errors import QueryError
from kg.sparql.binding import bind_values, query_form, variables
from kg.sparql.terms import expand_iri, sparql_term, to_term
from kg.vocab import ACTOR


def test_values_go_into_the_where_pattern():
    text = 'PREFIX x: <http://x/> CONSTRUCT { ?s x:p "{" } WHERE { ?s x:p ?o } # a comment {'
    bound = bind_values(text, {"o": 1})
    assert 'WHERE { VALUES ?o { "1"^^<http://www.w3.org/2001/XMLSchema#integer> }' in bound
    assert query_form(text) == "CONSTRUCT"
    assert query_form("# SELECT\nASK { }") == "ASK"
    sel = bind_values("SELECT (COUNT(*) AS ?n) { ?s ?p ?o . FILTER(?o > ?min) }", {"min": 3})
    assert sel.startswith("SELECT (COUNT(*) AS ?n) { VALUES ?min")


def test_what_binding_refuses():
    assert query_form("DROP ALL") == "UPDATE"
    with pytest.raises(QueryError, match="only bound in queries"):
        bind_values("DELETE WHERE { ?s ?p ?o }", {"s": 1})
    with pytest.raises(QueryError, match="short form CONSTRUCT WHERE"):
        bind_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": 1})
    with pytest.raises(QueryError, match="bad parameter name"):
        bind_values("SELECT * { ?s ?p ?o }", {"s }": 1})
    with pytest.raises(QueryError, match="not a SPARQL query"):
        query_form("hello")
    assert variables('SELECT ?s { ?s ?p "?not" } # ?nor') == {"s", "p"}
    assert bind_values("SELECT * { ?s ?p ?o }", {"s": None}) == "SELECT * { ?s ?p ?o }"


def test_terms_are_written_so_that_nothing_escapes():
    assert sparql_term(URIRef("http://x/a")) == "<http://x/a>"
    assert sparql_term(Literal('a "b"\n\\', lang="en-GB")) == '"a \\"b\\"\\n\\\\"@en-GB'
    assert sparql_term(to_term(date(2025, 8, 19))) == '"2025-08-19"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert sparql_term(BNode("b1")) == "_:b1"
    for bad in (URIRef("http://x/> } DROP ALL { <y"), URIRef("no-scheme"), BNode("a b"), "plain text"):
        with pytest.raises(QueryError):
            sparql_term(bad)


def test_users_iris():
    assert expand_iri("actor:Q22686") == ACTOR["Q22686"]
    assert expand_iri("<urn:x:1>") == URIRef("urn:x:1")
    assert expand_iri("https://example.org/a") == URIRef("https://example.org/a")
    assert expand_iri("Trump") is None and expand_iri("nope:x") is None


@given(st.text())
def test_any_text_is_one_literal_term(text):
    written = sparql_term(Literal(text))
    line = f"<http://x/s> <http://x/p> {written} .\n".encode()
    (quad,) = ox.parse(line, ox.RdfFormat.N_TRIPLES)
    assert quad.object == ox.Literal(text)
