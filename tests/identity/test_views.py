"""Real-world events in what users read: the events table (``kg export -o events.csv``),
``who-met-whom`` (one row per real-world event, ``who-met-whom-reports`` one per report) and
``event-evidence`` of a real-world event, on a store built by the real CLI from short texts of our own
in which two documents report one phone call."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kg.query import run
from kg.store import Store
from tests.identity.test_store import TEXTS

CALL = ("call-kremlin", "call-white-house")
FILES = (*CALL, "summit-held")


@pytest.fixture(scope="module")
def built(tmp_path_factory, kg_run) -> Path:
    """A store on disk built with ``kg build`` from three files with front matter."""
    folder = tmp_path_factory.mktemp("rwe-texts")
    for name in FILES:
        published, text = TEXTS[name]
        (folder / f"{name}.txt").write_text(f"---\npublished: {published}\n---\n{text}\n", encoding="utf-8")
    store = folder / "store"
    out = kg_run("--store", str(store), "build", *(str(folder / f"{n}.txt") for n in FILES),
                 "--out", str(folder / "graphs"))
    assert out.returncode == 0, out.stderr
    return store


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_events_table_has_the_real_world_event_and_its_sources(built, tmp_path, kg_run):
    out = kg_run("--store", str(built), "export", "-o", str(tmp_path / "events.csv"))
    assert out.returncode == 0, out.stderr
    rows = _csv(tmp_path / "events.csv")
    calls = [r for r in rows if r["document"] in CALL and r["type"] == "CONSULT"]
    assert {r["document"] for r in calls} == set(CALL)
    linked = {r["real_world_event"] for r in calls}
    assert len(linked) == 1 and linked.pop().startswith("https://w3id.org/dipkg/rwe/")
    assert {r["sources"] for r in calls} == {"2"}
    alone = [r for r in rows if r["document"] == "summit-held"]
    assert alone and all(r["real_world_event"] == "" and r["sources"] == "1" for r in alone)


def test_events_table_sources_are_integers_in_parquet(built, tmp_path, kg_run):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    out = kg_run("--store", str(built), "export", "-o", str(tmp_path / "events.parquet"))
    assert out.returncode == 0, out.stderr
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.schema.field("sources").type == pa.int64()
    assert table.schema.field("real_world_event").type == pa.string()
    assert sorted(table.column("sources").to_pylist()).count(2) == 2


def test_who_met_whom_lists_the_call_once_with_two_sources(built, kg_run):
    out = kg_run("--store", str(built), "query", "who-met-whom", "-p", "actor=Trump", "-f", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)["results"]["bindings"]
    calls = [r for r in rows if r["date"]["value"] == "2025-08-18"]
    assert len(calls) == 1 and calls[0]["sources"]["value"] == "2"
    assert calls[0]["event"]["value"].startswith("https://w3id.org/dipkg/rwe/")
    summit = [r for r in rows if r["date"]["value"] == "2025-08-15"]
    assert len(summit) == 1 and summit[0]["sources"]["value"] == "1"
    assert "/event/summit-held/" in summit[0]["event"]["value"]


def test_the_per_report_view_keeps_one_row_per_report(built):
    with Store.open(built, read_only=True) as st:
        reports = run(st, "who-met-whom-reports", {"actor": "Trump", "since": "2025-08-18"}).dicts()
        events = run(st, "who-met-whom", {"actor": "Trump", "since": "2025-08-18"}).dicts()
    assert sorted(str(r["event"]).split("/")[-2] for r in reports) == list(CALL)
    assert len(events) == 1 and int(events[0]["sources"]) == 2


def test_event_evidence_of_a_real_world_event_gives_each_sources_sentence(built, kg_run):
    with Store.open(built, read_only=True) as st:
        event = str(run(st, "who-met-whom", {"actor": "Putin", "with": "Trump", "since": "2025-08-18"})
                    .dicts()[0]["event"])
    out = kg_run("--store", str(built), "query", "event-evidence", "-p", f"event={event}", "-f", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)["results"]["bindings"]
    docs = [r["document"]["value"].rsplit("/", 1)[-1] for r in rows]
    assert sorted(set(docs)) == list(CALL)
    text = " ".join(r["sentence"]["value"] for r in rows)
    assert "spoke by phone on Monday" in text and "good phone call with Vladimir Putin" in text
