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
