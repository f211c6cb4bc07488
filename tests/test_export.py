"""Export: every format parses with Debian's rapper (independent of rdflib) and with rdflib."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import main
from kg.errors import StoreError
from kg.export import EXPORT_FORMATS, export
from kg.store import Store
from tests.conftest import rapper_check

SUFFIX = {"turtle": ".ttl", "nt": ".nt", "trig": ".trig", "nquads": ".nq", "json-ld": ".jsonld"}
RAPPER = {"turtle": "turtle", "nt": "ntriples", "trig": "trig", "nquads": "nquads"}
RDFLIB = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nquads": "nquads", "json-ld": "json-ld"}

pytest_plugins = ["tests.conftest_store"]


@pytest.fixture(scope="module")
def store(synth_dir):
    with Store.open(synth_dir, read_only=True) as st:
        yield st


def _counts(st: Store) -> tuple[int, int]:
    quads = len(st)
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"
    triples = int(st.query(distinct).rows[0][0])
    return quads, triples


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_every_format_parses_independently(store, tmp_path, fmt):
    quads, triples = _counts(store)
    path = tmp_path / f"out{SUFFIX[fmt]}"
    export(store, path, fmt)
    expected = quads if fmt in ("trig", "nquads", "json-ld") else triples
    if fmt in RAPPER:
        assert rapper_check(path, RAPPER[fmt]) == expected
    ds = Dataset()
    ds.parse(path, format=RDFLIB[fmt])
    assert len(list(ds.quads())) == expected
    assert len(list(ox.parse(path=path, format=ox.RdfFormat.from_extension(SUFFIX[fmt][1:])))) == expected
    if fmt == "turtle":
        assert b"@prefix sem:" in path.read_bytes()
    if fmt == "json-ld":
        assert path.read_text().lstrip().startswith('{\n"@context"')


def test_one_document_graph(store, tmp_path):
    name = next(g for g in store.graph_names() if "synth" in g)
    path = tmp_path / "one.trig"
    export(store, path, "trig", graph=name)
    ds = Dataset()
    ds.parse(path, format="trig")
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == {name}
    g = Graph()
    path = tmp_path / "one.ttl"
    export(store, path, "turtle", graph=name)
    g.parse(path)
    assert len(g) == len(list(ds.quads()))


def test_a_failed_export_leaves_the_old_file(store, tmp_path):
    path = tmp_path / "keep.ttl"
    path.write_text("old content")
    with pytest.raises(StoreError):
        export(store, path, "rdfa")
    with pytest.raises(StoreError):
        export(store, path, "turtle", graph="not an iri")
    assert path.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.ttl"]


def test_cli_export(synth_dir, tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["export", "-o", str(tmp_path / "all.nq"), "--store", str(synth_dir)])
    assert out.exit_code == 0, out.output
    assert rapper_check(tmp_path / "all.nq", "nquads") > 1000
    out = runner.invoke(main, ["export", "--graph", "synth-0-000000", "-f", "nt", "--store", str(synth_dir)])
    assert out.exit_code == 0 and out.output.count(" .\n") > 100
    out = runner.invoke(main, ["export", "--graph", "nope", "--store", str(synth_dir)])
    assert out.exit_code == 1 and "no document 'nope'" in out.output
