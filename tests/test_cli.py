"""The ``kg`` command group (``kg.cli``): every verb registered from its module, every ``--help`` with
examples, ``--store`` / ``KG_STORE`` handed to the commands through click's context, the store opened
only by the commands that need it and in their mode."""
from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

import kg.cli
from benchmarks.synth import fill
from kg import formats
from kg.cli import main
from kg.cli.options import FormatChoice
from kg.store import Store


def _commands(group: click.Group, path: tuple[str, ...] = ()):
    for name, cmd in sorted(group.commands.items()):
        yield (*path, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*path, name))


def test_every_module_registers_its_commands():
    listed = {}
    for mod in pkgutil.iter_modules(kg.cli.__path__):
        if mod.name == "__main__":
            continue
        module = importlib.import_module(f"kg.cli.{mod.name}")
        listed.update({name: getattr(module, name) for name in getattr(module, "COMMANDS", ())})
    assert set(main.commands) == {cmd.name for cmd in listed.values()}
    assert {"query", "export", "stats", "load", "optimize", "remove", "serve", "viz", "analyze", "extract",
            "build"} <= set(main.commands)


def test_every_help_has_examples():
    runner = CliRunner()
    helps = [((), main), *_commands(main)]
    assert len(helps) > 15
    for path, _ in helps:
        out = runner.invoke(main, [*path, "--help"])
        assert out.exit_code == 0 and "Example" in out.output, path


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory):
    """Two on-disk stores told apart by ``kg stats``: 2 documents and 3 documents."""
    paths = []
    for n in (20, 30):
        path = tmp_path_factory.mktemp("cli") / "store"
        with Store.open(path) as st:
            fill(st, n)
        paths.append(str(path))
    return paths


def test_the_store_is_named_on_the_group_in_the_environment_or_after_the_verb(two_stores, monkeypatch,
                                                                                 tmp_path):
    two, three = two_stores
    monkeypatch.delenv("KG_STORE", raising=False)
    runner = CliRunner()

    def documents(args: list[str], env: dict | None = None) -> str:
        out = runner.invoke(main, args, env=env)
        assert out.exit_code == 0, out.output
        return out.output.splitlines()[0]

    assert documents(["--store", two, "stats"]) == "documents: 2"
    assert documents(["stats"], env={"KG_STORE": three}) == "documents: 3"
    assert documents(["--store", two, "stats"], env={"KG_STORE": three}) == "documents: 2"
    assert documents(["--store", two, "stats", "--store", three]) == "documents: 3"
    assert documents(["analyze", "centrality", "--store", three, "--format", "csv"]).startswith("rank,")
    monkeypatch.chdir(tmp_path)
    out = runner.invoke(main, ["stats"], env={"KG_STORE": ""})  # empty: the default, graphs/store
    assert out.exit_code == 1 and out.output.startswith("kg: error: no store at graphs/store ")


def test_only_commands_that_need_the_store_open_it(tmp_path):
    missing = str(tmp_path / "no-store")
    runner = CliRunner()
    out = runner.invoke(main, ["--store", missing, "query", "--list"])
    assert out.exit_code == 0 and "who-met-whom" in out.output
    out = runner.invoke(main, ["--store", missing, "query"])
    assert out.exit_code == 1 and "give a query" in out.output
    out = runner.invoke(main, ["--store", missing, "stats"])
    assert out.exit_code == 1
    assert out.output == f"kg: error: no store at {missing} (build one with: kg build)\n"
    assert not (tmp_path / "no-store").exists()  # read-only: nothing created


def test_each_command_opens_the_store_in_its_mode(two_stores, tmp_path, monkeypatch):
    two, _ = two_stores
    writable = tmp_path / "store"
    shutil.copytree(two, writable)
    nt = tmp_path / "one.nt"
    nt.write_text('<http://example.org/s> <http://example.org/p> "o" .\n')
    opened = []
    real_open = Store.open

    def recording_open(location=None, *, read_only=False):
        opened.append(read_only)
        return real_open(location, read_only=read_only)

    monkeypatch.setattr(Store, "open", recording_open)
    runner = CliRunner()
    for store, args, read_only in (
            (two, ["stats"], True),  # kg query opens it in its worker process (tests/test_cli_query.py)
            (two, ["export", "-f", "nt"], True), (two, ["analyze", "centrality"], True),
            (two, ["viz", "-o", str(tmp_path / "v.html")], True),
            (writable, ["load", str(nt), "--graph", "http://example.org/g"], False),
            (writable, ["remove", "synth-0-000000"], False), (writable, ["optimize"], False)):
        opened.clear()
        out = runner.invoke(main, ["--store", str(store), *args])
        assert out.exit_code == 0 and opened == [read_only], (args, out.output)


def test_a_writer_beside_another_writer_is_told_the_store_is_in_use(two_stores):
    two, _ = two_stores
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from kg.store import Store; s=Store.open(sys.argv[1]); "
         "print('open', flush=True); time.sleep(60)", two], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        for args in (["remove", "synth-0-000000"], ["optimize"]):
            out = CliRunner().invoke(main, ["--store", two, *args])
            assert out.exit_code == 1, args
            assert out.output == f"kg: error: store {two} is in use by another process\n"
    finally:
        holder.kill()
        holder.wait()


def test_a_format_option_takes_any_name_of_a_format():
    @click.command()
    @click.option("-f", type=FormatChoice(formats.FORMATS[:5]))
    def show(f):
        click.echo(f)

    runner = CliRunner()
    assert [runner.invoke(show, ["-f", v]).output for v in ("ttl", "NQ", "json-ld")] == [
        "turtle\n", "nquads\n", "json-ld\n"]
    out = runner.invoke(show, ["-f", "xml"])
    assert out.exit_code == 2
    assert "'xml' is not one of 'turtle', 'nt', 'trig', 'nquads', 'json-ld'" in out.output
