"""Fixtures for the store tests: a synthetic store, and real SPARQL servers on free loopback ports.

Import the fixtures a module needs from here (pytest loads only ``conftest.py`` on its own).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from benchmarks.synth import fill
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
N_EVENTS = 300


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


def oxigraph_exe() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-c", "from kg.cli import main; main()", *args]


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory) -> Path:
    """An on-disk store with the synthetic events (closed again, so others may open it)."""
    path = tmp_path_factory.mktemp("synth") / "store"
    with Store.open(path) as st:
        fill(st, N_EVENTS)
    return path


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory):
    """A real Oxigraph server (the PyPI ``oxigraph`` CLI) on a free loopback port, filled over HTTP."""
    exe = oxigraph_exe()
    if exe is None:
        pytest.skip("the oxigraph server CLI is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxserver")
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/query?query=ASK%7B%7D", proc)
        with Store.open(url) as st:
            fill(st, N_EVENTS)
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def kg_serve_url(synth_dir):
    """``kg serve`` over the synthetic store, started as a real process; its first line is the URL."""
    proc = subprocess.Popen(kg_command("serve", "--port", "0", "--store", str(synth_dir)), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql"), url
        wait_http(url + "?query=ASK%7B%7D", proc)
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


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory):
    """A real Virtuoso (Debian virtuoso-opensource) on free loopback ports, SPARQL updates granted."""
    from tests.conftest import require_tool

    exe = require_tool("virtuoso-t", "virtuoso-opensource")
    isql = require_tool("isql-vt", "virtuoso-opensource")
    dest = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = virtuoso_ini(Path("/etc/virtuoso-opensource-7/virtuoso.ini"), dest, sql_port, http_port)
    proc = subprocess.Popen([exe, "+configfile", str(ini), "+foreground"], cwd=dest,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        wait_http(url + "?query=ASK%7B%7D", proc, timeout=90)
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)
        with Store.open(url) as st:
            fill(st, N_EVENTS)
        yield url
    finally:
        stop(proc)


def _open_backend(request, kind: str, synth_dir: Path) -> Store:
    if kind == "embedded":
        return Store.open(synth_dir, read_only=True)
    if kind == "oxigraph":
        return Store.open(request.getfixturevalue("oxigraph_url"))
    if kind == "virtuoso":
        try:
            url = request.getfixturevalue("virtuoso_url")
        except pytest.FixtureLookupError:
            pytest.skip("virtuoso_url is not visible here: add pytest_plugins = ['tests.conftest_store']")
        return Store.open(url)
    return Store.open(request.getfixturevalue("kg_serve_url"), read_only=True)


@pytest.fixture(params=["embedded", "oxigraph", "kg-serve"])
def backend(request, synth_dir) -> Store:
    """The same synthetic graph behind each kind of store: embedded, Oxigraph server, kg serve."""
    st = _open_backend(request, request.param, synth_dir)
    yield st
    st.close()


@pytest.fixture(params=["embedded", "oxigraph", "kg-serve", "virtuoso"])
def any_backend(request, synth_dir) -> Store:
    """As ``backend``, plus Virtuoso (Debian virtuoso-opensource) where it is installed."""
    st = _open_backend(request, request.param, synth_dir)
    yield st
    st.close()
