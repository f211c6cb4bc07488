"""The store: where triples live. Embedded Oxigraph (in memory or on disk, :mod:`kg.store.embedded`)
or a SPARQL 1.1 endpoint (:mod:`kg.store.remote`); open one with :meth:`Store.open`.

Each document is its own named graph; :meth:`Store.replace_graph` swaps one whole in a single
transaction. Queries see the union of the named graphs as their default graph. Parameters are
bound as RDF terms (a ``VALUES`` block, :mod:`kg.sparql.binding`), never pasted into the query text.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO, Protocol

import pyoxigraph as ox

from kg.sparql.results import QueryResult
from kg.store.base import LOAD_BATCH, Triples
from kg.store.embedded import EmbeddedStore
from kg.store.remote import RemoteStore

__all__ = ["LOAD_BATCH", "EmbeddedStore", "RemoteStore", "Store", "Triples", "copy_store"]


class Store(Protocol):
    """Where the graph lives: what every backend does. Open one with :meth:`Store.open`; use it as a
    context manager."""

    location: str
    read_only: bool
    #: answers derived from the data (the actors' labels) kept for the next query; a store that
    #: cannot tell when its data changes (a remote endpoint) keeps none
    cache: dict | None

    @classmethod
    def open(cls, location: str | Path | None = None, *, read_only: bool = False) -> Store:
        """``None``/``":memory:"``: in memory; a folder: on disk (created if missing); an http(s) URL:
        a SPARQL 1.1 endpoint (an Oxigraph server's base URL, or a ``.../sparql`` endpoint)."""
        loc = ":memory:" if location is None else str(location)
        if loc.startswith(("http://", "https://")):
            return RemoteStore(loc, read_only=read_only)
        if loc != ":memory:":
            loc = str(Path(loc).expanduser())
        return EmbeddedStore(loc, read_only=read_only)

    def replace_graph(self, name: str, data: Triples) -> None:
        """Put ``data`` (an rdflib Graph, or a collection of triples of rdflib or pyoxigraph terms) in
        the named graph ``name`` in place of whatever it held, in one atomic write."""

    def replace_graphs(self, graphs: Iterable[tuple[str, Triples]]) -> None:
        """Replace several named graphs, each whole; an embedded store writes a batch in one or two
        transactions (much faster on disk than one per graph)."""

    def remove_graph(self, name: str) -> bool:
        """Drop a named graph; False if there was no such graph."""

    def load_file(self, path: str | Path, format: str | None = None, graph: str | None = None) -> list[str]:
        """Load an RDF file: each named graph of a dataset file (TriG, N-Quads, JSON-LD) replaces the
        store's graph of that name; a graph file (Turtle, N-Triples, RDF/XML) becomes the named graph
        ``graph``; triples outside any named graph go to the default graph. Nothing is written if the
        file is malformed. Returns the names of the graphs loaded."""

    def optimize(self) -> None:
        """Compact the store after a large load (faster reads, smaller on disk); may do nothing."""

    def graph_names(self) -> list[str]:
        """The named graphs, sorted."""

    def query(self, sparql: str, params: Mapping[str, object] | None = None) -> QueryResult:
        """Run SELECT/ASK/CONSTRUCT/DESCRIBE over the union of the named graphs.

        ``params`` maps variable names to values (rdflib terms, str, numbers, dates, or a list of
        them for several alternatives); they are bound with a VALUES block, as RDF terms.
        """

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (refused on a read-only store)."""

    def dump(self, dest: BinaryIO | Path, format: str, graph: str | None = None) -> None:
        """Write the dataset (TriG, N-Quads), one graph, or the union (Turtle, N-Triples), streamed. The
        dataset and the union leave out the graphs the store keeps for its own machinery (the
        linker's candidate index, :mod:`kg.store.internal`); ``graph`` may name one of them."""

    def __len__(self) -> int:
        """The number of quads."""

    def close(self) -> None:
        """Let go of the store (and of its lock)."""

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc) -> None: ...


def copy_store(src: Store, dst: Store, graphs: Iterable[str] | None = None) -> int:
    """Copy named graphs from one store to another (each graph replaced whole); the number copied."""
    n = 0
    for name in graphs or src.graph_names():
        with tempfile.SpooledTemporaryFile(max_size=1 << 24) as buf:
            src.dump(buf, "nt", graph=name)
            buf.seek(0)
            triples = [(q.subject, q.predicate, q.object) for q in ox.parse(buf, ox.RdfFormat.N_TRIPLES)]
        dst.replace_graph(name, triples)
        n += 1
    return n
