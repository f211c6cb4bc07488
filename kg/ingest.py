"""Documents into a store: extract, map to RDF, replace each document's named graph."""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.documents import HTML_SUFFIXES
from kg.identity.pending import marker
from kg.identity.store import link_documents, settle
from kg.model import Document, Extraction
from kg.rdf import Triple, graph_iri, to_graph, to_triples
from kg.vocab import SCHEMA, SEM
from kg.vocabulary import add_concepts, install

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.gazetteer import Gazetteer
    from kg.store import Store


log = logging.getLogger("kg.ingest")


def warn_if_no_events(ex: Extraction) -> None:
    """A warning for a web page that gave no event: its main text may not be the article."""
    path = ex.document.path or ""
    if not ex.events and Path(path).suffix.lower() in HTML_SUFFIXES:
        log.warning("%s: no events found in the page (is its main text the article?)", path)


@dataclass
class IngestReport:
    documents: list[str] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    events: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def add(self, ex: Extraction, graph: str) -> None:
        self.documents.append(ex.document.id)
        self.graphs.append(graph)
        self.actors.update(a.key for a in ex.actors)
        self.events.update(e.plover for e in ex.events)
        self.notes.extend(f"{ex.document.id}: {n}" for n in ex.notes)


def extract_graphs(documents: Iterable[Document], n_process: int = 1, gazetteer: Gazetteer | None = None
                   ) -> Iterable[tuple[Extraction, Graph]]:
    """Each document's extraction and its RDF graph, in input order."""
    from kg.extract import extract_many

    for ex in extract_many(documents, n_process=n_process, gazetteer=gazetteer):
        warn_if_no_events(ex)
        yield ex, to_graph(ex)


BATCH = 50  # documents per transaction
OPTIMIZE_AFTER = 2000  # documents: compact the store after a load this large


def ingest(store: Store, documents: Iterable[Document], n_process: int = 1,
           gazetteer: Gazetteer | None = None, on_document: Callable[[Extraction], None] | None = None,
           batch: int = BATCH, nlp: Language | None = None) -> IngestReport:
    """Extract every document (with ``nlp``, else the default model) and put its graph in ``store``,
    ``batch`` documents per transaction.

    Each transaction replaces its documents' named graphs whole, so an interrupted ingest leaves
    every committed document whole (and the others absent or as they were). Re-ingesting a
    document replaces its named graph, so the store ends the same. After each transaction the
    documents' events are linked to the real-world events of the store (:mod:`kg.identity`); each
    graph carries a mark until its link is written (:mod:`kg.identity.pending`), and documents a
    build wrote but never linked (it was interrupted) are linked first.
    """
    from kg.extract import extract_many

    install(store)
    settle(store)
    report = IngestReport()
    pending: list[tuple[Extraction, str, list[Triple]]] = []

    def commit() -> None:
        add_concepts(store, [ex for ex, _, _ in pending])
        store.replace_graphs([(name, triples) for _, name, triples in pending])
        link_documents(store, [ex.document.id for ex, _, _ in pending])
        for ex, name, _ in pending:
            report.add(ex, name)
            if on_document:
                on_document(ex)
        pending.clear()

    for ex in extract_many(documents, n_process=n_process, nlp=nlp, gazetteer=gazetteer):
        warn_if_no_events(ex)
        pending.append((ex, str(graph_iri(ex.document.id)), [*to_triples(ex), marker(ex.document.id)]))
        if len(pending) >= max(1, batch):
            commit()
    if pending:
        commit()
    if len(report.documents) >= OPTIMIZE_AFTER:
        store.optimize()
    return report


@dataclass
class Held:
    """What the store holds of some documents' graphs: documents, events, distinct actors."""

    documents: int = 0
    events: int = 0
    actors: int = 0


def held(store: Store, graphs: Iterable[str], chunk: int = 500) -> Held:
    """Count, in the store itself, the documents, events and actors of the named graphs."""
    out, actors = Held(), set()
    names = list(dict.fromkeys(graphs))
    for i in range(0, len(names), chunk):
        values = " ".join(f"<{g}>" for g in names[i:i + chunk])
        rows = store.query(
            f"SELECT ?g (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?e) AS ?events) WHERE {{ "
            f"VALUES ?g {{ {values} }} GRAPH ?g {{ ?d a <{SCHEMA.NewsArticle}> "
            f"OPTIONAL {{ ?e a <{SEM.Event}> }} }} }} GROUP BY ?g").rows
        out.documents += sum(int(r[1]) for r in rows)
        out.events += sum(int(r[2]) for r in rows)
        found = store.query(
            f"SELECT DISTINCT ?a WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?a a <{SEM.Actor}> }} }}")
        actors.update(r[0] for r in found.rows)
    out.actors = len(actors)
    return out
