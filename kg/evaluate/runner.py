"""Predictions for gold documents, in one process: the extractor run over every ``NAME.txt`` (the
spaCy model and the gazetteer loaded once), or exports already written to a folder.

Each prediction is mapped by the project's own RDF mapping (``kg.rdf.to_graph``) and read back
through the output contract, so it is scored exactly as its Turtle export would be.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.evaluate.contract import find_prediction, load_graph, read_graph
from kg.evaluate.gold import EvaluationError, GoldDocument, GoldError, find_gold, read_gold
from kg.evaluate.match import DocumentScore, score_document, summarize
from kg.evaluate.records import Scored
from kg.evaluate.sentences import SentenceRecord, sentence_records
from kg.model import Document

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.gazetteer import Gazetteer


@dataclass
class Evaluation:
    """Every document's score, and the set's figures in the scorer's JSON shape."""

    rows: list[DocumentScore]
    summary: dict


def read_gold_set(folders: Iterable[Path], doc: str | None = None) -> list[GoldDocument]:
    """Every gold document of the folders (or only ``doc``), each file checked."""
    return [read_gold(p) for p in find_gold(folders, doc)]


def read_texts(golds: list[GoldDocument]) -> list[Document]:
    """Each gold document's ``NAME.txt``, read as ``kg extract NAME.txt`` reads it."""
    from kg.documents import read_path

    missing = next((g for g in golds if not g.text_path.is_file()), None)
    if missing is not None:
        raise GoldError(f"{missing.text_path}: no such file (the text of {missing.path.name})")
    docs = []
    for g in golds:
        found = read_path(g.text_path)
        if len(found) != 1:
            raise GoldError(f"{g.text_path}: holds {len(found)} documents, expected one")
        docs.append(found[0])
    return docs


def load_pipeline(nlp: Language | None = None, gazetteer: Gazetteer | None = None,
                  actors: Iterable[Path] = ()) -> tuple[Language, Gazetteer]:
    """The spaCy pipeline and the gazetteer (with extra actor files), each loaded once."""
    if nlp is None:
        from kg.nlp import load_model

        nlp = load_model()
    if gazetteer is None:
        from kg.gazetteer import Gazetteer

        gazetteer = Gazetteer.load(extra=list(actors))
    return nlp, gazetteer


def extract_scored(docs: list[Document], nlp: Language, gazetteer: Gazetteer, jobs: int = 1
                   ) -> Iterator[Scored]:
    """Each document extracted, mapped to RDF in memory and read back through the contract."""
    from kg.extract import extract_many
    from kg.rdf import to_graph

    for ex in extract_many(docs, n_process=max(1, jobs), nlp=nlp, gazetteer=gazetteer):
        yield read_graph(to_graph(ex))


def read_predictions(golds: list[GoldDocument], folder: Path) -> Iterator[Scored]:
    """Each gold document's export in ``folder`` (``NAME.ttl``, ...); none scores as empty, as in score.py."""
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: no such folder of predictions")
    for g in golds:
        path = find_prediction(folder, g.name)
        if path is None:
            print(f"kg: warning: {g.name}: no prediction in {folder}, scored as empty", file=sys.stderr)
            yield Scored([], [])
            continue
        try:
            graph = load_graph(path)
        except Exception as exc:  # rdflib raises many kinds of parse errors
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise EvaluationError(f"{path}: not readable RDF ({first})") from None
        yield read_graph(graph)


def evaluate(folders: Iterable[Path], doc: str | None = None, pred: Path | None = None, jobs: int = 1,
             nlp: Language | None = None, gazetteer: Gazetteer | None = None,
             actors: Iterable[Path] = ()) -> Evaluation:
    """Score the extractor (or the exports in ``pred``) against the gold folders, scored as one set."""
    golds = read_gold_set(folders, doc)
    if pred is not None:
        predictions: Iterable[Scored] = read_predictions(golds, pred)
    else:
        docs = read_texts(golds)
        nlp, gazetteer = load_pipeline(nlp, gazetteer, actors)
        predictions = extract_scored(docs, nlp, gazetteer, jobs)
    rows = [score_document(g.name, g.gold, p) for g, p in zip(golds, predictions, strict=True)]
    return Evaluation(rows, summarize(rows))


def text_published(gold: GoldDocument) -> str | None:
    """The publication date the gold document's text carries (front matter or ``NAME.meta.json``)."""
    if not gold.text_path.is_file():
        return None
    from kg.documents import read_path

    docs = read_path(gold.text_path)
    return docs[0].published.isoformat() if docs and docs[0].published else None


def sentence_set(folders: Iterable[Path], doc: str | None = None) -> list[SentenceRecord]:
    """The sentence records of the gold folders (or of ``doc``); an error if there are none."""
    golds = read_gold_set(folders, doc)
    records = sentence_records(golds, published=text_published)
    if not records:
        raise GoldError("no gold event lists a sentence: nothing to score in sentence mode")
    return records
