"""The extractor: a document's text to actors and events (plain dataclasses, no RDF).

extract(document) -> Extraction
extract_many(documents, n_process=2) -> Iterator[Extraction]   # through nlp.pipe

The work is done by a pipeline of small passes over one per-document state (kg.extract.pipeline);
the language data they read is gathered from ontology/ by kg.extract.language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.extract.pipeline import NO_DATE_NOTE, run
from kg.model import Document, Extraction

__all__ = ["extract", "extract_many", "extract_doc", "NO_DATE_NOTE"]


def _defaults(nlp, gazetteer):
    if nlp is None:
        from kg.nlp import load_model

        nlp = load_model()
    if gazetteer is None:
        from kg.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    return nlp, gazetteer


def extract(document: Document, nlp=None, gazetteer=None) -> Extraction:
    """Actors and events of one document."""
    nlp, gazetteer = _defaults(nlp, gazetteer)
    return extract_doc(document, nlp(document.text), nlp, gazetteer)


def extract_many(
    documents: Iterable[Document], n_process: int = 1, batch_size: int = 16, nlp=None, gazetteer=None
) -> Iterator[Extraction]:
    """Extractions in input order; the parse runs through ``nlp.pipe`` (``n_process=2`` uses both cores)."""
    nlp, gazetteer = _defaults(nlp, gazetteer)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield extract_doc(document, doc, nlp, gazetteer)


def extract_doc(document: Document, doc: Doc, nlp, gazetteer) -> Extraction:
    """Actors and events from an already parsed document."""
    return run(document, doc, nlp, gazetteer)
