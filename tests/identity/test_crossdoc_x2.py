"""Cross-document linking on the third set of real texts (tests/data/crossdoc/x2: 14 official texts
of 5 stories, 16 gold cross-document pairs), scored like x1. It was annotated blind and scored twice
before anyone tuned on it (docs/evaluation.md): P 0.50 R 0.20 at 2d20c80, P 0.75 R 0.27 F1 0.40 at
51d3bbe (11 gold-same pairs among the matched events, 4 linked, 3 right). Tuned on since: P 1.00 R
0.73 F1 0.84 on wt-xlink (8 linked, 8 right: the reports of one side go together first, a condemner
read as the attacker is set aside, a visit noted days later reaches back to it); on main after it, 7
linked and right (R 0.64 F1 0.78): the Security Council's and the Secretary-General's reports of the
Peshawar bombing are extracted apart in another way and no longer link. On link13 (an unresolved
"Rwandan Foreign Ministers" stands for Rwanda) 11 gold-same pairs, 11 linked right and 2 wrong (P 0.85
R 1.00 F1 0.92): the signing joins the reports of the peace agreement, among them a UK statement two
months on whose extraction merges that agreement with the Doha declaration (already linked to one of
them before). The floors sit below."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.identity.test_crossdoc_x1 import scores_of

X2 = ROOT / "tests" / "data" / "crossdoc" / "x2"
FLOORS = {"p": 0.8, "r": 0.6, "f": 0.75}


def test_x2_pairwise_scores_stay_above_their_floors(tmp_path: Path):
    scores = scores_of(X2, tmp_path)
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, scores
