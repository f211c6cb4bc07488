"""A store behind a SPARQL 1.1 endpoint (an Oxigraph server, Virtuoso, ``kg serve``), over HTTP."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import formats
from kg.errors import QueryError, StoreError
from kg.formats import OX_PREFIXES
from kg.sparql.binding import bind_values, query_form
from kg.sparql.results import QueryResult
from kg.store.base import StoreBase, Triples
from kg.store.internal import INTERNAL_NODES, UNION_DEFAULT, UNION_OWN_DEFAULT, public_graphs
from kg.store.load import first_line
from kg.store.ntriples import check_graph_name, graph_term, statements
from kg.vocab import GRAPH

RESULTS_JSON = "application/sparql-results+json"
TIMEOUT = 300
XSD_STRING = str(XSD.string)
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# Virtuoso keeps every triple in a named graph: what the project writes to the default graph (the
# cross-document links) goes to this one there, and a dump gives it back as the default graph
DEFAULT_STAND_IN = str(GRAPH["identity/default"])
SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp", "http://localhost:8890/",
                         "urn:activitystreams-owl:map", "http://www.w3.org/2002/07/owl")


class RemoteStore(StoreBase):
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
        with self._request(self.query_url, {"query": "ASK { }"}, RESULTS_JSON) as resp:
            server = resp.headers.get("Server") or ""
        self.default_stand_in = DEFAULT_STAND_IN if server.startswith("Virtuoso") else None

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
        fmt = formats.for_media_type(ctype)
        if fmt is None:
            raise StoreError(f"{self.location}: unexpected answer of type {ctype}")
        g = Graph()
        g.parse(data=data, format=fmt.rdflib)
        return QueryResult("graph", graph=g)

    def update(self, sparql: str) -> None:
        self._writable()
        text = self._prefixed(sparql)
        if self.default_stand_in:
            text = f"DEFINE input:default-graph-uri <{self.default_stand_in}>\n{text}"
        self._request(self.update_url, {"update": text}, "*/*").close()

    def replace_graph(self, name: str, data: Triples) -> None:
        self._writable()
        name = check_graph_name(name)
        if self.gsp_url:
            body = statements(data).encode("utf-8")
            self._request(self.gsp_url, None, "*/*", method="PUT", body=body,
                          content_type="application/n-triples", params=[("graph", name)]).close()
            return
        g = graph_term(name)
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{statements(data)}}} }}")

    def remove_graph(self, name: str) -> bool:
        self._writable()
        name = check_graph_name(name)
        if name not in self.graph_names():
            return False
        self.update(f"DROP SILENT GRAPH {graph_term(name)}")
        return True

    def graph_names(self) -> list[str]:
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(r[0]) for r in res.rows if isinstance(r[0], URIRef) and not _system_graph(r[0])
                      and str(r[0]) != self.default_stand_in)

    def __len__(self) -> int:
        """The quads of the named graphs, and on an Oxigraph server those of its default graph too
        (elsewhere the default graph is the union of the named graphs)."""
        if not self.gsp_url:
            res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
            return int(res.rows[0][0]) if res.rows else 0
        count = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        with self._request(self.query_url, {"query": count}, RESULTS_JSON) as resp:
            rows = _from_results_json(resp.read()).rows
        return int(rows[0][0]) if rows else 0

    def dump(self, dest: BinaryIO | Path, format: str, graph: str | None = None) -> None:
        """One graph, or the whole store but its internal graphs (:mod:`kg.store.internal`), streamed
        from the endpoint's answers."""
        fmt = formats.rdf_format(format).ox
        out = str(dest) if isinstance(dest, Path | str) else dest
        if graph is not None:
            g = graph_term(graph)
            quads = self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        elif fmt.supports_datasets:
            quads = self._dataset_quads()
        elif self.gsp_url:  # an Oxigraph server: its default graph is its own unless asked for the union
            quads = self._construct(UNION_OWN_DEFAULT, union=False)
        else:
            quads = self._construct(UNION_DEFAULT)
        try:
            ox.serialize(quads, out, fmt, prefixes=OX_PREFIXES)
        except BrokenPipeError:
            raise
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"dump failed: {first_line(exc)}") from None

    def _construct(self, sparql: str, graph: str | None = None, *, union: bool = True) -> Iterator:
        resp = self._request(self.query_url, {"query": sparql}, "application/n-triples",
                             params=self.union_param if union else ())
        with resp:
            if graph is None:
                yield from ox.parse(resp, ox.RdfFormat.N_TRIPLES)
            else:
                name = ox.NamedNode(graph)
                for q in ox.parse(resp, ox.RdfFormat.N_TRIPLES):
                    yield ox.Quad(q.subject, q.predicate, q.object, name)

    def _dataset_quads(self) -> Iterator:
        if self.gsp_url:
            # the whole dataset, its default graph too (where the real-world event links live), but
            # the internal graphs
            with self._request(self.gsp_url, None, "application/n-quads", method="GET") as resp:
                quads = ox.parse(resp, ox.RdfFormat.N_QUADS)
                yield from (q for q in quads if q.graph_name not in INTERNAL_NODES)
            return
        if self.default_stand_in:
            g = graph_term(self.default_stand_in)
            yield from self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        else:
            # the default graph's own triples: those of the union that no named graph holds
            yield from self._construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o "
                                       "FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
        for name in public_graphs(self.graph_names()):
            g = graph_term(name)
            yield from self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}", name)


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
