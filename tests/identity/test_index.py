"""The candidate keys and the candidate index (kg/identity/keys.py, index.py): every pair the rules
link shares a key, the key-blocked pairs are the pairs of a comparison of every report with every
other, and linking documents one at a time through the index (embedded store, real Oxigraph server)
gives the links a full re-link gives; ``kg load`` takes the index's mark away and the linker then
reads the store without it."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from benchmarks.synth import synth_extractions
from kg.api import KnowledgeGraph
from kg.identity import index
from kg.identity.cluster import edges
from kg.identity.keys import filed_keys, lookup_keys
from kg.identity.link import same_event
from kg.identity.participants import may_agree_with, side_keys, sides
from kg.identity.report import Report
from kg.identity.rules import rules
from kg.identity.store import link_documents, read_reports, relink, remove_document
from kg.rdf import graph_iri, to_triples
from kg.store import Store
from tests.conftest import oxigraph_server

# gazetteer actors of several sides (Putin and Russia, Trump and the United States, the Security
# Council and the UN, the Commission and the EU) and actors the gazetteer does not know
ACTORS = ["Q7747", "Q159", "Q22686", "Q30", "Q212", "Q3881317", "Q145", "Q6383803", "Q458", "Q8880",
          "Q1065", "Q37470", "minister-a", "minister-b", "rebels"]
TYPES = ["CONSULT", "ASSAULT", "ACCUSE", "SANCTION"]


def _report(rng: random.Random, i: int) -> Report:
    pub = date(2025, 1, 1) + timedelta(days=rng.randrange(60))
    shape = rng.choice(["day", "day", "month", "year", "report", "relative", "undated", "no-pub"])
    day = pub - timedelta(days=rng.randrange(4))
    when = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4],
            "report": pub.isoformat()}.get(shape)
    people = frozenset(rng.sample(ACTORS, rng.choice([1, 2, 2, 2, 3, 4])))
    ordered = sorted(people)
    return Report(
        iri=f"https://example.org/event/d{i % 40}/e{i}", doc=f"https://example.org/doc/d{i % 40}",
        plover=rng.choice(TYPES), event_class=None, participants=people,
        source=frozenset(ordered[:1]), target=frozenset(ordered[1:2]), date=when,
        basis="report" if shape == "report" else "stated" if when else None,
        date_text="last week" if shape == "relative" else None,
        modality=rng.choice(["asserted", "asserted", "planned", "hypothetical"]),
        published=None if shape == "no-pub" else pub)


# the shapes of the newer rules: officials who condemn an attack (persons of other sides than its
# author), spokespeople and the one they speak for, a group that attacks, in the Secretary-General's
# term and while Sullivan and Sunak held office
GUTERRES, HAQ, DUJARRIC, SULLIVAN, SUNAK = ("antonio-guterres", "farhan-haq", "stephane-dujarric",
                                           "jake-sullivan", "rishi-sunak")
UN, UK, US, SOMALIA, COUNCIL, SHABAAB = "Q1065", "Q145", "Q30", "Q1045", "Q37470", "al-shabaab"
SPEAKERS = [GUTERRES, HAQ, DUJARRIC, SULLIVAN, SUNAK, COUNCIL, UK, US, SHABAAB, "islamic-state"]
TARGETS = [SOMALIA, UK, UN, "Q159"]


def _newer(rng: random.Random, i: int) -> Report:
    pub = date(2024, 3, 1) + timedelta(days=rng.randrange(20))
    shape = rng.choice(["carried", "carried", "worded", "report", "report", "undated"])
    day = pub - timedelta(days=rng.randrange(8))
    when = {"carried": day.isoformat(), "worded": day.isoformat(), "report": pub.isoformat()}.get(shape)
    source = frozenset(rng.sample(SPEAKERS, rng.choice([1, 1, 2])))
    target = frozenset(rng.sample(TARGETS, rng.choice([0, 1, 1, 1, 2])))
    return Report(
        iri=f"https://example.org/event/n{i % 30}/e{i}", doc=f"https://example.org/doc/n{i % 30}",
        plover=rng.choice(["ASSAULT", "ASSAULT", "ASSAULT", "SUPPORT", "CONSULT"]), event_class=None,
        participants=source | target, source=source, target=target, date=when,
        basis="report" if shape == "report" else "stated" if when else None,
        date_text="on Friday" if shape == "worded" else None,
        modality=rng.choice(["asserted", "asserted", "asserted", "planned"]), published=pub)


# lasting events: invasions (and attacks of the same states) mentioned over three years, dated by
# their reports, by a day near or far in their own words, carried from a statement, or undated
INVADERS = ["Q159", "Q7747", "Q212", "Q3881317", "Q230", "separatists"]


def _lasting(rng: random.Random, i: int) -> Report:
    pub = date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    shape = rng.choice(["report", "report", "carried", "near", "far", "undated"])
    day = pub - timedelta(days=rng.randrange(3) if shape != "far" else rng.randrange(30, 900))
    when = None if shape == "undated" else pub.isoformat() if shape == "report" else day.isoformat()
    source = frozenset(rng.sample(INVADERS, 1))
    target = frozenset(rng.sample([t for t in INVADERS if t not in source], rng.choice([0, 1, 1, 1, 2])))
    return Report(
        iri=f"https://example.org/event/l{i % 30}/e{i}", doc=f"https://example.org/doc/l{i % 30}",
        plover="ASSAULT", event_class=rng.choice(["Invasion", "Invasion", "Invasion", "Attack"]),
        participants=source | target, source=source, target=target, date=when,
        basis="report" if shape == "report" else "stated" if when else None,
        date_text="on that day" if shape in ("near", "far") else None,
        modality=rng.choice(["asserted", "asserted", "asserted", "planned"]), published=pub)


@pytest.fixture(scope="module")
def lasting() -> list[Report]:
    rng = random.Random(13)
    return [_lasting(rng, i) for i in range(300)]


@pytest.fixture(scope="module")
def varied() -> list[Report]:
    rng = random.Random(7)
    return [_report(rng, i) for i in range(400)]


@pytest.fixture(scope="module")
def newer() -> list[Report]:
    rng = random.Random(11)
    return [_newer(rng, i) for i in range(400)]


def _linked(reports: list[Report]) -> list[tuple[Report, Report]]:
    rule = rules()
    return [(a, b) for a in reports for b in reports if a.iri < b.iri and same_event(a, b, rule)]


def _shapes(pairs: list[tuple[Report, Report]]) -> dict[str, int]:
    """How many linked pairs only one of the newer rules can link, by rule."""
    rule = rules()
    out = dict.fromkeys(["condemner", "spokesperson", "carried", "lone"], 0)
    for a, b in pairs:
        sa, sb = sides(a), sides(b)
        if a.plover == b.plover == "ASSAULT" and not {sa[k] for k in a.source} & {sb[k] for k in b.source}:
            out["condemner"] += 1
        both = a.participants | b.participants
        if {HAQ, DUJARRIC} & both and GUTERRES in a.participants ^ b.participants:
            out["spokesperson"] += 1
        carried = a.date_text is None and b.date_text is None and a.basis == b.basis == "stated"
        apart = carried and abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)
        if apart and apart > rule.stated_slack_days:
            out["carried"] += 1
        if "report" in (a.basis, b.basis) and min(len(side_keys(a)), len(side_keys(b))) == 1:
            out["lone"] += 1
    return out


@pytest.mark.parametrize("which", ["varied", "newer", "lasting"])
def test_every_pair_the_rules_link_shares_a_key(which, request):
    rule = rules()
    reports = request.getfixturevalue(which)
    pairs = _linked(reports)
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            keys = lookup_keys(x, rule)
            assert keys is None or set(keys) & set(filed_keys(y, rule)), (x, y)
            assert may_agree_with(x, y, rule.max_extra_participants), (x, y)
    assert len(pairs) > 50  # the set has pairs of every shape to check
    if which == "newer":
        assert min(_shapes(pairs).values()) >= 3, _shapes(pairs)
    if which == "lasting":  # pairs further apart than the report window, and with a date of its own
        far = [(a, b) for a, b in pairs
               if abs((a.published - b.published).days) > rule.report_window_days]
        assert len(far) >= 20 and any(x.date_text for p in far for x in p), len(far)


def test_a_condemner_named_as_a_target_of_the_other_report_is_set_aside_from_both():
    rule = rules()
    day = {"date": "2022-10-29", "basis": "stated", "published": date(2022, 10, 30), "plover": "ASSAULT"}
    by_condemner = Report(iri="https://example.org/event/a/1", doc="https://example.org/doc/a",
                          participants=frozenset({SULLIVAN, SOMALIA}), source=frozenset({SULLIVAN}),
                          target=frozenset({SOMALIA}), **day)
    by_group = Report(iri="https://example.org/event/b/1", doc="https://example.org/doc/b",
                      participants=frozenset({SHABAAB, SOMALIA, SULLIVAN}), source=frozenset({SHABAAB}),
                      target=frozenset({SOMALIA, SULLIVAN}), **day)
    assert same_event(by_condemner, by_group, rule)  # Sullivan set aside from both, not a KeyError
    for x, y in ((by_condemner, by_group), (by_group, by_condemner)):
        assert set(lookup_keys(x, rule)) & set(filed_keys(y, rule))
        assert may_agree_with(x, y, rule.max_extra_participants)


@pytest.mark.parametrize("which", ["varied", "newer", "lasting"])
def test_key_blocked_pairs_are_every_linked_pair(which, request):
    rule = rules()
    reports = request.getfixturevalue(which)
    every = sorted((a.iri, b.iri) for a, b in _linked(reports))
    assert sorted((a.iri, b.iri) for a, b in edges(reports, rule)) == every


def _documents(n_docs: int = 36):
    """Synthetic documents whose events crowd into eight days, so many reports are linked."""
    return list(synth_extractions(n_docs * 10, seed=3, days=8))


def _links(st) -> dict[str, str]:
    return {str(e): str(w) for e, w in st.query("SELECT ?e ?w WHERE { ?e dip:realWorldEvent ?w }").rows}


def _index_lines(st) -> set[str]:
    rows = st.query(f"SELECT ?s ?o WHERE {{ GRAPH <{index.INDEX_GRAPH}> {{ ?s dip:candidateOf ?o }} }}").rows
    return {f"<{s}> <{index.DIP.candidateOf}> <{o}> .\n" for s, o in rows}


def _link_one_at_a_time(st, docs, seed: int) -> None:
    order = list(docs)
    random.Random(seed).shuffle(order)
    for ex in order:
        st.replace_graphs([(str(graph_iri(ex.document.id)), to_triples(ex))])
        link_documents(st, [ex.document.id])


def _check_against_relink(st) -> None:
    rule = rules()
    assert index.is_complete(st, rule)
    incremental = _links(st)
    assert len(set(incremental.values())) >= 2
    relink(st)
    assert _links(st) == incremental
    assert index.is_complete(st, rule)
    reports = read_reports(st)
    assert _index_lines(st) == {line for line in index.entries(reports, rule) if "#candidateOf>" in line}
    views = st.query(f"SELECT ?e ?v WHERE {{ GRAPH <{index.INDEX_GRAPH}> {{ ?e dip:linkView ?v }} }}").rows
    want = {r.iri: r for r in reports if r.participants}
    assert {str(e): index.from_view(str(v)) for e, v in views} == want


@pytest.mark.parametrize("seed", [1, 2])
def test_linking_through_the_index_gives_a_full_relinks_links(seed):
    st = Store.open(":memory:")
    _link_one_at_a_time(st, _documents(), seed)
    _check_against_relink(st)


def test_linking_through_the_index_on_an_oxigraph_server(tmp_path):
    with oxigraph_server(tmp_path / "server", filled=False) as url, Store.open(url) as st:
        _link_one_at_a_time(st, _documents(), 1)
        _check_against_relink(st)


def test_load_takes_the_mark_away_and_links_stay_right(tmp_path):
    docs = _documents()
    kg = KnowledgeGraph.open(tmp_path / "store")
    _link_one_at_a_time(kg.store, docs[:18], 1)
    dump = tmp_path / "more.nq"
    other = Store.open(":memory:")
    other.replace_graphs([(str(graph_iri(ex.document.id)), to_triples(ex)) for ex in docs[18:30]])
    other.dump(dump, "nquads")
    kg.load(dump)
    assert not index.is_complete(kg.store, rules())
    link_documents(kg.store, [ex.document.id for ex in docs[18:30]])  # read without the index
    _link_one_at_a_time(kg.store, docs[30:], 2)
    assert not index.is_complete(kg.store, rules())
    incremental = _links(kg.store)
    kg.relink()
    assert _links(kg.store) == incremental
    assert index.is_complete(kg.store, rules())


def test_reingest_with_other_facts_and_remove_keep_the_index_right():
    docs = _documents()
    st = Store.open(":memory:")
    _link_one_at_a_time(st, docs[:30], 3)
    # document 5 again, now with document 31's events (the same event IRIs, other facts)
    other = docs[31]
    changed = replace(other, document=replace(other.document, id=docs[5].document.id))
    st.replace_graphs([(str(graph_iri(changed.document.id)), to_triples(changed))])
    link_documents(st, [changed.document.id])
    remove_document(st, docs[7].document.id)
    _link_one_at_a_time(st, docs[32:], 4)
    _check_against_relink(st)


def test_a_one_side_report_looks_up_the_reports_naming_its_actors_not_its_side():
    rule = rules()

    def report(i: str, actors: set[str], day: str, plover: str = "CONSULT") -> Report:
        return Report(iri=f"https://example.org/event/{i}/1", doc=f"https://example.org/doc/{i}",
                      plover=plover, participants=frozenset(actors), date=day, basis="stated",
                      published=date.fromisoformat(day))

    trump_us = report("a", {"Q22686", US}, "2025-03-03")  # one side: the United States
    us_russia = report("b", {US, "Q159"}, "2025-03-03")
    treasury_russia = report("c", {"us-treasury", "Q159"}, "2025-03-03")  # a US side, no actor in common
    assert side_keys(trump_us) == [US] and side_keys(treasury_russia) == ["Q159", US]
    assert same_event(trump_us, us_russia, rule) and not same_event(trump_us, treasury_russia, rule)
    assert set(lookup_keys(trump_us, rule)) & set(filed_keys(us_russia, rule))
    assert not set(lookup_keys(trump_us, rule)) & set(filed_keys(treasury_russia, rule))
    # Trump the day before he took office (his own side) and the day after (the United States'), in a
    # type whose one-side reports reach past their own day (a meeting's one side meets only its day)
    before = report("d", {"Q22686", US}, "2025-01-19", "ASSAULT")
    after = report("e", {"Q22686"}, "2025-01-21", "ASSAULT")
    assert side_keys(before) == sorted(["Q22686", US]) and side_keys(after) == [US]
    assert same_event(before, after, rule)
    for x, y in ((before, after), (after, before)):
        assert set(lookup_keys(x, rule)) & set(filed_keys(y, rule))
