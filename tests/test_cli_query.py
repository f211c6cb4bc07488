"""``kg query`` (``kg.cli.query``): stored queries listed and run, result formats, errors in one line,
remote endpoints."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main


def test_cli_query_list_and_run(synth_dir):
    runner = CliRunner()
    out = runner.invoke(main, ["query", "--list"])
    assert out.exit_code == 0 and "who-met-whom" in out.output and "--param actor" in out.output
    args = ["query", "who-met-whom", "-p", "actor=Trump", "-f", "json", "--store", str(synth_dir)]
    out = runner.invoke(main, args)
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["results"]["bindings"][0]["name1"]["value"] == "Donald Trump"
    out = runner.invoke(main, ["query", "SELECT * WHERE { ?s ?p }", "--store", str(synth_dir)])
    assert out.exit_code == 1 and out.output.count("\n") == 1 and "malformed SPARQL" in out.output
    out = runner.invoke(main, ["query", "CONSTRUCT WHERE { ?e a dip:PhoneCall }", "--store", str(synth_dir)])
    assert out.exit_code == 0 and "dip:PhoneCall" in out.output
    out = runner.invoke(main, ["query", "who-met-whom", "-p", "actor", "--store", str(synth_dir)])
    assert out.exit_code != 0 and "NAME=VALUE" in out.output


def test_cli_query_against_a_remote_endpoint(kg_serve_url):
    out = CliRunner().invoke(main, ["query", "attacks-on", "-p", "target=Ukraine", "-f", "tsv",
                                    "--store", kg_serve_url])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].startswith("?date\t?targetName") and len(lines) >= 2


def test_cli_query_output_file_stdin_and_format_by_suffix(synth_dir, tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["query", "actors", "-o", str(tmp_path / "a.tsv"), "--store", str(synth_dir)])
    assert out.exit_code == 0 and out.output == ""
    lines = (tmp_path / "a.tsv").read_text().splitlines()
    assert lines[0].startswith("?") and "\t" in lines[0] and len(lines) > 10
    out = runner.invoke(main, ["query", "-", "-f", "csv", "--store", str(synth_dir)],
                        input="SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Event }")
    assert out.exit_code == 0 and out.output.split() == ["n", "300"]
    out = runner.invoke(main, ["query", "--store", str(synth_dir)])
    assert out.exit_code == 1 and "give a query" in out.output and out.output.count("\n") == 1


CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _alive_with(marker: str) -> list[str]:
    """Processes whose command line holds ``marker`` (the query worker is a fork of kg query)."""
    from pathlib import Path

    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker in (proc / "cmdline").read_bytes().decode("utf-8", "replace"):
                state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(proc.name)
        except OSError:
            continue
    return found


def test_an_abandoned_cross_product_stops_within_the_time_limit(synth_dir, kg_run):
    import time

    marker = f"# stop-me-{time.time_ns()}"
    began = time.monotonic()
    run = kg_run("query", "--timeout", "2", "--store", str(synth_dir),
                 f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }} {marker}")
    assert run.returncode == 1
    assert run.stderr == "kg: error: query stopped after 2 s (kg query --timeout SECONDS)\n"
    assert time.monotonic() - began < 8
    assert _alive_with(marker) == []  # the worker is gone, and its memory with it


def test_rows_are_printed_as_they_come(synth_dir):
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT, _env

    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", "-f", "tsv", "--timeout", "20",
                             "--store", str(synth_dir), CROSS], cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        began = time.monotonic()
        assert proc.stdout.readline().startswith("?a\t?b")
        assert proc.stdout.readline().startswith("<")  # the first row, long before the answer could end
        assert time.monotonic() - began < 10 and proc.poll() is None
    finally:
        proc.kill()
        proc.communicate()


def test_the_query_worker_opens_the_store_read_only(tmp_path):
    import os

    from rdflib import Literal, URIRef

    from kg.store import Store

    with Store.open(tmp_path / "store") as writer:  # the one writer holds the lock
        writer.replace_graph("http://example.org/g", [(URIRef("http://example.org/a"),
                                                       URIRef("http://example.org/p"), Literal("x"))])
        writer.optimize()
        out = CliRunner().invoke(main, ["query", "-f", "csv", "--store", str(tmp_path / "store"),
                                        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert out.exit_code == 0 and out.stdout.split() == ["n", "1"], out.output
    # and says that a writer is at work: reading beside it is what pyoxigraph does not promise
    assert f"process {os.getpid()} is writing" in out.stderr
