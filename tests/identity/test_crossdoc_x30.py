"""Cross-document linking on the set x30 (tests/data/crossdoc/x30: State Department, Australian, GOV.UK,
UN Secretary-General and Global Affairs Canada statements on the coups in Thailand of 22 May 2014,
Guinea of 5 September 2021 and Burkina Faso of 23-24 January 2022). Scored blind at 868a9e4 and again at
the eighth session's end: 3 gold pairs among the matched events, 2 linked, no false link, at both
commits. The floors guard what it reaches: losing a right link or adding a false one fails."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X30 = ROOT / "tests" / "data" / "crossdoc" / "x30"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 6, 2, 0


def test_x30_keeps_its_links_and_adds_no_false_one(tmp_path: Path):
    check_links(X30, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
