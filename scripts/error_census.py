"""Where the extractor's events go wrong on gold folders, counted by kind: a diagnostic beside
``kg evaluate`` (same matching: ``kg.evaluate.match``).

    PYTHONPATH=. python scripts/error_census.py tests/data/gold/* tests/data/crossdoc/* ../shared/eval/dev

Prints, over all the folders' documents:

- missed gold events by what the prediction has in their sentences: nothing, an event of another
  type sharing an actor, one of their type and actor that another gold event took, ...;
- spurious events by what the gold has: a repeat of a gold event of their type and actor (lenient
  match), another type with a shared actor, no shared actor;
- per PLOVER type: gold, predicted, matched, P / R / F1;
- direction errors on matched events: no source, both sides as sources, the sides turned round, another
  source;
- pure type errors: an unmatched prediction and an unmatched gold event of one sentence sharing an
  actor, by pair of types.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate.match import match_events  # noqa: E402
from kg.evaluate.records import Event, Scored, overlap  # noqa: E402
from kg.evaluate.runner import extract_scored, load_pipeline, read_gold_set, read_texts  # noqa: E402


def missed_kind(g: Event, pred: list[Event]) -> str:
    here = [p for p in pred if set(g.sentences) & set(p.sentences)]
    same = [p for p in here if p.type == g.type]
    if not here:
        return "no event in its sentences"
    if any(overlap(p.participants, g.participants) for p in same):
        return "its type and actor in the sentence, taken by another gold event"
    if same:
        return "its type in the sentence, no shared actor"
    if any(overlap(p.participants, g.participants) for p in here):
        return "another type with a shared actor in the sentence"
    return "another type, no shared actor"


def spurious_kind(i: int, p: Event, gold: list[Event], lenient: set[int]) -> str:
    if i in lenient:
        return "a repeat of a gold event of its type and actor"
    if any(overlap(p.participants, g.participants) for g in gold):
        return "another type than the gold events it shares an actor with"
    return "no actor shared with any gold event"


def direction_kind(p: Event, g: Event) -> str | None:
    if overlap(g.source, p.source) and not overlap(g.target, p.source):
        return None
    if not p.source:
        return "no source"
    if overlap(g.target, p.source):
        return "both sides as sources" if overlap(g.source, p.source) else "the sides turned round"
    return "another source"


def census(docs: list[tuple[Scored, Scored]]) -> dict[str, Counter]:
    out = {k: Counter() for k in ("missed", "spurious", "gold", "pred", "tp", "direction", "retype")}
    for gold, pred in docs:
        m = match_events(pred.events, gold.events)
        hit_p = {id(p) for p, _ in m.pairs}
        hit_g = {id(g) for _, g in m.pairs}
        out["gold"].update(g.type for g in gold.events)
        out["pred"].update(p.type for p in pred.events)
        out["tp"].update(g.type for _, g in m.pairs)
        out["missed"].update(missed_kind(g, pred.events) for g in gold.events if id(g) not in hit_g)
        out["spurious"].update(spurious_kind(i, p, gold.events, m.lenient_pred)
                               for i, p in enumerate(pred.events) if id(p) not in hit_p)
        out["direction"].update(k for p, g in m.pairs if g.source and (k := direction_kind(p, g)))
        fps = [p for p in pred.events if id(p) not in hit_p]
        fns = [g for g in gold.events if id(g) not in hit_g]
        out["retype"].update(f"{p.type} for {g.type}" for p, g in match_events(fps, fns, typed=False).pairs
                             if set(p.sentences) & set(g.sentences))
    return out


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]]
    if not folders:
        raise SystemExit(__doc__.split("\n\n")[1])
    golds = read_gold_set(folders)
    nlp, gazetteer = load_pipeline()
    preds = extract_scored(read_texts(golds), nlp, gazetteer, jobs=2)
    c = census([(g.gold, p) for g, p in zip(golds, preds, strict=True)])
    for title, key in (("missed gold events", "missed"), ("spurious events", "spurious"),
                       ("direction errors on matched events", "direction")):
        total = sum(c[key].values())
        print(f"{title}: {total}")
        for kind, n in c[key].most_common():
            print(f"  {n:5}  {n / max(total, 1):.2f}  {kind}")
    print("by type: gold pred matched  P    R    F1")
    for t, n in c["gold"].most_common():
        tp, np_ = c["tp"][t], c["pred"][t]
        p, r = tp / np_ if np_ else 0.0, tp / n
        print(f"  {t:10} {n:5} {np_:5} {tp:5}  {p:.2f} {r:.2f} {2 * p * r / (p + r) if p + r else 0:.2f}")
    print(f"pure type errors: {sum(c['retype'].values())}")
    for pair, n in c["retype"].most_common(15):
        print(f"  {n:5}  {pair}")


if __name__ == "__main__":
    main()
