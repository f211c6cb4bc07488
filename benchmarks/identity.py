"""Identity benchmark: linking one new document into a store of many synthetic events, and a full
re-link of the store, with time and peak memory (benchmarks/synth.py events through kg.rdf).

    .venv/bin/python benchmarks/identity.py                      # 100k events
    .venv/bin/python benchmarks/identity.py --events 1000000 --new 30
    .venv/bin/python benchmarks/identity.py --events 1000000 --from-store /data/base --work /data/run
    .venv/bin/python benchmarks/identity.py --events 1000000 --in-store /data/run/store --first-doc 30

The store is bulk-loaded (or copied from ``--from-store``, a store bulk-loaded before from the same
synthetic events: ``write_nquads`` then ``kg load`` and ``kg optimize``) from synthetic N-Quads
(as `kg load` does), then: `kg relink` of the whole
store (seconds, peak resident memory of the process), then --new synthetic documents of 10 events
each, one at a time, each written to the store (the baseline: what ingest writes anyway) and linked
(kg.identity.store.link_documents); p50/p90 of both and their ratio, taken in the same run. With
--compare-hops, each new document's link is also planned following two steps of links from its
reports instead of one (:func:`kg.identity.store.plan_link`), and the real-world events the store
would hold after each are compared (how often the second step changes anything).

Prints numbers; asserts nothing.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import synth_extractions, write_nquads  # noqa: E402
from kg.identity.store import link_documents, plan_link, relink  # noqa: E402
from kg.rdf import graph_iri, to_triples  # noqa: E402
from kg.store import Store  # noqa: E402
from kg.vocab import DIP  # noqa: E402


def rss_mb() -> float:
    """The process's peak resident memory since start or since :func:`reset_peak` (Linux VmHWM)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Start the peak-memory count again (Linux: writing 5 to clear_refs resets VmHWM)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes): the VM is shared, so times depend on it."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def hops_differ(st, doc_id: str) -> bool:
    """Whether following two steps of links from the document's reports, rather than one, would leave
    the store with other real-world events (as sets of reports)."""
    def after(plan) -> set[frozenset[str]]:
        kept = {w: m for w, m in members.items() if w not in plan.old}
        return set(kept.values()) | {frozenset(r.iri for r in m) for m in plan.made.values()}

    one, two = plan_link(st, [doc_id], hops=1), plan_link(st, [doc_id], hops=2)
    members: dict[str, frozenset[str]] = {}
    for w in sorted(one.old | two.old):
        rows = st.query(f"SELECT ?e WHERE {{ ?e <{DIP.realWorldEvent}> <{w}> }}").rows
        members[w] = frozenset(str(row[0]) for row in rows)
    return after(one) != after(two)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--new", type=int, default=30, help="new documents linked one at a time")
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    ap.add_argument("--from-store", type=Path, help="copy this store (of --events synthetic events, "
                    "nothing linked) instead of writing and loading one")
    ap.add_argument("--in-store", type=Path, help="open this store of --events synthetic events in place "
                    "(no copy, no load: a scratch store a run of this script left in its --work folder); "
                    "the new documents are written into it")
    ap.add_argument("--first-doc", type=int, default=0, help="the first new document's number (a store a "
                    "run of this script linked holds documents 0 to --new - 1 already)")
    ap.add_argument("--no-relink", action="store_true",
                    help="the --from-store store is linked already (a re-link of this script wrote it): "
                    "measure the links of new documents only")
    ap.add_argument("--compare-hops", action="store_true",
                    help="before each link, compare the events one and two steps of links give")
    a = ap.parse_args(argv)
    work = a.work or Path(tempfile.mkdtemp(prefix="kg-identity-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"load average at start {load()}")
    try:
        if a.in_store:
            st = Store.open(a.in_store)
            print(f"{a.events:,} events: store {a.in_store} opened in place ({len(st):,} quads)")
        elif a.from_store:
            t = time.perf_counter()
            shutil.copytree(a.from_store, work / "store")
            st = Store.open(work / "store")
            print(f"{a.events:,} events: store copied from {a.from_store} ({len(st):,} quads) "
                  f"in {time.perf_counter() - t:.1f} s")
        else:
            nq = work / "events.nq"
            t = time.perf_counter()
            quads = write_nquads(nq, a.events, jobs=2)
            print(f"{a.events:,} events, {quads:,} quads written in {time.perf_counter() - t:.1f} s")
            st = Store.open(work / "store")
            t = time.perf_counter()
            st.load_file(nq)
            st.optimize()
            print(f"loaded and optimized in {time.perf_counter() - t:.1f} s; peak RSS {rss_mb():,.0f} MB")

        if not a.no_relink:
            reset_peak()
            before = rss_mb()
            t, cpu = time.perf_counter(), time.process_time()
            r = relink(st)
            took, cpu = time.perf_counter() - t, time.process_time() - cpu
            print(f"full re-link: {r.reports:,} reports, {r.events:,} real-world events in several "
                  f"documents, {r.linked:,} reports linked: {took:.1f} s (CPU {cpu:.1f} s); "
                  f"peak RSS {rss_mb():,.0f} MB (at its start {before:,.0f} MB); load average {load()}")

        writes, linkings, cpu_writes, cpu_links, differ = [], [], [], [], []
        for ex in synth_extractions(a.events, seed=1, docs=range(a.first_doc, a.first_doc + a.new)):
            name, triples = str(graph_iri(ex.document.id)), to_triples(ex)
            t, c = time.perf_counter(), time.process_time()
            st.replace_graphs([(name, triples)])
            writes.append(time.perf_counter() - t)
            cpu_writes.append(time.process_time() - c)
            if a.compare_hops:
                differ.append(hops_differ(st, ex.document.id))
            t, c = time.perf_counter(), time.process_time()
            link_documents(st, [ex.document.id])
            linkings.append(time.perf_counter() - t)
            cpu_links.append(time.process_time() - c)
        w50, l50 = statistics.median(writes) * 1000, statistics.median(linkings) * 1000
        cw50, cl50 = statistics.median(cpu_writes) * 1000, statistics.median(cpu_links) * 1000
        print(f"one new document of 10 events, {a.new} documents: write p50 {w50:.1f} ms; "
              f"link p50 {l50:.1f} ms, p90 {pct(linkings, 0.9) * 1000:.1f} ms; link / write {l50 / w50:.2f}; "
              f"CPU time: write p50 {cw50:.1f} ms, link p50 {cl50:.1f} ms, p90 "
              f"{pct(cpu_links, 0.9) * 1000:.1f} ms; load average {load()}")
        if a.compare_hops:
            print(f"two steps of links against one: the same real-world events after {differ.count(False)} "
                  f"of {len(differ)} links")
        st.close()
    finally:
        if not a.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
