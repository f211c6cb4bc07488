"""The linker's rules on short texts of our own, through the real extractor and a real store: a
leader's call and his country's call are one event (a leader counts as his country), ingested in
any order; two governments' condemnations of one strike are two statements, while the strike
itself is one event."""
from __future__ import annotations

import pytest

from kg.documents import from_text
from kg.identity.store import relink
from kg.ingest import ingest
from kg.store import Store

TEXTS = {
    "kremlin": "Putin and Trump talk\n\nRussian President Vladimir Putin spoke by phone with U.S. President "
               "Donald Trump on Monday, the Kremlin said.",
    "wire": "Moscow and Washington talk\n\nThe United States discussed Ukraine with Russia and "
            "Vladimir Putin in a phone call on Monday, officials in both capitals said.",
    "london": "Britain condemns strike\n\nBritain on Monday condemned Russia for the missile strike on Kyiv.",
    "washington": "U.S. condemns strike\n\nThe United States on Monday condemned Russia for the missile "
                  "strike on Kyiv.",
}


def _docs(names):
    return [from_text(TEXTS[n], f"{n}.txt", n, {"published": "2025-03-04"}) for n in names]


def _events(st) -> list[tuple[str, ...]]:
    """Each real-world event as the sorted (document, type) of its reports."""
    rows = st.query("SELECT ?e ?w ?t WHERE { ?e dip:realWorldEvent ?w ; sem:eventType ?t }").rows
    out: dict[str, list[str]] = {}
    for e, w, t in rows:
        doc = str(e).split("/event/", 1)[1].split("/")[0]
        out.setdefault(str(w), []).append(f"{doc} {str(t).rsplit('/', 1)[-1]}")
    return sorted(tuple(sorted(v)) for v in out.values())


EXPECTED = [("kremlin CONSULT", "wire CONSULT"), ("london ASSAULT", "washington ASSAULT")]


@pytest.mark.parametrize("order", [["kremlin", "wire", "london", "washington"],
                                   ["washington", "wire", "london", "kremlin"]])
def test_leader_and_country_linked_two_condemnations_kept_apart_one_document_at_a_time(order):
    with Store.open(":memory:") as st:
        for name in order:
            ingest(st, _docs([name]))
        assert _events(st) == EXPECTED
        relink(st)
        assert _events(st) == EXPECTED
