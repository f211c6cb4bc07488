"""Cross-document linking on the set x29 (tests/data/crossdoc/x29: GOV.UK, White House and UN News on
the Peshawar school attack of 16 December 2014; the UN Secretary-General's and the White House's
statements on the Ankara bombing of 13 March 2016; a State Department statement on another Ankara
attack). Scored blind at 868a9e4 and again at the eighth session's end: 4 gold pairs among the matched
events, 2 linked, no false link, at both commits. The floors guard what it reaches: losing a right link
or adding a false one fails."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X29 = ROOT / "tests" / "data" / "crossdoc" / "x29"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 5, 2, 0


def test_x29_keeps_its_links_and_adds_no_false_one(tmp_path: Path):
    check_links(X29, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
