"""Extraction speed: words/s and docs/s of ``kg.extract.extract_many`` beside the bare spaCy parse.

The corpus is news-like text re-combined from the project's own articles (the seed, the gold
corpus of tests/data/gold and, when it is beside the checkout, the shared dev set): their
paragraphs, shuffled with a fixed seed, grouped into documents of a few paragraphs each. Both
numbers are measured in the same run (best of ``--repeat`` after a warm-up), so the ratio says what
the extractor's own work costs on top of the parse.

    .venv/bin/python benchmarks/extract.py                  # 240 documents, 1 process
    .venv/bin/python benchmarks/extract.py --docs 400 --jobs 2
    .venv/bin/python benchmarks/extract.py --sentences 2000 # one-sentence records, as a coded-sentence set

With ``--sentences N`` the documents are N sentences of the gold corpus's events, one per document
(as ``kg extract`` reads a JSON Lines file of one sentence per record), and the line "sentence-type
model" gives the time of the trained model that codes such texts (``kg.extract.sentence_types``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.documents import read_path  # noqa: E402
from kg.extract import extract_doc, extract_many  # noqa: E402
from kg.gazetteer import Gazetteer  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.nlp import load_model  # noqa: E402

SOURCES = [ROOT / "seeds", ROOT / "tests" / "data" / "gold", ROOT.parent / "shared" / "eval" / "dev"]


def paragraphs() -> list[str]:
    out: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.txt")) if folder.is_dir() else []:
            for doc in read_path(path, date(2025, 8, 19)):
                out.extend(p.strip() for p in doc.text.split("\n") if len(p.split()) >= 6)
    if not out:
        raise SystemExit("no source texts found (seeds/ or the dev set)")
    return out


def corpus(n_docs: int, per_doc: int = 6, seed: int = 7) -> list[Document]:
    paras = paragraphs()
    rng = random.Random(seed)
    docs = []
    for i in range(n_docs):
        chosen = rng.sample(paras, min(per_doc, len(paras)))
        docs.append(
            Document(
                id=f"bench-{i:04d}",
                text="\n".join(chosen) + "\n",
                published=date(2025, 8, 19),
                source="benchmark corpus",
            )
        )
    return docs


def sentence_corpus(n_docs: int, seed: int = 7) -> list[Document]:
    """One-sentence documents: sentences the gold events of tests/data/gold list, shuffled."""
    from kg.evaluate.runner import read_gold_set
    from kg.evaluate.sentences import sentence_records

    folders = sorted((ROOT / "tests" / "data" / "gold").iterdir())
    records = sentence_records(read_gold_set(folders))
    random.Random(seed).shuffle(records)
    day = date(2025, 8, 19)
    return [Document(id=f"sent-{i:05d}", text=r.text, published=day, source="benchmark sentences")
            for i, r in enumerate(records[:n_docs])]


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=240)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--sentences", type=int, default=0, metavar="N",
                    help="N one-sentence documents instead of articles")
    args = ap.parse_args(argv)

    nlp, gaz = load_model(), Gazetteer.load()
    docs = sentence_corpus(args.sentences) if args.sentences else corpus(args.docs)
    words = sum(len(d.text.split()) for d in docs)
    texts = [d.text for d in docs]
    list(extract_many(docs[:8], nlp=nlp, gazetteer=gaz))  # warm-up: lexicon, matcher, caches

    parsed: list = []

    def parse():
        parsed[:] = list(nlp.pipe(texts, batch_size=args.batch_size, n_process=args.jobs))

    def full():
        list(extract_many(docs, n_process=args.jobs, batch_size=args.batch_size, nlp=nlp, gazetteer=gaz))

    def coder_only():
        for d, doc in zip(docs, parsed, strict=True):
            extract_doc(d, doc, nlp, gaz)

    t_parse = best(parse, args.repeat)
    t_full = best(full, args.repeat)
    t_coder = best(coder_only, args.repeat)
    events = sum(len(extract_doc(d, doc, nlp, gaz).events) for d, doc in zip(docs, parsed, strict=True))

    print(f"corpus: {len(docs)} documents, {words} words, {events} events; jobs={args.jobs}")
    print(f"spaCy parse only   : {words / t_parse:9.0f} words/s  {len(docs) / t_parse:7.1f} docs/s")
    print(f"extract (parse+own): {words / t_full:9.0f} words/s  {len(docs) / t_full:7.1f} docs/s")
    print(f"extractor's own    : {words / t_coder:9.0f} words/s  ({t_coder:.2f} s)")
    print(f"own work / parse   : {t_coder / t_parse:.2f}  (time of the coder's own passes over the parse's)")
    print(f"full / parse speed : {t_parse / t_full:.2f}  (words/s, full over parse; floor 0.6)")
    if args.sentences:
        from kg.extract.sentence_types import features, type_scores

        t_model = best(lambda: [type_scores(features(doc)) for doc in parsed], args.repeat)
        print(f"sentence-type model: {len(docs) / t_model:9.0f} sentences/s  ({t_model:.2f} s, "
              f"{t_model / t_full:.2f} of the full extraction)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
