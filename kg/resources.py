"""Where the project's data lives: the ``ontology/`` folder and the named queries."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_HERE = Path(__file__).resolve().parent


@cache
def ontology_dir() -> Path:
    """``ontology/`` beside the package (a checkout) or inside it (an installed wheel)."""
    for cand in (_HERE.parent / "ontology", _HERE / "ontology"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("the ontology/ data folder is missing from this installation")


def queries_dir() -> Path:
    return _HERE / "queries"


@cache
def load_yaml(name: str) -> dict:
    with open(ontology_dir() / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}
