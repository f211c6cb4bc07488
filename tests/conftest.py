"""Shared fixtures: paths to the project's data and an independent Turtle parser."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytest_plugins = ["tests.conftest_store"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_96dc649541558637.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def require_tool(name: str, package: str) -> str:
    """The path of an external program; skip the test without it (fail instead in CI)."""
    exe = shutil.which(name)
    if exe is None:
        message = f"{name} (Debian {package}) is not installed"
        if os.environ.get("KG_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    return exe


def rapper_check(path: Path, syntax: str = "turtle") -> int:
    """Parse ``path`` with raptor's ``rapper`` (an RDF parser independent of rdflib); triple count."""
    exe = require_tool("rapper", "raptor2-utils")
    run = subprocess.run([exe, "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return int(next(line for line in run.stderr.splitlines() if "returned" in line).split()[3])
