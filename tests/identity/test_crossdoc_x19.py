"""Cross-document linking on the set x19 (tests/data/crossdoc/x19: 7 UN Secretary-General, Security
Council, UN News and VOA texts of three stories: the assassination of Haiti's president of 7 July 2021,
the Sri Lanka Easter bombings of 21 April 2019 and the Kabul airport attack of 26 August 2021; 3 gold
events told by more than one document). Scored blind at 8b86a08 and again at the session's end
(docs/evaluation.md): F1 0.33 at both commits (5 gold pairs, 1 right link; the reports of each attack
name the attacker in one document and only the victim in the other). Since the link of an attack told
in halves (kg/identity/halves.py, the next session) the check below reads, through `kg build` and the
export, 7 matched gold events of multi-document events, 3 right links and 0 false ones.
The floors guard what it reaches: a regression fails, a gain is free."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import check_links

X19 = ROOT / "tests" / "data" / "crossdoc" / "x19"
MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS = 7, 3, 0


def test_x19_matches_its_events_and_keeps_its_links(tmp_path: Path):
    check_links(X19, tmp_path, MIN_MATCHED, MIN_RIGHT_LINKS, MAX_FALSE_LINKS)
