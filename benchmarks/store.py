"""Store benchmark: ingest rate, size on disk, named-query latency, reopen-to-first-answer,
embedded Oxigraph against rdflib in memory on the same synthetic graphs (benchmarks/synth.py).

    .venv/bin/python benchmarks/store.py                 # 10k, 100k and 1M events; rdflib up to 100k
    .venv/bin/python benchmarks/store.py --sizes 10000 --rdflib-max 10000 --reps 7

Each size: synthetic N-Quads (benchmarks/synth.py), bulk-loaded as `kg load` does in a fresh
process under mimalloc (kg/allocator.py), and up to --baseline-max also under the C library's
allocator (rate, peak memory), size on disk, reopen-to-first-answer, every named query's p50/p95
(in a child process, with its peak memory), then rdflib's in-memory Dataset on the same file and
query texts. 1M events needs about 14 GB of disk for the N-Quads file and the store.

Prints numbers; asserts nothing. Timings on a shared 2-core VM vary by about 25 %: compare the
ratios taken in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import synth_triples, write_nquads  # noqa: E402
from kg import allocator  # noqa: E402
from kg.query import bind_named, named_queries, run  # noqa: E402
from kg.store import Store  # noqa: E402

# (case, named query, parameters). "MEDIAN" stands for the actor of median activity (by events) and
# "PAIR" for the most active actor it meets: the selective cases the targets are about. Trump is in
# about 30 % of the synthetic events, so his cases are the honest big-answer ones (also with a LIMIT).
CASES = [
    ("who-met-whom", "who-met-whom", {"actor": "Trump"}),
    ("who-met-whom/lim", "who-met-whom", {"actor": "Trump", "limit": 100}),
    ("who-met-whom/med", "who-met-whom", {"actor": "MEDIAN"}),
    ("who-met-whom/pair", "who-met-whom", {"actor": "MEDIAN", "with": "PAIR"}),
    ("who-met-whom-reports", "who-met-whom-reports", {"actor": "Trump"}),
    ("who-met-whom-reports/med", "who-met-whom-reports", {"actor": "MEDIAN"}),
    ("who-called-whom", "who-called-whom", {"actor": "Putin"}),
    ("who-called/med", "who-called-whom", {"actor": "MEDIAN"}),
    ("actor-timeline", "actor-timeline", {"actor": "Zelensky"}),
    ("actor-timeline/med", "actor-timeline", {"actor": "MEDIAN"}),
    ("attacks-on", "attacks-on", {"target": "Ukraine"}),
    ("attacks-on/med", "attacks-on", {"target": "MEDIAN"}),
    ("events-by-month", "events-by-month", {}),
    ("actor-profile", "actor-profile", {"actor": "Starmer"}),
    ("actor-profile/med", "actor-profile", {"actor": "MEDIAN"}),
    ("event-evidence", "event-evidence", {"event": "https://w3id.org/dipkg/event/synth-0-000000/e0"}),
    ("actors", "actors", {}),
    ("documents", "documents", {}),
]

REOPEN = """
import sys, time
t0 = time.perf_counter()
from kg.store import Store
from kg.query import run
t1 = time.perf_counter()
st = Store.open(sys.argv[1], read_only=True)
rows = run(st, "who-met-whom", {"actor": sys.argv[2]}).rows
t2 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {len(rows)}")
"""

OPTIMIZE = """
import sys
from kg.store import Store
with Store.open(sys.argv[1]) as st:
    st.optimize()
"""

LOAD = """
import resource, sys, time
from kg.store import Store
with Store.open(sys.argv[1]) as st:
    t = time.perf_counter()
    st.load_file(sys.argv[2])
    seconds = time.perf_counter() - t
    n = len(st)  # a scan of the store: counted after the clock stops
print(f"{seconds:.3f} {n} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""


def median_actor(st: Store) -> tuple[str, str]:
    """The label of the actor of median activity (events), and of the actor it meets most."""
    rows = [r for r in run(st, "actors").rows if int(r[4]) > 0]
    actor, label = rows[len(rows) // 2][0], rows[len(rows) // 2][1]
    met = run(st, "actor-profile", {"actor": actor}).dicts()
    other = next(str(r["valueLabel"]) for r in met if str(r["aspect"]) == "counterpart" and r["valueLabel"])
    return str(label), other


def resolve_cases(st: Store) -> list[tuple[str, str, dict]]:
    med, pair = median_actor(st)
    subst = {"MEDIAN": med, "PAIR": pair}
    return [(case, name, {k: subst.get(v, v) for k, v in params.items()}) for case, name, params in CASES]


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(q * (len(values) - 1))))
    return values[k]


def timed(fn, reps: int) -> tuple[list[float], object]:
    times, out = [], None
    for _ in range(reps):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return times, out


def build_path_rate(work: Path, n_events: int, batch: int) -> tuple[float, float]:
    """Triples/s of what ``kg build`` does after extraction (``kg.rdf.to_triples`` + ``replace_graphs``,
    ``batch`` documents per call) into a fresh store; and of one transaction per document."""
    docs = list(synth_triples(n_events, seed=1))
    total = sum(len(t) for _, t in docs)
    rates = []
    for size in (batch, 1):
        path = work / f"build-{size}"
        with Store.open(path) as st:
            t = time.perf_counter()
            for i in range(0, len(docs), size):
                st.replace_graphs(docs[i:i + size])
            rates.append(total / (time.perf_counter() - t))
        shutil.rmtree(path)
    return rates[0], rates[1]


def run_cases(store_dir: Path, reps: int) -> None:
    """(child process) every case's rows, p50 and p95, then this process's peak memory, as JSON lines."""
    st = Store.open(store_dir, read_only=True)
    cases = resolve_cases(st)
    texts = {case: bound_text(st, name, params) for case, name, params in cases}
    head = {"median": cases[2][2]["actor"], "pair": cases[3][2]["with"], "texts": texts}
    print(json.dumps(head), flush=True)
    for case, name, params in cases:
        times, res = timed(lambda name=name, params=params: run(st, name, params), reps)
        print(json.dumps({"case": case, "rows": len(res.rows), "p50": statistics.median(times),
                          "p95": pct(times, 0.95)}), flush=True)
    print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)


RDFLIB_CHILD = """
import json, resource, signal, sys, time
from rdflib import Dataset
from kg.vocab import PREFIXES

def stop(signum, frame):
    raise TimeoutError

signal.signal(signal.SIGALRM, stop)  # rdflib's engine is pure Python: the alarm interrupts it
budget = int(sys.argv[2])
texts = json.load(open(sys.argv[3], encoding="utf-8"))
ns = {p: str(v) for p, v in PREFIXES.items()}
t = time.perf_counter()
ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load": time.perf_counter() - t, "rss_mb": rss}), flush=True)
for case, text in texts.items():
    times, rows = [], None
    for _ in range(3):
        t = time.perf_counter()
        signal.alarm(budget)
        try:
            rows = len(list(ds.query(text, initNs=ns)))
        except TimeoutError:
            rows = None
            break
        finally:
            signal.alarm(0)
        times.append(time.perf_counter() - t)
        if times[-1] > 5:
            break
    times.sort()
    p50 = times[len(times) // 2] if rows is not None else None
    print(json.dumps({"case": case, "rows": rows, "p50": p50}), flush=True)
"""


def rdflib_times(nq_path: Path, texts: dict[str, str], work: Path, budget: float
                 ) -> tuple[float, float, dict]:
    """rdflib's in-memory Dataset in a child process, each query stopped after ``budget`` seconds:
    load time, peak memory after the load (MB), and per case (rows, p50) or None if stopped."""
    spec = work / "rdflib-queries.json"
    spec.write_text(json.dumps(texts), encoding="utf-8")
    lines = [json.loads(x) for x in child(["-c", RDFLIB_CHILD, str(nq_path), str(int(budget)), str(spec)]
                                          ).splitlines()]
    results = {r["case"]: None if r["rows"] is None else (r["rows"], r["p50"]) for r in lines[1:]}
    return lines[0]["load"], lines[0]["rss_mb"], results


def bound_text(st: Store, name: str, params: dict) -> str:
    """The query text with its parameters bound (for rdflib, which gets the same text)."""
    from kg.query import with_limit
    from kg.sparql.binding import bind_values

    nq = named_queries()[name]
    if not nq.params:
        return nq.text
    bound = bind_named(st, nq, params)
    return bind_values(with_limit(nq.text, nq, bound), bound)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="dipkg store benchmark")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--rdflib-max", type=int, default=100_000, help="largest size rdflib is run at")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--batch", type=int, default=50, help="documents per call on the kg build path")
    ap.add_argument("--jobs", type=int, default=2, help="processes writing the synthetic N-Quads")
    ap.add_argument("--baseline-max", type=int, default=100_000,
                    help="largest size the load is also run under the C library's allocator")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds before an rdflib query is stopped")
    ap.add_argument("--work", type=Path, help="folder for the files and stores [default: a temporary one]")
    ap.add_argument("--keep", action="store_true", help="keep the files and stores")
    ap.add_argument("--cases", type=Path, help=argparse.SUPPRESS)  # child: run the queries on this store
    args = ap.parse_args(argv)
    if args.cases:
        run_cases(args.cases, args.reps)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="kgbench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"machine: {os.cpu_count()} cores; Python {platform.python_version()}")
        rate, per_doc = build_path_rate(work, 20_000, args.batch)
        print(f"kg build path (to_triples + replace_graphs, 20k events, fresh store): {rate:,.0f} triples/s "
              f"with {args.batch} documents per call; {per_doc:,.0f} triples/s with one per call")
        for n in args.sizes:
            bench_size(n, work, args)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def child(args: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=True,
                          env=env)
    return done.stdout


def load(store_dir: Path, nq_path: Path, allocator_name: str) -> tuple[float, int, float]:
    """Bulk-load the file into a fresh store in a child process under ``mimalloc`` (as the ``kg``
    command runs) or the C library's allocator: seconds, quads stored, peak memory (MB)."""
    shutil.rmtree(store_dir, ignore_errors=True)
    env = allocator.preload_env({**os.environ, "KG_MALLOC": "mimalloc"}) if allocator_name == "mimalloc" \
        else {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    secs, stored, rss = child(["-c", LOAD, str(store_dir), str(nq_path)], env).split()
    return float(secs), int(stored), int(rss) / 1024


def cases(store_dir: Path, reps: int) -> tuple[dict, list[dict], float]:
    """Every case in a child process: its header (median actor, pair, query texts), the case
    lines, and the child's peak memory (MB)."""
    lines = [json.loads(x) for x in child([__file__, "--cases", str(store_dir), "--reps", str(reps)]
                                          ).splitlines()]
    return lines[0], lines[1:-1], lines[-1]["rss_mb"]


def bench_size(n: int, work: Path, args) -> None:
    store_dir, nq_path = work / f"store-{n}", work / f"events-{n}.nq"
    shutil.rmtree(store_dir, ignore_errors=True)
    print(f"\n=== {n:,} events ===", flush=True)
    t = time.perf_counter()
    quads = write_nquads(nq_path, n, jobs=args.jobs)
    nq_mb = nq_path.stat().st_size / 1e6
    print(f"synthetic N-Quads (synth + kg.rdf.to_triples, {args.jobs} processes): {quads:,} quads "
          f"({quads / n:.1f} per event), {nq_mb:,.0f} MB, {time.perf_counter() - t:.0f} s")
    if allocator.library() is None:
        allocators = ["system"]
        print("mimalloc is not installed (Debian libmimalloc2.0): the C library's allocator only")
    else:
        allocators = ["system", "mimalloc"] if n <= args.baseline_max else ["mimalloc"]
    rates = {}
    for name in allocators:
        secs, stored, rss = load(store_dir, nq_path, name)
        rates[name] = stored / secs
        print(f"bulk ingest (kg load, fresh process, {name} allocator): {secs:.1f} s = {rates[name]:,.0f} "
              f"quads/s; {stored:,} quads stored; peak memory {rss:,.0f} MB", flush=True)
    if len(rates) == 2:
        print(f"  mimalloc / system: {rates['mimalloc'] / rates['system']:.2f}x")
    print(f"store size on disk: {du(store_dir) / 1e6:,.0f} MB (N-Quads file {nq_mb:,.0f} MB)")
    if n > args.rdflib_max and not args.keep:
        nq_path.unlink()  # only rdflib reads it again: room on disk for the compaction

    raw = cases(store_dir, args.reps)
    t = time.perf_counter()
    child(["-c", OPTIMIZE, str(store_dir)], allocator.preload_env())
    print(f"kg optimize (compaction, fresh process): {time.perf_counter() - t:.1f} s; "
          f"store size on disk now {du(store_dir) / 1e6:,.0f} MB", flush=True)
    head, rows, rss = cases(store_dir, args.reps)
    med = head["median"]
    for who in ("Trump", med):
        imp, first, count = child(["-c", REOPEN, str(store_dir), who]).split()
        print(f"reopen to first answer (who-met-whom actor={who}, {count} rows): "
              f"{float(first) * 1000:.0f} ms (+ {float(imp) * 1000:.0f} ms imports), fresh process")
    print(f"median actor: {med}; pair: {med} with {head['pair']}")
    print(f"\n{'query':18} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8} {'p50 before':>10}   (embedded Oxigraph "
          f"on disk after kg optimize; 'before': just loaded; {args.reps} runs, incl. label lookup + rdflib "
          f"terms; peak memory {rss:,.0f} MB)")
    before = {r["case"]: r["p50"] for r in raw[1]}
    ox_p50 = {}
    for r in rows:
        ox_p50[r["case"]] = r["p50"]
        print(f"{r['case']:18} {r['rows']:7} {r['p50'] * 1000:8.1f} {r['p95'] * 1000:8.1f} "
              f"{before[r['case']] * 1000:10.1f}", flush=True)
    if not args.keep:
        shutil.rmtree(store_dir, ignore_errors=True)

    if n > args.rdflib_max:
        print(f"\nrdflib in memory: skipped at {n:,} events (--rdflib-max {args.rdflib_max:,})")
    else:
        parse_s, rss, results = rdflib_times(nq_path, head["texts"], work, args.budget)
        print(f"\nrdflib Dataset parse N-Quads: {parse_s:.1f} s ({quads / parse_s:,.0f} quads/s), "
              f"peak memory {rss:,.0f} MB")
        print(f"{'query':18} {'rows':>7} {'p50 ms':>9} {'x Oxigraph':>10} {'x before':>9}   (rdflib in "
              f"memory, same query text, up to 3 runs, stopped after {args.budget:.0f} s; "
              "x Oxigraph optimized / just loaded)")
        for case in ox_p50:
            r = results.get(case)
            if r is None:
                over = f"> {args.budget * 1000:.0f}"
                ratio, ratio0 = (f"> {args.budget / p[case]:.0f}" for p in (ox_p50, before))
                print(f"{case:18} {'':>7} {over:>9} {ratio:>10} {ratio0:>9}")
            else:
                print(f"{case:18} {r[0]:7} {r[1] * 1000:9.1f} {r[1] / ox_p50[case]:10.1f} "
                      f"{r[1] / before[case]:9.1f}")
    if not args.keep:
        nq_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
