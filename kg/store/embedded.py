"""The embedded store: pyoxigraph in this process, in memory or on disk in a folder (RocksDB)."""
from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import formats
from kg.errors import QueryError, StoreError
from kg.formats import OX_PREFIXES
from kg.sparql import tsv
from kg.sparql.binding import bind_values
from kg.sparql.results import QueryResult
from kg.store.base import StoreBase, Triples
from kg.store.internal import INTERNAL_NODES, UNION_OWN_DEFAULT
from kg.store.load import file_errors, first_line, graph_names_in, load_target, one_line
from kg.store.ntriples import check_graph_name, graph_term, statements

XSD_STRING = str(XSD.string)


class EmbeddedStore(StoreBase):
    """pyoxigraph in this process: in memory, or on disk in a folder (RocksDB)."""

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self.cache = {}
        try:
            if location == ":memory:":
                self._ox = ox.Store()
            elif read_only:
                if not (Path(location) / "CURRENT").is_file():
                    raise StoreError(f"no store at {location} (build one with: kg build)")
                self._ox = ox.Store.read_only(location)
            else:
                self._check_folder(Path(location))
                Path(location).mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(location)
        except OSError as exc:
            if _lock_error(exc):
                raise StoreError(f"store {location} is in use by another process") from None
            raise StoreError(f"cannot open store {location}: {first_line(exc)}") from None
        except RuntimeError as exc:  # RocksDB's "Corruption: ...", e.g. files a writer removed meanwhile
            raise StoreError(f"cannot open store {location}: {first_line(exc)}") from None

    @staticmethod
    def _check_folder(path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store folder")
        if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
            raise StoreError(f"{path} is a folder that holds no store; give an empty or new folder")

    def _db(self) -> ox.Store:
        if self._ox is None:
            raise StoreError(f"store {self.location} is closed")
        return self._ox

    def replace_graph(self, name: str, data: Triples) -> None:
        self.replace_graphs([(name, data)])

    def replace_graphs(self, graphs: Iterable[tuple[str, Triples]]) -> None:
        """Graphs not yet in the store go in through Oxigraph's bulk loader (all of them or none: it
        commits its sorted files in one step; about five times the rate of a transaction); graphs that
        replace others go in one SPARQL update (DROP + INSERT DATA). Every graph is checked before
        anything is written, and each is written whole."""
        self._writable()
        items = [(check_graph_name(name), data) for name, data in graphs]
        db = self._db()
        fresh: set[str] = set()
        chunks: list[str] = []
        if len({name for name, _ in items}) == len(items):
            cache: dict = {}
            for name, data in items:
                if db.contains_named_graph(ox.NamedNode(name)):
                    continue
                text = statements(data, f" <{name}> .\n", cache, blank_nodes=False)
                if text is not None:
                    fresh.add(name)
                    chunks.append(text)
        parts = []
        for name, data in items:
            if name not in fresh:
                g, body = graph_term(name), statements(data)
                parts.append(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}} }}")
        self.cache.clear()
        if chunks:
            try:
                db.bulk_load(input="".join(chunks).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as exc:
                raise StoreError(f"update failed: {first_line(exc)}") from None
        if parts:
            self._update(" ;\n".join(parts))

    def remove_graph(self, name: str) -> bool:
        self._writable()
        node = ox.NamedNode(check_graph_name(name))
        if not self._db().contains_named_graph(node):
            return False
        self._update(f"DROP GRAPH {graph_term(name)}")
        return True

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._db().named_graphs() if isinstance(g, ox.NamedNode))

    def optimize(self) -> None:
        if self.read_only or self.location == ":memory:":
            return
        try:
            self._db().flush()
            self._db().optimize()
        except OSError as exc:
            raise StoreError(f"optimize failed: {first_line(exc)}") from None

    def query(self, sparql: str, params: Mapping[str, object] | None = None) -> QueryResult:
        text = bind_values(sparql, params) if params else sparql
        return self._answer(text, _collect, written=sparql)

    def _answer(self, text: str, take, written: str | None = None):
        """``take`` of the answer to ``text`` over the union of the named graphs, its errors as the
        store's (a malformed query told at its place in ``written``, the text before binding)."""
        try:
            return take(self._db().query(text, prefixes=OX_PREFIXES, use_default_graph_as_union=True))
        except SyntaxError as exc:
            if written is not None and text != written:
                _syntax_check(written)
            raise QueryError(f"malformed SPARQL: {one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {first_line(exc)}") from None

    def ox_query(self, sparql: str, **kwargs) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """pyoxigraph's own answer (for the HTTP server, which serialises it natively)."""
        return self._db().query(sparql, **kwargs)

    def update(self, sparql: str) -> None:
        self._writable()
        self._update(sparql)

    def _update(self, sparql: str) -> None:
        self.cache.clear()
        try:
            self._db().update(sparql, prefixes=OX_PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"update failed: {first_line(exc)}") from None

    def dump(self, dest: BinaryIO | Path, format: str, graph: str | None = None) -> None:
        """One graph, or the whole store but its internal graphs (:mod:`kg.store.internal`): a
        dataset graph by graph (the same CPU time as Oxigraph's own dump of everything), the union
        as one CONSTRUCT (each triple once)."""
        fmt = formats.rdf_format(format).ox
        out = str(dest) if isinstance(dest, Path | str) else dest
        try:
            if graph is not None:
                name = ox.NamedNode(check_graph_name(graph))
                self._db().dump(out, fmt, from_graph=name, prefixes=OX_PREFIXES)
            elif fmt.supports_datasets:
                ox.serialize(self._public_quads(), out, fmt, prefixes=OX_PREFIXES)
            else:
                triples = self._db().query(UNION_OWN_DEFAULT, use_default_graph_as_union=False)
                ox.serialize(triples, out, fmt, prefixes=OX_PREFIXES)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StoreError(f"dump failed: {first_line(exc)}") from None

    def _public_quads(self) -> Iterator[ox.Quad]:
        """The default graph's quads, then each named graph's but the internal ones (read lazily,
        one graph after the other)."""
        db = self._db()
        names = [g for g in db.named_graphs() if g not in INTERNAL_NODES]
        return itertools.chain(db.quads_for_pattern(None, None, None, ox.DefaultGraph()),
                               itertools.chain.from_iterable(
                                   db.quads_for_pattern(None, None, None, g) for g in names))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The store's quads in graph, subject, predicate order (pyoxigraph terms)."""
        g = ox.NamedNode(graph) if graph else None
        return self._db().quads_for_pattern(None, None, None, g)

    def match(self, subject: str | None = None, predicate: str | None = None, obj: str | None = None,
              graph: str | None = None) -> Iterator[tuple[str, str, str, str | None]]:
        """The quads with these IRIs (None: any), read from one of Oxigraph's indexes without a query,
        as (subject, predicate, object, graph) values (a literal's lexical form; graph None: the
        default graph)."""
        def node(iri: str | None) -> ox.NamedNode | None:
            return None if iri is None else ox.NamedNode(iri)

        for q in self._db().quads_for_pattern(node(subject), node(predicate), node(obj), node(graph)):
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
            yield q.subject.value, q.predicate.value, q.object.value, g

    def _tsv(self, sparql: str) -> bytes:
        return self._answer(sparql, lambda answer: answer.serialize(format=ox.QueryResultsFormat.TSV))

    def select_values(self, sparql: str) -> Iterator[tuple[str | None, ...]]:
        """The rows of a SELECT over the union of the named graphs as plain strings (an IRI's text, a
        literal's lexical form; None: unbound), read from the answer Oxigraph writes as TSV (a
        fraction of the time its solutions take to come into Python one by one)."""
        return tsv.rows(self._tsv(sparql))

    def select_pairs(self, sparql: str) -> Iterator[tuple[str, str]]:
        """:meth:`select_values` of a SELECT of two variables bound in every row (faster)."""
        return tsv.pairs(self._tsv(sparql))

    def bulk_add(self, nquads: str) -> None:
        """Add N-Quads through Oxigraph's bulk loader (quads of graphs the store may already hold; the
        caller writes only quads it knows to be new or harmless to repeat)."""
        self._writable()
        self.cache.clear()
        try:
            self._db().bulk_load(input=nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"update failed: {first_line(exc)}") from None

    def load_file(self, path: str | Path, format: str | None = None, graph: str | None = None) -> list[str]:
        """A file whose graphs are all new goes in through Oxigraph's bulk loader: it commits its sorted
        files in one step, so a crash leaves all of the file or none, at about five times the rate of
        transactions. A file that replaces graphs the store holds goes in ``LOAD_BATCH`` graphs to a
        transaction, each graph whole."""
        self._writable()
        fmt, to = load_target(path, format, graph)
        # no local for self._db(): an error's traceback would keep it, and its lock, after close()
        held = {g.value for g in self._db().named_graphs() if isinstance(g, ox.NamedNode)}
        names = {to.value} if to is not None else graph_names_in(path, fmt) if held else None
        if names is not None and names & held:
            return super().load_file(path, format, graph)
        self.cache.clear()
        with file_errors(path):
            self._db().bulk_load(path=str(path), format=fmt, to_graph=to)
        if names is None:
            names = {g.value for g in self._db().named_graphs() if isinstance(g, ox.NamedNode)}
        return sorted(names)

    def __len__(self) -> int:
        return len(self._db())

    def close(self) -> None:
        store = getattr(self, "_ox", None)
        if store is not None and not self.read_only and self.location != ":memory:":
            with contextlib.suppress(OSError):
                store.flush()
        self._ox = None  # releases the lock once pyoxigraph drops it


def _lock_error(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("no locks" in text or "temporarily unavailable" in text or "lock hold" in text)


def _syntax_check(sparql: str) -> None:
    """Raise a QueryError with the position in the text the user wrote."""
    try:
        ox.Store().query(sparql, prefixes=OX_PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {one_line(exc)}") from None


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> URIRef | BNode | Literal | None:
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals become plain literals)."""
    return None if term is None else _from_ox(term)


@lru_cache(maxsize=1 << 16)
def _from_ox(term) -> URIRef | BNode | Literal:
    """Memoised: rdflib's term constructors (a Literal casts its value) cost more than the query
    engine's own work on a small answer, and the terms of answers repeat (actors, types, dates)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    raise QueryError(f"unsupported RDF term in a result: {term}")


def _collect(answer) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [tuple(from_ox(sol[i]) for i in range(len(names))) for sol in answer]
        return QueryResult("select", vars=names, rows=rows)
    g = Graph()
    for t in answer:
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return QueryResult("graph", graph=g)
