"""Matching predicted records to gold ones, and the figures (the rules of the shared ``score.py``).

- Actors: a predicted actor is right when it is the same as some gold actor (counted over the
  predicted actors for precision, over the gold actors for recall).
- Events, strict: a predicted event matches a gold event of the same document when the PLOVER type
  is equal and the participants share at least one actor. Matching is one to one: every candidate
  pair is ranked by participant overlap (shared / union), then date agreement, then shared
  sources, then modality agreement, then word overlap of the sentences, and pairs are taken best
  first while neither side is used.
- Events, lenient: every predicted event that could match some gold event counts for precision,
  every gold event some prediction could match counts for recall (an unmerged repeat is forgiven).
- Events, untyped: the strict matching without the type condition.
- On strictly matched events: date (gold date given; the predicted date starts with it, so a day
  date is right for a month-precise gold date), direction (gold source given; a gold source is
  among the predicted sources and no gold target is), modality (equal).
- Linking: over (gold actor with a Wikidata item, predicted actor the same as it) pairs, the share
  where the predicted actor carries that item.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

from kg.evaluate.records import Event, Scored, overlap, same_actor


def text_overlap(a: str, b: str) -> float:
    """Jaccard overlap of the lowercase word sets."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


@dataclass
class Matching:
    pairs: list[tuple[Event, Event]]  # (predicted, gold), one to one
    lenient_pred: set[int]  # indexes of predicted events that match some gold event
    lenient_gold: set[int]  # indexes of gold events some predicted event matches


def match_events(pred: list[Event], gold: list[Event], typed: bool = True) -> Matching:
    """One-to-one matching, best candidate pair first (see the module's docstring)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if typed and p.type != g.type:
                continue
            ov = overlap(g.participants, p.participants)
            if not ov:
                continue
            union = len(g.participants) + len(p.participants) - ov
            # 2: same date; 1: the predicted date lies within the gold one (a day in a gold month)
            when = 2 if p.date == g.date else int(bool(p.date and g.date and p.date.startswith(g.date)))
            pairs.append((ov / max(union, 1), when, overlap(g.source, p.source),
                          p.modality == g.modality, text_overlap(p.text, g.text), i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for *_, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((pred[i], gold[j]))
    return Matching(matched, {pair[-2] for pair in pairs}, {pair[-1] for pair in pairs})


@dataclass
class Counts:
    """One document's counts (the keys of the scorer's ``totals``), summed over a set."""

    pred_events: int = 0
    gold_events: int = 0
    strict_tp: int = 0
    lenient_tp_pred: int = 0
    lenient_tp_gold: int = 0
    untyped_tp: int = 0
    pred_actors: int = 0
    gold_actors: int = 0
    actor_tp_pred: int = 0
    actor_tp_gold: int = 0
    linkable: int = 0
    linked_ok: int = 0
    dated: int = 0
    date_ok: int = 0
    directed: int = 0
    direction_ok: int = 0
    modality_ok: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class DocumentScore:
    """A document's counts, and what went wrong: the gold events no prediction matched strictly,
    and the predicted events that matched no gold event."""

    name: str
    counts: Counts
    missed: list[Event] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)


def score_document(name: str, gold: Scored, pred: Scored) -> DocumentScore:
    """Score one document's prediction against its gold."""
    g_actors, p_actors = gold.actors, pred.actors
    linked = [(a, b) for b in g_actors if b.qids for a in p_actors if same_actor(a, b)]
    strict = match_events(pred.events, gold.events)
    untyped = match_events(pred.events, gold.events, typed=False)
    dated = [(p, g) for p, g in strict.pairs if g.date]
    directed = [(p, g) for p, g in strict.pairs if g.source]
    counts = Counts(
        pred_events=len(pred.events), gold_events=len(gold.events),
        strict_tp=len(strict.pairs), lenient_tp_pred=len(strict.lenient_pred),
        lenient_tp_gold=len(strict.lenient_gold), untyped_tp=len(untyped.pairs),
        pred_actors=len(p_actors), gold_actors=len(g_actors),
        actor_tp_pred=sum(1 for a in p_actors if any(same_actor(a, b) for b in g_actors)),
        actor_tp_gold=sum(1 for b in g_actors if any(same_actor(a, b) for a in p_actors)),
        linkable=len(linked), linked_ok=sum(1 for a, b in linked if a.qids & b.qids),
        dated=len(dated), date_ok=sum(1 for p, g in dated if p.date and p.date.startswith(g.date)),
        directed=len(directed),
        direction_ok=sum(1 for p, g in directed
                         if overlap(g.source, p.source) and not overlap(g.target, p.source)),
        modality_ok=sum(1 for p, g in strict.pairs if p.modality == g.modality),
    )
    hit_p = {id(p) for p, _ in strict.pairs}
    hit_g = {id(g) for _, g in strict.pairs}
    return DocumentScore(name, counts, missed=[g for g in gold.events if id(g) not in hit_g],
                         spurious=[p for p in pred.events if id(p) not in hit_p])


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    """Precision (tp_p of n_p), recall (tp_g of n_g) and their F1."""
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _share(ok: int, n: int) -> float | None:
    return ok / n if n else None


def summarize(rows: list[DocumentScore]) -> dict:
    """The figures of a set, in the scorer's JSON shape."""
    tot = sum((r.counts for r in rows), Counts())
    ev = prf(tot.strict_tp, tot.pred_events, tot.strict_tp, tot.gold_events)
    evl = prf(tot.lenient_tp_pred, tot.pred_events, tot.lenient_tp_gold, tot.gold_events)
    evu = prf(tot.untyped_tp, tot.pred_events, tot.untyped_tp, tot.gold_events)
    ac = prf(tot.actor_tp_pred, tot.pred_actors, tot.actor_tp_gold, tot.gold_actors)
    return {
        "docs": len(rows),
        "events_strict": dict(zip("prf", ev, strict=True)),
        "events_lenient": dict(zip("prf", evl, strict=True)),
        "events_untyped": dict(zip("prf", evu, strict=True)),
        "actors": dict(zip("prf", ac, strict=True)),
        "date_acc": _share(tot.date_ok, tot.dated),
        "direction_acc": _share(tot.direction_ok, tot.directed),
        "modality_acc": _share(tot.modality_ok, tot.strict_tp),
        "linking_acc": _share(tot.linked_ok, tot.linkable),
        "totals": tot.as_dict(),
    }
