"""What the store backends share: writes refused on a read-only store, a file loaded graph by graph,
closing as a context manager."""
from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store.load import load_target, parse_file
from kg.store.ntriples import statements

#: what a graph's content may be: an rdflib Graph, or a list of (s, p, o) rdflib or pyoxigraph terms
Triples = Collection
LOAD_BATCH = 50  # graphs per transaction when a file replaces graphs the store holds


class StoreBase:
    """The parts of :class:`kg.store.Store` every backend has in common."""

    location: str
    read_only: bool
    cache: dict | None = None

    def replace_graph(self, name: str, data: Triples) -> None:
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def replace_graphs(self, graphs: Iterable[tuple[str, Triples]]) -> None:
        """One graph after the other (a backend may write a batch at once)."""
        for name, data in graphs:
            self.replace_graph(name, data)

    def load_file(self, path: str | Path, format: str | None = None, graph: str | None = None) -> list[str]:
        """The whole file is parsed before anything is written; then graphs are written ``LOAD_BATCH``
        to a transaction, each whole, with blank nodes of its own."""
        self._writable()
        fmt, to = load_target(path, format, graph)
        by_graph: dict[str | None, list] = {}
        blanks: dict[tuple[str | None, str], ox.BlankNode] = {}

        def own(term, name: str | None):
            # each graph gets its own blank nodes: it is written apart from the others, and one
            # SPARQL update refuses a blank node label shared by two graphs' INSERT DATA blocks
            if not isinstance(term, ox.BlankNode):
                return term
            node = blanks.get((name, term.value))
            if node is None:
                node = blanks[(name, term.value)] = ox.BlankNode()
            return node

        for q in parse_file(path, fmt, to):
            name = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            by_graph.setdefault(name, []).append((own(q.subject, name), q.predicate, own(q.object, name)))
        default = by_graph.pop(None, None)
        names = sorted(by_graph)
        for i in range(0, len(names), LOAD_BATCH):
            self.replace_graphs([(name, by_graph[name]) for name in names[i:i + LOAD_BATCH]])
        if default:
            self.update(f"INSERT DATA {{\n{statements(default)}}}")
        return names

    def optimize(self) -> None:
        """Nothing to compact."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = ", read-only" if self.read_only else ""
        return f"<{type(self).__name__} {self.location}{mode}>"

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")
