"""Cross-document linking on the seventh set (tests/data/crossdoc/x7: 10 texts of four stories told
by 2-3 offices each: the missile strike on Hroza of October 2023, the Israel-Hamas agreement on
hostages and a pause of November 2023, the UK-US sanctions on an Iranian network of January 2024,
the first UK-US sanctions dialogue of July 2023; 12 gold cross-document pairs among the matched
events). Scored blind at 022e64d: P 0.67 R 0.17 F1 0.27 (2 right links, 1 false; 15 of 27 gold
events in multi-document clusters matched, docs/evaluation.md): most of what it misses is in the
extraction (background mentions of the war and of 7 October not found, a strike's target missing).
After the session's precision work (a deed told again in another word joins its first telling) one
right link became a false one: 1 right, 2 false (14 of 27 matched).
The floors guard what it reaches: a regression fails, a gain is free."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X7 = ROOT / "tests" / "data" / "crossdoc" / "x7"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 13, 1, 2


def test_x7_matches_its_events_and_keeps_its_links(tmp_path: Path):
    check_links(X7, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
