"""Check a gold folder before it is scored: the things ``kg evaluate`` does not refuse.

    python scripts/check_gold.py BATCH_DIR        # front matter, verbatim sentences, actors, clusters.json
    python scripts/check_gold.py --existing       # stem, url and title of every text already in the corpus

``kg evaluate`` refuses a gold file outside the format; this also checks what an annotator gets wrong
without breaking the format: a sentence not copied verbatim from the text, a participant missing from
``actors``, a source or target outside ``participants``, a text that credits a wire service, a
``clusters.json`` that leaves out or repeats an event. Exit code 1 when anything is found.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from kg.evaluate.records import MODALITIES, PLOVER

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"person", "state", "igo", "org", "group"}
FRONT_KEYS = ("title", "published", "url", "source", "license")
WIRE = re.compile(r"Reuters|Associated Press|\bAFP\b|\(AP\)|information for this report was provided")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def check_document(gold_path: Path) -> tuple[list[str], int]:
    """The problems of one ``NAME.gold.json`` and its text, and its number of events."""
    name = gold_path.name[: -len(".gold.json")]
    text_path = gold_path.with_name(f"{name}.txt")
    if not text_path.exists():
        return [f"{gold_path.name}: no {text_path.name}"], 0
    text = text_path.read_text(encoding="utf-8")
    problems = []
    front = text.split("---\n")[1] if text.startswith("---\n") else ""
    if not front:
        problems.append(f"{text_path.name}: no front matter")
    problems += [f"{text_path.name}: front matter lacks {k}" for k in FRONT_KEYS
                 if not re.search(rf"^{k}:\s*\S", front, re.M)]
    if WIRE.search(text):
        problems.append(f"{text_path.name}: credits a wire service?")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return problems + [f"{gold_path.name}: not JSON: {exc}"], 0
    if gold.get("doc") != text_path.name:
        problems.append(f"{gold_path.name}: doc should be {text_path.name}")
    names = set()
    for actor in gold.get("actors", []):
        if actor.get("kind") not in KINDS or (actor.get("id") and not re.fullmatch(r"Q\d+", actor["id"])):
            problems.append(f"{gold_path.name}: actor {actor}")
        names.add(actor.get("id") or actor.get("name"))
    body = _flat(text)
    events = gold.get("events", [])
    for i, event in enumerate(events):
        where = f"{gold_path.name} event {i}"
        if event.get("type") not in PLOVER:
            problems.append(f"{where}: type {event.get('type')}")
        if event.get("modality") not in MODALITIES:
            problems.append(f"{where}: modality {event.get('modality')}")
        parts = event.get("participants", [])
        problems += [f"{where}: {p!r} is not among the actors" for p in parts if p not in names]
        problems += [f"{where}: {role} {p!r} is not a participant" for role in ("source", "target")
                     for p in event.get(role, []) if p not in parts]
        if not event.get("sentences"):
            problems.append(f"{where}: no sentences")
        problems += [f"{where}: sentence not in the text: {s[:70]!r}" for s in event.get("sentences", [])
                     if _flat(s) not in body]
    return problems, len(events)


def check_clusters(path: Path, counts: dict[str, int]) -> list[str]:
    """The problems of a folder's ``clusters.json``: every event in exactly one cluster."""
    seen = [(m["doc"], m["event"]) for c in json.loads(path.read_text(encoding="utf-8"))["clusters"]
            for m in c["mentions"]]
    want = {(doc, i) for doc, n in counts.items() for i in range(n)}
    problems = [f"clusters.json: unknown mention {m}" for m in seen if m not in want]
    problems += [f"clusters.json: no cluster holds {m}" for m in sorted(want - set(seen))]
    if len(seen) != len(set(seen)):
        problems.append(f"clusters.json: {len(seen) - len(set(seen))} mentions repeated")
    return problems


def existing() -> None:
    """Print stem, url and title of every text of tests/data and the shared dev set."""
    shared = ROOT.parent / "shared" / "eval" / "dev"
    for path in sorted([*(ROOT / "tests" / "data").rglob("*.txt"), *shared.glob("*.txt")]):
        text = path.read_text(encoding="utf-8", errors="replace")
        url = re.search(r"^url:\s*(.*)$", text, re.M)
        title = re.search(r"^title:\s*(.*)$", text, re.M)
        print(path.stem, url.group(1) if url else "", title.group(1) if title else text.splitlines()[0],
              sep="\t")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--existing", action="store_true", help="list the texts already in the corpus")
    args = parser.parse_args()
    if args.existing:
        existing()
        return 0
    if args.folder is None or not args.folder.is_dir():
        parser.error("give a gold folder")
    problems, counts = [], {}
    for gold_path in sorted(args.folder.glob("*.gold.json")):
        found, n = check_document(gold_path)
        problems += found
        counts[gold_path.name[: -len(".gold.json")] + ".txt"] = n
    if (args.folder / "clusters.json").exists():
        problems += check_clusters(args.folder / "clusters.json", counts)
    for problem in problems:
        print(problem)
    print(f"{len(counts)} documents, {sum(counts.values())} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
