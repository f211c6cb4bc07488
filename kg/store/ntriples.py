"""Triples written as the store takes them: N-Triples / N-Quads text (also the body of SPARQL's
``INSERT DATA``), each term checked; graph names checked as absolute IRIs."""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, URIRef

from kg.errors import QueryError, StoreError
from kg.sparql.terms import sparql_term


def statements(data: Iterable, end: str = " .\n", cache: dict | None = None,
               blank_nodes: bool = True) -> str | None:
    """The triples of ``data`` (rdflib or pyoxigraph terms), one per line, in N-Triples/SPARQL term
    syntax, each line closed by ``end`` (`` <graph> .\\n`` makes N-Quads); each rdflib term checked
    as in :func:`~kg.sparql.terms.sparql_term`.
    ``cache`` keeps the written terms between calls. With ``blank_nodes=False``, None if a blank
    node occurs (a bulk load would not keep its label apart from other graphs')."""
    cache = {} if cache is None else cache
    lines = []
    for triple in data:
        terms = []
        for t in triple:
            text = cache.get(t)
            if text is None:
                if not blank_nodes and isinstance(t, BNode | ox.BlankNode):
                    return None
                if isinstance(t, ox.NamedNode | ox.BlankNode | ox.Literal):
                    text = str(t)  # parsed by Oxigraph: already valid N-Triples
                else:
                    try:
                        text = sparql_term(t)
                    except QueryError as exc:
                        raise StoreError(f"cannot store graph: {exc}") from None
                cache[t] = text
            terms.append(text)
        lines.append(" ".join(terms) + end)
    return "".join(lines)


def check_graph_name(name: str) -> str:
    """``name`` as a string, if it is an absolute IRI that can be written in a query."""
    name = str(name)
    try:
        sparql_term(URIRef(name))
    except QueryError as exc:
        raise StoreError(f"bad graph name: {exc}") from None
    if ":" not in name:
        raise StoreError(f"bad graph name {name!r}: expected an absolute IRI")
    return name


def graph_term(name: str) -> str:
    """A checked graph name in SPARQL syntax (``<iri>``)."""
    return sparql_term(URIRef(check_graph_name(name)))
