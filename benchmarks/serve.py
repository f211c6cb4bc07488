"""``kg serve`` under load, against the same store read in process, in one run:

- 200 clients at once asking ``ASK {}``: how many answered, and in how long;
- a named query's latency (p50) through the endpoint and embedded, and the ratio;
- how soon an abandoned cross product is stopped (``--timeout 2``);
- how soon a writer's new graph is seen (``--refresh 0.5``).

    python benchmarks/serve.py                  # 3,000 synthetic events
    python benchmarks/serve.py --events 30000
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import fill  # noqa: E402
from kg.query import named_queries, run  # noqa: E402
from kg.store import Store  # noqa: E402

QUERY = "who-met-whom"


def post(url: str, query: str, timeout: float = 60) -> int:
    data = urllib.parse.urlencode({"query": query}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=timeout) as resp:
            resp.read()
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


def serve(store: Path, *args: str) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--port", "0", "--store", str(store), *args]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc, proc.stdout.readline().strip()


def concurrent(url: str, n: int = 200) -> tuple[int, float]:
    gate = threading.Barrier(n)

    def one(_: int) -> int:
        gate.wait()
        return post(url, "ASK {}")

    began = time.perf_counter()
    with ThreadPoolExecutor(n) as pool:
        ok = sum(s == 200 for s in pool.map(one, range(n)))
    return ok, time.perf_counter() - began


def latency(url: str, store: Path, reps: int) -> tuple[float, float]:
    text = named_queries()[QUERY].text
    through = []
    for _ in range(reps):
        began = time.perf_counter()
        post(url, text)
        through.append(time.perf_counter() - began)
    embedded = []
    with Store.open(store, read_only=True) as st:
        for _ in range(reps):
            began = time.perf_counter()
            run(st, QUERY)
            embedded.append(time.perf_counter() - began)
    return statistics.median(through), statistics.median(embedded)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=3000)
    ap.add_argument("--reps", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        with Store.open(store) as st:
            fill(st, args.events)
        proc, url = serve(store, "--timeout", "2", "--refresh", "0.5")
        try:
            ok, secs = concurrent(url)
            print(f"200 concurrent ASK: {ok} answered in {secs:.2f} s")
            served, embedded = latency(url, store, args.reps)
            print(f"{QUERY} ({args.events:,} events), p50: kg serve {served * 1000:.1f} ms, embedded "
                  f"{embedded * 1000:.1f} ms ({served / embedded:.2f}x)")
            began = time.perf_counter()
            status = post(url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
            print(f"cross product with --timeout 2: HTTP {status} after {time.perf_counter() - began:.2f} s")
            with Store.open(store) as st:
                st.update("INSERT DATA { GRAPH <http://example.org/new> { <http://example.org/a> "
                          "<http://example.org/p> 1 } }")
            began = time.perf_counter()
            ask = urllib.parse.urlencode({"query": "ASK { GRAPH <http://example.org/new> { ?s ?p ?o } }"})
            while b"true" not in urllib.request.urlopen(f"{url}?{ask}").read():
                time.sleep(0.05)
            print(f"a writer's new graph seen {time.perf_counter() - began:.2f} s after the writer closed "
                  "(--refresh 0.5)")
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
