"""What ``kg evaluate`` prints: the scorer's per-document table and summary lines (the last line is
``events F1 x.xx actors F1 x.xx``), the same figures as JSON, and for developers the events that
went wrong in each document."""
from __future__ import annotations

import json

from kg.evaluate.match import DocumentScore
from kg.evaluate.records import Event
from kg.evaluate.sentences import SentenceEvaluation

SENTENCE_WIDTH = 240


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _prf(d: dict) -> str:
    return f"P {d['p']:.2f} R {d['r']:.2f} F1 {d['f']:.2f}"


def summary_line(summary: dict) -> str:
    """The last line: events F1 (strict) and actors F1."""
    return f"events F1 {summary['events_strict']['f']:.2f} actors F1 {summary['actors']['f']:.2f}"


def table(rows: list[DocumentScore], summary: dict) -> str:
    """The per-document table and the summary lines, as the scorer prints them."""
    lines = [f"{'document':48} {'events p/g/tp':>14} {'actors p/g':>11}"]
    for r in rows:
        c = r.counts
        lines.append(f"{r.name[:48]:48} {c.pred_events:>4}/{c.gold_events:<3}/{c.strict_tp:<4} "
                     f"{c.pred_actors:>5}/{c.gold_actors:<4}")
    lines += [
        f"events strict  {_prf(summary['events_strict'])}",
        f"events lenient {_prf(summary['events_lenient'])}",
        f"events untyped {_prf(summary['events_untyped'])}",
        f"actors         {_prf(summary['actors'])}",
        f"on matched events: date {_fmt(summary['date_acc'])}  direction {_fmt(summary['direction_acc'])}"
        f"  modality {_fmt(summary['modality_acc'])}",
        f"on matched actors with a gold Wikidata item: right item {_fmt(summary['linking_acc'])}",
        summary_line(summary),
    ]
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int = SENTENCE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def describe(event: Event) -> dict:
    """An event as a developer reads it: type, participants, direction, date, modality, first sentence."""
    return {
        "type": event.type,
        "participants": [a.label for a in event.participants],
        "source": [a.label for a in event.source],
        "target": [a.label for a in event.target],
        "date": event.date,
        "modality": event.modality,
        "sentence": event.sentences[0] if event.sentences else None,
    }


def _event_line(kind: str, event: Event) -> str:
    d = describe(event)
    who = ", ".join(d["participants"]) or "-"
    if d["source"] or d["target"]:
        who += f" ({', '.join(d['source']) or '?'} -> {', '.join(d['target']) or '?'})"
    mod = "" if d["modality"] == "asserted" else f" [{d['modality']}]"
    sentence = f'\n             "{_clip(d["sentence"])}"' if d["sentence"] else ""
    return f"  {kind:9}  {d['type']:9} {who}  {d['date'] or 'no date'}{mod}{sentence}"


def details(rows: list[DocumentScore]) -> str:
    """Per document: the gold events no prediction matched, and the predicted events matching none."""
    out = []
    for r in rows:
        if not (r.missed or r.spurious):
            continue
        out.append(f"== {r.name}: {len(r.missed)} missed, {len(r.spurious)} spurious")
        out += [_event_line("missed", e) for e in r.missed]
        out += [_event_line("spurious", e) for e in r.spurious]
    return "\n".join(out) + "\n" if out else ""


def details_json(rows: list[DocumentScore]) -> list[dict]:
    return [{"doc": r.name, "missed": [describe(e) for e in r.missed],
             "spurious": [describe(e) for e in r.spurious]} for r in rows]


def as_json(summary: dict, rows: list[DocumentScore] | None = None) -> str:
    """The scorer's JSON; with ``rows``, also a ``details`` list of each document's misses."""
    data = dict(summary)
    if rows is not None:
        data["details"] = details_json(rows)
    return json.dumps(data, indent=2) + "\n"


# ------------------------------------------------------------------ sentence mode

def sentence_summary_line(summary: dict) -> str:
    """The last line of the sentence mode."""
    return (f"sentences {summary['sentences']} with an event {_fmt(summary['with_event'])} "
            f"type found {_fmt(summary['type_found'])} types F1 {summary['types']['f']:.2f}")


def sentence_table(ev: SentenceEvaluation) -> str:
    s = ev.summary
    lines = [f"{'type':10} {'gold':>5} {'pred':>5} {'tp':>5}  {'P':>4} {'R':>4} {'F1':>4}"]
    for t, d in s["by_type"].items():
        lines.append(f"{t:10} {d['gold']:>5} {d['pred']:>5} {d['tp']:>5}  "
                     f"{d['p']:.2f} {d['r']:.2f} {d['f']:.2f}")
    lines += [
        f"sentences {s['sentences']}: with at least one event {_fmt(s['with_event'])}, "
        f"a gold type among the extracted types {_fmt(s['type_found'])}",
        f"types (sentence, type) pairs  {_prf(s['types'])}",
    ]
    if s["totals"]["unreadable"]:
        lines.append(f"not readable as a document alone (counted as no event): {s['totals']['unreadable']}")
    lines.append(sentence_summary_line(s))
    return "\n".join(lines) + "\n"


def sentence_details(ev: SentenceEvaluation) -> str:
    """Each sentence whose extracted types differ from its gold types."""
    out = []
    for r in ev.results:
        gold, got = r.record.gold_types, r.types
        if set(gold) == set(got):
            continue
        why = f" ({r.note})" if r.note else ""
        out.append(f"  {r.record.id}: gold {', '.join(gold)}; extracted {', '.join(got) or 'nothing'}{why}\n"
                   f"    \"{_clip(r.record.text)}\"")
    return "\n".join(out) + "\n" if out else ""


def sentence_json(ev: SentenceEvaluation, with_details: bool = False) -> str:
    data = dict(ev.summary)
    if with_details:
        data["details"] = [{"id": r.record.id, "doc": r.record.doc, "text": r.record.text,
                            "gold_types": r.record.gold_types, "types": r.types, "events": r.events,
                            **({"note": r.note} if r.note else {})} for r in ev.results]
    return json.dumps(data, indent=2) + "\n"
