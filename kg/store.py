"""The store: where triples live. Embedded Oxigraph (in memory or on disk) or a SPARQL 1.1 endpoint.

Each document is its own named graph; :meth:`Store.replace_graph` swaps one whole in a single
transaction. Queries see the union of the named graphs as their default graph. Parameters are
bound as RDF terms (a ``VALUES`` block), never pasted into the query text.
"""
from __future__ import annotations

import contextlib
import json
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError, StoreError
from kg.query import bind_values, query_form, sparql_term
from kg.vocab import PREFIXES

OX_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}
XSD_STRING = str(XSD.string)
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: what a graph's content may be: an rdflib Graph, or a list of (s, p, o) rdflib or pyoxigraph terms
Triples = Collection

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES, "ntriples": ox.RdfFormat.N_TRIPLES, "n-triples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS, "n-quads": ox.RdfFormat.N_QUADS,
    "xml": ox.RdfFormat.RDF_XML, "rdfxml": ox.RdfFormat.RDF_XML, "rdf": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
}


# ----------------------------------------------------------------------------- terms

def from_ox(term) -> URIRef | BNode | Literal | None:
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


def statements(data: Iterable, end: str = " .\n", cache: dict | None = None,
               blank_nodes: bool = True) -> str | None:
    """The triples of ``data`` (rdflib or pyoxigraph terms), one per line, in N-Triples/SPARQL term
    syntax, each line closed by ``end`` (`` <graph> .\n`` makes N-Quads); each rdflib term checked
    as in :func:`sparql_term`.
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


def _check_graph_name(name: str) -> str:
    name = str(name)
    try:
        sparql_term(URIRef(name))
    except QueryError as exc:
        raise StoreError(f"bad graph name: {exc}") from None
    if ":" not in name:
        raise StoreError(f"bad graph name {name!r}: expected an absolute IRI")
    return name


# ----------------------------------------------------------------------------- results

@dataclass
class QueryResult:
    """A query answer as rdflib terms: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def dicts(self) -> list[dict[str, object]]:
        return [dict(zip(self.vars, row, strict=True)) for row in self.rows]

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        return len(self.graph) if self.graph is not None else int(bool(self.boolean))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _lock_error(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("no locks" in text or "temporarily unavailable" in text or "lock hold" in text)


# ----------------------------------------------------------------------------- the interface

class Store:
    """Where the graph lives. Open one with :meth:`Store.open`; use it as a context manager."""

    location: str
    read_only: bool
    #: answers derived from the data (the actors' labels) kept for the next query; a store that
    #: cannot tell when its data changes (a remote endpoint) keeps none
    cache: dict | None = None

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

    # what every backend provides
    def replace_graph(self, name: str, data: Triples) -> None:
        """Put ``data`` (an rdflib Graph, or a collection of triples of rdflib or pyoxigraph terms) in
        the named graph ``name`` in place of whatever it held, in one atomic write."""
        raise NotImplementedError

    def replace_graphs(self, graphs: Iterable[tuple[str, Triples]]) -> None:
        """Replace several named graphs, each whole; an embedded store writes a batch in one or two
        transactions (much faster on disk than one per graph)."""
        for name, data in graphs:
            self.replace_graph(name, data)

    def remove_graph(self, name: str) -> bool:
        """Drop a named graph; False if there was no such graph."""
        raise NotImplementedError

    def load_file(self, path: str | Path, format: str | None = None, graph: str | None = None) -> list[str]:
        """Load an RDF file: each named graph of a dataset file (TriG, N-Quads, JSON-LD) replaces the
        store's graph of that name; a graph file (Turtle, N-Triples, RDF/XML) becomes the named graph
        ``graph``; triples outside any named graph go to the default graph. The whole file is parsed
        before anything is written; then graphs are written ``LOAD_BATCH`` to a transaction, each
        whole, with blank nodes of its own. Returns the names of the graphs loaded."""
        self._writable()
        fmt, to = _load_target(path, format, graph)
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

        for q in _parse_file(path, fmt, to):
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
        """Compact the store after a large load (faster reads, smaller on disk); may do nothing."""

    def graph_names(self) -> list[str]:
        raise NotImplementedError

    def query(self, sparql: str, params: Mapping[str, object] | None = None) -> QueryResult:
        """Run SELECT/ASK/CONSTRUCT/DESCRIBE over the union of the named graphs.

        ``params`` maps variable names to values (rdflib terms, str, numbers, dates, or a list of
        them for several alternatives); they are bound with a VALUES block, as RDF terms.
        """
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (refused on a read-only store)."""
        raise NotImplementedError

    def dump(self, dest: BinaryIO | Path, format: str, graph: str | None = None) -> None:
        """Write the dataset (TriG, N-Quads), one graph, or the union (Turtle, N-Triples), streamed."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = ", read-only" if self.read_only else ""
        return f"<{type(self).__name__} {self.location}{mode}>"

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")


LOAD_BATCH = 50  # graphs per transaction when a file replaces graphs the store holds


def rdf_format(name: str) -> ox.RdfFormat:
    try:
        return RDF_FORMATS[name.lower()]
    except KeyError:
        raise StoreError(f"unknown RDF format {name!r} (one of: {', '.join(sorted(RDF_FORMATS))})") from None


# ----------------------------------------------------------------------------- embedded

class EmbeddedStore(Store):
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
            raise StoreError(f"cannot open store {location}: {str(exc).splitlines()[0]}") from None

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
        items = [(_check_graph_name(name), data) for name, data in graphs]
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
                g, body = sparql_term(URIRef(name)), statements(data)
                parts.append(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}} }}")
        self.cache.clear()
        if chunks:
            try:
                db.bulk_load(input="".join(chunks).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as exc:
                raise StoreError(f"update failed: {str(exc).splitlines()[0]}") from None
        if parts:
            self._update(" ;\n".join(parts))

    def remove_graph(self, name: str) -> bool:
        self._writable()
        node = ox.NamedNode(_check_graph_name(name))
        if not self._db().contains_named_graph(node):
            return False
        self._update(f"DROP GRAPH {sparql_term(URIRef(str(name)))}")
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
            raise StoreError(f"optimize failed: {str(exc).splitlines()[0]}") from None

    def query(self, sparql: str, params: Mapping[str, object] | None = None) -> QueryResult:
        text = bind_values(sparql, params) if params else sparql
        try:
            answer = self._db().query(text, prefixes=OX_PREFIXES, use_default_graph_as_union=True)
            return _collect(answer)
        except SyntaxError as exc:
            if text != sparql:
                _syntax_check(sparql)
            raise QueryError(f"malformed SPARQL: {_one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None

    def ox_query(self, sparql: str, **kwargs):
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
            raise QueryError(f"malformed SPARQL update: {_one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"update failed: {str(exc).splitlines()[0]}") from None

    def dump(self, dest: BinaryIO | Path, format: str, graph: str | None = None) -> None:
        fmt = rdf_format(format)
        out = str(dest) if isinstance(dest, Path | str) else dest
        try:
            if graph is not None:
                name = ox.NamedNode(_check_graph_name(graph))
                self._db().dump(out, fmt, from_graph=name, prefixes=OX_PREFIXES)
            elif fmt.supports_datasets:
                self._db().dump(out, fmt, prefixes=OX_PREFIXES)
            else:
                triples = self._db().query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                         use_default_graph_as_union=True)
                ox.serialize(triples, out, fmt, prefixes=OX_PREFIXES)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StoreError(f"dump failed: {str(exc).splitlines()[0]}") from None

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The store's quads in graph, subject, predicate order (pyoxigraph terms)."""
        g = ox.NamedNode(graph) if graph else None
        return self._db().quads_for_pattern(None, None, None, g)

    def load_file(self, path: str | Path, format: str | None = None, graph: str | None = None) -> list[str]:
        """As :meth:`Store.load_file`. A file whose graphs are all new goes in through Oxigraph's bulk
        loader: it commits its sorted files in one step, so a crash leaves all of the file or none,
        at about five times the rate of transactions. A file that replaces graphs the store holds
        goes in ``LOAD_BATCH`` graphs to a transaction, each graph whole."""
        self._writable()
        fmt, to = _load_target(path, format, graph)
        # no local for self._db(): an error's traceback would keep it, and its lock, after close()
        held = {g.value for g in self._db().named_graphs() if isinstance(g, ox.NamedNode)}
        names = {to.value} if to is not None else _graph_names(path, fmt) if held else None
        if names is not None and names & held:
            return super().load_file(path, format, graph)
        self.cache.clear()
        try:
            self._db().bulk_load(path=str(path), format=fmt, to_graph=to)
        except SyntaxError as exc:
            raise StoreError(f"{path}: {_one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"{path}: {str(exc).splitlines()[0]}") from None
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


def _load_target(path: str | Path, format: str | None, graph: str | None
                 ) -> tuple[ox.RdfFormat, ox.NamedNode | None]:
    """The file's format (from ``format`` or its extension) and the graph its triples go into."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    fmt = rdf_format(format) if format else RDF_FORMATS.get(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise StoreError(f"{path}: cannot tell the RDF format from the name; give --format "
                         f"(one of: {', '.join(sorted(RDF_FORMATS))})")
    if fmt.supports_datasets:
        if graph is not None:
            raise StoreError(f"{path}: a {fmt.name} file names its own graphs; --graph is for graph "
                             "formats (Turtle, N-Triples, RDF/XML)")
        return fmt, None
    if graph is None:
        raise StoreError(f"{path}: a {fmt.name} file holds triples, not named graphs; "
                         "give the graph to load it into (--graph IRI)")
    return fmt, ox.NamedNode(_check_graph_name(graph))


def _parse_file(path: str | Path, fmt: ox.RdfFormat, to: ox.NamedNode | None) -> Iterator[ox.Quad]:
    try:
        for q in ox.parse(path=str(path), format=fmt):
            yield q if to is None else ox.Quad(q.subject, q.predicate, q.object, to)
    except SyntaxError as exc:
        raise StoreError(f"{path}: {_one_line(exc)}") from None
    except OSError as exc:
        raise StoreError(f"{path}: {str(exc).splitlines()[0]}") from None


def _graph_names(path: str | Path, fmt: ox.RdfFormat) -> set[str]:
    """The named graphs a dataset file fills (a pass over the file, before anything is written)."""
    quads = _parse_file(path, fmt, None)
    return {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}


def _syntax_check(sparql: str) -> None:
    """Raise a QueryError with the position in the text the user wrote."""
    try:
        ox.Store().query(sparql, prefixes=OX_PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {_one_line(exc)}") from None


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


# ----------------------------------------------------------------------------- remote

RESULTS_JSON = "application/sparql-results+json"
GRAPH_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
               "application/rdf+xml": "xml", "application/n-quads": "nquads"}
TIMEOUT = 300


class RemoteStore(Store):
    """A SPARQL 1.1 Protocol + Update endpoint; an Oxigraph server also gets its Graph Store Protocol.

    ``http://host:port`` (or ``.../query``) is taken as an Oxigraph server: ``/query``, ``/update``,
    ``/store``, queried with ``union-default-graph``. Any other URL (``.../sparql``) is one endpoint
    for queries and updates whose default graph is the union of its graphs (Virtuoso, ``kg serve``).
    """

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.location = url
        self.read_only = read_only
        parts = urllib.parse.urlsplit(url)
        path = parts.path.rstrip("/")
        if path.endswith("/query"):
            path = path[: -len("/query")]
        if path == "" or parts.path.rstrip("/").endswith("/query"):
            base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
            self.query_url, self.update_url, self.gsp_url = base + "/query", base + "/update", base + "/store"
            self.union_param = [("union-default-graph", "")]
        else:
            self.query_url = self.update_url = url
            self.gsp_url = None
            self.union_param = []
        self._request(self.query_url, {"query": "ASK { }"}, RESULTS_JSON).close()

    # -- HTTP
    def _request(self, url: str, form: Mapping[str, str] | None, accept: str, *, method: str = "POST",
                 body: bytes | None = None, content_type: str | None = None, params=()):
        headers = {"Accept": accept}
        if form is not None:
            body = urllib.parse.urlencode(list(form.items()) + list(params)).encode("utf-8")
            content_type = "application/x-www-form-urlencoded"
        elif params:
            url = f"{url}?{urllib.parse.urlencode(list(params))}"
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            return urllib.request.urlopen(req, timeout=TIMEOUT)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            message = f"{detail[0][:300]}" if detail else exc.reason
            if exc.code == 400:
                raise QueryError(f"malformed SPARQL: {message}") from None
            raise StoreError(f"{self.location}: HTTP {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach {self.location}: {reason}") from None

    def _prefixed(self, sparql: str) -> str:
        """Declare the project's prefixes (on one line) before the query text."""
        return " ".join(f"PREFIX {p}: <{ns}>" for p, ns in OX_PREFIXES.items()) + "\n" + sparql

    # -- the interface
    def query(self, sparql: str, params: Mapping[str, object] | None = None) -> QueryResult:
        text = bind_values(sparql, params) if params else sparql
        form = query_form(text)
        accept = RESULTS_JSON if form in ("SELECT", "ASK") else "application/n-triples, text/turtle;q=0.8"
        with self._request(self.query_url, {"query": self._prefixed(text)}, accept,
                           params=self.union_param) as resp:
            ctype = resp.headers.get_content_type()
            data = resp.read()
        if ctype in (RESULTS_JSON, "application/json"):
            return _from_results_json(data)
        fmt = GRAPH_TYPES.get(ctype)
        if fmt is None:
            raise StoreError(f"{self.location}: unexpected answer of type {ctype}")
        g = Graph()
        g.parse(data=data, format=fmt)
        return QueryResult("graph", graph=g)

    def update(self, sparql: str) -> None:
        self._writable()
        self._request(self.update_url, {"update": self._prefixed(sparql)}, "*/*").close()

    def replace_graph(self, name: str, data: Triples) -> None:
        self._writable()
        name = _check_graph_name(name)
        if self.gsp_url:
            body = statements(data).encode("utf-8")
            self._request(self.gsp_url, None, "*/*", method="PUT", body=body,
                          content_type="application/n-triples", params=[("graph", name)]).close()
            return
        g = sparql_term(URIRef(name))
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{statements(data)}}} }}")

    def remove_graph(self, name: str) -> bool:
        self._writable()
        name = _check_graph_name(name)
        if name not in self.graph_names():
            return False
        self.update(f"DROP SILENT GRAPH {sparql_term(URIRef(name))}")
        return True

    def graph_names(self) -> list[str]:
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(r[0]) for r in res.rows if isinstance(r[0], URIRef) and not _system_graph(r[0]))

    def __len__(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(res.rows[0][0]) if res.rows else 0

    def dump(self, dest: BinaryIO | Path, format: str, graph: str | None = None) -> None:
        fmt = rdf_format(format)
        out = str(dest) if isinstance(dest, Path | str) else dest
        if graph is not None:
            g = sparql_term(URIRef(_check_graph_name(graph)))
            quads = self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        elif fmt.supports_datasets:
            quads = self._dataset_quads()
        else:
            quads = self._construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        try:
            ox.serialize(quads, out, fmt, prefixes=OX_PREFIXES)
        except BrokenPipeError:
            raise
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"dump failed: {str(exc).splitlines()[0]}") from None

    def _construct(self, sparql: str, graph: str | None = None) -> Iterator:
        resp = self._request(self.query_url, {"query": sparql}, "application/n-triples",
                             params=self.union_param)
        with resp:
            if graph is None:
                yield from ox.parse(resp, ox.RdfFormat.N_TRIPLES)
            else:
                name = ox.NamedNode(graph)
                for q in ox.parse(resp, ox.RdfFormat.N_TRIPLES):
                    yield ox.Quad(q.subject, q.predicate, q.object, name)

    def _dataset_quads(self) -> Iterator:
        if self.gsp_url:
            with self._request(self.gsp_url, None, "application/n-quads", method="GET") as resp:
                for q in ox.parse(resp, ox.RdfFormat.N_QUADS):
                    if not isinstance(q.graph_name, ox.DefaultGraph):
                        yield q
            return
        for name in self.graph_names():
            g = sparql_term(URIRef(name))
            yield from self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}", name)


SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp", "http://localhost:8890/",
                         "urn:activitystreams-owl:map", "http://www.w3.org/2002/07/owl")


def _system_graph(name: str) -> bool:
    """Graphs Virtuoso ships with, which are not the user's data."""
    return str(name).startswith(SYSTEM_GRAPH_PREFIXES)


def _from_results_json(data: bytes) -> QueryResult:
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise StoreError(f"the endpoint's answer is not SPARQL JSON: {exc}") from None
    if "boolean" in doc:
        return QueryResult("ask", boolean=bool(doc["boolean"]))
    names = list(doc.get("head", {}).get("vars", []))
    rows = [tuple(_json_term(b.get(v)) for v in names) for b in doc.get("results", {}).get("bindings", [])]
    return QueryResult("select", vars=names, rows=rows)


def _json_term(t: Mapping | None):
    if t is None:
        return None
    kind, value = t.get("type"), t.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang = t.get("xml:lang")
    if lang:
        return Literal(value, lang=lang)
    dt = t.get("datatype")
    if dt and dt not in (XSD_STRING, RDF_LANGSTRING):
        return Literal(value, datatype=URIRef(dt))
    return Literal(value)


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

