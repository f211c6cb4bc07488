"""The sentence-level measure, as PLOVER-coded sentence sets are used.

Every sentence a gold event lists in ``sentences`` becomes one record; its gold types are the
types of the gold events that list it. Each record is extracted alone, as its own document (the
text is the sentence, the publication date the gold document's), exactly as ``kg extract`` treats a
JSON Lines file of one sentence per record: :func:`to_jsonl` writes that file, and the records are
read back through the same JSON Lines reader before extraction. Figures: the number of sentences,
the share with at least one extracted event, the share where a gold type is among the extracted
types, and types precision, recall and F1 micro-averaged over (sentence, type) pairs.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.errors import DocumentError
from kg.evaluate.contract import read_graph
from kg.evaluate.gold import GoldDocument
from kg.evaluate.match import prf
from kg.evaluate.records import PLOVER_TYPES
from kg.model import Document

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.gazetteer import Gazetteer


@dataclass
class SentenceRecord:
    """One gold sentence: its record id, text, publication date and gold types."""

    id: str
    text: str
    published: str | None
    gold_types: list[str]
    doc: str = ""  # the gold document it comes from

    def as_json(self) -> dict:
        """The JSON Lines record (``kg.documents`` reads id, text and published)."""
        return {"id": self.id, "text": self.text, "published": self.published, "gold_types": self.gold_types}


@dataclass
class SentenceResult:
    record: SentenceRecord
    types: list[str]  # the PLOVER types extracted from the sentence alone
    events: int = 0  # how many events were extracted
    note: str | None = None  # why the sentence could not be read as a document


@dataclass
class SentenceEvaluation:
    results: list[SentenceResult] = field(default_factory=list)
    summary: dict = field(default_factory=dict)


def sentence_records(golds: list[GoldDocument], published: Callable[[GoldDocument], str | None] | None = None
                     ) -> list[SentenceRecord]:
    """The records of a gold set, document by document, each sentence once, in order of first listing.

    ``published`` gives the date for a gold file that carries none (by default: none)."""
    records = []
    for g in golds:
        date = g.published or (published(g) if published else None)
        by_text: dict[str, SentenceRecord] = {}
        for event in g.gold.events:
            for sentence in event.sentences:
                text = sentence.strip()
                if not text:
                    continue
                rec = by_text.get(text)
                if rec is None:
                    ident = f"{g.name}-s{len(by_text) + 1:02d}"
                    rec = by_text[text] = SentenceRecord(ident, text, date, [], g.name)
                if event.type not in rec.gold_types:
                    rec.gold_types.append(event.type)
        records.extend(by_text.values())
    return records


def to_jsonl(records: list[SentenceRecord]) -> str:
    """The records as JSON Lines, one sentence per line (``kg extract FILE.jsonl`` reads it)."""
    return "".join(json.dumps(r.as_json(), ensure_ascii=False) + "\n" for r in records)


def as_documents(records: list[SentenceRecord]) -> list[Document | str]:
    """Each record read by ``kg.documents``' JSON Lines reader; where it refuses one, its reason."""
    from kg.documents import from_jsonl

    out: list[Document | str] = []
    for r in records:
        try:
            out.extend(from_jsonl(json.dumps(r.as_json(), ensure_ascii=False), r.id))
        except DocumentError as exc:
            out.append(str(exc).removeprefix(f"{r.id}:1: "))
    return out


def evaluate_sentences(records: list[SentenceRecord], nlp: Language, gazetteer: Gazetteer,
                       jobs: int = 1) -> SentenceEvaluation:
    """Extract every sentence alone and score the types found against the gold types."""
    from kg.extract import extract_many
    from kg.rdf import to_graph

    docs = as_documents(records)
    readable = [d for d in docs if isinstance(d, Document)]
    found = iter(extract_many(readable, n_process=max(1, jobs), nlp=nlp, gazetteer=gazetteer))
    results = []
    for record, doc in zip(records, docs, strict=True):
        if isinstance(doc, str):
            results.append(SentenceResult(record, [], 0, note=doc))
            continue
        events = read_graph(to_graph(next(found))).events
        types = sorted({e.type for e in events}, key=_plover_order)
        results.append(SentenceResult(record, types, len(events)))
    return SentenceEvaluation(results, summarize_sentences(results))


def _plover_order(t: str) -> int:
    return PLOVER_TYPES.index(t)


def summarize_sentences(results: list[SentenceResult]) -> dict:
    """Shares of sentences, micro-averaged type figures, and the figures of each type."""
    n = len(results)
    with_event = sum(1 for r in results if r.events)
    type_found = sum(1 for r in results if set(r.types) & set(r.record.gold_types))
    gold_pairs = sum(len(r.record.gold_types) for r in results)
    pred_pairs = sum(len(r.types) for r in results)
    tp = sum(len(set(r.types) & set(r.record.gold_types)) for r in results)
    by_type = {}
    for t in PLOVER_TYPES:
        g = sum(1 for r in results if t in r.record.gold_types)
        p = sum(1 for r in results if t in r.types)
        if g or p:
            hit = sum(1 for r in results if t in r.types and t in r.record.gold_types)
            figures = dict(zip("prf", prf(hit, p, hit, g), strict=True))
            by_type[t] = {"gold": g, "pred": p, "tp": hit, **figures}
    return {
        "sentences": n,
        "with_event": with_event / n if n else None,
        "type_found": type_found / n if n else None,
        "types": dict(zip("prf", prf(tp, pred_pairs, tp, gold_pairs), strict=True)),
        "by_type": by_type,
        "totals": {"sentences": n, "with_event": with_event, "type_found": type_found,
                   "gold_pairs": gold_pairs, "pred_pairs": pred_pairs, "tp": tp,
                   "unreadable": sum(1 for r in results if r.note)},
    }
