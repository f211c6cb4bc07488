"""Does a trained event scorer pay? Leave-one-batch-out cross-validation over tests/data/gold/b1..b9.

The experiment of issue 11's "trained component where rules plateau". The rule extractor runs over
every gold document; each event it finds is labelled by the scorer's own strict matching
(kg.evaluate.match): right when it matches a gold event, wrong otherwise. A spaCy text classifier
(``textcat``, bag of feature words, two exclusive classes) learns that label from words that
describe the candidate: its PLOVER type, trigger lemma, part of speech and dependency, modality,
number of participants, source and target, the kinds of its actors, the other events of its
sentence, and the words around its trigger (each also joined with the type). At extraction time
an event whose probability of being right is below a threshold is dropped, as a pass right after
``merge`` would (the script runs the extractor's passes itself and drops there, so the actors
and every other figure are those the product would give).

For each held-out batch: a model trained on the other eight batches, its threshold chosen by an
inner leave-one-batch-out over those eight only (the value with the best pooled events F1), applied
to the held-out batch. Then the final model (all nine batches, threshold by the outer
cross-validation) on a check folder that took no part in training (``--check``), and the sentence
level measure (each gold sentence extracted alone) with and without the scorer.

    python scripts/event_scorer_cv.py                              # the cross-validation table
    python scripts/event_scorer_cv.py --check ../shared/eval/dev   # and the final model on dev

Deterministic: fixed seeds, the same examples in the same order. Only the openly licensed
tests/data/gold batches train; no other annotations are read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from textcat_fit import fit  # noqa: E402

from kg.evaluate.contract import read_graph  # noqa: E402
from kg.evaluate.match import match_events, score_document, summarize  # noqa: E402
from kg.evaluate.records import Scored  # noqa: E402
from kg.evaluate.runner import read_gold_set, read_texts, text_published  # noqa: E402
from kg.evaluate.sentences import (  # noqa: E402
    SentenceResult,
    as_documents,
    sentence_records,
    summarize_sentences,
)
from kg.extract.language import load_language  # noqa: E402
from kg.extract.merge import merge_events  # noqa: E402
from kg.extract.pipeline import PASSES  # noqa: E402
from kg.extract.state import DocState  # noqa: E402
from kg.gazetteer import Gazetteer  # noqa: E402
from kg.model import Document, Event, Extraction  # noqa: E402
from kg.nlp import load_model  # noqa: E402
from kg.rdf import event_iri, to_graph  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
BATCHES = [f"b{i}" for i in range(1, 10)]
RIGHT, WRONG = "right", "wrong"
SEED = 0
EPOCHS = 4
WINDOW = 4
THRESHOLDS = [round(0.05 * i, 2) for i in range(0, 13)]

# ---------------------------------------------------------------- the candidate's feature words


def _bucket(n: int, top: int) -> str:
    return str(n) if n < top else f"{top}+"


def candidate_words(doc: Doc, event: Event, events: list[Event], actors: dict) -> list[str]:
    """What the rules decided about one event, its actors, its sentence's other events, its context."""
    t = event.plover
    m = event.mentions[0].trigger
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    meta = {
        "class": event.event_class or "-",
        "lemma": tok.lemma_.lower() if tok is not None else event.trigger.lower(),
        "mod": event.modality, "np": _bucket(len(event.participants), 3),
        "src": "y" if event.source else "n", "tgt": "y" if event.target else "n",
        "spk": "y" if event.speaker else "n", "men": _bucket(len(event.mentions), 3),
        "date": event.date_basis or "none", "sent": _bucket(event.mentions[0].sentence.index, 4),
    }
    if tok is not None:
        meta |= {"pos": tok.pos_, "dep": tok.dep_, "head": tok.head.lemma_.lower(),
                 "neg": "y" if any(c.dep_ == "neg" for c in tok.children) else "n"}
    words = [f"type={t}", *(f"{k}={v}" for k, v in meta.items()), *(f"{t}|{k}={v}" for k, v in meta.items())]
    words.append(f"{t}|mod={event.modality}|src={meta['src']}|np={meta['np']}")
    kinds = []
    for role, keys in (("s", event.source), ("t", event.target), ("p", event.participants)):
        for a in (actors[k] for k in keys if k in actors):
            kinds += [f"{role}kind={a.kind}", f"{role}known={'y' if a.in_gazetteer else 'n'}"]
    words += kinds + [f"{t}|{w}" for w in kinds]
    first = event.mentions[0]
    same = [e for e in events if e is not event and e.mentions[0].sentence.index == first.sentence.index]
    words.append("others=" + _bucket(len(same), 3))
    for e in same:
        at = "@same" if e.mentions[0].trigger.start == first.trigger.start else ""
        words += [f"other={e.plover}{at}", f"{t}|other={e.plover}{at}"]
    words.append("doc_same_type=" + _bucket(sum(e.plover == t for e in events) - 1, 3))
    if tok is not None:
        sent = tok.sent
        words += ["L=" + w.lemma_.lower() for w in doc[max(sent.start, tok.i - WINDOW): tok.i]]
        words += ["R=" + w.lemma_.lower() for w in doc[tok.i + 1: min(sent.end, tok.i + 1 + WINDOW)]]
        words += [f"c={c.dep_}:{c.lemma_.lower()}" for c in tok.children]
    return words


# ---------------------------------------------------------------- extraction with a drop step

Keep = Callable[[list[list[str]]], list[bool]]


@dataclass
class Candidates:
    """One document: its gold records (None for a lone sentence), its prediction, each event's words."""

    group: str  # the batch (or the check folder)
    name: str
    gold: Scored | None
    pred: Scored
    words: dict[str, list[str]]  # event IRI -> feature words
    labels: dict[str, str]  # event IRI -> RIGHT / WRONG (empty without gold)


class Extractor:
    """The rule extractor's passes, with an optional drop step right after ``merge``."""

    def __init__(self) -> None:
        self.nlp, self.gazetteer, self.lang = load_model(), Gazetteer.load(), load_language()

    def run(self, documents: list[Document], keep: Keep | None = None):
        """(document, extraction, feature words by event IRI) for each document."""
        for document, doc in zip(documents, self.nlp.pipe(d.text for d in documents), strict=True):
            state = DocState(document=document, doc=doc, lang=self.lang, gazetteer=self.gazetteer,
                             nlp=self.nlp)
            words: dict[str, list[str]] = {}
            for step in PASSES:
                step(state)
                if step is merge_events:
                    events = state.events
                    for e in events:
                        words[str(event_iri(document.id, e.key))] = candidate_words(
                            doc, e, events, state.index.actors)
                    if keep is not None and events:
                        flags = keep([words[str(event_iri(document.id, e.key))] for e in events])
                        state.events = [e for e, ok in zip(events, flags, strict=True) if ok]
            ex = Extraction(document, state.sentences, state.actors, state.events, state.notes)
            yield document, ex, words


def label(gold: Scored, pred: Scored) -> dict[str, str]:
    """RIGHT for each predicted event the strict matching pairs with a gold event, else WRONG."""
    hit = {p.node for p, _ in match_events(pred.events, gold.events).pairs}
    return {p.node: RIGHT if p.node in hit else WRONG for p in pred.events}


def collect(ext: Extractor, folder: Path, keep: Keep | None = None) -> list[Candidates]:
    golds = read_gold_set([folder])
    out = []
    for g, (_, ex, words) in zip(golds, ext.run(read_texts(golds), keep), strict=True):
        pred = read_graph(to_graph(ex))
        out.append(Candidates(folder.name, g.name, g.gold, pred, words, label(g.gold, pred)))
    return out


def sentence_level(ext: Extractor, folder: Path, keep: Keep | None = None) -> list[SentenceResult]:
    """Each gold sentence extracted alone, as ``kg evaluate --sentences`` does."""
    records = sentence_records(read_gold_set([folder]), published=text_published)
    docs = [d for d in as_documents(records) if isinstance(d, Document)]
    found = {d.id: read_graph(to_graph(ex)).events for d, ex, _ in ext.run(docs, keep)}
    return [SentenceResult(r, sorted({e.type for e in found.get(r.id, [])}), len(found.get(r.id, [])))
            for r in records]


# ---------------------------------------------------------------- the classifier


def train(data: list[Candidates]):
    """A textcat (bag of feature words, two exclusive classes) trained on every event of ``data``."""
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 1,
        "no_output_layer": False, "length": 2 ** 15}})
    textcat = nlp.get_pipe("textcat")
    textcat.add_label(RIGHT)
    textcat.add_label(WRONG)
    examples = [Example.from_dict(Doc(nlp.vocab, words=c.words[n]),
                                  {"cats": {x: float(c.labels[n] == x) for x in (RIGHT, WRONG)}})
                for c in data for n in sorted(c.words)]
    return fit(nlp, examples, EPOCHS, SEED)


def scores(nlp, words: list[list[str]]) -> list[float]:
    return [d.cats[RIGHT] for d in nlp.get_pipe("textcat").pipe(Doc(nlp.vocab, words=w) for w in words)]


def keeper(nlp, threshold: float) -> Keep:
    return lambda words: [s >= threshold for s in scores(nlp, words)]


def simulate(data: list[Candidates], probs: dict, threshold: float) -> dict:
    """The figures with events below the threshold taken out of the predictions (threshold choice)."""
    rows = []
    for c in data:
        events = [e for e in c.pred.events if probs[(c.name, e.node)] >= threshold]
        rows.append(score_document(c.name, c.gold, Scored(c.pred.actors, events)))
    return summarize(rows)


def out_of_fold(data: list[Candidates]) -> dict:
    """Each group's probabilities from a model trained on the other groups."""
    probs: dict = {}
    for b in sorted({c.group for c in data}):
        held = [c for c in data if c.group == b]
        keys = [(c.name, n) for c in held for n in sorted(c.words)]
        probs |= dict(zip(keys, scores(train([c for c in data if c.group != b]),
                                       [c.words[n] for c in held for n in sorted(c.words)]), strict=True))
    return probs


def best_threshold(data: list[Candidates]) -> float:
    probs = out_of_fold(data)
    f1 = {t: simulate(data, probs, t)["events_strict"]["f"] for t in THRESHOLDS}
    return max(THRESHOLDS, key=lambda t: (round(f1[t], 4), -t))


# ---------------------------------------------------------------- report


def figures(data: list[Candidates]) -> dict:
    return summarize([score_document(c.name, c.gold, c.pred) for c in data])


def line(label_: str, s: dict) -> str:
    e, a = s["events_strict"], s["actors"]
    f = lambda v: "  - " if v is None else f"{v:.2f}"  # noqa: E731
    tot = s["totals"]
    return (f"{label_:16} events P {e['p']:.3f} R {e['r']:.3f} F1 {e['f']:.3f}"
            f" | untyped {s['events_untyped']['f']:.3f} | actors {a['f']:.3f}"
            f" | date {f(s['date_acc'])} dir {f(s['direction_acc'])} mod {f(s['modality_acc'])}"
            f" | pred {tot['pred_events']} gold {tot['gold_events']}")


def sentence_line(label_: str, results: list[SentenceResult]) -> str:
    s = summarize_sentences(results)
    t = s["types"]
    return (f"{label_:16} sentences {s['sentences']} with an event {s['with_event']:.3f}"
            f" gold type found {s['type_found']:.3f} types P {t['p']:.3f} R {t['r']:.3f} F1 {t['f']:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", type=Path, action="append", default=[],
                    help="a gold folder that took no part in training, scored with the final model")
    ap.add_argument("--no-sentences", action="store_true", help="skip the sentence-level measure")
    a = ap.parse_args()
    ext = Extractor()
    data = {b: collect(ext, GOLD / b) for b in BATCHES}
    every = [c for b in BATCHES for c in data[b]]
    n = sum(len(c.words) for c in every)
    right = sum(v == RIGHT for c in every for v in c.labels.values())
    print(f"{n} candidate events ({right} right) in {len(every)} documents", flush=True)
    with_scorer, chosen, models = [], {}, {}
    for b in BATCHES:
        rest = [c for c in every if c.group != b]
        chosen[b] = best_threshold(rest)
        models[b] = train(rest)
        held = collect(ext, GOLD / b, keeper(models[b], chosen[b]))
        with_scorer += held
        print(line(f"{b} rules", figures(data[b])))
        print(line(f"{b} +scorer {chosen[b]:.2f}", figures(held)), flush=True)
    print(line("pooled rules", figures(every)))
    print(line("pooled +scorer", figures(with_scorer)), flush=True)
    final_t = best_threshold(every)
    final = train(every)
    print(f"final model: all nine batches, threshold {final_t:.2f}")
    for folder in a.check:
        print(line(f"{folder.name} rules", figures(collect(ext, folder))))
        scored = collect(ext, folder, keeper(final, final_t))
        print(line(f"{folder.name} +scorer", figures(scored)), flush=True)
    if a.no_sentences:
        return
    for folder in a.check:
        print(sentence_line(f"{folder.name} rules", sentence_level(ext, folder)))
        print(sentence_line(f"{folder.name} +scorer", sentence_level(ext, folder, keeper(final, final_t))))
    rules, scored = [], []
    for b in BATCHES:
        rules += sentence_level(ext, GOLD / b)
        scored += sentence_level(ext, GOLD / b, keeper(models[b], chosen[b]))
    print(sentence_line("b1-b9 rules", rules))
    print(sentence_line("b1-b9 +scorer cv", scored))


if __name__ == "__main__":
    main()
