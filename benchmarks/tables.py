"""Export benchmark: the events table (CSV, TSV, Parquet) and the actor network (GraphML, GEXF) against
the N-Quads dump of the same store, measured in the same run (benchmarks/synth.py's events).

    .venv/bin/python benchmarks/tables.py                  # 20k events
    .venv/bin/python benchmarks/tables.py --events 100000 --reps 3

Prints seconds (best of --reps), events per second, and each format's time as a ratio of the N-Quads
export's; asserts nothing. Timings on a shared 2-core VM vary by about 25 %: compare the ratios.
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import write_nquads  # noqa: E402
from kg.export import export  # noqa: E402
from kg.store import Store  # noqa: E402


def best(func, reps: int) -> float:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=20000)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    formats = ["nquads", "csv", "tsv", "graphml", "gexf"]
    try:
        import pyarrow  # noqa: F401

        formats.insert(3, "parquet")
    except ImportError:
        print("pyarrow missing: no Parquet (pip install 'dipkg[tables]')")
    with tempfile.TemporaryDirectory() as tmp:
        nq = Path(tmp) / "synth.nq"
        quads = write_nquads(nq, args.events)
        with Store.open(Path(tmp) / "store") as st:
            st.load_file(nq)
            st.optimize()
            print(f"{args.events:,} events, {quads:,} quads; best of {args.reps}")
            base = None
            for fmt in formats:
                size = 0

                def run(fmt=fmt):
                    nonlocal size
                    buf = io.BytesIO()
                    export(st, buf, fmt)
                    size = len(buf.getvalue())

                seconds = best(run, args.reps)
                base = base or seconds
                print(f"{fmt:8} {seconds:7.2f} s  {args.events / seconds:9,.0f} events/s  "
                      f"{size / 1e6:7.1f} MB  {seconds / base:5.2f}x the N-Quads export")


if __name__ == "__main__":
    main()
