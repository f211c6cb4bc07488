"""Cross-document linking on the twelfth set (tests/data/crossdoc/x12: 8 Security Council, UN News,
VOA, State Department, Downing Street and UN texts of three stories: the car bombing of the UN House
in Abuja of 26 August 2011, the first U.S. sanctions on Burma's coup leaders of 10-11 February 2021,
and Theresa May's meeting with António Guterres of 2 May 2018; 9 gold events told by more than one
document). Scored blind at 832cb65 (docs/evaluation.md): 16 of the 23 gold events of multi-document
events matched, 10 gold-same pairs among them, 7 links of which 2 right (F1 0.24); at 4a1312b, after
the session's work, 6 links of which 2 right (F1 0.25). Through `kg build` and the export the
check below reads 15 matched events, not 16.
The floors guard what it reaches: a regression fails, a gain is free."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X12 = ROOT / "tests" / "data" / "crossdoc" / "x12"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 15, 5, 4


def test_x12_matches_its_events_and_keeps_its_links(tmp_path: Path):
    check_links(X12, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
