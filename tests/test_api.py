"""The Python API (``from kg import KnowledgeGraph``): ingest, query, load, export, remove, stats."""
from __future__ import annotations

from rdflib import Literal, URIRef

from benchmarks.synth import fill
from kg import KnowledgeGraph
from kg.api import stats
from kg.query import run
from kg.store import Store


def test_python_api(tmp_path):
    with KnowledgeGraph.open(tmp_path / "kg") as kg:
        fill(kg.store, 30)
        rows = kg.query("who-met-whom", actor="Trump")
        assert rows and rows[0].name1 == Literal("Donald Trump") and rows.vars[0] == "date"
        assert kg.query("ASK { ?e a sem:Event }") is True
        assert len(kg.query("CONSTRUCT WHERE { ?e a dip:Meeting }")) > 0
        assert kg.stats().events == 30
        assert sorted(kg.documents()) == ["synth-0-000000", "synth-0-000001", "synth-0-000002"]
        ds = kg.graph
        assert len(list(ds.quads())) == len(kg)
        assert URIRef("https://w3id.org/dipkg/graph/synth-0-000000") in {g.identifier for g in ds.graphs()}
        out = kg.export(tmp_path / "all.ttl")
        assert out.stat().st_size > 0
        assert kg.remove("synth-0-000000") and not kg.remove("synth-0-000000")


def test_the_seed_answers_who_met_or_called_whom_and_when(seed_path, tmp_path):
    """The real path: the seed article through extraction and kg.rdf into an on-disk store."""
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.ingest([seed_path], published="2025-08-19")
        rows = kg.query("who-met-whom", actor="Trump")
        assert rows and all(r.name1 == Literal("Donald Trump") for r in rows)
        putin = [r for r in rows if r.name2 == Literal("Vladimir Putin") and r.date is not None]
        assert putin, [tuple(map(str, r)) for r in rows]
        assert all("Putin" in str(r.sentence) and "Trump" in str(r.sentence) for r in putin)
        dated = [str(r.date) for r in rows if r.date is not None]
        assert dated == sorted(dated) and all(d.startswith("2025") for d in dated)
        strikes = kg.query("attacks-on", target="Ukraine")
        assert any("drones" in str(r.sentence) for r in strikes)
        again = kg.ingest([seed_path], published="2025-08-19")
        assert len(again.documents) == 1 and kg.stats().documents == 1


def test_api_load(synth_dir, synth_nq, tmp_path):
    with Store.open(synth_dir, read_only=True) as source, KnowledgeGraph.open(tmp_path / "kg") as kg:
        assert kg.load(synth_nq) == source.graph_names()
        assert kg.stats() == stats(source) and kg.stats().documents > 0
        meetings = run(source, "who-met-whom", {"actor": "Trump"}).rows
        assert meetings and len(kg.query("who-met-whom", actor="Trump")) == len(meetings)
