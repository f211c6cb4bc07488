"""``kg viz`` (``kg.cli.viz``): the page written, filters, a bad date in one line and no file."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main


def test_cli_viz(world_dir, tmp_path: Path):
    out = CliRunner().invoke(main, ["viz", "--store", world_dir, "--types", "ASSAULT,ACCUSE", "-o",
                                    str(tmp_path / "v.html")])
    assert out.exit_code == 0, out.output
    assert out.output.startswith(f"wrote {tmp_path / 'v.html'}: 2 actors, 2 events")
    out = CliRunner().invoke(main, ["viz", "--store", world_dir, "--since", "soon",
                                    "-o", str(tmp_path / "w.html")])
    assert out.exit_code == 1 and out.output.count("\n") == 1 and "not a date" in out.output
    assert not (tmp_path / "w.html").exists()
