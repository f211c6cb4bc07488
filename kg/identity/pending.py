"""Links owed: a document written to the store but not yet linked to the real-world events.

Each document's graph carries ``<document> dip:linkPending "ID"`` when ingest writes it, in the same
write as the document itself, and the update that links the document takes the mark away. A build
interrupted between the two (a crash, a killed process) therefore leaves marks, and the next build
into the store links those documents first (:func:`kg.identity.store.settle`); ``kg relink`` links
everything and takes every mark away. A store is never left with documents silently unlinked."""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal

from kg.rdf import Triple, document_iri, graph_iri
from kg.sparql.terms import sparql_term
from kg.vocab import DIP

_MARK = f"<{DIP.linkPending}>"


def marker(doc_id: str) -> Triple:
    """The triple that says the document's events are not linked yet (written in its graph)."""
    return (document_iri(doc_id), DIP.linkPending, Literal(doc_id))


def cleared(doc_ids: Iterable[str]) -> str:
    """The update that takes the marks of ``doc_ids`` away (run in the update that links them)."""
    graphs = " ".join(sparql_term(graph_iri(d)) for d in doc_ids)
    if not graphs:
        return ""
    return (f"DELETE {{ GRAPH ?g {{ ?d {_MARK} ?id }} }} WHERE {{ VALUES ?g {{ {graphs} }} "
            f"GRAPH ?g {{ ?d {_MARK} ?id }} }}")


def cleared_all() -> str:
    """The update that takes every mark away (a re-link of the whole store)."""
    return f"DELETE WHERE {{ GRAPH ?g {{ ?d {_MARK} ?id }} }}"


def owed(store) -> list[str]:
    """The documents of the store that are marked as written but not linked."""
    rows = store.query(f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?d {_MARK} ?id }} }}")
    return sorted(str(row[0]) for row in rows.rows)
