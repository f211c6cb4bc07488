"""The linker's rules on short texts of our own, through the real extractor and a real store: a
leader's call and his country's call are one event (a leader counts as his country), ingested in
any order; two governments' condemnations of one strike are two statements, while the strike
itself is one event; an invasion mentioned a year apart is one event."""
from __future__ import annotations

import pytest

from kg.api import KnowledgeGraph
from kg.documents import from_text
from kg.identity import index
from kg.identity.rules import rules
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


def _linked_one_at_a_time(docs) -> tuple[list, list]:
    """The real-world events of ``docs`` ingested one at a time, then after a re-link."""
    with Store.open(":memory:") as st:
        for doc in docs:
            ingest(st, [doc])
        linked = _events(st)
        relink(st)
        return linked, _events(st)


EXPECTED = [("kremlin CONSULT", "wire CONSULT"), ("london ASSAULT", "washington ASSAULT")]


@pytest.mark.parametrize("order", [["kremlin", "wire", "london", "washington"],
                                   ["washington", "wire", "london", "kremlin"]])
def test_leader_and_country_linked_two_condemnations_kept_apart_one_document_at_a_time(order):
    linked, relinked = _linked_one_at_a_time(_docs(order))
    assert linked == EXPECTED
    assert relinked == EXPECTED


LASTING = {
    "rome": ("2022-05-10", "Ministers meet in Rome\n\nThe Italian and French foreign ministers met in Rome "
                           "on Tuesday and discussed energy prices and Russia's invasion of Ukraine."),
    "oslo": ("2023-04-20", "Norway hosts talks\n\nThe Norwegian Prime Minister said the war that followed "
                           "Russia's invasion of Ukraine has changed Europe's security."),
    "kyiv": ("2022-09-01", "Kyiv marks half a year of war\n\nUkrainians gathered in Kyiv to remember the "
                           "victims of the war since Russia invaded Ukraine on 24 February."),
    "tbilisi": ("2023-04-21", "Georgia recalls war\n\nGeorgian officials recalled Russia's invasion of "
                              "Georgia at a ceremony in Tbilisi."),
}
LASTING_EXPECTED = [("oslo ASSAULT", "rome ASSAULT")]


def _lasting_docs(names):
    return [from_text(LASTING[n][1], f"{n}.txt", n, {"published": LASTING[n][0]}) for n in names]


@pytest.mark.parametrize("order", [["rome", "oslo", "tbilisi"], ["tbilisi", "oslo", "rome"]])
def test_an_invasion_mentioned_a_year_apart_is_one_event_the_other_invasion_another(order):
    linked, relinked = _linked_one_at_a_time(_lasting_docs(order))
    assert linked == LASTING_EXPECTED
    assert relinked == LASTING_EXPECTED


def test_an_invasion_a_year_later_is_found_without_the_candidate_index(tmp_path):
    """``kg load`` takes the index's mark away: the linker then reads the store by type, actor and
    month, as far as a lasting event reaches: a mention of the invasion a year later (loaded first)
    reaches back to the day Kyiv's text gives it."""
    with Store.open(":memory:") as first:
        ingest(first, _lasting_docs(["oslo"]))
        first.dump(tmp_path / "oslo.nq", "nquads")
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.load(tmp_path / "oslo.nq")
    assert not index.is_complete(kg.store, rules())
    ingest(kg.store, _lasting_docs(["kyiv"]))
    assert _events(kg.store) == [("kyiv ASSAULT", "oslo ASSAULT")]
    ingest(kg.store, _lasting_docs(["tbilisi"]))
    assert _events(kg.store) == [("kyiv ASSAULT", "oslo ASSAULT")]
