"""``kg export`` (``kg.cli.export``): to a file or stdout, one document's graph, unknown documents."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main


def test_cli_export(synth_dir, tmp_path, rapper):
    runner = CliRunner()
    out = runner.invoke(main, ["export", "-o", str(tmp_path / "all.nq"), "--store", str(synth_dir)])
    assert out.exit_code == 0, out.output
    assert rapper(tmp_path / "all.nq", "nquads") > 1000
    out = runner.invoke(main, ["export", "--graph", "synth-0-000000", "-f", "nt", "--store", str(synth_dir)])
    assert out.exit_code == 0 and out.output.count(" .\n") > 100
    out = runner.invoke(main, ["export", "--graph", "nope", "--store", str(synth_dir)])
    assert out.exit_code == 1 and "no document 'nope'" in out.output


def test_the_suffix_decides_and_nothing_is_silently_turtle(world_dir, tmp_path, kg_run, rapper):
    """Issue 12, defect 8: ``-o all.rdf`` writes RDF/XML, ``-o all.csv`` the events table, each read
    back with a real parser; an unknown suffix is refused in one line and nothing is written."""
    import csv

    from rdflib import Graph

    run = kg_run("--store", world_dir, "export", "-o", str(tmp_path / "all.rdf"))
    assert run.returncode == 0, run.stderr
    g = Graph().parse(tmp_path / "all.rdf", format="xml")
    assert len(g) > 100 and rapper(tmp_path / "all.rdf", "rdfxml") == len(g)
    run = kg_run("--store", world_dir, "export", "-o", str(tmp_path / "all.csv"))
    assert run.returncode == 0, run.stderr
    with open(tmp_path / "all.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8 and rows[0]["type"] and rows[0]["cameo"].isdigit()
    for name in ("all.txt", "all.xlsx", "all.ttl.tmp"):
        run = kg_run("--store", world_dir, "export", "-o", str(tmp_path / name))
        assert run.returncode == 1
        assert run.stderr.count("\n") == 1 and run.stderr.startswith("kg: error: ")
        assert "unknown file suffix" in run.stderr and ".ttl, .nt, " in run.stderr and ".gexf" in run.stderr
        assert not (tmp_path / name).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "all.rdf"]
    run = kg_run("--store", world_dir, "export", "--format", "xml", "-o", str(tmp_path / "all.txt"))
    assert run.returncode == 0 and Graph().parse(tmp_path / "all.txt", format="xml")
    run = kg_run("--store", world_dir, "export", "--graph", "doc-a", "-o", str(tmp_path / "a.csv"))
    assert run.returncode == 1 and "RDF formats only" in run.stderr and not (tmp_path / "a.csv").exists()


def test_kg_extract_takes_its_format_from_the_same_registry(tmp_path, seed_path, kg_run, scorer):
    """``kg extract -o`` writes RDF by the suffix (RDF/XML for .rdf), self-contained and conforming to
    the shapes; a table's suffix or an unknown one is refused in one line, and nothing is written."""
    from rdflib import Graph

    from kg.validate import validate

    run = kg_run("extract", str(seed_path), "-o", str(tmp_path / "seed.rdf"), "--published", "2025-08-19")
    assert run.returncode == 0, run.stderr
    g = Graph().parse(tmp_path / "seed.rdf", format="xml")
    ok, report = validate(g)
    assert ok, report[:2000]
    (tmp_path / "seed.ttl").write_text(g.serialize(format="turtle"))
    assert {e.type for e in scorer.load_pred(tmp_path / "seed.ttl")[1]} >= {"CONSULT", "ASSAULT"}
    for name, needle in (("seed.csv", "kg extract writes RDF, not csv"), ("seed.txt", "unknown file suffix")):
        run = kg_run("extract", str(seed_path), "-o", str(tmp_path / name))
        assert run.returncode == 1 and run.stderr.count("\n") == 1 and needle in run.stderr, run.stderr
        assert not (tmp_path / name).exists()
