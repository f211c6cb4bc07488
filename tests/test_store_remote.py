"""The remote store (``kg.store.remote``): real Oxigraph and Virtuoso servers on loopback ports.
(Loading files into remote stores is in test_store_load, named queries over them in test_query.)"""
from __future__ import annotations

import io

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.store import Store


@pytest.mark.parametrize("server", ["oxigraph_url", "virtuoso_url"])
def test_remote_replace_remove_and_dump(request, server):
    url = request.getfixturevalue(server)
    g = Graph()
    g.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal('quote " and <b>')))
    name = "http://example.org/remote-test"
    with Store.open(url) as st:
        before = len(st)
        st.replace_graph(name, g)
        st.replace_graph(name, g)
        assert name in st.graph_names() and len(st) == before + 1
        rows = st.query("SELECT ?o WHERE { GRAPH <http://example.org/remote-test> { ?s ?p ?o } }").rows
        assert rows == [(Literal('quote " and <b>'),)]
        buf = io.BytesIO()
        st.dump(buf, "nt", graph=name)
        assert buf.getvalue().count(b"\n") == 1
        assert st.remove_graph(name) and not st.remove_graph(name)
        assert len(st) == before
        with pytest.raises(QueryError, match="malformed SPARQL"):
            st.query("SELECT * WHERE { ?s ?p }")


def test_an_oxigraph_server_is_reached_by_its_base_or_query_url(oxigraph_url):
    for url in (oxigraph_url, oxigraph_url + "/", oxigraph_url + "/query"):
        with Store.open(url, read_only=True) as st:
            assert (st.query_url, st.update_url, st.gsp_url) == (
                oxigraph_url + "/query", oxigraph_url + "/update", oxigraph_url + "/store")
            assert len(st) > 1000 and st.cache is None
            with pytest.raises(StoreError, match="read-only"):
                st.update("DROP ALL")


def test_an_unreachable_endpoint_is_a_one_line_error():
    with pytest.raises(StoreError, match="cannot reach http://127.0.0.1:9/sparql") as err:
        Store.open("http://127.0.0.1:9/sparql")
    assert "\n" not in str(err.value)
