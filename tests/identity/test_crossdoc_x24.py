"""Cross-document linking on the set x24 (tests/data/crossdoc/x24: 6 GOV.UK and UN Secretary-General texts
on the Iran nuclear agreements (the Lausanne framework of 2 April 2015, the agreement of 14 July 2015
and its implementation, the Geneva interim agreement of 2013)). Scored blind at 8729b0b and again at the
fifth session's end (b93322f): F1 0 at both commits (11 gold pairs among the matched events by `kg
evaluate`, none linked: planned, concluded and background mentions of one agreement, dated apart).
Through `kg build` and the export the check below reads 8 matched gold events of multi-document events,
no link, no false one. The floors guard what it reaches: a regression fails, a gain is free."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X24 = ROOT / "tests" / "data" / "crossdoc" / "x24"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 8, 0, 0


def test_x24_matches_its_events_and_keeps_its_links(tmp_path: Path):
    check_links(X24, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
