"""Cross-document linking on the set x31 (tests/data/crossdoc/x31: the Kremlin and White House readouts
of the Obama-Putin call of 1 August 2014, the UN Secretary-General and Australia on the Brussels
bombings of 22 March 2016, the UN and the White House on the Bardo Museum attack in Tunis of 18 March
2015). Scored blind at 9f611a2: 6 of 6 gold events of multi-document clusters matched, 3 gold pairs,
3 linked, 2 of them right (one false link). The floors guard what it reaches: losing a right link or
adding another false one fails."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X31 = ROOT / "tests" / "data" / "crossdoc" / "x31"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 6, 2, 1


def test_x31_keeps_its_links_and_adds_no_more_false_ones(tmp_path: Path):
    check_links(X31, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
