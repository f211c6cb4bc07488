"""Named queries, parameters and result formats; the same suite over embedded and remote stores."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from kg.api import KnowledgeGraph
from kg.cli import main
from kg.errors import QueryError
from kg.query import bind_values, format_result, named_queries, query_form, run
from kg.vocab import ACTOR

TRUMP, UKRAINE = ACTOR["Q22686"], ACTOR["Q212"]
REQUIRED = {"who-met-whom", "actor-timeline", "attacks-on", "who-called-whom", "events-by-month",
            "actor-profile", "event-evidence"}

pytest_plugins = ["tests.conftest_store"]


def test_the_named_queries_are_documented():
    queries = named_queries()
    assert set(queries) >= REQUIRED
    for name in REQUIRED:
        nq = queries[name]
        assert nq.summary and nq.examples, name
        assert all(p.doc for p in nq.params), name
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
    params = {"actor-timeline": {"actor": "Zelensky"}, "actor-profile": {"actor": "Starmer"},
              "event-evidence": {"event": str(event)}, "events-by-month": {"plover": "CONSULT"}}
    for name in REQUIRED | {"actors", "documents"}:
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
    from rdflib import Graph
    from rdflib.namespace import RDF, RDFS

    from kg.query import actor_iris
    from kg.store import Store
    from kg.vocab import SEM

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
    from kg.store import Store

    with Store.open() as st:
        with pytest.raises(QueryError, match="needs --param actor"):
            run(st, "actor-timeline")
        with pytest.raises(QueryError, match="has no parameter 'colour'"):
            run(st, "who-met-whom", {"colour": "red"})
        with pytest.raises(QueryError, match="bad date"):
            run(st, "who-met-whom", {"since": "yesterday"})
        with pytest.raises(QueryError, match="unknown query 'who-met'"):
            run(st, "who-met")


def test_values_go_into_the_where_pattern():
    text = 'PREFIX x: <http://x/> CONSTRUCT { ?s x:p "{" } WHERE { ?s x:p ?o } # a comment {'
    bound = bind_values(text, {"o": 1})
    assert 'WHERE { VALUES ?o { "1"^^<http://www.w3.org/2001/XMLSchema#integer> }' in bound
    assert query_form(text) == "CONSTRUCT"
    assert query_form("# SELECT\nASK { }") == "ASK"
    sel = bind_values("SELECT (COUNT(*) AS ?n) { ?s ?p ?o . FILTER(?o > ?min) }", {"min": 3})
    assert sel.startswith("SELECT (COUNT(*) AS ?n) { VALUES ?min")


def _result_formats(res):
    for fmt, oxfmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                       ("tsv", ox.QueryResultsFormat.TSV)):
        text = format_result(res, fmt)
        parsed = ox.parse_query_results(text.encode("utf-8"), oxfmt)
        yield fmt, parsed


def test_result_formats_parse_with_an_independent_parser(any_backend):
    res = run(any_backend, "who-met-whom", {"actor": "Putin"})
    for fmt, parsed in _result_formats(res):
        rows = list(parsed)
        assert len(rows) == len(res.rows), fmt
        assert [v.value for v in parsed.variables] == res.vars
        assert rows[0]["sentence"].value == str(res.dicts()[0]["sentence"])
    csv = format_result(res, "csv")
    assert csv.startswith(",".join(res.vars) + "\r\n") and csv.count("\r\n") == len(res.rows) + 1
    ask = any_backend.query("ASK { ?e a sem:Event }")
    assert json.loads(format_result(ask, "json"))["boolean"] is True
    table = format_result(res, "table")
    assert table.splitlines()[0].split()[:3] == ["date", "name1", "name2"]


def test_cli_query_list_and_run(synth_dir):
    runner = CliRunner()
    out = runner.invoke(main, ["query", "--list"])
    assert out.exit_code == 0 and "who-met-whom" in out.output and "--param actor" in out.output
    args = ["query", "who-met-whom", "-p", "actor=Trump", "-f", "json", "--store", str(synth_dir)]
    out = runner.invoke(main, args)
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["results"]["bindings"][0]["name1"]["value"] == "Donald Trump"
    out = runner.invoke(main, ["query", "SELECT * WHERE { ?s ?p }", "--store", str(synth_dir)])
    assert out.exit_code == 1 and out.output.count("\n") == 1 and "malformed SPARQL" in out.output
    out = runner.invoke(main, ["query", "CONSTRUCT WHERE { ?e a dip:PhoneCall }", "--store", str(synth_dir)])
    assert out.exit_code == 0 and "dip:PhoneCall" in out.output
    out = runner.invoke(main, ["query", "who-met-whom", "-p", "actor", "--store", str(synth_dir)])
    assert out.exit_code != 0 and "NAME=VALUE" in out.output


def test_cli_stats_remove(tmp_path):
    from benchmarks.synth import fill
    from kg.store import Store

    path = tmp_path / "store"
    with Store.open(path) as st:
        fill(st, 20)
    runner = CliRunner()
    out = runner.invoke(main, ["stats", "--store", str(path)])
    assert out.exit_code == 0 and "documents: 2" in out.output and "events:    20" in out.output
    out = runner.invoke(main, ["remove", "synth-0-000001", "--store", str(path)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["remove", "synth-0-000001", "--store", str(path)])
    assert out.exit_code == 1 and "no document" in out.output
    out = runner.invoke(main, ["stats", "--store", str(path)])
    assert "documents: 1" in out.output and "events:    10" in out.output


def test_python_api(tmp_path):
    from benchmarks.synth import fill

    with KnowledgeGraph.open(tmp_path / "kg") as kg:
        fill(kg.store, 30)
        rows = kg.query("who-met-whom", actor="Trump")
        assert rows and rows[0].name1 == Literal("Donald Trump") and rows.vars[0] == "date"
        assert kg.query("ASK { ?e a sem:Event }") is True
        assert len(kg.query("CONSTRUCT WHERE { ?e a dip:Meeting }")) > 0
        assert kg.stats().events == 30
        assert sorted(kg.documents()) == ["synth-0-000000", "synth-0-000001", "synth-0-000002"]
        ds = kg.graph
        assert len(list(ds.quads())) == len(kg)
        assert URIRef("https://w3id.org/dipkg/graph/synth-0-000000") in {g.identifier for g in ds.graphs()}
        out = kg.export(tmp_path / "all.ttl")
        assert out.stat().st_size > 0
        assert kg.remove("synth-0-000000") and not kg.remove("synth-0-000000")


def test_the_seed_answers_who_met_or_called_whom_and_when(seed_path, tmp_path):
    """The real path: the seed article through extraction and kg.rdf into an on-disk store."""
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.ingest([seed_path], published="2025-08-19")
        rows = kg.query("who-met-whom", actor="Trump")
        assert rows and all(r.name1 == Literal("Donald Trump") for r in rows)
        putin = [r for r in rows if r.name2 == Literal("Vladimir Putin") and r.date is not None]
        assert putin, [tuple(map(str, r)) for r in rows]
        assert all("Putin" in str(r.sentence) and "Trump" in str(r.sentence) for r in putin)
        dated = [str(r.date) for r in rows if r.date is not None]
        assert dated == sorted(dated) and all(d.startswith("2025") for d in dated)
        strikes = kg.query("attacks-on", target="Ukraine")
        assert any("drones" in str(r.sentence) for r in strikes)
        again = kg.ingest([seed_path], published="2025-08-19")
        assert len(again.documents) == 1 and kg.stats().documents == 1


def test_cli_query_against_a_remote_endpoint(kg_serve_url):
    out = CliRunner().invoke(main, ["query", "attacks-on", "-p", "target=Ukraine", "-f", "tsv",
                                    "--store", kg_serve_url])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].startswith("?date\t?targetName") and len(lines) >= 2
