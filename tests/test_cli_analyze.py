"""``kg analyze`` (``kg.cli.analyze``): formats, GraphML/GEXF beside the table, errors in one line."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from kg.cli import main
from kg.vocab import ACTOR

A = str(ACTOR)


def _cli(args: list[str]):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_cli_analyze_formats_and_exports(world_dir, tmp_path: Path):
    out = _cli(["analyze", "centrality", "--store", world_dir, "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)[0]["label"] == "Volodymyr Zelensky"
    out = _cli(["analyze", "path", "Starmer", "Putin", "--store", world_dir, "--format", "csv",
                "--graphml", str(tmp_path / "p.graphml"), "--gexf", str(tmp_path / "p.gexf")])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["hop"] for r in rows] == ["1", "2", "3"]
    on_path = {A + "Q6383", A + "Q3881", A + "Q22686", A + "Q7747"}
    assert set(nx.read_graphml(tmp_path / "p.graphml")) == on_path
    assert (tmp_path / "p.gexf").stat().st_size > 0
    out = _cli(["analyze", "timeline", "Zelensky", "--store", world_dir])
    assert out.exit_code == 0 and "2025-09-01" in out.output and "\x1b" not in out.output
    out = _cli(["analyze", "communities", "--store", world_dir, "--types", "CONSULT"])
    assert out.exit_code == 0 and "Donald Trump" in out.output
    out = _cli(["analyze", "ego", "Ukraine", "--store", world_dir, "--format", "table"])
    assert out.exit_code == 0 and "ASSAULTx1" in out.output


def test_cli_analyze_errors_are_one_line(world_dir, tmp_path: Path):
    for args in (["analyze", "path", "Starmer", "Nobody", "--store", world_dir],
                 ["analyze", "centrality", "--store", world_dir, "--since", "yesterday"],
                 ["analyze", "centrality", "--store", str(tmp_path / "missing")]):
        out = _cli(args)
        assert out.exit_code == 1
        assert out.output.startswith("kg: error: ") and out.output.count("\n") == 1, out.output
