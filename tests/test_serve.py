"""``kg serve`` (``kg.serve``): a SPARQL 1.1 Protocol endpoint over the embedded store, read-only
unless asked, with content negotiation."""
from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import StoreError
from kg.serve import open_server
from kg.store import Store


def test_kg_serve_is_read_only_and_speaks_the_protocol(kg_serve_url):
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Event }"})
    req = urllib.request.Request(f"{kg_serve_url}?{q}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers.get_content_type() == "text/csv"
        assert resp.read().decode().split() == ["n", "300"]
    body = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(urllib.request.Request(kg_serve_url, data=body))
    assert err.value.code == 403
    with Store.open(kg_serve_url) as st:
        assert len(st) > 1000
        with pytest.raises(StoreError, match="read-only"):
            st.update("DROP ALL")
    assert kg_serve_url.startswith("http://127.0.0.1:")


def test_kg_serve_with_updates_and_content_negotiation(tmp_path):
    server = open_server(str(tmp_path / "store"), port=0, allow_update=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with Store.open(server.url) as st:
            g = Graph()
            g.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
            st.replace_graph("http://example.org/g", g)
            assert st.graph_names() == ["http://example.org/g"] and len(st) == 1
            cons = st.query("CONSTRUCT WHERE { ?s ?p ?o }")
            assert cons.kind == "graph" and len(cons.graph) == 1
        for accept, media in (("application/sparql-results+xml", "application/sparql-results+xml"),
                              ("text/tab-separated-values", "text/tab-separated-values"),
                              ("*/*", "application/sparql-results+json")):
            q = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
            req = urllib.request.Request(f"{server.url}?{q}", headers={"Accept": accept})
            with urllib.request.urlopen(req) as resp:
                assert resp.headers.get_content_type() == media
        q = urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
        req = urllib.request.Request(f"{server.url}?{q}", headers={"Accept": "text/turtle"})
        with urllib.request.urlopen(req) as resp:
            assert resp.headers.get_content_type() == "text/turtle"
            assert b"<http://example.org/a>" in resp.read()
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{server.url}?{urllib.parse.urlencode({'query': 'SELECT * {'})}")
        assert err.value.code == 400 and b"malformed SPARQL" in err.value.read()
    finally:
        server.shutdown()
        server.server_close()
        server.store.close()
