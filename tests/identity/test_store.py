"""The identity layer in a real store, on short texts of our own through the real extractor:
ingest in any order, remove and re-ingest, a modality conflict, a background mention."""
from __future__ import annotations

import random

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.api import stats
from kg.cli import main
from kg.documents import from_text
from kg.identity.store import IDENTITY_GRAPH, relink, remove_document
from kg.ingest import ingest
from kg.query import run
from kg.rdf import event_iri
from kg.store import Store

TEXTS = {
    "call-kremlin": ("2025-08-18", "Putin and Trump talk by phone\n\nRussian President Vladimir Putin and "
                     "U.S. President Donald Trump spoke by phone on Monday, the Kremlin said."),
    "call-white-house": ("2025-08-19", "Trump says call went well\n\nPresident Donald Trump said on Tuesday "
                         "that he had a good phone call with Vladimir Putin on Monday."),
    "summit-planned": ("2025-08-10", "Summit set\n\nDonald Trump will meet Vladimir Putin in Alaska on "
                       "Friday, the White House said."),
    "summit-held": ("2025-08-16", "Summit ends\n\nDonald Trump met Vladimir Putin in Alaska on Friday."),
    "kyiv-talks": ("2025-08-22", "Zelensky in talks\n\nVolodymyr Zelensky said on Friday that he would not "
                   "cede land, a week after Vladimir Putin met Donald Trump in Alaska last week."),
}


def documents(names=None):
    return [from_text(TEXTS[n][1], f"{n}.txt", n, {"published": TEXTS[n][0]}) for n in names or TEXTS]


def links(st) -> dict[str, str]:
    rows = st.query("SELECT ?e ?w WHERE { ?e dip:realWorldEvent ?w }").rows
    return {str(e).split("/event/", 1)[1]: str(w) for e, w in rows}


def events_by_doc(lk: dict[str, str]) -> dict[str, set[str]]:
    """Real-world event -> the documents of its reports."""
    out: dict[str, set[str]] = {}
    for report, w in lk.items():
        out.setdefault(w, set()).add(report.split("/", 1)[0])
    return out


@pytest.fixture(scope="module")
def linked():
    st = Store.open(":memory:")
    ingest(st, documents())
    return st, links(st)


def test_reports_of_one_event_share_one_iri(linked):
    _, lk = linked
    groups = sorted(sorted(docs) for docs in events_by_doc(lk).values())
    assert groups == [["call-kremlin", "call-white-house"], ["kyiv-talks", "summit-held", "summit-planned"]]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shuffled_ingest_gives_the_same_iris(linked, seed):
    names = list(TEXTS)
    random.Random(seed).shuffle(names)
    st = Store.open(":memory:")
    ingest(st, documents(names), batch=seed)  # one, two or three documents per transaction
    assert links(st) == linked[1]


def test_incremental_links_are_those_a_full_relink_gives(linked):
    st = Store.open(":memory:")
    ingest(st, documents())
    relink(st)
    assert links(st) == linked[1]


def test_modality_conflict_planned_then_asserted(linked):
    st, lk = linked
    w = next(w for report, w in lk.items() if report.startswith("summit-held/"))
    row = st.query("""SELECT ?n ?first ?last ?when ?conflict (COUNT(DISTINCT ?m) AS ?modes) WHERE {
        GRAPH ?g { ?w dip:sourceCount ?n ; dip:firstReported ?first ; dip:lastReported ?last ;
                      dip:bestDate ?when ; dip:modalityConflict ?conflict ; dip:reportedModality ?m } }
        GROUP BY ?n ?first ?last ?when ?conflict""", {"w": URIRef(w)}).dicts()
    assert len(row) == 1
    r = row[0]
    assert (int(r["n"]), str(r["first"]), str(r["last"]), str(r["when"])) == (3, "2025-08-10", "2025-08-22",
                                                                               "2025-08-15")
    assert r["conflict"].toPython() is True and int(r["modes"]) == 2
    graphs = {str(g) for (g,) in st.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?w a dip:RealWorldEvent } }",
                                          {"w": URIRef(w)}).rows}
    assert graphs == {str(IDENTITY_GRAPH)}


def test_background_mention_links_to_the_full_report(linked):
    _, lk = linked
    background = [w for report, w in lk.items() if report.startswith("kyiv-talks/")]
    full = [w for report, w in lk.items() if report.startswith("summit-held/")]
    assert len(background) == 1 and background == full


def test_remove_and_reingest(linked):
    st = Store.open(":memory:")
    ingest(st, documents())
    before = links(st)
    assert remove_document(st, "summit-held")
    after = events_by_doc(links(st))
    assert sorted(sorted(d) for d in after.values()) == [["call-kremlin", "call-white-house"],
                                                         ["kyiv-talks", "summit-planned"]]
    assert remove_document(st, "kyiv-talks")
    left = events_by_doc(links(st))
    assert sorted(sorted(d) for d in left.values()) == [["call-kremlin", "call-white-house"]]
    n = st.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?w a dip:RealWorldEvent } }").rows[0][0]
    assert int(n) == 1  # the summit's real-world event is gone with its second source
    assert not remove_document(st, "kyiv-talks")
    ingest(st, documents(["kyiv-talks", "summit-held"]))
    assert links(st) == before
    ingest(st, documents(["summit-held"]))  # re-ingest of a document already there
    assert links(st) == before


def test_document_graphs_are_left_as_they_are(linked):
    st, lk = linked
    report = next(r for r in lk if r.startswith("summit-held/"))
    e = event_iri(*report.split("/", 1))
    rows = st.query("SELECT ?g WHERE { GRAPH ?g { ?e dip:realWorldEvent ?w } }", {"e": e}).rows
    assert rows == []  # the link is in the default graph, not in a document's


def test_cli_remove_and_relink(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as st:
        ingest(st, documents())
        before = links(st)
    runner = CliRunner()
    out = runner.invoke(main, ["relink", "--store", str(path)])
    assert out.exit_code == 0 and out.output.startswith("6 reports, 2 real-world events"), out.output
    out = runner.invoke(main, ["remove", "call-kremlin", "--store", str(path)])
    assert out.exit_code == 0, out.output
    with Store.open(path) as st:
        after = links(st)
    assert after == {r: w for r, w in before.items() if not r.startswith("call-")}


def test_stats_count_real_world_events_and_reports_and_who_met_whom_events(linked):
    st, _ = linked
    reports = int(st.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event } }").rows[0][0])
    events = int(st.query("""SELECT (COUNT(DISTINCT ?one) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event }
        OPTIONAL { ?e dip:realWorldEvent ?w } BIND(COALESCE(?w, ?e) AS ?one) }""").rows[0][0])
    assert stats(st).reports == reports == 6
    assert stats(st).events == events == 3
    rows = run(st, "who-met-whom-reports", {"actor": "Trump"}).dicts()
    assert len(rows) == 5 and not any("/rwe/" in str(r["event"]) for r in rows)
    events = run(st, "who-met-whom", {"actor": "Trump"}).dicts()
    assert len(events) == 2 and all("/rwe/" in str(r["event"]) for r in events)


def test_meetings_lists_each_real_world_event_once_with_its_sources(linked):
    st, _ = linked
    rows = run(st, "meetings", {"actor": "Trump"}).dicts()
    by_date = {(str(r["date"]), int(r["sources"])) for r in rows}
    assert ("2025-08-15", 3) in by_date  # the summit: planned, held, and mentioned a week later
    assert ("2025-08-18", 2) in by_date  # the call
    assert len(rows) == 2
