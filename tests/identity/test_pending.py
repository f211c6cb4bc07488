"""Links owed after an interrupted build: a document's graph is written with a mark that the update
linking it takes away; a build stopped between the two leaves the mark, and the next build links
that document first. Real extractor, real embedded store; the interruption is the write of a batch
without its link, as a process killed between the two leaves it."""
from __future__ import annotations

from kg.documents import from_text
from kg.extract import extract_many
from kg.identity import pending
from kg.identity.store import link_documents, relink
from kg.ingest import ingest
from kg.rdf import graph_iri, to_triples
from kg.store import Store

TEXTS = {
    "first": "Leaders talk\n\nRussian President Vladimir Putin spoke by phone with Chinese President "
             "Xi Jinping on Monday, the Kremlin said.",
    "second": "Putin and Xi hold call\n\nChina's Xi Jinping and Vladimir Putin held a telephone call on "
              "Monday, state media said.",
}


def _doc(name):
    return from_text(TEXTS[name], f"{name}.txt", name, {"published": "2025-03-04"})


def _linked(st) -> set[str]:
    rows = st.query("SELECT DISTINCT ?e WHERE { ?e dip:realWorldEvent ?w }").rows
    return {str(e).split("/event/", 1)[1].split("/")[0] for (e,) in rows}


def _marks(st) -> int:
    return len(st.query("SELECT * WHERE { GRAPH ?g { ?d dip:linkPending ?id } }").rows)


def _write_unlinked(st, name: str) -> None:
    """What a build leaves when it is stopped after a batch's write and before its link."""
    (ex,) = extract_many([_doc(name)])
    st.replace_graphs([(str(graph_iri(name)), [*to_triples(ex), pending.marker(name)])])


def test_a_build_leaves_no_mark_and_links_its_documents():
    with Store.open(":memory:") as st:
        ingest(st, [_doc("first")])
        ingest(st, [_doc("second")])
        assert _marks(st) == 0
        assert pending.owed(st) == []
        assert _linked(st) == {"first", "second"}


def test_an_interrupted_build_is_finished_by_the_next_one(tmp_path):
    location = str(tmp_path / "store")
    with Store.open(location) as st:
        ingest(st, [_doc("first")])
        _write_unlinked(st, "second")
        assert pending.owed(st) == ["second"]
        assert _linked(st) == set()
    with Store.open(location) as st:  # a later build into the same store, nothing to ingest
        ingest(st, [])
        assert pending.owed(st) == []
        assert _marks(st) == 0
        assert _linked(st) == {"first", "second"}


def test_linking_a_marked_document_or_relinking_the_store_takes_the_marks_away():
    with Store.open(":memory:") as st:
        ingest(st, [_doc("first")])
        _write_unlinked(st, "second")
        link_documents(st, ["second"])
        assert _marks(st) == 0 and _linked(st) == {"first", "second"}
        _write_unlinked(st, "second")
        relink(st)
        assert _marks(st) == 0 and _linked(st) == {"first", "second"}
