"""The one table of RDF formats (``kg.formats``): names and aliases, file suffixes, media types."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import formats
from kg.errors import StoreError
from kg.vocab import PREFIXES


def test_names_and_aliases():
    assert formats.find("TTL").name == "turtle" and formats.find("n-quads").name == "nquads"
    assert formats.rdf_format("rdfxml").ox == ox.RdfFormat.RDF_XML
    assert formats.find("docx") is None
    with pytest.raises(StoreError) as err:
        formats.rdf_format("docx")
    assert str(err.value) == ("unknown RDF format 'docx' (one of: json-ld, jsonld, n-quads, n-triples, nq, "
                              "nquads, nt, ntriples, rdf, rdfxml, trig, ttl, turtle, xml)")
    assert [f.name for f in formats.EXPORT_FORMATS] == ["turtle", "nt", "trig", "nquads", "json-ld", "xml"]
    assert {f.name for f in formats.FORMATS if f.datasets} == {"trig", "nquads", "json-ld"}


@pytest.mark.parametrize("name, fmt", [
    ("a.ttl", "turtle"), ("a.NT", "nt"), ("a.trig", "trig"), ("a.nq", "nquads"), ("a.jsonld", "json-ld"),
    ("a.json", "json-ld"), ("a.rdf", "xml"), ("a.owl", "xml"), ("a.xml", "xml"), ("a.nquads", "nquads"),
    ("a.ntriples", "nt"), ("a.turtle", "turtle"), ("a.txt", None), ("a", None), ("dir.d/a", None),
])
def test_a_files_suffix(name, fmt):
    found = formats.for_path(name)
    assert (found.name if found else None) == fmt


def test_media_types_and_prefixes():
    assert formats.for_media_type("text/plain").name == "nt"
    assert formats.for_media_type("Application/RDF+XML").name == "xml"
    assert formats.for_media_type("text/html") is None
    assert {p: str(ns) for p, ns in PREFIXES.items()} == formats.OX_PREFIXES
    for f in formats.FORMATS:
        assert f.ox.media_type in f.media_types, f.name  # pyoxigraph's own name for it is among ours


@pytest.mark.parametrize("name, fmt, kind", [
    ("all.ttl", "turtle", "rdf"), ("all.rdf", "xml", "rdf"), ("all.owl", "xml", "rdf"),
    ("all.XML", "xml", "rdf"),
    ("all.nq", "nquads", "rdf"), ("all.json", "json-ld", "rdf"), ("events.csv", "csv", "table"),
    ("events.TSV", "tsv", "table"), ("events.parquet", "parquet", "table"), ("x.graphml", "graphml", "graph"),
    ("x.gexf", "gexf", "graph"), ("all", "turtle", "rdf"),
])
def test_one_registry_decides_an_outputs_format_by_its_suffix(name, fmt, kind):
    found = formats.output_format(None, name)
    assert (found.name, found.kind) == (fmt, kind)


@pytest.mark.parametrize("name", ["all.txt", "events.xlsx", "x.gml", "all.ttl.bak"])
def test_an_unknown_suffix_is_refused_with_the_known_ones(name):
    with pytest.raises(StoreError) as err:
        formats.output_format(None, name)
    message = str(err.value)
    assert "\n" not in message and "unknown file suffix" in message
    for known in (".ttl", ".rdf", ".trig", ".nq", ".jsonld", ".csv", ".tsv", ".parquet", ".graphml", ".gexf"):
        assert known in message


def test_a_format_name_wins_over_the_suffix_and_an_unknown_name_is_refused():
    assert formats.output_format("csv", "out.txt").name == "csv"
    assert formats.output_format("TTL").name == "turtle"
    with pytest.raises(StoreError, match=r"unknown export format 'docx' \(one of: turtle, ttl, nt"):
        formats.output_format("docx")
