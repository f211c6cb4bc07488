"""The HTTP front of ``kg serve`` (aiohttp): what a public endpoint must check before a query reaches
the engine, then the query handed to an Oxigraph worker and its answer streamed back.

Checked here: the Host header (a name this server answers to, against DNS rebinding), CORS for
browser clients, the body's size and the time a client takes to send it, updates on a read-only
endpoint, and SERVICE (a federated query would make the server fetch any URL the text names). The
query's time limit is kept here too: past it, the worker is killed and the client told so.
"""
from __future__ import annotations

import asyncio
import contextlib
import urllib.parse

import aiohttp
from aiohttp import web

from kg.formats import OX_PREFIXES
from kg.serve.workers import Pool
from kg.sparql.binding import federated

MAX_BODY = 16 * 1024 * 1024
BODY_WAIT = 30.0  # seconds a client may take to send its request body
BUFFER = 64 * 1024  # an answer's first bytes, held so that a query that fails early gets a clean error
PATHS = ("/sparql", "/query", "/update")
#: the ``format`` parameter's short names (as ``kg query -f``)
SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
         "nt": "application/n-triples", "rdfxml": "application/rdf+xml"}
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
PREFIXES = " ".join(f"PREFIX {p}: <{ns}>" for p, ns in OX_PREFIXES.items()) + "\n"


class Settings:
    """What the front needs: the pool, the names it answers to, and its switches."""

    def __init__(self, pool: Pool, hosts: set[str], cors: bool, timeout: float, allow_update: bool) -> None:
        self.pool, self.hosts, self.cors = pool, {h.lower().strip("[]") for h in hosts}, cors
        self.timeout, self.allow_update = timeout, allow_update


def _text(status: int, message: str, settings: Settings, request: web.Request) -> web.Response:
    resp = web.Response(status=status, text=message.rstrip() + "\n", content_type="text/plain")
    _decorate(resp, settings, request)
    return resp


def _decorate(resp: web.StreamResponse, settings: Settings, request: web.Request) -> None:
    resp.headers["X-Content-Type-Options"] = "nosniff"
    if settings.cors and "Origin" in request.headers:
        resp.headers["Access-Control-Allow-Origin"] = "*"


def host_allowed(host_header: str | None, hosts: set[str]) -> bool:
    """Whether the Host header names this server (any port): rebinding a name to 127.0.0.1 fails."""
    if not host_header:
        return False
    host = urllib.parse.urlsplit(f"//{host_header}").hostname
    return host is not None and host.lower() in hosts


async def _params(request: web.Request) -> tuple[list[tuple[str, str]], str | None, str | None]:
    """The request's parameters, and its query or update text (SPARQL 1.1 Protocol)."""
    params = list(request.query.items())
    query = update = None
    if request.method == "POST":
        if (request.content_length or 0) > MAX_BODY:
            raise _Reply(413, f"request body too large (at most {MAX_BODY // (1024 * 1024)} MiB)")
        try:
            body = await asyncio.wait_for(request.read(), BODY_WAIT)
        except TimeoutError:
            raise _Reply(408, f"the request body did not arrive within {BODY_WAIT:.0f} s") from None
        except web.HTTPRequestEntityTooLarge:
            raise _Reply(413, f"request body too large (at most {MAX_BODY // (1024 * 1024)} MiB)") from None
        text = body.decode("utf-8", "replace")
        ctype = request.content_type.lower()
        if ctype == "application/x-www-form-urlencoded":
            params += urllib.parse.parse_qsl(text, keep_blank_values=True)
        elif ctype == "application/sparql-query":
            query = text
        elif ctype == "application/sparql-update":
            update = text
        else:
            raise _Reply(415, f"unsupported content type {ctype!r}")
    for key, value in params:
        if key == "query" and query is None:
            query = value
        elif key == "update" and update is None:
            update = value
    return params, query, update


class _Reply(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


async def handle(request: web.Request) -> web.StreamResponse:
    settings: Settings = request.app["settings"]
    if not host_allowed(request.headers.get("Host"), settings.hosts):
        return _text(421, "this server does not answer to that Host name (kg serve --allow-host)",
                     settings, request)
    if request.method == "OPTIONS":
        return _preflight(request, settings)
    if request.path.rstrip("/") not in PATHS:
        return _text(404, "not found: the SPARQL endpoint is /sparql", settings, request)
    try:
        params, query, update = await _params(request)
        if update is not None:
            return await _update(request, settings, update)
        if query is None:
            raise _Reply(400, "no query: send ?query=... or POST a query")
        if federated(query):
            raise _Reply(400, "SERVICE (a federated query) is refused: this endpoint fetches no other URL")
        return await _query(request, settings, query, params)
    except _Reply as reply:
        return _text(reply.status, reply.message, settings, request)


def _preflight(request: web.Request, settings: Settings) -> web.Response:
    if not settings.cors:
        return _text(405, "cross-origin requests are off (kg serve --no-cors)", settings, request)
    resp = web.Response(status=204)
    resp.headers.update({
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": request.headers.get("Access-Control-Request-Headers",
                                                            "Content-Type, Accept"),
        "Access-Control-Max-Age": "600",
    })
    return resp


async def _update(request: web.Request, settings: Settings, update: str) -> web.StreamResponse:
    if not settings.allow_update:
        raise _Reply(403, "this endpoint is read-only (start it with --allow-update)")
    if federated(update):
        raise _Reply(400, "SERVICE (a federated query) is refused: this endpoint fetches no other URL")
    return await _forward(request, settings, "/update", [("update", PREFIXES + update)])


async def _query(request: web.Request, settings: Settings, query: str,
                 params: list[tuple[str, str]]) -> web.StreamResponse:
    form = [("query", PREFIXES + query)]
    form += [(k, v) for k, v in params if k in ("default-graph-uri", "named-graph-uri")]
    accept = SHORT.get(dict(params).get("format", ""), "") or request.headers.get("Accept", "*/*")
    return await _forward(request, settings, "/query", form, accept)


async def _forward(request: web.Request, settings: Settings, path: str, form: list[tuple[str, str]],
                   accept: str = "*/*") -> web.StreamResponse:
    """Send the request to a worker; past the time limit, kill the worker and say so."""
    pool = settings.pool
    try:
        worker = await asyncio.wait_for(pool.acquire(), settings.timeout)
    except TimeoutError:
        raise _Reply(503, f"every query engine stayed busy for {settings.timeout:g} s; try again") from None
    out: web.StreamResponse | None = None
    finished = False
    try:
        async with asyncio.timeout(settings.timeout):
            async with pool.session.post(f"{worker.url}{path}", data=urllib.parse.urlencode(form),
                                         headers={"Accept": accept,
                                                  "Content-Type": "application/x-www-form-urlencoded"},
                                         timeout=aiohttp.ClientTimeout(total=None)) as resp:
                head = bytearray()
                while len(head) < BUFFER:
                    chunk = await resp.content.read(BUFFER)
                    if not chunk:
                        break
                    head += chunk
                out = _answer(resp, settings, request)
                if resp.content.at_eof():
                    out.body = bytes(head)
                    finished = True
                    return out
                await out.prepare(request)
                await out.write(bytes(head))
                async for chunk in resp.content.iter_chunked(BUFFER):
                    await out.write(chunk)
                await out.write_eof()
                finished = True
                return out
    except TimeoutError:
        await pool.kill(worker)
        worker = None
        if out is None or not out.prepared:
            raise _Reply(503, f"query stopped after {settings.timeout:g} s (kg serve --timeout)") from None
        _abort(request)
        return out
    except (aiohttp.ClientError, ConnectionError) as exc:
        if not isinstance(exc, ConnectionResetError) or out is None:  # not the client leaving
            await pool.kill(worker)
            worker = None
        if out is None or not out.prepared:
            raise _Reply(502, f"the query engine failed: {exc}") from None
        _abort(request)
        return out
    finally:
        if worker is not None:
            if finished or out is None or not out.prepared:
                await pool.release(worker)
            else:
                await pool.kill(worker)


def _answer(resp: aiohttp.ClientResponse, settings: Settings, request: web.Request) -> web.StreamResponse:
    """The worker's status and content type, with this server's headers."""
    cls = web.Response if resp.content.at_eof() else web.StreamResponse
    out = cls(status=resp.status)
    if "Content-Type" in resp.headers:
        out.headers["Content-Type"] = resp.headers["Content-Type"]
    _decorate(out, settings, request)
    return out


def _abort(request: web.Request) -> None:
    """Cut the connection: an answer cut short must not look complete to the client."""
    with contextlib.suppress(Exception):
        request.transport.abort()


def make_app(settings: Settings) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    app["settings"] = settings
    app.router.add_route("*", "/{tail:.*}", handle)
    return app

