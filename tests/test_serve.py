"""``kg serve`` (``kg.serve``): Oxigraph's server behind a checking front, always as a real process:
read-only unless asked, content negotiation, concurrent clients, time limits that stop abandoned
queries, no federation, Host and CORS checks, hostile requests, and new data without a restart."""
from __future__ import annotations

import json
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import StoreError
from kg.store import Store
from tests.conftest import _env, kg_command, serve_process, stop

POST = b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/"
COUNT_EVENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Event }"
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def ask(url: str, query: str, accept: str = "text/csv", headers: dict | None = None,
        timeout: float = 30) -> tuple[int, bytes, dict]:
    """POST a query; the status, the body and the headers (an HTTP error is an answer too)."""
    body = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=body, headers={"Accept": accept, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def raw(url: str, data: bytes, timeout: float = 10) -> bytes:
    """Send bytes as they are on one connection to the server; what came back."""
    parts = urllib.parse.urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
            if b"\r\n\r\n" in out:
                break
        return out


def cpu_ticks(pid: int) -> int:
    """CPU time (clock ticks) used so far by a process's children: the query engines."""
    total = 0
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total


@pytest.fixture
def served(synth_dir):
    """``kg serve`` over the synthetic store with a short query time limit: (process, URL)."""
    proc, url = serve_process("--store", str(synth_dir), "--timeout", "2")
    try:
        yield proc, url
    finally:
        stop(proc)


def test_kg_serve_is_read_only_and_speaks_the_protocol(kg_serve_url):
    status, body, headers = ask(kg_serve_url, COUNT_EVENTS)
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.decode().split() == ["n", "300"]
    body = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(urllib.request.Request(kg_serve_url, data=body))
    assert err.value.code == 403
    with Store.open(kg_serve_url) as st:
        assert len(st) > 1000
        with pytest.raises(StoreError, match="read-only"):
            st.update("DROP ALL")
    q = urllib.parse.urlencode({"query": "SELECT * {"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{kg_serve_url}?{q}")
    assert err.value.code == 400
    assert kg_serve_url.startswith("http://127.0.0.1:")


def test_kg_serve_with_updates_and_content_negotiation(kg_serve_rw):
    with Store.open(kg_serve_rw) as st:
        g = Graph()
        g.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
        st.replace_graph("http://example.org/g", g)
        assert st.graph_names() == ["http://example.org/g"] and len(st) == 1
        cons = st.query("CONSTRUCT WHERE { ?s ?p ?o }")
        assert cons.kind == "graph" and len(cons.graph) == 1
    for accept, media in (("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("text/tab-separated-values", "text/tab-separated-values"),
                          ("*/*", "application/sparql-results+json")):
        status, _, headers = ask(kg_serve_rw, "SELECT * WHERE { ?s ?p ?o }", accept)
        assert status == 200 and headers["Content-Type"].startswith(media)
    status, body, headers = ask(kg_serve_rw, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert headers["Content-Type"].startswith("text/turtle") and b"<http://example.org/a>" in body


def test_200_concurrent_requests_are_all_answered(kg_serve_url):
    start = threading.Barrier(200)

    def one(i: int) -> int:
        start.wait()
        return ask(kg_serve_url, f"ASK {{ ?s ?p {i} }}" if i % 2 else "ASK {}")[0]

    with ThreadPoolExecutor(200) as pool:
        statuses = list(pool.map(one, range(200)))
    assert statuses == [200] * 200


def test_an_abandoned_cross_product_stops_within_the_time_limit(served):
    proc, url = served
    began = time.monotonic()
    status, body, _ = ask(url, CROSS)
    assert status == 503 and b"stopped after 2 s" in body
    assert time.monotonic() - began < 5
    # a client that leaves without waiting: its query is stopped all the same
    parts = urllib.parse.urlsplit(url)
    data = urllib.parse.urlencode({"query": CROSS}).encode()
    with socket.create_connection((parts.hostname, parts.port)) as s:
        s.sendall(POST + b"x-www-form-urlencoded"
                  b"\r\nContent-Length: " + str(len(data)).encode() + b"\r\n\r\n" + data)
        time.sleep(0.5)
    time.sleep(3)
    before = cpu_ticks(proc.pid)
    time.sleep(1)
    assert cpu_ticks(proc.pid) - before < 20  # the engines are idle again (100 ticks = one core busy)
    assert ask(url, COUNT_EVENTS)[1].decode().split() == ["n", "300"]  # and answer


def test_service_is_refused_and_nothing_is_fetched(kg_serve_url):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(1)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        for query in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                      f"select * {{ service silent <{target}> {{ ?s ?p ?o }} }}"):
            status, body, _ = ask(kg_serve_url, query)
            assert status == 400 and b"SERVICE" in body
        with pytest.raises(TimeoutError):
            listener.accept()
    # the word inside a string or an IRI is no federation
    assert ask(kg_serve_url, 'ASK { ?s ?p "SERVICE <http://x/>" }')[0] == 200


def test_the_host_header_is_checked(synth_dir):
    assert ask_host(synth_dir, "evil.example:7878", ()) == 421
    assert ask_host(synth_dir, "kg.example.org", ("--allow-host", "kg.example.org")) == 200


def ask_host(synth_dir, host: str, args: tuple[str, ...]) -> int:
    proc, url = serve_process("--store", str(synth_dir), "--refresh", "0", *args)
    try:
        assert ask(url, "ASK {}", headers={"Host": "localhost"})[0] == 200
        return ask(url, "ASK {}", headers={"Host": host})[0]
    finally:
        stop(proc)


def test_browser_clients_get_cors(kg_serve_url):
    pre = urllib.request.Request(kg_serve_url, method="OPTIONS", headers={
        "Origin": "http://app.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(pre) as resp:
        assert resp.status == 204 and resp.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in resp.headers["Access-Control-Allow-Methods"]
    _, _, headers = ask(kg_serve_url, "ASK {}", headers={"Origin": "http://app.example"})
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_hostile_requests_do_not_hurt_it(kg_serve_url):
    bad = raw(kg_serve_url, POST + b"sparql-query"
                            b"\r\nContent-Length: -1\r\n\r\nASK {}")
    assert bad.split(b" ")[1] == b"400" and b"Content-Length" in bad
    big = raw(kg_serve_url, POST + b"sparql-query"
                            b"\r\nContent-Length: 999999999\r\n\r\nASK {}")
    assert big.split(b" ")[1] == b"413"
    # stalled clients: half a request line, half the headers, half a body; none holds up the others
    parts = urllib.parse.urlsplit(kg_serve_url)
    stalled = []
    for i in range(60):
        s = socket.create_connection((parts.hostname, parts.port))
        s.sendall([b"GET /spa", b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                   b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                   b"Content-Length: 100\r\n\r\nASK"][i % 3])
        stalled.append(s)
    try:
        began = time.monotonic()
        assert ask(kg_serve_url, COUNT_EVENTS, timeout=10)[1].decode().split() == ["n", "300"]
        assert time.monotonic() - began < 2
    finally:
        for s in stalled:
            s.close()


def test_readers_see_a_writers_new_data_without_a_restart(tmp_path):
    path = tmp_path / "store"
    g = Graph()
    g.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
    with Store.open(path) as st:
        st.replace_graph("http://example.org/g1", g)
    proc, url = serve_process("--store", str(path), "--refresh", "0.5")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    try:
        assert ask(url, count)[1].split() == [b"n", b"1"]
        with Store.open(path) as writer:  # a writer in another process, while the server runs
            writer.replace_graph("http://example.org/g2", g)
            writer.replace_graph("http://example.org/g3", g)
            time.sleep(1.5)
            assert ask(url, count)[1].split() == [b"n", b"1"]  # the snapshot, not a half-written store
        deadline = time.monotonic() + 15
        while ask(url, count)[1].split() != [b"n", b"3"]:
            assert time.monotonic() < deadline, "the new data never showed"
            time.sleep(0.2)
    finally:
        stop(proc)
    assert not list(tmp_path.glob(".store.serve-*"))  # its snapshots are gone with it
    # a server killed with -9 leaves its snapshot behind; the next one clears it away
    proc, url = serve_process("--store", str(path), "--refresh", "0")
    proc.kill()
    proc.wait()
    assert len(list(tmp_path.glob(".store.serve-*"))) == 1
    proc, url = serve_process("--store", str(path), "--refresh", "0")
    try:
        assert len(list(tmp_path.glob(".store.serve-*"))) == 1
    finally:
        stop(proc)


def test_serve_waits_for_a_writer_and_says_so(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as writer:
        writer.replace_graph("http://example.org/g", [(URIRef("http://example.org/a"),
                                                      URIRef("http://example.org/p"), Literal("x"))])
        proc = subprocess.Popen(kg_command("serve", "--port", "0", "--store", str(path)),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        try:
            assert "being written by another process" in proc.stderr.readline()
        finally:
            writer.close()
        try:
            url = proc.stdout.readline().strip()
            assert json.loads(ask(url, "ASK { ?s ?p ?o }", "application/sparql-results+json")[1])["boolean"]
        finally:
            stop(proc)


def test_serve_refuses_a_remote_store(kg_run):
    run = kg_run("serve", "--store", "http://127.0.0.1:9/sparql")
    assert run.returncode == 1 and run.stderr.startswith("kg: error:") and "Traceback" not in run.stderr
