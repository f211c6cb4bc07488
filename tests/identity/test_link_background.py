"""Reports of our own through the real extractor and a real store: a war a statement names by its
invader alone ("twenty months into Russia's invasion") is the war other reports name, not the strike
the statement is about; an attack told "as if" something were not enough happened, and is the attack
another report tells; two calls of the same leaders a week apart stay two, and so do a planned
meeting and an earlier one."""
from __future__ import annotations

from kg.documents import from_text
from kg.ingest import ingest
from kg.store import Store

TEXTS = {
    "war": ("UN rights chief condemns strike\n\nRussian shelling killed 50 people in the village of Hroza "
            "on Thursday. The attack underscores the terrible price civilians are paying twenty months "
            "into Russia's full-scale invasion, the High Commissioner said.", "2023-10-06"),
    "dialogue": ("Minister speaks on refugees\n\nRussia's war against Ukraine has forced millions of "
                 "people to flee their homes, the minister said.", "2023-07-20"),
    "as_if": ("Ambassador speaks at council\n\nAs if this were not enough horror, Russian troops also "
              "shelled a hospital in Beryslav on Tuesday.", "2023-10-05"),
    "wire": ("Hospital shelled\n\nRussian troops shelled a hospital in Beryslav on Tuesday, Ukrainian "
             "officials said.", "2023-10-04"),
    "call1": ("Leaders talk\n\nFrench President Emmanuel Macron spoke by phone with Russian President "
              "Vladimir Putin on Monday.", "2024-03-12"),
    "call2": ("Leaders talk again\n\nFrench President Emmanuel Macron spoke by phone with Russian "
              "President Vladimir Putin on Monday.", "2024-03-19"),
    "planned": ("Summit ahead\n\nGerman Chancellor Olaf Scholz will meet French President Emmanuel "
                "Macron in Paris next week.", "2024-03-14"),
    "earlier": ("Leaders meet\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in "
                "Berlin on 2 February to discuss their support for Ukraine.", "2024-02-03"),
}


def linked_groups(texts: dict[str, tuple[str, str]], names) -> list[tuple[str, ...]]:
    """Each real-world event of more than one report among ``texts[name]`` (text, publication day), as
    the sorted "document type" of its reports."""
    docs = [from_text(texts[n][0], f"{n}.txt", n, {"published": texts[n][1]}) for n in names]
    with Store.open(":memory:") as st:
        ingest(st, docs)
        rows = st.query("SELECT ?e ?w ?t WHERE { ?e dip:realWorldEvent ?w ; sem:eventType ?t }").rows
    out: dict[str, list[str]] = {}
    for e, w, t in rows:
        doc = str(e).split("/event/", 1)[1].split("/")[0]
        out.setdefault(str(w), []).append(f"{doc} {str(t).rsplit('/', 1)[-1]}")
    return sorted(tuple(sorted(v)) for v in out.values() if len({x.split()[0] for x in v}) > 1)


def _linked(names) -> list[tuple[str, ...]]:
    return linked_groups(TEXTS, names)


def test_a_war_named_by_its_invader_alone_joins_the_war_not_the_strike():
    linked = _linked(["war", "dialogue"])
    assert ("dialogue ASSAULT", "war ASSAULT") in linked
    assert all(len([x for x in group if x.startswith("war")]) == 1 for group in linked)


def test_an_attack_told_as_if_it_were_not_enough_is_the_attack_told_elsewhere():
    assert ("as_if ASSAULT", "wire ASSAULT") in _linked(["as_if", "wire"])


def test_calls_a_week_apart_and_a_plan_and_an_earlier_meeting_stay_apart():
    assert _linked(["call1", "call2"]) == []
    assert _linked(["planned", "earlier"]) == []
