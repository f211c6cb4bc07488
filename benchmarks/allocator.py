"""What the restart under mimalloc costs and what it earns (kg/allocator.py), in one run:

- start-up: a command that does not restart (``kg query --help``), the same with a restart
  (``kg load --help``, a bulk-load verb) and that verb with ``KG_MALLOC=system`` (no restart);
- bulk load: ``kg load`` of synthetic N-Quads into a fresh store, under mimalloc and under the C
  library's allocator (both the real command, in fresh processes).

    python benchmarks/allocator.py                 # 10k events (about 0.7M quads), 15 start-ups each
    python benchmarks/allocator.py --events 50000 --runs 25
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import write_nquads  # noqa: E402
from kg import allocator  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]


def _env(malloc: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "KG_MALLOC")}
    return {**env, "KG_MALLOC": malloc, "PYTHONPATH": str(ROOT)}


def timed(args: list[str], malloc: str) -> float:
    began = time.perf_counter()
    subprocess.run([*KG, *args], cwd=ROOT, env=_env(malloc), check=True, capture_output=True)
    return time.perf_counter() - began


def startup(runs: int) -> dict[str, float]:
    """Median seconds of each start-up case, interleaved so drift hits them alike."""
    cases = {"query --help (no restart)": (["query", "--help"], "mimalloc"),
             "load --help (restart under mimalloc)": (["load", "--help"], "mimalloc"),
             "load --help, KG_MALLOC=system (no restart)": (["load", "--help"], "system")}
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, (args, malloc) in cases.items():
            times[name].append(timed(args, malloc))
    return {name: statistics.median(t) for name, t in times.items()}


def bulk(work: Path, events: int) -> dict[str, float]:
    """Seconds of ``kg load`` of the same file into a fresh store, per allocator."""
    nq = work / "events.nq"
    quads = write_nquads(nq, events)
    out = {"quads": float(quads)}
    for malloc in ("system", "mimalloc", "system", "mimalloc"):  # twice each, best kept
        store = work / "store"
        shutil.rmtree(store, ignore_errors=True)
        secs = timed(["--store", str(store), "load", str(nq)], malloc)
        out[malloc] = min(out.get(malloc, secs), secs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    if allocator.library() is None:
        sys.exit("mimalloc (Debian libmimalloc2.0) is not installed: nothing to compare")
    print(f"start-up, median of {args.runs} (seconds):")
    times = startup(args.runs)
    for name, secs in times.items():
        print(f"  {name:45s} {secs:.3f}")
    base = times["query --help (no restart)"]
    print(f"  the restart costs {times['load --help (restart under mimalloc)'] - base:+.3f} s "
          f"({times['load --help (restart under mimalloc)'] / base:.2f}x a start without it)")
    with tempfile.TemporaryDirectory() as tmp:
        res = bulk(Path(tmp), args.events)
    q = res["quads"]
    print(f"kg load of {q:,.0f} quads ({args.events:,} events), best of two, fresh process each:")
    for malloc in ("system", "mimalloc"):
        print(f"  {malloc:8s} {res[malloc]:.2f} s = {q / res[malloc]:,.0f} quads/s")
    gain = res["system"] - res["mimalloc"]
    print(f"  mimalloc: {res['system'] / res['mimalloc']:.2f}x the rate; {gain:+.2f} s saved, "
          f"{gain / max(1e-9, times['load --help (restart under mimalloc)'] - base):.0f}x the restart's cost")


if __name__ == "__main__":
    main()
