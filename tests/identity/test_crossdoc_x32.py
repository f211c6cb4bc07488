"""Cross-document linking on the set x32 (tests/data/crossdoc/x32: the White House and Downing Street
readouts of three Obama-Cameron calls and video conferences, of 17 December 2012, 16 January 2014 and
24 September 2015). Scored blind at 9f611a2 and again at the ninth session's end: 9 of 12 gold events
of multi-document clusters matched, 4 gold pairs, 5 linked, all 4 right (one false link). The floors
guard what it reaches: losing a right link or adding another false one fails."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X32 = ROOT / "tests" / "data" / "crossdoc" / "x32"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 9, 4, 1


def test_x32_keeps_its_links_and_adds_no_more_false_ones(tmp_path: Path):
    check_links(X32, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
