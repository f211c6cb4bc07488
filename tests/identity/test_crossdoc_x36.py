"""Cross-document linking on the set x36 (tests/data/crossdoc/x36: the Secretary-General and UNAMA on
the Kabul ambulance bombing of 27 January 2018; UN News and State on the Mogadishu bombings of 14
October 2017; the White House and State on the Kabul truck bombing of 31 May 2017). Scored blind at
ddd9535, the tenth session's start, and again at its end (34824db): 5 of 6 gold events of
multi-document clusters matched, 2 gold pairs among them, 3 linked, 2 right (pairwise F1 0.80). The
floors guard what it reaches: losing a right link or adding another false one fails."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X36 = ROOT / "tests" / "data" / "crossdoc" / "x36"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 5, 2, 1


def test_x36_keeps_its_links_and_adds_no_more_false_ones(tmp_path: Path):
    check_links(X36, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
