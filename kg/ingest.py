"""Documents into a store: extract, map to RDF, replace each document's named graph."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.identity.store import link_documents
from kg.model import Document, Extraction
from kg.rdf import ONTOLOGY_GRAPH, Triple, graph_iri, ontology_graph, to_graph, to_triples

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer
    from kg.store import Store


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
        yield ex, to_graph(ex)


BATCH = 50  # documents per transaction
OPTIMIZE_AFTER = 2000  # documents: compact the store after a load this large


def ingest(store: Store, documents: Iterable[Document], n_process: int = 1,
           gazetteer: Gazetteer | None = None, on_document: Callable[[Extraction], None] | None = None,
           batch: int = BATCH) -> IngestReport:
    """Extract every document and put its graph in ``store``, ``batch`` documents per transaction.

    Each transaction replaces its documents' named graphs whole, so an interrupted ingest leaves
    every committed document whole (and the others absent or as they were). Re-ingesting a
    document replaces its named graph, so the store ends the same. After each transaction the
    documents' events are linked to the real-world events of the store (:mod:`kg.identity`).
    """
    from kg.extract import extract_many

    store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
    report = IngestReport()
    pending: list[tuple[Extraction, str, list[Triple]]] = []

    def commit() -> None:
        store.replace_graphs([(name, triples) for _, name, triples in pending])
        link_documents(store, [ex.document.id for ex, _, _ in pending])
        for ex, name, _ in pending:
            report.add(ex, name)
            if on_document:
                on_document(ex)
        pending.clear()

    for ex in extract_many(documents, n_process=n_process, gazetteer=gazetteer):
        pending.append((ex, str(graph_iri(ex.document.id)), to_triples(ex)))
        if len(pending) >= max(1, batch):
            commit()
    if pending:
        commit()
    if len(report.documents) >= OPTIMIZE_AFTER:
        store.optimize()
    return report
