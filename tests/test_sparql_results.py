"""Query answers in the W3C SPARQL 1.1 result formats and as a table (``kg.sparql.results``), read back
by an independent parser (pyoxigraph's), over every kind of store."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import run
from kg.sparql.results import format_result, result_format_for


def test_result_formats_parse_with_an_independent_parser(any_backend):
    res = run(any_backend, "who-met-whom", {"actor": "Putin"})
    assert res.rows
    for fmt, oxfmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                       ("tsv", ox.QueryResultsFormat.TSV)):
        parsed = ox.parse_query_results(format_result(res, fmt).encode("utf-8"), oxfmt)
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


def test_what_cannot_be_formatted_is_an_error(synth_dir):
    from kg.store import Store

    with Store.open(synth_dir, read_only=True) as st:
        graph = st.query("CONSTRUCT WHERE { ?e a dip:PhoneCall }")
        with pytest.raises(QueryError, match="write it as RDF"):
            format_result(graph, "csv")
        with pytest.raises(QueryError, match="unknown result format 'docx'"):
            format_result(st.query("ASK { }"), "docx")


def test_a_files_suffix_names_its_result_format():
    assert [result_format_for(f"r{s}") for s in (".CSV", ".tsv", ".srj", ".srx", ".txt", ".dat")] == [
        "csv", "tsv", "json", "xml", "table", "csv"]
