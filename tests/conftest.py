"""Every shared fixture: paths to the project's data, the spaCy pipeline, independent tools (rapper,
Chromium, the shared scorer), stores filled with test data (a synthetic corpus, a small hand-written
world), and real SPARQL servers on free loopback ports (Oxigraph, Virtuoso, ``kg serve``)."""
from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _checkout_left_as_found() -> Iterator[None]:
    """No test writes into the checkout's graphs/ (a build without --out writes there)."""
    before = set((ROOT / "graphs").glob("*"))
    yield
    written = set((ROOT / "graphs").glob("*")) - before
    assert not written, f"tests wrote into the checkout: {sorted(map(str, written))}"
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_96dc649541558637.txt"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
N_EVENTS = 300  # in the synthetic store


# ----------------------------------------------------------------------------- tools and data

def require_tool(name: str, package: str) -> str:
    """The path of an external program; skip the test without it (fail instead with KG_REQUIRE_TOOLS)."""
    exe = shutil.which(name)
    if exe is None:
        missing(f"{name} (Debian {package}) is not installed")
    return exe


def missing(message: str) -> None:
    """Skip the test for something missing from this machine, or fail with KG_REQUIRE_TOOLS set."""
    if os.environ.get("KG_REQUIRE_TOOLS"):
        pytest.fail(message)
    pytest.skip(message)


def rapper_check(path: Path, syntax: str = "turtle") -> int:
    """Parse ``path`` with raptor's ``rapper`` (an RDF parser independent of rdflib); triple count."""
    exe = require_tool("rapper", "raptor2-utils")
    run = subprocess.run([exe, "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return int(next(line for line in run.stderr.splitlines() if "returned" in line).split()[3])


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def rapper() -> Callable[..., int]:
    """``rapper(path, syntax="turtle")``: the triples raptor's ``rapper`` parses from the file."""
    return rapper_check


@pytest.fixture(scope="session")
def scorer():
    """The project's shared scorer (``../shared/eval/score.py`` beside the checkout), as a module."""
    if not SCORER.exists():
        missing(f"the shared scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def pipeline():
    """The real spaCy pipeline and the gazetteer, loaded once for the whole session."""
    from kg.gazetteer import Gazetteer
    from kg.nlp import load_model

    return load_model(), Gazetteer.load()


@pytest.fixture(scope="session")
def mimalloc() -> str:
    """The path of mimalloc's library (Debian libmimalloc2.0), which the ``kg`` command preloads."""
    from kg import allocator

    lib = allocator.library()
    if lib is None:
        missing("mimalloc (Debian libmimalloc2.0) is not installed")
    return lib


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's), driven by Playwright."""
    if not CHROMIUM.exists():
        require_tool("chromium", "chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


# ----------------------------------------------------------------------------- processes

def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-c", "from kg.cli import main; main()", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.fixture(scope="session")
def kg_run() -> Callable[..., subprocess.CompletedProcess]:
    """``kg_run(*args, cwd=None, env=None)``: the ``kg`` command as a user runs it, in a process."""

    def run(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                              cwd=cwd or ROOT, env={**_env(), **(env or {})}, timeout=600)

    return run


@pytest.fixture(scope="session")
def kill_9() -> Callable[[str, Path, float], None]:
    """``kill_9(script, store, seconds)``: run a Python writer ``script`` on the store and kill -9 it
    ``seconds`` after it printed "ready"."""

    def kill(script: str, path: Path, seconds: float) -> None:
        proc = subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=ROOT, stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(seconds)
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    return kill


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"server exited with {proc.returncode}: {err}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not answer within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def serve_process(*args: str) -> tuple[subprocess.Popen, str]:
    """``kg serve`` started as a real process, and the endpoint URL it printed first."""
    proc = subprocess.Popen(kg_command("serve", "--port", "0", *args), cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())
    url = proc.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql"), url
    wait_http(url + "?query=ASK%7B%7D", proc)
    return proc, url


# ----------------------------------------------------------------------------- the synthetic store

@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory) -> Path:
    """An on-disk store with the synthetic events (closed again, so others may open it)."""
    from benchmarks.synth import fill
    from kg.store import Store

    path = tmp_path_factory.mktemp("synth") / "store"
    with Store.open(path) as st:
        fill(st, N_EVENTS)
    return path


@pytest.fixture(scope="session")
def synth_nq(synth_dir, tmp_path_factory) -> Path:
    """The synthetic store dumped as N-Quads (one named graph per document, and the ontology's)."""
    from kg.store import Store

    path = tmp_path_factory.mktemp("dump") / "all.nq"
    with Store.open(synth_dir, read_only=True) as st:
        st.dump(path, "nquads")
    return path


@contextlib.contextmanager
def oxigraph_server(location: Path, filled: bool = True) -> Iterator[str]:
    """A real Oxigraph server (the PyPI ``oxigraph`` CLI) on a free loopback port, filled over HTTP."""
    from benchmarks.synth import fill
    from kg.store import Store

    beside = Path(sys.executable).parent / "oxigraph"
    exe = str(beside) if beside.exists() else shutil.which("oxigraph")
    if exe is None:
        missing("the oxigraph server CLI is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/query?query=ASK%7B%7D", proc)
        if filled:
            with Store.open(url) as st:
                fill(st, N_EVENTS)
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory) -> Iterator[str]:
    """A real Oxigraph server holding the synthetic graph, shared by the session."""
    with oxigraph_server(tmp_path_factory.mktemp("oxserver")) as url:
        yield url


@pytest.fixture(scope="session")
def kg_serve_url(synth_dir) -> Iterator[str]:
    """``kg serve`` over the synthetic store, read-only, as a real process."""
    proc, url = serve_process("--store", str(synth_dir))
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture
def kg_serve_rw(tmp_path) -> Iterator[str]:
    """``kg serve --allow-update`` on an empty store, a real process."""
    proc, url = serve_process("--allow-update", "--store", str(tmp_path / "served"))
    try:
        yield url
    finally:
        stop(proc)


def virtuoso_ini(src: Path, dest: Path, sql_port: int, http_port: int) -> Path:
    """Debian's virtuoso.ini with the database under ``dest`` and both ports on 127.0.0.1."""
    text = src.read_text()
    text = text.replace("/var/lib/virtuoso-opensource-7/db/", f"{dest}/")
    text = re.sub(r"(?m)^ServerPort(\s*)= 1111$", f"ServerPort\\1= 127.0.0.1:{sql_port}", text)
    text = re.sub(r"(?m)^ServerPort(\s*)= 8890$", f"ServerPort\\1= 127.0.0.1:{http_port}", text)
    ini = dest / "virtuoso.ini"
    ini.write_text(text)
    return ini


@contextlib.contextmanager
def virtuoso_server(dest: Path, filled: bool = True) -> Iterator[str]:
    """A real Virtuoso (Debian virtuoso-opensource) on free loopback ports, SPARQL updates granted."""
    from benchmarks.synth import fill
    from kg.store import Store

    exe = require_tool("virtuoso-t", "virtuoso-opensource")
    isql = require_tool("isql-vt", "virtuoso-opensource")
    sql_port, http_port = free_port(), free_port()
    ini = virtuoso_ini(Path("/etc/virtuoso-opensource-7/virtuoso.ini"), dest, sql_port, http_port)
    proc = subprocess.Popen([exe, "+configfile", str(ini), "+foreground"], cwd=dest,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        wait_http(url + "?query=ASK%7B%7D", proc, timeout=90)
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)
        if filled:
            with Store.open(url) as st:
                fill(st, N_EVENTS)
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory) -> Iterator[str]:
    """A real Virtuoso holding the synthetic graph, shared by the session."""
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as url:
        yield url


@pytest.fixture(params=["oxigraph", "kg-serve", "virtuoso"])
def empty_server(request, tmp_path) -> Iterator[str]:
    """A real SPARQL server of its own, empty and writable, for a test that may change any graph."""
    if request.param == "kg-serve":
        yield request.getfixturevalue("kg_serve_rw")
        return
    start = oxigraph_server if request.param == "oxigraph" else virtuoso_server
    with start(tmp_path, filled=False) as url:
        yield url


SERVERS = {"oxigraph": "oxigraph_url", "kg-serve": "kg_serve_url", "virtuoso": "virtuoso_url"}


def _open_backend(request, kind: str, synth_dir: Path):
    from kg.store import Store

    if kind == "embedded":
        return Store.open(synth_dir, read_only=True)
    return Store.open(request.getfixturevalue(SERVERS[kind]), read_only=kind == "kg-serve")


@pytest.fixture(params=["embedded", "oxigraph", "kg-serve"])
def backend(request, synth_dir):
    """The same synthetic graph behind each kind of store: embedded, Oxigraph server, kg serve."""
    st = _open_backend(request, request.param, synth_dir)
    yield st
    st.close()


@pytest.fixture(params=["embedded", "oxigraph", "kg-serve", "virtuoso"])
def any_backend(request, synth_dir):
    """As ``backend``, plus Virtuoso (Debian virtuoso-opensource)."""
    st = _open_backend(request, request.param, synth_dir)
    yield st
    st.close()


@pytest.fixture(params=["oxigraph", "kg-serve", "virtuoso"])
def remote(request):
    """A real SPARQL server that takes updates; the shared ones (Oxigraph, Virtuoso) hold the
    synthetic data too. The graphs a test adds under ``http://example.org/`` are dropped after it."""
    from kg.store import Store

    url = request.getfixturevalue("kg_serve_rw" if request.param == "kg-serve" else SERVERS[request.param])
    with Store.open(url) as st:
        try:
            yield st
        finally:
            for name in st.graph_names():
                if name.startswith("http://example.org/"):
                    st.update(f"DROP SILENT GRAPH <{name}>")


# ----------------------------------------------------------------------------- a hand-written world

HOSTILE = 'Evil <img src=x onerror="window.__xss=1"> </script><script>window.__xss2=1</script> "q" \\ \''

WORLD_ACTORS = {
    "Q22686": ("Donald Trump", "person", "Trump"),
    "Q3881": ("Volodymyr Zelensky", "person", "Zelensky"),
    "Q7747": ("Vladimir Putin", "person", "Putin"),
    "Q6383": ("Keir Starmer", "person", "Starmer"),
    "Q159": ("Russia", "state", "Russia"),
    "Q212": ("Ukraine", "state", "Ukraine"),
    "Q458": ("European Union", "igo", "EU"),
    "evil": (HOSTILE, "group", "Evil"),
    "Q1": ("Lonely Observer", "person", "Observer"),
}

# (doc, sentence, trigger, PLOVER, CAMEO, class, participants, source, target, date, modality)
WORLD_FACTS = [
    ("a", "Trump met Zelensky at the White House.", "met", "CONSULT", "040", "Meeting",
     ["Q22686", "Q3881"], [], [], "2025-08-18", "asserted"),
    ("a", "Trump spoke with Putin by phone for forty minutes.", "spoke", "CONSULT", "042", "PhoneCall",
     ["Q22686", "Q7747"], [], [], "2025-08-18", "asserted"),
    ("a", "Russia launched hundreds of drones at Ukraine.", "launched", "ASSAULT", "195", "MilitaryStrike",
     ["Q159", "Q212"], ["Q159"], ["Q212"], "2025-08-19", "asserted"),
    ("a", "Starmer said Britain would send aid to Ukraine.", "aid", "AID", "070", None,
     ["Q6383", "Q212"], ["Q6383"], ["Q212"], "2025-08", "planned"),
    ("a", "The EU imposed new sanctions on Russia.", "sanctions", "SANCTION", "163", None,
     ["Q458", "Q159"], ["Q458"], ["Q159"], "2025-07-30", "asserted"),
    ("b", "Starmer met Zelensky in London.", "met", "CONSULT", "040", "Meeting",
     ["Q6383", "Q3881"], [], [], "2025-09-02", "asserted"),
    ("b", f"{HOSTILE} met Zelensky.", "met", "CONSULT", "040", "Meeting",
     ["evil", "Q3881"], [], [], "2025-09-01", "asserted"),
    ("b", "Russia accused Ukraine of provocation </script><b>bold</b>.", "accused", "ACCUSE", "112", None,
     ["Q159", "Q212"], ["Q159"], ["Q212"], "2025-09-03", "asserted"),
]


def _world_extraction(doc_id: str, published: date):
    from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Sentence

    facts = [f for f in WORLD_FACTS if f[0] == doc_id]
    text = "".join(f[1] + "\n" for f in facts)
    sentences, events, mentions = [], [], {}
    pos = 0
    for i, (_, sent, trig, plover, cameo, cls, parts, src, tgt, when, modality) in enumerate(facts):
        s = Sentence(i, pos, pos + len(sent), sent)
        sentences.append(s)
        for key in parts:
            surface = WORLD_ACTORS[key][2]
            at = sent.find(surface)
            if at >= 0:
                mentions.setdefault(key, []).append(Mention(pos + at, pos + at + len(surface), surface, i))
        t = sent.index(trig)
        events.append(Event(f"e{i}", plover, cameo, cls, participants=list(parts), source=list(src),
                            target=list(tgt), date=when, modality=modality,
                            mentions=[EventMention(Mention(pos + t, pos + t + len(trig), trig, i), s)]))
        pos += len(sent) + 1
    keys = list(mentions) + (["Q1"] if doc_id == "a" else [])
    actors = [Actor(k, WORLD_ACTORS[k][0], WORLD_ACTORS[k][1], wikidata=k if k.startswith("Q") else None,
                    mentions=mentions.get(k, [])) for k in keys]
    doc = Document(id=f"doc-{doc_id}", text=text, title=f"Report {doc_id} <i>x</i>", published=published,
                   url=f"https://news.example/{doc_id}")
    return Extraction(doc, sentences, actors, events)


def _fill_world(store) -> None:
    from kg.rdf import graph_iri, to_triples
    from kg.vocabulary import add_concepts, install

    install(store)
    days = (("a", date(2025, 8, 19)), ("b", date(2025, 9, 3)))
    extractions = [_world_extraction(doc_id, day) for doc_id, day in days]
    add_concepts(store, extractions)
    store.replace_graphs([(str(graph_iri(ex.document.id)), to_triples(ex)) for ex in extractions])


@pytest.fixture(scope="session")
def hostile() -> str:
    """An actor's name (and part of a sentence) made to break out of HTML, JSON and XML."""
    return HOSTILE


@pytest.fixture(scope="session")
def world_facts() -> list[tuple]:
    """The world's events: (doc, sentence, trigger, PLOVER, CAMEO, class, participants, source,
    target, date, modality)."""
    return WORLD_FACTS


@pytest.fixture(scope="session")
def world():
    """An in-memory store holding the ontology graph and the world's two documents (read, not written)."""
    from kg.store import Store

    store = Store.open(":memory:")
    _fill_world(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def world_dir(tmp_path_factory) -> str:
    """The world in an on-disk store (closed again), for the commands."""
    from kg.store import Store

    path = tmp_path_factory.mktemp("world") / "db"
    with Store.open(path) as store:
        _fill_world(store)
    return str(path)


@pytest.fixture(scope="session")
def world_graph(world):
    """The world's interaction graph (NetworkX), read, not written."""
    from kg.network import interaction_graph

    return interaction_graph(world)
