"""A SPARQL 1.1 Protocol endpoint over the embedded store, on the loopback interface.

``GET/POST /sparql`` answers queries (JSON, XML, CSV or TSV results; Turtle, N-Triples or
RDF/XML graphs, by the Accept header or a ``format`` parameter). Updates are refused unless
the server was started with ``allow_update``. The default graph is the union of the named graphs
unless the request names ``default-graph-uri``.
"""
from __future__ import annotations

import signal
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from kg import formats
from kg.errors import KGError, StoreError
from kg.formats import OX_PREFIXES
from kg.store import EmbeddedStore, Store

MAX_BODY = 16 * 1024 * 1024
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: a CONSTRUCT or DESCRIBE answer in any triples format (Turtle first: the default)
GRAPH_TYPES = {m: f.ox for f in formats.FORMATS if not f.datasets for m in f.media_types}
SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
         "nt": "application/n-triples", "rdfxml": "application/rdf+xml"}


def _negotiate(accept: str, offered: dict) -> str:
    """The first offered media type the Accept header allows (by q value), else the first offered."""
    choices = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, fields[0].lower()))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return next(iter(offered))
    return next(iter(offered))


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        if self.server.verbose:
            super().log_message(format, *args)

    # -- request parsing
    def _params(self) -> tuple[dict[str, list[str]], str | None, str | None]:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        query = update = None
        if self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                raise _Reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/x-www-form-urlencoded":
                for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            elif ctype == "application/sparql-query":
                query = body
            elif ctype == "application/sparql-update":
                update = body
            else:
                raise _Reply(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported content type {ctype!r}")
        query = query or (params.get("query") or [None])[0]
        update = update or (params.get("update") or [None])[0]
        return params, query, update

    def _route(self) -> None:
        path = urllib.parse.urlsplit(self.path).path.rstrip("/")
        if path not in ("/sparql", "/query", "/update"):
            raise _Reply(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
        params, query, update = self._params()
        if update is not None:
            self._update(update)
        elif query is not None:
            self._query(query, params)
        else:
            raise _Reply(HTTPStatus.BAD_REQUEST, "no query: send ?query=... or POST a query")

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        kwargs: dict = {"prefixes": OX_PREFIXES}
        if params.get("default-graph-uri"):
            kwargs["default_graph"] = [ox.NamedNode(g) for g in params["default-graph-uri"]]
        else:
            kwargs["use_default_graph_as_union"] = True
        if params.get("named-graph-uri"):
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in params["named-graph-uri"]]
        try:
            answer = self.server.store.ox_query(text, **kwargs)
        except SyntaxError as exc:
            raise _Reply(HTTPStatus.BAD_REQUEST, f"malformed SPARQL: {exc}") from None
        except (ValueError, OSError) as exc:
            raise _Reply(HTTPStatus.BAD_REQUEST, str(exc).splitlines()[0]) from None
        wanted = SHORT.get((params.get("format") or [""])[0], "")
        accept = wanted or self.headers.get("Accept") or "*/*"
        if isinstance(answer, ox.QuerySolutions | ox.QueryBoolean):
            media = _negotiate(accept, RESULT_TYPES)
            data = answer.serialize(format=RESULT_TYPES[media])
        else:
            media = _negotiate(accept, GRAPH_TYPES)
            data = ox.serialize(answer, format=GRAPH_TYPES[media], prefixes=OX_PREFIXES)
        self._send(HTTPStatus.OK, data, media)

    def _update(self, text: str) -> None:
        if not self.server.allow_update:
            raise _Reply(HTTPStatus.FORBIDDEN, "this endpoint is read-only (start it with --allow-update)")
        try:
            self.server.store.update(text)
        except KGError as exc:
            raise _Reply(HTTPStatus.BAD_REQUEST, str(exc)) from None
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")

    def _send(self, status: HTTPStatus, data: bytes, media: str) -> None:
        self.send_response(status)
        if status != HTTPStatus.NO_CONTENT:
            self.send_header("Content-Type", f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if data:
            self.wfile.write(data)

    def _handle(self) -> None:
        try:
            self._route()
        except _Reply as reply:
            self._send(reply.status, (reply.message + "\n").encode("utf-8"), "text/plain")

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()


class _Reply(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store: EmbeddedStore, host: str = "127.0.0.1", port: int = 0,
                 allow_update: bool = False, verbose: bool = False) -> None:
        self.store = store
        self.allow_update = allow_update
        self.verbose = verbose
        super().__init__((host, port), SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


def open_server(location: str, port: int = 0, allow_update: bool = False, host: str = "127.0.0.1",
                verbose: bool = False) -> SparqlServer:
    """A server over the embedded store at ``location`` (read-only unless ``allow_update``)."""
    if str(location).startswith(("http://", "https://")):
        raise StoreError("kg serve serves an embedded store (a folder), not a remote endpoint")
    store = Store.open(location, read_only=not allow_update and location not in (None, ":memory:"))
    try:
        return SparqlServer(store, host, port, allow_update, verbose)
    except OSError as exc:
        store.close()
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def run_forever(server: SparqlServer) -> None:
    """Serve until Ctrl-C or SIGTERM, then close the store."""
    def stop(*_) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        server.store.close()
