"""Real-world events counted by default in ``kg stats`` and the named queries (``who-called-whom``,
``attacks-on``, ``actor-timeline``, ``events-by-month``, ``actors``, ``actor-profile``), the reports
beside them or in the ``-reports`` views, and ``kg remove`` taking a source away: through the real
CLI, on an embedded store and on a real Oxigraph server, built from two short texts of our own that
report one phone call and one missile strike."""
from __future__ import annotations

import contextlib
import json
import re
import shutil
from collections.abc import Callable, Iterator

import pytest

from tests.conftest import oxigraph_server

TEXTS = {
    "call-strike-kremlin": ("2025-09-08", "Putin and Trump speak by phone\n\nRussian President Vladimir "
                            "Putin and U.S. President Donald Trump spoke by phone on Sunday, the Kremlin "
                            "said. Russia launched a missile strike on Ukraine on Sunday, Ukrainian "
                            "officials said."),
    "call-strike-white-house": ("2025-09-09", "Trump says he called Putin\n\nPresident Donald Trump said on "
                                "Tuesday that he had a good phone call with Vladimir Putin on Sunday. Russia "
                                "struck Ukraine with missiles on Sunday, the Ukrainian air force said."),
}
DOCS = sorted(TEXTS)


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("call-strike")
    paths = []
    for name, (published, text) in TEXTS.items():
        path = folder / f"{name}.txt"
        path.write_text(f"---\npublished: {published}\n---\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module", params=["embedded", "oxigraph"])
def store(request, texts, tmp_path_factory, kg_run) -> Iterator[str]:
    """A store built with ``kg build`` from the two texts: a folder, or an Oxigraph server's URL."""
    work = tmp_path_factory.mktemp(request.param)
    with contextlib.ExitStack() as stack:
        if request.param == "embedded":
            location = str(work / "store")
        else:
            location = stack.enter_context(oxigraph_server(work / "server", filled=False))
        out = kg_run("--store", location, "build", *texts, "--out", str(work / "graphs"))
        assert out.returncode == 0, out.stderr
        yield location


def _rows(kg_run: Callable, store: str, *args: str) -> list[dict[str, str]]:
    out = kg_run("--store", store, "query", *args, "-f", "json")
    assert out.returncode == 0, out.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(out.stdout)["results"]["bindings"]]


def _stats(kg_run: Callable, store: str) -> dict[str, tuple[int, int]]:
    """``kg stats``: the totals and each type as (events, reports)."""
    out = kg_run("--store", store, "stats")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    events = int(re.search(r"^events: +(\d+)", text, re.M).group(1))
    reports = int(re.search(r"^reports: +(\d+)", text, re.M).group(1))
    by_type = {m[1]: (int(m[2]), int(m[3])) for m in re.finditer(r"^  ([A-Z]+) +(\d+) +(\d+)$", text, re.M)}
    return {"total": (events, reports), **by_type}


def _reports(rows: list[dict[str, str]]) -> set[str]:
    return {r["event"] for r in rows}


def test_stats_count_one_call_and_one_strike_of_two_reports_each(store, kg_run):
    assert _stats(kg_run, store) == {"total": (2, 4), "CONSULT": (1, 2), "ASSAULT": (1, 2)}


def test_who_called_whom_lists_the_call_once_with_two_sources(store, kg_run):
    rows = _rows(kg_run, store, "who-called-whom")
    assert len(rows) == 1, rows
    assert rows[0]["sources"] == "2" and rows[0]["event"].startswith("https://w3id.org/dipkg/rwe/")
    assert {rows[0]["callerName"], rows[0]["calleeName"]} == {"Donald Trump", "Vladimir Putin"}
    assert rows[0]["date"] == "2025-09-07"
    by_actor = _rows(kg_run, store, "who-called-whom", "-p", "actor=Putin")
    assert [r["event"] for r in by_actor] == [rows[0]["event"]]
    per_report = _rows(kg_run, store, "who-called-whom-reports")
    assert {e.split("/")[-2] for e in _reports(per_report)} == set(DOCS)
    assert len(_reports(per_report)) == 2


def test_attacks_on_lists_the_strike_once_with_two_sources(store, kg_run):
    rows = _rows(kg_run, store, "attacks-on", "-p", "target=Ukraine")
    assert len(rows) == 1, rows
    assert rows[0]["sources"] == "2" and rows[0]["attackerName"] == "Russia"
    assert rows[0]["event"].startswith("https://w3id.org/dipkg/rwe/")
    per_report = _rows(kg_run, store, "attacks-on-reports", "-p", "target=Ukraine")
    assert len(per_report) == 2 and len(_reports(per_report)) == 2


def test_events_by_month_counts_each_event_once_and_its_reports(store, kg_run):
    rows = _rows(kg_run, store, "events-by-month")
    assert {(r["month"], r["type"], r["events"], r["reports"]) for r in rows} == {
        ("2025-09", "CONSULT", "1", "2"), ("2025-09", "ASSAULT", "1", "2")}
    only = _rows(kg_run, store, "events-by-month", "-p", "plover=assault")
    assert [(r["type"], r["events"]) for r in only] == [("ASSAULT", "1")]


def test_actor_timeline_actors_and_profile_count_real_world_events(store, kg_run):
    timeline = _rows(kg_run, store, "actor-timeline", "-p", "actor=Trump")
    assert [(r["type"], r["sources"]) for r in timeline] == [("CONSULT", "2")]
    assert len(_rows(kg_run, store, "actor-timeline-reports", "-p", "actor=Trump")) == 2
    actors = {r["label"]: (r["events"], r["reports"], r["documents"]) for r in _rows(kg_run, store, "actors")}
    assert actors["Donald Trump"] == ("1", "2", "2") and actors["Ukraine"] == ("1", "2", "2")
    profile = _rows(kg_run, store, "actor-profile", "-p", "actor=Trump")
    putin = [r for r in profile if r["aspect"] == "counterpart" and r.get("valueLabel") == "Vladimir Putin"]
    assert [(r["events"], r["reports"]) for r in putin] == [("1", "2")]


@pytest.fixture
def copy(store, texts, tmp_path, kg_run) -> Iterator[str]:
    """A store of its own holding what ``store`` holds: a copy of the folder, or a new Oxigraph
    server the texts are built into again."""
    if not store.startswith("http"):
        shutil.copytree(store, tmp_path / "store")
        yield str(tmp_path / "store")
        return
    with oxigraph_server(tmp_path / "server", filled=False) as location:
        out = kg_run("--store", location, "build", *texts, "--out", str(tmp_path / "graphs"))
        assert out.returncode == 0, out.stderr
        yield location


def test_removing_one_source_brings_the_counts_back_to_one(copy, kg_run):
    assert _stats(kg_run, copy)["total"] == (2, 4)
    out = kg_run("--store", copy, "remove", DOCS[0])
    assert out.returncode == 0, out.stderr
    assert _stats(kg_run, copy) == {"total": (2, 2), "CONSULT": (1, 1), "ASSAULT": (1, 1)}
    calls = _rows(kg_run, copy, "who-called-whom")
    assert [r["sources"] for r in calls] == ["1"] and f"/event/{DOCS[1]}/" in calls[0]["event"]
    attacks = _rows(kg_run, copy, "attacks-on", "-p", "target=Ukraine")
    assert [r["sources"] for r in attacks] == ["1"]
    months = _rows(kg_run, copy, "events-by-month")
    assert {(r["type"], r["events"], r["reports"]) for r in months} == {("CONSULT", "1", "1"),
                                                                      ("ASSAULT", "1", "1")}


def test_an_export_carries_the_links_of_the_reports_to_their_real_world_event(store, kg_run, tmp_path):
    out = kg_run("--store", store, "export", "-o", str(tmp_path / "all.nq"))
    assert out.returncode == 0, out.stderr
    from rdflib import Dataset, URIRef

    ds = Dataset()
    ds.parse(str(tmp_path / "all.nq"), format="nquads")
    link = URIRef("https://w3id.org/dipkg/ontology#realWorldEvent")
    links = {(str(e), str(w)) for e, _, w, _ in ds.quads((None, link, None, None))}
    # the call and the strike, each reported by both documents: four reports, two real-world events
    assert len(links) == 4 and len({w for _, w in links}) == 2
    assert {e.split("/event/")[1].split("/")[0] for e, _ in links} == set(DOCS)


def test_tally_changes_keep_month_counts_exact_across_a_month_boundary():
    """Two reports of one call, dated 31 August and 1 September (the day-slack of the rule), and a
    third dated by its year: the real-world event counts once, in the month of its best date."""
    from kg.identity.facts import best_date, tally_changes
    from kg.identity.report import Report

    members = [Report("e1", "d1", "CONSULT", date="2025-08-31", basis="stated"),
               Report("e2", "d2", "CONSULT", date="2025-09-01", basis="stated"),
               Report("e3", "d3", "CONSULT", date="2025", basis="stated")]
    when = best_date(members)
    changes = dict(c.split(" ") for c in tally_changes("CONSULT", when, members))
    assert when == "2025-08-31"
    assert changes == {"CONSULT/2025-09": "-1", "CONSULT/2025": "-1"}
    same = [Report(f"e{i}", f"d{i}", "ASSAULT", date="2025-09-07") for i in (1, 2)]
    assert tally_changes("ASSAULT", "2025-09-07", same) == ["ASSAULT/2025-09 -1"]
