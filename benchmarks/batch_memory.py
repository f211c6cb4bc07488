"""Memory of reading a large batch: streamed (``kg build`` now) against a list of every document
(``kg build`` before issue 12), each in a fresh process, on a JSON Lines file and a folder of text
files of N and 4N documents. Peak resident memory is printed; streamed reading should stay flat
as N grows, the list grows with it. Extraction is left out: it streams through spaCy's ``pipe``.

    python benchmarks/batch_memory.py [--n 5000]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "The foreign ministers met in Geneva on Monday and agreed to resume talks next month.",
    "Russia launched a missile strike on Kharkiv on Tuesday, regional officials said.",
    "The European Union imposed new sanctions on three companies over the war in Ukraine.",
    "The president spoke by phone with the prime minister about the ceasefire talks.",
]
READ = """
import resource, sys
from pathlib import Path
from kg.documents import read_batch
items = read_batch([Path(sys.argv[1])])
docs = list(items) if sys.argv[2] == "list" else sum(1 for _ in items)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def make_inputs(folder: Path, n: int) -> tuple[Path, Path]:
    text = " ".join(SENTENCES * 64)  # 21 KB an article
    jsonl = folder / f"feed-{n}.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"r{i}", "title": f"Report {i}", "text": text,
                                 "published": "2025-08-19"}) + "\n")
    files = folder / f"files-{n}"
    files.mkdir()
    for i in range(n):
        (files / f"a{i:06d}.txt").write_text(f"Report {i}\n{text}\n", encoding="utf-8")
    return jsonl, files


def peak_mb(path: Path, mode: str) -> int:
    run = subprocess.run([sys.executable, "-c", READ, str(path), mode], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return int(run.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sizes = (args.n, 4 * args.n)
        inputs = {n: make_inputs(Path(tmp), n) for n in sizes}
        print("peak resident memory, MB (fresh process each)")
        for kind, index in (("JSON Lines file", 0), ("folder of files", 1)):
            for mode in ("streamed", "list"):
                a, b = (peak_mb(inputs[n][index], mode) for n in sizes)
                print(f"{kind:<16} {mode:<9} {sizes[0]:>6} docs {a:>5}   {sizes[1]:>6} docs {b:>5}   "
                      f"ratio {b / a:.2f}")


if __name__ == "__main__":
    main()
