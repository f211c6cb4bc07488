"""Cross-document linking on the set x25 (tests/data/crossdoc/x25: 4 UN Secretary-General and Security
Council texts on two bombings in Mogadishu (23 February 2018, 28 December 2019)). Scored blind at
8729b0b and again at the fifth session's end (b93322f): F1 1.00 at both commits (2 gold pairs, both
linked). Through `kg build` and the export the check below reads 4 matched gold events of multi-document
events, 2 right links and 0 false ones. The floors guard what it reaches: a regression fails, a gain is
free."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X25 = ROOT / "tests" / "data" / "crossdoc" / "x25"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 4, 2, 0


def test_x25_matches_its_events_and_keeps_its_links(tmp_path: Path):
    check_links(X25, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
