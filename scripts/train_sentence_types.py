"""Train the sentence-type model that ships in ``ontology/models/sentence_types``.

A spaCy ``textcat_multilabel`` (bag of lemma unigrams and bigrams, ``TextCatBOW.v3``) learns the
PLOVER types of every sentence a gold event lists (the records of ``kg evaluate --sentences``) in the
openly licensed gold folders of ``tests/data`` (``gold`` and ``crossdoc``), and that the other
sentences of those texts (as the extractor splits them) tell no event: no type. The extractor uses it only
for a text of one sentence where the rules find no event (``kg.extract.sentence_types``).

    python scripts/train_sentence_types.py            # writes ontology/models/sentence_types
    python scripts/train_sentence_types.py --cv 5     # out-of-fold figures first (folds by batch)

Deterministic: fixed seed, the records in the order of the sorted gold files, lemmas from the
project's own spaCy pipeline (``kg.nlp.load_model``), as at extraction time. The shared dev set and
``tests/data/held`` never train.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from textcat_fit import fit  # noqa: E402

from kg.evaluate.records import PLOVER_TYPES  # noqa: E402
from kg.evaluate.runner import read_gold_set, read_texts  # noqa: E402
from kg.evaluate.sentences import sentence_records  # noqa: E402
from kg.extract.sentence_types import MODEL_DIR, features  # noqa: E402
from kg.nlp import load_model  # noqa: E402

DATA = ROOT / "tests" / "data"
FOLDERS = sorted((DATA / "gold").iterdir()) + sorted((DATA / "crossdoc").iterdir())
SEED = 0
EPOCHS = 8
BUCKETS = 2 ** 17


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def records() -> list[tuple[str, list[str], list[str]]]:
    """(batch, feature words, gold types) of every sentence of the training folders' texts: those a
    gold event lists with its types, the others with none."""
    nlp = load_model()
    out = []
    for folder in FOLDERS:
        golds = read_gold_set([folder])
        recs = sentence_records(golds)
        for rec, doc in zip(recs, nlp.pipe(r.text for r in recs), strict=True):
            out.append((folder.name, features(doc), rec.gold_types))
        for gold, doc in zip(golds, nlp.pipe(d.text for d in read_texts(golds)), strict=True):
            listed = [_norm(s) for e in gold.gold.events for s in e.sentences]
            for sent in doc.sents:
                n = _norm(sent.text)
                if n and not any(n in g or g in n for g in listed if g):
                    out.append((folder.name, features(sent), []))
    return out


def train(data: list[tuple[str, list[str], list[str]]]) -> spacy.language.Language:
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
        "no_output_layer": False, "length": BUCKETS}})
    textcat = nlp.get_pipe("textcat_multilabel")
    for t in PLOVER_TYPES:
        textcat.add_label(t)
    examples = [Example.from_dict(Doc(nlp.vocab, words=words),
                                  {"cats": {t: float(t in types) for t in PLOVER_TYPES}})
                for _, words, types in data]
    return fit(nlp, examples, EPOCHS, SEED)


def cross_validate(data: list[tuple[str, list[str], list[str]]], k: int) -> None:
    """Top type of each held-out sentence: how often it is a gold type, and how often a sentence of no
    event reaches that probability."""
    fold = [zlib.crc32(batch.encode()) % k for batch, _, _ in data]
    top: list[tuple[float, bool]] = []
    none: list[float] = []
    for i in range(k):
        model = train([d for d, f in zip(data, fold, strict=True) if f != i])
        textcat = model.get_pipe("textcat_multilabel")
        held = [d for d, f in zip(data, fold, strict=True) if f == i]
        docs = textcat.pipe(Doc(model.vocab, words=w) for _, w, _ in held)
        for (_, _, types), doc in zip(held, docs, strict=True):
            best = max(doc.cats, key=doc.cats.get)
            if types:
                top.append((doc.cats[best], best in types))
            else:
                none.append(doc.cats[best])
    for t in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
        kept = [ok for p, ok in top if p >= t]
        print(f"top type at probability >= {t:.1f}: {len(kept)} of {len(top)} sentences of events, "
              f"{sum(kept) / max(len(kept), 1):.3f} a gold type; "
              f"{sum(p >= t for p in none)} of {len(none)} sentences of no event")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", type=int, default=0, help="out-of-fold figures over K folds by batch first")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    a = ap.parse_args()
    data = records()
    print(f"{len(data)} sentences from {len(FOLDERS)} folders", flush=True)
    if a.cv:
        cross_validate(data, a.cv)
    model = train(data)
    model.meta["name"] = "sentence_types"
    model.meta["description"] = "PLOVER types of a sentence (dipkg, scripts/train_sentence_types.py)"
    model.meta["sentences"] = len(data)
    model.meta["sentences_with_events"] = sum(1 for _, _, types in data if types)
    model.to_disk(a.out)
    print(f"written {a.out}")


if __name__ == "__main__":
    main()
