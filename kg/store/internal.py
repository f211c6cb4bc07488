"""The graphs a store keeps for its own machinery, not as data: the linker's candidate index
(``graph/identity-index``, :mod:`kg.identity.index`). A dump of the whole store (every RDF format of
``kg export``) and the store's counts (``kg stats``) leave them out; a dump of one of them by name,
and SPARQL that names it, still read it."""
from __future__ import annotations

import pyoxigraph as ox

from kg.vocab import INDEX_GRAPH

#: the internal graphs' names
INTERNAL_GRAPHS = frozenset({str(INDEX_GRAPH)})
INTERNAL_NODES = frozenset(ox.NamedNode(g) for g in INTERNAL_GRAPHS)
_IRIS = [f"<{g}>" for g in sorted(INTERNAL_GRAPHS)]

#: the union of the graphs but the internal ones, each triple once, on a store whose default graph is
#: its own (Oxigraph queried without the union of its graphs as its default graph)
UNION_OWN_DEFAULT = ("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION "
                     f"{{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({', '.join(_IRIS)})) }} }}")
#: the same on an endpoint whose default graph is the union of all its graphs (Virtuoso, ``kg serve``)
UNION_DEFAULT = ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { "
                 f"VALUES ?g {{ {' '.join(_IRIS)} }} GRAPH ?g {{ ?s ?p ?o }} }} }}")


def internal_size(store) -> int:
    """The number of quads in the internal graphs of ``store`` (a :class:`kg.store.Store`)."""
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { "
                       f"VALUES ?g {{ {' '.join(_IRIS)} }} GRAPH ?g {{ ?s ?p ?o }} }}").rows
    return int(rows[0][0]) if rows else 0


def public_graphs(names: list[str]) -> list[str]:
    """``names`` without the internal graphs."""
    return [g for g in names if g not in INTERNAL_GRAPHS]
