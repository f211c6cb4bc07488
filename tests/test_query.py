"""Named queries (``kg.query``): their documentation, parameters (actors by name, dates, row caps,
hostile values) and answers; the same suite over the embedded store and real remote ones."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.errors import QueryError
from kg.query import actor_iris, named_queries, run
from kg.store import Store
from kg.vocab import ACTOR, SEM

TRUMP, UKRAINE = ACTOR["Q22686"], ACTOR["Q212"]
REQUIRED = {"who-met-whom", "actor-timeline", "attacks-on", "who-called-whom", "events-by-month",
            "actor-profile", "event-evidence"}


def test_the_named_queries_are_documented():
    queries = named_queries()
    assert set(queries) >= REQUIRED
    for name in REQUIRED:
        nq = queries[name]
        assert nq.summary and nq.examples, name
    params = [(name, p) for name in sorted(REQUIRED) for p in queries[name].params]
    assert len(params) > len(REQUIRED) and all(p.doc for _, p in params), params
    assert queries["actor-timeline"].param("actor").required


def test_who_met_whom_answers_with_date_and_sentence(any_backend):
    res = run(any_backend, "who-met-whom", {"actor": "Trump"})
    assert res.rows
    for row in res.dicts():
        assert row["actor1"] == TRUMP and row["actor2"] != TRUMP
        assert row["name1"] == Literal("Donald Trump")
        assert str(row["name2"]) in str(row["sentence"]) and "Donald Trump" in str(row["sentence"])
        assert len(str(row["date"])) == 10


def test_an_actor_parameter_takes_a_label_a_qid_or_an_iri(any_backend):
    by_label = run(any_backend, "actor-timeline", {"actor": "trump"}).rows
    assert by_label
    assert run(any_backend, "actor-timeline", {"actor": "Q22686"}).rows == by_label
    assert run(any_backend, "actor-timeline", {"actor": str(TRUMP)}).rows == by_label
    assert run(any_backend, "actor-timeline", {"actor": "actor:Q22686"}).rows == by_label
    with pytest.raises(QueryError, match="no actor matches"):
        run(any_backend, "actor-timeline", {"actor": "Nobody Atall"})


def test_attacks_on_a_target_only_hit_that_target(any_backend):
    rows = run(any_backend, "attacks-on", {"target": "Ukraine", "since": "2024-06"}).dicts()
    assert rows
    for r in rows:
        assert r["target"] == UKRAINE and str(r["date"]) >= "2024-06"
        assert "Ukraine" in str(r["sentence"])


def test_every_named_query_runs_with_its_example_parameters(any_backend):
    event = run(any_backend, "who-met-whom").rows[0][-1]
    params = {"actor-timeline": {"actor": "Zelensky"}, "actor-timeline-reports": {"actor": "Zelensky"},
              "actor-profile": {"actor": "Starmer"}, "event-evidence": {"event": str(event)},
              "events-by-month": {"plover": "CONSULT"}}
    listings = ("who-met-whom", "who-called-whom", "attacks-on", "actor-timeline")
    reports = {f"{name}-reports" for name in listings}
    for name in REQUIRED | reports | {"actors", "documents"}:
        res = run(any_backend, name, params.get(name, {}))
        assert res.rows, name
    months = run(any_backend, "events-by-month", {"plover": "consult"}).dicts()
    assert {str(r["type"]) for r in months} == {"CONSULT"}
    rows = run(any_backend, "actor-profile", {"actor": "Starmer"}).dicts()
    profile = {(str(r["aspect"]), str(r["value"])) for r in rows}
    assert ("office", "prime minister") in profile and ("affiliation", str(ACTOR["Q145"])) in profile


def test_selective_forms_answer_as_the_full_query(any_backend):
    """The actor-anchored forms give the rows of the full answer that involve the actor."""
    everyone = run(any_backend, "who-met-whom").dicts()
    pairs = {frozenset((r["actor1"], r["actor2"])) for r in everyone}
    mine = run(any_backend, "who-met-whom", {"actor": "Trump"}).dicts()
    assert {frozenset((r["actor1"], r["actor2"])) for r in mine} <= pairs
    assert len(mine) == sum(TRUMP in (r["actor1"], r["actor2"]) for r in everyone)
    pair = run(any_backend, "who-met-whom", {"actor": "Trump", "with": "Zelensky"}).dicts()
    assert pair and all(r["actor1"] == TRUMP and r["actor2"] == ACTOR["Q3881317"] for r in pair)
    assert len(pair) == sum(r["actor2"] == ACTOR["Q3881317"] for r in mine)
    calls = run(any_backend, "who-called-whom").dicts()
    putin = run(any_backend, "who-called-whom", {"actor": "Putin"}).dicts()
    assert putin and all(ACTOR["Q7747"] in (r["caller"], r["callee"]) for r in putin)
    assert len(putin) == sum(ACTOR["Q7747"] in (r["caller"], r["callee"]) for r in calls)


JOINED_COUNTS = """
SELECT ?type ?month (COUNT(*) AS ?events) WHERE {
  ?e sem:eventType ?t OPTIONAL { ?e sem:hasTimeStamp ?ts }
  BIND(STRAFTER(STR(?t), STR(plover:)) AS ?type)
  BIND(COALESCE(SUBSTR(STR(?ts), 1, 7), "undated") AS ?month)
} GROUP BY ?type ?month
"""


def test_events_by_month_counts_what_joining_types_and_dates_counts(any_backend):
    """The tallies events-by-month reads agree with every event's own type and date."""
    joined = {(str(r["type"]), str(r["month"])): int(r["events"])
              for r in run(any_backend, JOINED_COUNTS).dicts()}
    tallied = {(str(r["type"]), str(r["month"])): int(r["events"])
               for r in run(any_backend, "events-by-month").dicts()}
    assert len(joined) > 3 and tallied == joined
    since = run(any_backend, "events-by-month", {"since": "2025-08-15"}).dicts()
    assert since and all(str(r["month"]) >= "2025-08" for r in since)


def test_a_limit_caps_the_rows_in_order(any_backend):
    full = run(any_backend, "who-met-whom", {"actor": "Trump"}).rows
    assert len(full) > 5
    assert run(any_backend, "who-met-whom", {"actor": "Trump", "limit": 5}).rows == full[:5]
    assert len(run(any_backend, "actor-timeline", {"actor": "Trump", "limit": "3"}).rows) == 3
    with pytest.raises(QueryError, match="not an integer"):
        run(any_backend, "who-met-whom", {"limit": "5 } DROP ALL {"})
    with pytest.raises(QueryError, match="not a row count"):
        run(any_backend, "who-met-whom", {"limit": -1})


def test_the_label_cache_follows_writes():
    def actor(key: str, label: str) -> Graph:
        g = Graph()
        g.add((ACTOR[key], RDF.type, SEM.Actor))
        g.add((ACTOR[key], RDFS.label, Literal(label)))
        return g

    with Store.open() as st:
        st.replace_graph("http://example.org/g1", actor("jane-roe", "Jane Roe"))
        assert actor_iris(st, "roe") == [ACTOR["jane-roe"]]
        st.replace_graph("http://example.org/g2", actor("bob-roe", "Bob Roe"))
        assert actor_iris(st, "roe") == [ACTOR["bob-roe"], ACTOR["jane-roe"]]
        st.remove_graph("http://example.org/g1")
        assert actor_iris(st, "roe") == [ACTOR["bob-roe"]]


def test_hostile_parameter_values_are_inert(any_backend):
    before = len(any_backend)
    evil = '"} ; DROP ALL ; {"'
    assert run(any_backend, "SELECT ?s WHERE { ?s rdfs:label ?l }", {"l": evil}).rows == []
    assert run(any_backend, "events-by-month", {"plover": evil}).rows == []
    with pytest.raises(QueryError):
        run(any_backend, "who-met-whom", {"actor": evil})
    with pytest.raises(QueryError):
        run(any_backend, "event-evidence", {"event": "http://x/> } DROP ALL { <y"})
    assert len(any_backend) == before


def test_parameter_errors_are_one_line():
    with Store.open() as st:
        with pytest.raises(QueryError, match="needs --param actor"):
            run(st, "actor-timeline")
        with pytest.raises(QueryError, match="has no parameter 'colour'"):
            run(st, "who-met-whom", {"colour": "red"})
        with pytest.raises(QueryError, match="bad date"):
            run(st, "who-met-whom", {"since": "yesterday"})
        with pytest.raises(QueryError, match="unknown query 'who-met'"):
            run(st, "who-met")
