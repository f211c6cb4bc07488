"""Does a sentence-level type classifier pay? Leave-one-batch-out over tests/data/gold/b1..b9.

The alternative of issue 11's trained component: a spaCy ``textcat_multilabel`` (bag of lemma
unigrams and bigrams) learns the PLOVER types of each sentence from the gold events that list it
(a sentence no gold event lists has none). For each held-out batch, a model trained on the other
eight gives each sentence's type probabilities, used two ways on the rule extractor's events:

- veto: an event whose type has a probability below the threshold in its sentence is dropped;
- add: a type at or above the threshold that no event of the sentence has is added, as a copy of
  the sentence's event with the most participants (its actors, date and modality).

Both are simulated on the scored predictions, for every threshold; picking the best threshold on
the held-out figures makes these upper bounds of what a real component would give.

    python scripts/sentence_types_cv.py
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from event_scorer_cv import BATCHES, GOLD, SEED, Extractor, label, line  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from textcat_fit import fit  # noqa: E402

from kg.evaluate.contract import read_graph  # noqa: E402
from kg.evaluate.match import score_document, summarize  # noqa: E402
from kg.evaluate.records import PLOVER_TYPES, Scored  # noqa: E402
from kg.evaluate.runner import read_gold_set, read_texts  # noqa: E402
from kg.rdf import to_graph  # noqa: E402

EPOCHS = 8


def norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def same_sentence(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


def collect(ext: Extractor, folder: Path) -> list[dict]:
    """Each document's gold, prediction and sentences (normalised text, lemmas, gold types)."""
    golds = read_gold_set([folder])
    out = []
    for g, (document, ex, _) in zip(golds, ext.run(read_texts(golds)), strict=True):
        listed = [(norm(s), e.type) for e in g.gold.events for s in e.sentences]
        doc = ext.nlp(document.text)
        sentences = []
        for sent in ex.sentences:
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            words = [t.lemma_.lower() for t in span if not t.is_space]
            n = norm(sent.text)
            sentences.append((n, words, {t for s, t in listed if same_sentence(s, n)}))
        pred = read_graph(to_graph(ex))
        out.append({"batch": folder.name, "name": g.name, "gold": g.gold, "pred": pred,
                    "sentences": sentences, "labels": label(g.gold, pred)})
    return out


def train(docs: list[dict]):
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
        "no_output_layer": False, "length": 2 ** 16}})
    textcat = nlp.get_pipe("textcat_multilabel")
    for t in PLOVER_TYPES:
        textcat.add_label(t)
    examples = [Example.from_dict(Doc(nlp.vocab, words=w),
                                  {"cats": {t: float(t in types) for t in PLOVER_TYPES}})
                for d in docs for _, w, types in d["sentences"] if w]
    return fit(nlp, examples, EPOCHS, SEED)


def applied(docs: list[dict], veto: float | None, add: float | None) -> dict:
    rows = []
    for d in docs:
        pred = d["pred"].events
        events = []
        for e in pred:
            n = norm(e.sentences[0]) if e.sentences else ""
            ps = [p[e.type] for s, p in d["probs"] if same_sentence(s, n)]
            if veto is None or not ps or max(ps) >= veto:
                events.append(e)
        if add is not None:
            for s, p in d["probs"]:
                here = [e for e in pred if e.sentences and same_sentence(norm(e.sentences[0]), s)]
                if not here:
                    continue
                base = max(here, key=lambda e: (len(e.participants), bool(e.source)))
                have = {e.type for e in here}
                events += [replace(base, type=t, node=f"{base.node}#{t}") for t, v in p.items()
                           if v >= add and t not in have]
        rows.append(score_document(d["name"], d["gold"], Scored(d["pred"].actors, events)))
    return summarize(rows)


def main() -> None:
    ext = Extractor()
    docs = [d for b in BATCHES for d in collect(ext, GOLD / b)]
    print(f"{sum(len(d['sentences']) for d in docs)} sentences in {len(docs)} documents", flush=True)
    for b in BATCHES:
        model = train([d for d in docs if d["batch"] != b])
        textcat = model.get_pipe("textcat_multilabel")
        for d in (d for d in docs if d["batch"] == b):
            d["probs"] = [(n, dict(textcat(Doc(model.vocab, words=w or ["-"])).cats))
                          for n, w, _ in d["sentences"]]
    print(line("rules", summarize([score_document(d["name"], d["gold"], d["pred"]) for d in docs])))
    for t in (0.01, 0.02, 0.05, 0.1, 0.2):
        print(line(f"veto < {t}", applied(docs, t, None)))
    for t in (0.4, 0.5, 0.6, 0.7, 0.8):
        print(line(f"add >= {t}", applied(docs, None, t)))


if __name__ == "__main__":
    main()
