"""Analytics and the HTML graph count real-world events: two documents that report one phone call
are one event in the interaction graph, in ``kg analyze`` and in ``kg viz`` (its side panel lists both
reports' documents and sentences); ``--reports`` keeps one event per report."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.network import bipartite_graph, interaction_graph, project
from kg.store import Store
from kg.viz import write_html
from tests.identity.test_store import TEXTS, documents
from tests.test_viz_html import Page

CALL = ("call-kremlin", "call-white-house")
KREMLIN = "spoke by phone on Monday, the Kremlin said."
WHITE_HOUSE = "he had a good phone call with Vladimir Putin on Monday."


@pytest.fixture(scope="module")
def store():
    st = Store.open(":memory:")
    ingest(st, documents([*CALL, "summit-held"]))
    return st


def _calls(g) -> list[str]:
    """The CONSULT events between Trump and Putin on the day of the call."""
    edges = [d for _, _, d in g.edges(data=True) if d["type"] == "CONSULT"]
    events = g.graph["events"]
    return sorted({e for d in edges for e in d["events"] if events[e].date == "2025-08-18"})


def test_the_interaction_graph_has_one_event_for_the_call(store):
    g = interaction_graph(store)
    (call,) = _calls(g)
    assert call.startswith("https://w3id.org/dipkg/rwe/")
    record = g.graph["events"][call]
    assert record.document_ids() == list(CALL)  # in publication order
    assert sorted(r.iri.split("/")[-2] for r in record.reports) == list(CALL)
    text = " ".join(s["text"] for s in record.evidence)
    assert KREMLIN in text and WHITE_HOUSE in text
    assert {s["doc"] for s in record.evidence} == set(CALL)
    trump_putin = [d for u, v, d in g.edges(data=True) if d["type"] == "CONSULT"]
    assert sum(d["count"] for d in trump_putin) == 2  # the call and the summit, once each


def test_the_per_report_view_keeps_both_reports(store):
    g = interaction_graph(store, reports=True)
    calls = _calls(g)
    assert len(calls) == 2 and all("/event/" in c for c in calls)
    assert sorted(c.split("/")[-2] for c in calls) == list(CALL)
    assert sum(1 for _, d in bipartite_graph(store, reports=True).nodes(data=True) if d["node"] == "event") \
        == sum(1 for _, d in bipartite_graph(store).nodes(data=True) if d["node"] == "event") + 1


def test_a_document_filter_keeps_an_event_any_of_its_reports_is_in(store):
    p = project(store, documents=["call-white-house"])
    assert [e.iri for e in p.events if e.reports] and all(
        "call-white-house" in e.document_ids() for e in p.events)


def test_kg_analyze_timeline_lists_the_call_once_with_both_documents(tmp_path, kg_run):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in CALL:
        published, text = TEXTS[name]
        (folder / f"{name}.txt").write_text(f"---\npublished: {published}\n---\n{text}\n", encoding="utf-8")
    st = str(tmp_path / "store")
    inputs = map(str, sorted(folder.iterdir()))
    build = kg_run("--store", st, "build", *inputs, "--out", str(tmp_path / "graphs"))
    assert build.returncode == 0
    out = kg_run("--store", st, "analyze", "timeline", "Putin", "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = [r for r in json.loads(out.stdout) if r["type"] == "CONSULT"]
    assert len(rows) == 1 and rows[0]["sources"] == 2 and rows[0]["document"] == "; ".join(CALL)
    out = kg_run("--store", st, "analyze", "timeline", "Putin", "--format", "json", "--reports")
    rows = [r for r in json.loads(out.stdout) if r["type"] == "CONSULT"]
    assert sorted(r["document"] for r in rows) == list(CALL)
    out = kg_run("--store", st, "viz", "-o", str(tmp_path / "one.html"))
    assert out.returncode == 0 and ", 1 events," in out.stdout, out.stdout
    out = kg_run("--store", st, "viz", "--reports", "-o", str(tmp_path / "two.html"))
    assert out.returncode == 0 and ", 2 events," in out.stdout, out.stdout


def _data(path: Path) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', path.read_text(), re.S)
    return json.loads(block.group(1))


def test_the_html_side_panel_lists_both_reports(store, browser, tmp_path):
    page = tmp_path / "call.html"
    write_html(store, page)
    data = _data(page)
    (call,) = [iri for iri, ev in data["events"].items() if ev["reports"] and ev["date"] == "2025-08-18"]
    ev = data["events"][call]
    assert ev["sources"] == 2 and [r["doc"]["id"] for r in ev["reports"]] == list(CALL)
    assert call in {n["id"] for n in data["nodes"]}
    assert not any(n["id"].split("/")[-2] in CALL for n in data["nodes"] if "/event/" in n["id"])
    pg = Page(browser, page)
    try:
        assert pg.errors == [] and len(pg.requests) == 1
        pg.click_node(call)
        text = pg.panel()
        assert KREMLIN in text and WHITE_HOUSE in text
        assert "Putin and Trump talk by phone [call-kremlin]" in text
        assert "Trump says call went well [call-white-house]" in text
        assert "2 documents, 2 reports" in text
        assert pg.js("document.querySelectorAll('#kg-panel .kg-report').length") == 2
    finally:
        pg.page.close()
    per_report = tmp_path / "reports.html"
    write_html(store, per_report, reports=True)
    events = _data(per_report)["events"]
    assert sorted(iri.split("/")[-2] for iri, e in events.items() if e["date"] == "2025-08-18"
                  and e["type"] == "CONSULT") == list(CALL)
    assert not any(e["reports"] for e in events.values())
