"""Whole-store RDF export without the linker's candidate index, against Oxigraph's own dump of
everything (what ``kg export`` did before the index was left out), on the same store in the same run.

    .venv/bin/python benchmarks/export.py --events 20000            # synthetic, loaded and re-linked
    .venv/bin/python benchmarks/export.py --store graphs/store --reps 3

Each format, alternately: ``EmbeddedStore.dump`` (the dataset graph by graph, the union as one
CONSTRUCT of the default graph and every named graph but the index) and the baseline
(``pyoxigraph.Store.dump`` of the dataset, the CONSTRUCT of the union of every graph), written to
/dev/null; best wall and CPU time of ``--reps``, the quads or triples written, peak memory. Prints
numbers; asserts nothing. Timings on a shared 2-core VM vary: compare the ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from benchmarks.synth import write_nquads  # noqa: E402
from kg.formats import OX_PREFIXES, rdf_format  # noqa: E402
from kg.identity.store import relink  # noqa: E402
from kg.store import Store  # noqa: E402
from kg.store.internal import internal_size  # noqa: E402

FORMATS = ("nquads", "trig", "nt", "turtle")


class Counted:
    """A binary sink that counts lines (quads or triples in N-Quads/N-Triples)."""

    def __init__(self) -> None:
        self.out = open(os.devnull, "wb")  # noqa: SIM115
        self.lines = 0

    def write(self, data: bytes) -> int:
        self.lines += data.count(b"\n")
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()


def baseline(st, sink, fmt: str) -> None:
    db, ox_fmt = st._db(), rdf_format(fmt).ox
    if ox_fmt.supports_datasets:
        db.dump(sink, ox_fmt, prefixes=OX_PREFIXES)
    else:
        union = db.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        ox.serialize(union, sink, ox_fmt, prefixes=OX_PREFIXES)


def timed(func, reps: int) -> tuple[float, float, int]:
    best_wall = best_cpu = float("inf")
    lines = 0
    for _ in range(reps):
        sink = Counted()
        wall, cpu = time.perf_counter(), time.process_time()
        func(sink)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        lines = sink.lines
    return best_wall, best_cpu, lines


def figures(run: tuple[float, float, int]) -> dict:
    return {"wall": round(run[0], 2), "cpu": round(run[1], 2), "lines": run[2]}


def prepared(events: int, work: Path) -> Path:
    nq, store = work / "events.nq", work / "store"
    write_nquads(nq, events)
    with Store.open(store) as st:
        st.load_file(nq)
        relink(st)
    nq.unlink()
    return store


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="an embedded store (else a synthetic one is built)")
    ap.add_argument("--events", type=int, default=20000, help="synthetic events when no --store")
    ap.add_argument("--reps", type=int, default=3)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = a.store or prepared(a.events, Path(tmp))
        with Store.open(path, read_only=True) as st:
            print(json.dumps({"store": str(path), "quads": len(st), "index_quads": internal_size(st),
                              "load_average": os.getloadavg()}), flush=True)
            for fmt in FORMATS:
                new = timed(lambda sink, fmt=fmt: st.dump(sink, fmt), a.reps)
                old = timed(lambda sink, fmt=fmt: baseline(st, sink, fmt), a.reps)
                print(json.dumps({"format": fmt, "without_index": figures(new), "everything": figures(old),
                                  "cpu_ratio": round(new[1] / old[1], 2)}), flush=True)
    print(json.dumps({"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


if __name__ == "__main__":
    main()
