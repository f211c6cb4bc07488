"""Agreement between two annotators: score one gold folder against another by the scorer's rules.

    python scripts/agreement.py FIRST_DIR SECOND_DIR [--json]

Both folders annotate the same texts (``NAME.gold.json`` by stem). The second annotator's events are
scored as if they were predictions against the first's, exactly as ``kg evaluate`` scores the
extractor: strict, lenient and untyped event F1, actors F1, and date, direction and modality on the
matched events. Strict F1 is symmetric (swapping the folders swaps P and R); it is the ceiling the
same measure can expect of an extractor on texts annotated by one person. Only texts both folders
hold are scored.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.evaluate.gold import find_gold, read_gold, stem
from kg.evaluate.match import score_document, summarize
from kg.evaluate.report import as_json, table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--json", action="store_true", help="the figures as kg evaluate --json prints them")
    args = parser.parse_args()
    first = {stem(p): read_gold(p) for p in find_gold([args.first])}
    second = {stem(p): read_gold(p) for p in find_gold([args.second])}
    shared = sorted(set(first) & set(second))
    if not shared:
        print("agreement: the two folders share no annotated text", file=sys.stderr)
        return 1
    rows = [score_document(name, first[name].gold, second[name].gold) for name in shared]
    summary = summarize(rows)
    print(as_json(summary) if args.json else table(rows, summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
