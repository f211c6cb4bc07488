"""Views benchmark: the named queries that count real-world events against the same queries at a
baseline revision (the per-report texts), on one linked synthetic store, in the same run.

    .venv/bin/python benchmarks/views.py --events 100000                 # build, load, relink, time
    .venv/bin/python benchmarks/views.py --store /tmp/kg-identity-x/store  # a linked store of before

The store: synthetic N-Quads (benchmarks/synth.py) bulk-loaded as `kg load` does, optimized, then
`kg relink` (kg.identity.store.relink), so the real-world events exist as on a built store. Each case
runs the current checkout's query text and the baseline revision's (`git show REV:kg/queries/...`, the
per-report view before the real-world one), --reps times each, one case after the other (the
current query's runs, then the baseline's); p50 of both and their
ratio. `kg stats` (kg.api.stats) is timed against the one scan of sem:eventType it replaced.

Prints numbers; asserts nothing.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.store import median_actor  # noqa: E402
from benchmarks.store import timed as run_times  # noqa: E402
from benchmarks.synth import write_nquads  # noqa: E402
from kg.api import stats  # noqa: E402
from kg.identity.store import relink  # noqa: E402
from kg.query import bind_named, named_queries, parse_named, with_limit  # noqa: E402
from kg.store import Store  # noqa: E402

# (case, named query, parameters); MEDIAN: the actor of median activity, as in benchmarks/store.py
CASES = [
    ("who-called-whom", "who-called-whom", {"actor": "Putin"}),
    ("who-called-whom/med", "who-called-whom", {"actor": "MEDIAN"}),
    ("who-called-whom/all", "who-called-whom", {}),
    ("attacks-on", "attacks-on", {"target": "Ukraine"}),
    ("attacks-on/med", "attacks-on", {"target": "MEDIAN"}),
    ("actor-timeline", "actor-timeline", {"actor": "Zelensky"}),
    ("actor-timeline/med", "actor-timeline", {"actor": "MEDIAN"}),
    ("actor-profile/med", "actor-profile", {"actor": "MEDIAN"}),
    ("events-by-month", "events-by-month", {}),
    ("actors", "actors", {}),
]
#: what kg stats ran before (reports by type: one scan of sem:eventType)
OLD_STATS = ("SELECT ?t (COUNT(*) AS ?n) WHERE { ?e sem:eventType ?t } GROUP BY ?t",
             "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:NewsArticle }",
             "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sem:Actor }")


def baseline_query(rev: str, name: str):
    """The named query ``name`` as it was at revision ``rev`` (a temporary .rq file, parsed)."""
    text = subprocess.run(["git", "show", f"{rev}:kg/queries/{name}.rq"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout
    return parse_named(name, text, Path(f"{name}.rq"))


def answer(st: Store, nq, params: dict):
    """The named query ``nq`` (current or baseline) run with ``params``, as kg.query.run does."""
    bound = bind_named(st, nq, params) if nq.params else {}
    return st.query(with_limit(nq.text, nq, bound), bound or None)


def timed(fn, reps: int) -> tuple[float, object]:
    """The median time of ``reps`` runs of ``fn`` (benchmarks.store.timed), and its last answer."""
    times, out = run_times(fn, reps)
    return statistics.median(times), out


def build(work: Path, n: int) -> Path:
    nq, path = work / "events.nq", work / "store"
    t = time.perf_counter()
    quads = write_nquads(nq, n, jobs=2)
    with Store.open(path) as st:
        st.load_file(nq)
        st.optimize()
        took = time.perf_counter() - t
        print(f"{n:,} events, {quads:,} quads loaded and optimized in {took:.0f} s", flush=True)
        t = time.perf_counter()
        r = relink(st)
        print(f"kg relink: {r.events:,} real-world events of {r.linked:,} linked reports "
              f"({r.reports:,} reports) in {time.perf_counter() - t:.0f} s", flush=True)
    nq.unlink()
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", type=Path, help="a linked store to time (default: build one)")
    ap.add_argument("--baseline", default="2d6c1b0", help="the revision of the per-report queries")
    ap.add_argument("--reps", type=int, default=7)
    a = ap.parse_args(argv)
    work = None
    if a.store is None:
        work = Path(tempfile.mkdtemp(prefix="kg-views-"))
    try:
        path = a.store or build(work, a.events)
        st = Store.open(path, read_only=True)
        links = int(st.query("SELECT (COUNT(*) AS ?n) WHERE { ?e dip:realWorldEvent ?w }").rows[0][0])
        med = median_actor(st)[0]
        print(f"store {path}: {links:,} linked reports; median actor {med}; baseline {a.baseline}; "
              f"p50 of {a.reps} runs each, current then baseline")
        print(f"{'case':22} {'rows':>7} {'p50 ms':>9} {'rows before':>11} {'p50 before':>10} {'x before':>8}")
        current = named_queries()
        for case, name, params in CASES:
            params = {k: med if v == "MEDIAN" else v for k, v in params.items()}
            new, old = current[name], baseline_query(a.baseline, name)
            answer(st, new, params), answer(st, old, params)  # warm both
            new_t, new_rows = timed(lambda new=new, params=params: answer(st, new, params), a.reps)
            old_t, old_rows = timed(lambda old=old, params=params: answer(st, old, params), a.reps)
            print(f"{case:22} {len(new_rows.rows):7} {new_t * 1000:9.1f} {len(old_rows.rows):11} "
                  f"{old_t * 1000:10.1f} {new_t / old_t:8.2f}", flush=True)
        new_t, s = timed(lambda: stats(st), a.reps)
        old_t, _ = timed(lambda: [st.query(q) for q in OLD_STATS] + [len(st), st.graph_names()], a.reps)
        print(f"{'kg stats':22} {s.events:7} {new_t * 1000:9.1f} {s.reports:11} {old_t * 1000:10.1f} "
              f"{new_t / old_t:8.2f}   (rows: events and reports counted)")
        st.close()
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
