"""Cross-document linking on the set x34 (tests/data/crossdoc/x34: the White House, the UN and a VOA
editorial on the Quetta police academy attack of 24 October 2016; the Kremlin and White House readouts
of the Obama-Putin call of 29 April 2013). Scored blind at ddd9535, the tenth session's start, by the shared
scorer: 12 of 19 gold events of multi-document clusters matched, 7 gold pairs among them, 7 linked, 2
right (pairwise F1 0.29): the White House's call is linked to the Kremlin's account of Obama's letter,
and the planned summit to the call. After the readout's title joined its lead's call and "the
leaders of Russia and the US" became the two presidents (the tenth session), 3 right, 4
false. The floors guard what it reaches: losing a right link or adding
another false one fails."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X34 = ROOT / "tests" / "data" / "crossdoc" / "x34"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 12, 3, 4


def test_x34_keeps_its_links_and_adds_no_more_false_ones(tmp_path: Path):
    check_links(X34, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
