"""The identity layer through real SPARQL servers (Oxigraph server, ``kg serve --allow-update``,
Virtuoso): the same links as in the embedded store, and a dump of the whole store carries them."""
from __future__ import annotations

import io

import pyoxigraph as ox

from kg.identity.store import remove_document
from kg.ingest import ingest
from kg.store import Store
from kg.vocab import DIP
from tests.identity.test_store import TEXTS, documents, links

LINK = ox.NamedNode(str(DIP.realWorldEvent))


def test_links_through_a_server_are_those_of_the_embedded_store(empty_server):
    embedded = Store.open(":memory:")
    ingest(embedded, documents())
    expected = links(embedded)
    with Store.open(empty_server) as remote:
        ingest(remote, documents())
        assert links(remote) == expected
        buf = io.BytesIO()
        remote.dump(buf, "nq")
        buf.seek(0)
        dumped = {q.subject.value.split("/event/", 1)[1]: q.object.value
                  for q in ox.parse(buf, ox.RdfFormat.N_QUADS)
                  if q.predicate == LINK and q.graph_name == ox.DefaultGraph()}
        assert dumped == expected
        assert "identity/default" not in " ".join(remote.graph_names())
        for name in TEXTS:
            assert remove_document(remote, name)
        assert links(remote) == {}
