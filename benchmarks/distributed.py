"""``kg build --engine dask`` against the local build, in one run on this machine (issue 14).

The same documents (the gold texts of ``tests/data/gold`` and JSON Lines records of their
paragraphs, ``--copies`` times under distinct ids) go into a fresh store three ways: the local
build (:func:`kg.ingest.ingest`, one process, the spaCy model already loaded) and the engine
(partitions extracted on a Dask ``LocalCluster`` into part files, then bulk-loaded and linked) with
1 and with 2 worker processes. Documents per second count from the first document to the store
filled; the engine's fixed start-up (cluster, workers, the model loaded on each) is timed apart.

    python benchmarks/distributed.py              # about 230 documents
    python benchmarks/distributed.py --copies 3   # about 690
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # not this folder: this file's name would hide the `distributed` package

from kg.distributed.engine import connect, write_parts  # noqa: E402
from kg.distributed.load import load_parts  # noqa: E402
from kg.distributed.partition import partitions  # noqa: E402
from kg.documents import read_inputs  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.nlp import load_model  # noqa: E402
from kg.store import Store  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"


def corpus(folder: Path, copies: int) -> list[Path]:
    """``copies`` JSON Lines files of the gold texts and of their paragraphs of 20 words or more."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*/*.txt"))]
    paras = [p.strip() for t in texts for p in re.split(r"\n\s*\n", t)[1:2] if len(p.split()) >= 20]
    out = []
    for c in range(copies):
        path = folder / f"copy{c}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, text in enumerate([*texts, *paras]):
                fh.write(json.dumps({"id": f"c{c}-{i}", "text": text, "published": "2024-01-15"}) + "\n")
        out.append(path)
    return out


def local(inputs: list[Path], work: Path) -> tuple[int, float]:
    with Store.open(work / "local") as store:
        began = time.perf_counter()
        n = len(ingest(store, read_inputs(inputs)).documents)
        return n, time.perf_counter() - began


def engine(inputs: list[Path], work: Path, workers: int, size: int) -> tuple[int, float, float, float]:
    """Documents, seconds of start-up, of writing the parts, of loading and linking them."""
    began = time.perf_counter()
    with connect(None, workers) as client:
        started = time.perf_counter()
        summaries = write_parts(client, partitions(read_inputs(inputs), size), work / f"parts{workers}")
        written = time.perf_counter()
    with Store.open(work / f"engine{workers}") as store:
        n = len(load_parts(store, work / f"parts{workers}", summaries).documents)
    return n, started - began, written - started, time.perf_counter() - written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--partition-size", type=int, default=25)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inputs = corpus(work, args.copies)
        t = time.perf_counter()
        load_model()
        print(f"spaCy model load (local process): {time.perf_counter() - t:.1f} s")
        n, secs = local(inputs, work)
        base = n / secs
        print(f"{n} documents")
        print(f"local build:        {base:6.1f} docs/s  ({secs:.1f} s)")
        for workers in (1, 2):
            n2, start, parts, loaded = engine(inputs, work, workers, args.partition_size)
            assert n2 == n
            secs2 = parts + loaded
            print(f"engine, {workers} worker{'s' if workers > 1 else ' '}:  {n / secs2:6.1f} docs/s  "
                  f"({secs2:.1f} s: parts {parts:.1f} s, load and link {loaded:.1f} s; "
                  f"x{n / secs2 / base:.2f} of local) + start-up {start:.1f} s")


if __name__ == "__main__":
    main()
