"""``kg stats``, ``kg load``, ``kg optimize`` and ``kg remove`` (``kg.cli.store``), as a user runs them."""
from __future__ import annotations

import re

from click.testing import CliRunner

from benchmarks.synth import fill
from kg.api import stats
from kg.cli import main
from kg.store import Store

EX = "http://example.org/cli/"


def test_cli_stats_remove(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as st:
        fill(st, 20)
    runner = CliRunner()
    out = runner.invoke(main, ["stats", "--store", str(path)])
    assert out.exit_code == 0 and "documents: 2" in out.output and "events:    20" in out.output
    out = runner.invoke(main, ["remove", "synth-0-000001", "--store", str(path)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["remove", "synth-0-000001", "--store", str(path)])
    assert out.exit_code == 1 and "no document" in out.output
    out = runner.invoke(main, ["stats", "--store", str(path)])
    assert "documents: 1" in out.output and "events:    10" in out.output


def test_cli_load(synth_dir, synth_nq, tmp_path, kg_run):
    with Store.open(synth_dir, read_only=True) as source:
        n_graphs, n_triples, expected = len(source.graph_names()), len(source), stats(source)
    store = str(tmp_path / "store")
    out = kg_run("load", str(synth_nq), "--store", store)
    assert out.returncode == 0 and out.stderr == ""
    assert re.fullmatch(rf"{re.escape(str(synth_nq))}: {n_graphs} graphs, \+{n_triples:,} triples "
                        r"in the store \(\d+\.\d s\)\n", out.stdout), out.stdout
    out = kg_run("stats", "--store", store)
    assert out.returncode == 0
    assert f"documents: {expected.documents}\n" in out.stdout and expected.documents > 0

    ttl, bad = tmp_path / "one.ttl", tmp_path / "bad.nq"
    ttl.write_text("".join(f'<{EX}thing> <{EX}p{i}> "{i}" .\n' for i in range(4)))
    bad.write_bytes(synth_nq.read_bytes() + f'<{EX}s> <{EX}p> "never ends <{EX}g> .\n'.encode())
    line = synth_nq.read_bytes().count(b"\n") + 1
    out = kg_run("load", str(ttl), "--graph", EX + "g", "--store", store)
    assert out.returncode == 0
    assert re.fullmatch(rf"{re.escape(str(ttl))}: 1 graphs, \+4 triples .*\n", out.stdout), out.stdout
    # the good file again (+0), then the bad one: the first is loaded, the second is one error line
    out = kg_run("load", str(synth_nq), str(bad), "--store", store)
    assert out.returncode == 1
    assert re.fullmatch(rf"{re.escape(str(synth_nq))}: {n_graphs} graphs, \+0 triples .*\n", out.stdout)
    assert out.stderr.count("\n") == 1 and out.stderr.startswith(f"kg: error: {bad}: ")
    assert f"line {line}" in out.stderr and "Traceback" not in out.stderr
    for args, message in (([str(ttl)], "give the graph to load it into (--graph IRI)"),
                          ([str(tmp_path / "missing.nq")], "no such file"),
                          ([str(synth_nq), "--graph", EX + "x"], "names its own graphs")):
        out = kg_run("load", *args, "--store", store)
        assert out.returncode == 1 and out.stdout == "", out.stdout
        assert out.stderr.count("\n") == 1 and out.stderr.startswith("kg: error: ") and message in out.stderr
    with Store.open(store, read_only=True) as st:
        assert len(st) == n_triples + 4
        before = {name: sorted(map(str, st.quads(name))) for name in st.graph_names()}
    out = kg_run("optimize", "--store", store)
    assert out.returncode == 0 and out.stdout.startswith(f"optimized {store} ")
    with Store.open(store, read_only=True) as st:  # compacted, the same quads
        assert {name: sorted(map(str, st.quads(name))) for name in st.graph_names()} == before
