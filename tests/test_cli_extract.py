"""``kg extract`` and ``kg build`` as a user runs them: real process, real files, bad input."""
from __future__ import annotations

import subprocess

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from kg.vocab import SEM


def assert_one_line_error(run: subprocess.CompletedProcess, needle: str) -> None:
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("kg: error:") or lines[0].startswith("Error:"), lines[0]
    assert needle in lines[0], lines[0]
    assert "Traceback" not in run.stderr


def test_extract_seed_to_turtle(tmp_path, seed_path, kg_run, rapper):
    out = tmp_path / "seed.ttl"
    run = kg_run("extract", str(seed_path), "-o", str(out))
    assert run.returncode == 0, run.stderr
    g = Graph().parse(out, format="turtle")
    events = set(g.subjects(RDF.type, SEM.Event))
    assert len(events) >= 5
    types = {str(n) for e in events for t in g.objects(e, SEM.eventType) for n in g.objects(t, SKOS.notation)}
    assert {"CONSULT", "ASSAULT"} <= types
    assert rapper(out) == len(g)


@pytest.mark.parametrize("content, needle", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (bytes(range(128, 256)) * 20, "not UTF-8"),  # no encoding fits (Windows-1252 is read: test_documents)
])
def test_extract_bad_input(tmp_path, content, needle, kg_run):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out.ttl"
    run = kg_run("extract", str(bad), "-o", str(out))
    assert_one_line_error(run, needle)
    assert not out.exists()


def test_extract_missing_file_and_bad_date(tmp_path, seed_path, kg_run):
    run = kg_run("extract", str(tmp_path / "nope.txt"))
    assert run.returncode != 0 and "Traceback" not in run.stderr and "nope.txt" in run.stderr
    run = kg_run("extract", str(seed_path), "--published", "19/08/2025")
    assert run.returncode != 0 and "YYYY-MM-DD" in run.stderr and "Traceback" not in run.stderr


def test_build_bad_input_leaves_no_files(tmp_path, kg_run):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\x00\x00\x00")
    out = tmp_path / "graphs"
    run = kg_run("build", str(bad), "--out", str(out), "--store", str(tmp_path / "store"))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [f"kg: skipped: {bad / 'a.txt'}: binary data, not text",
                                       "kg: error: no readable articles (1 inputs skipped)"]
    assert not out.exists() or not any(out.iterdir())
    assert not (tmp_path / "store").exists()


def test_build_seed_shows_every_actor_the_card_names(tmp_path, seed_path, kg_run):
    """The main job's output: each actor the user's card names takes part in an event of the graph
    (the HTML draws only actors that do) and is drawn in the page."""
    out = tmp_path / "graphs"
    run = kg_run("build", str(seed_path.parent), "--out", str(out), "--store", str(tmp_path / "store"))
    assert run.returncode == 0, run.stderr
    ttl = next(out.glob("*.ttl"))
    g = Graph().parse(ttl, format="turtle")
    in_events = {
        str(label)
        for e in g.subjects(RDF.type, SEM.Event)
        for a in g.objects(e, SEM.hasActor)
        for label in g.objects(a, RDFS.label)
    }
    page = ttl.with_suffix(".html").read_text(encoding="utf-8")
    for name in ("Trump", "Zelensky", "Putin", "Starmer", "European Union"):
        assert any(name in label for label in in_events), (name, sorted(in_events))
        assert name in page, name
