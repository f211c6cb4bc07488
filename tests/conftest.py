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


@pytest.fixture(scope="session")
def pipeline():
    """The real spaCy pipeline and the gazetteer, loaded once for the whole session."""
    from kg.gazetteer import Gazetteer
    from kg.nlp import load_model

    return load_model(), Gazetteer.load()


def runner(pipeline, default_published):
    """``run(text, published=..., source=..., title=...)``: extract from a document made of ``text``."""
    from kg.extract import extract
    from kg.model import Document

    nlp, gaz = pipeline

    def run(text: str, published=default_published, source: str | None = None, title: str | None = None):
        doc = Document(id="t", text=text, published=published, source=source, title=title)
        return extract(doc, nlp=nlp, gazetteer=gaz)

    return run


def events_of(ex, plover: str) -> list:
    """The events of one PLOVER type; fails with what was found when there are none."""
    found = [e for e in ex.events if e.plover == plover]
    assert found, f"no {plover} in {[(e.plover, e.participants) for e in ex.events]}"
    return found
