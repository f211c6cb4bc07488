"""Cross-document linking on the set x26 (tests/data/crossdoc/x26: Canadian and Australian-New Zealand
statements on the Xinjiang sanctions of 22 March 2021; UN Secretary-General and Security Council
statements on the attack on a UNMISS convoy of 26 June 2018; a UN Secretary-General statement and a
MINUSMA release on the attack on peacekeepers near Timbuktu of 13 January 2021). Scored blind at
14da452 and again at the sixth session's end (1badb1f): 1 gold pair among the matched events, not
linked, and no false link at either commit. Through `kg build` and the export the check below reads 4
matched gold events of multi-document events, no right link and no false one. The floors guard what it
reaches: a false link fails, a gain is free."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X26 = ROOT / "tests" / "data" / "crossdoc" / "x26"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 4, 0, 0


def test_x26_matches_its_events_and_adds_no_false_link(tmp_path: Path):
    check_links(X26, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
