"""Store benchmark: ingest rate, size on disk, named-query latency, reopen-to-first-answer,
embedded Oxigraph against rdflib in memory on the same synthetic graphs (benchmarks/synth.py).

    .venv/bin/python benchmarks/store.py                 # 10k and 100k events; rdflib at 10k
    .venv/bin/python benchmarks/store.py --sizes 10000 --rdflib-max 10000 --reps 7

Prints numbers; asserts nothing. Timings on a shared 2-core VM vary by about 25 %: compare the
ratios taken in the same run.
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

from rdflib import Dataset  # noqa: E402

from benchmarks.synth import synth_graphs  # noqa: E402
from kg.query import bind_named, named_queries, run  # noqa: E402
from kg.rdf import ONTOLOGY_GRAPH, ontology_graph  # noqa: E402
from kg.store import Store  # noqa: E402

# (case, named query, parameters). "MEDIAN" stands for the actor of median activity (by events) and
# "PAIR" for the most active actor it meets: the selective cases the targets are about. Trump is in
# about 30 % of the synthetic events, so his cases are the honest big-answer ones (also with a LIMIT).
CASES = [
    ("who-met-whom", "who-met-whom", {"actor": "Trump"}),
    ("who-met-whom/lim", "who-met-whom", {"actor": "Trump", "limit": 100}),
    ("who-met-whom/med", "who-met-whom", {"actor": "MEDIAN"}),
    ("who-met-whom/pair", "who-met-whom", {"actor": "MEDIAN", "with": "PAIR"}),
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


def ingest(store_dir: Path, nq_path: Path, n_events: int, batch: int) -> dict:
    """Generate the graphs (kg.rdf.to_graph) and store them, ``batch`` documents per transaction."""
    gen = put = 0.0
    triples = 0
    pending: list = []
    with Store.open(store_dir) as st, open(nq_path, "w", encoding="utf-8") as nq:
        st.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
        it = iter(synth_graphs(n_events))
        while True:
            t = time.perf_counter()
            g = next(it, None)
            gen += time.perf_counter() - t
            if g is not None:
                pending.append((str(g.identifier), g))
                triples += len(g)
                ds = Dataset()
                named = ds.graph(g.identifier)
                for tr in g:
                    named.add(tr)
                nq.write(ds.serialize(format="nquads"))
            if pending and (g is None or len(pending) >= batch):
                t = time.perf_counter()
                st.replace_graphs(pending)
                put += time.perf_counter() - t
                pending = []
            if g is None:
                break
        quads = len(st)
    return {"triples": triples, "quads": quads, "gen_s": gen, "put_s": put}


def per_document_rate(work: Path, n_docs: int = 200) -> float:
    """Triples/s of one ``replace_graph`` transaction per document (what ``kg build`` does)."""
    graphs = list(synth_graphs(n_docs * 10, seed=1))
    path = work / "per-doc"
    with Store.open(path) as st:
        t = time.perf_counter()
        for g in graphs:
            st.replace_graph(str(g.identifier), g)
        rate = sum(len(g) for g in graphs) / (time.perf_counter() - t)
    shutil.rmtree(path)
    return rate


RDFLIB_CHILD = """
import sys, time
from rdflib import Dataset
from kg.vocab import PREFIXES
ns = {p: str(v) for p, v in PREFIXES.items()}
t = time.perf_counter()
ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
print("load", time.perf_counter() - t, flush=True)
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8").read()
    times = []
    for _ in range(3):
        t = time.perf_counter()
        rows = list(ds.query(text, initNs=ns))
        times.append(time.perf_counter() - t)
        if times[-1] > 5:
            break
    times.sort()
    print("query", path, len(rows), times[len(times) // 2], flush=True)
"""


def rdflib_times(nq_path: Path, texts: dict[str, str], work: Path, budget: float) -> tuple[float, dict]:
    """rdflib in a child process (so a query over ``budget`` seconds can be stopped): load time, p50s."""
    files = {}
    for name, text in texts.items():
        files[name] = work / f"{name.replace('/', '_')}.rq"
        files[name].write_text(text, encoding="utf-8")
    remaining = list(texts)
    results: dict[str, tuple[int, float] | None] = {}
    load = 0.0
    while remaining:
        cmd = [sys.executable, "-c", RDFLIB_CHILD, str(nq_path), *(str(files[n]) for n in remaining)]
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        line = proc.stdout.readline().split()
        load = float(line[1])
        for name in list(remaining):
            deadline = time.monotonic() + budget
            out = None
            while time.monotonic() < deadline:
                import select

                ready, _, _ = select.select([proc.stdout], [], [], 1.0)
                if ready:
                    out = proc.stdout.readline().split()
                    break
            remaining.remove(name)
            if out is None:
                results[name] = None
                proc.kill()
                proc.wait()
                break
            results[name] = (int(out[2]), float(out[3]))
        else:
            proc.wait()
    return load, results


def bound_text(st: Store, name: str, params: dict) -> str:
    """The query text with its parameters bound (for rdflib, which gets the same text)."""
    from kg.query import bind_values, with_limit

    nq = named_queries()[name]
    if not nq.params:
        return nq.text
    bound = bind_named(st, nq, params)
    return bind_values(with_limit(nq.text, nq, bound), bound)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="dipkg store benchmark")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--rdflib-max", type=int, default=10_000, help="largest size rdflib is run at")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--batch", type=int, default=20, help="documents per transaction when loading")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds before an rdflib query is stopped")
    ap.add_argument("--keep", type=Path, help="keep the stores under this folder")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kgbench-"))
    try:
        for n in args.sizes:
            bench_size(n, work, args)
    finally:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for p in work.iterdir():
                shutil.move(str(p), args.keep / p.name)
        shutil.rmtree(work, ignore_errors=True)


def bench_size(n: int, work: Path, args) -> None:
    store_dir, nq_path = work / f"store-{n}", work / f"events-{n}.nq"
    print(f"\n=== {n:,} events ===", flush=True)
    info = ingest(store_dir, nq_path, n, args.batch)
    print(f"triples in document graphs: {info['triples']:,} (store quads {info['quads']:,})")
    print(f"generate (synth + kg.rdf.to_graph): {info['gen_s']:.1f} s")
    print(f"ingest replace_graphs, {args.batch} documents per transaction: {info['put_s']:.1f} s = "
          f"{info['triples'] / info['put_s']:,.0f} triples/s")
    if n == args.sizes[0]:
        print(f"ingest replace_graph, one transaction per document: {per_document_rate(work):,.0f} triples/s")

    with Store.open(store_dir, read_only=True) as st:
        cases = resolve_cases(st)
    med = cases[2][2]["actor"]
    for who in ("Trump", med):
        run_ = subprocess.run([sys.executable, "-c", REOPEN, str(store_dir), who], cwd=ROOT,
                              capture_output=True, text=True, check=True)
        imp, first, rows = run_.stdout.split()
        print(f"reopen to first answer (who-met-whom actor={who}, {rows} rows): {float(first) * 1000:.0f} ms "
              f"(+ {float(imp) * 1000:.0f} ms imports), fresh process")
    with Store.open(store_dir):
        pass  # a writable reopen folds the write-ahead log into the tables
    size, nq_size = du(store_dir) / 1e6, nq_path.stat().st_size / 1e6
    print(f"store size on disk: {size:.1f} MB (N-Quads file {nq_size:.1f} MB)")

    st = Store.open(store_dir, read_only=True)
    texts = {case: bound_text(st, name, params) for case, name, params in cases}
    ox_p50 = {}
    print(f"median actor: {med}; pair: {med} with {cases[3][2]['with']}")
    print(f"\n{'query':18} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8}   (embedded Oxigraph on disk, "
          f"{args.reps} runs, incl. label lookup + rdflib terms)")
    for case, name, params in cases:
        times, res = timed(lambda name=name, params=params: run(st, name, params), args.reps)
        ox_p50[case] = statistics.median(times)
        p95 = pct(times, 0.95)
        print(f"{case:18} {len(res.rows):7} {ox_p50[case] * 1000:8.1f} {p95 * 1000:8.1f}", flush=True)
    st.close()

    if n > args.rdflib_max:
        print(f"\nrdflib in memory: skipped at {n:,} events (--rdflib-max {args.rdflib_max:,})")
        return
    load, results = rdflib_times(nq_path, texts, work, args.budget)
    print(f"\nrdflib Dataset parse N-Quads: {load:.1f} s ({info['triples'] / load:,.0f} triples/s)")
    print(f"{'query':18} {'rows':>7} {'p50 ms':>9} {'x Oxigraph':>10}   (rdflib in memory, same query text, "
          f"up to 3 runs, stopped after {args.budget:.0f} s)")
    for case, _, _ in cases:
        r = results.get(case)
        if r is None:
            over, ratio = f"> {args.budget * 1000:.0f}", f"> {args.budget / ox_p50[case]:.0f}"
            print(f"{case:18} {'':>7} {over:>9} {ratio:>10}")
        else:
            print(f"{case:18} {r[0]:7} {r[1] * 1000:9.1f} {r[1] / ox_p50[case]:10.1f}")


if __name__ == "__main__":
    main()
