"""Property tests: on arbitrary text, extraction never crashes, and its graph conforms and re-parses."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.model import Document
from kg.rdf import to_graph
from kg.validate import validate

WORDS = [
    "Russia", "Ukraine", "Mr.", "Putin", "Zelensky", "President", "Trump", "the", "Kremlin", "met", "with",
    "called", "strikes", "on", "Monday", "launched", "drones", "at", "said", "would", "not", "sanctions",
    "against", "Iran", "NATO", "European", "Union", "leaders", "agreed", "to", "talks", "in", "Geneva",
    "he", "they", "and", "condemned", "the", "attack", "last", "week", "Prime", "Minister", "of", "Britain",
    ",", ".", "\u201c", "\u201d", "'s", "\n", "<img src=x onerror=alert(1)>", "</script>", "\\", "\"",
]

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
texts = st.one_of(
    st.lists(sentences, min_size=1, max_size=6).map(lambda ss: ". ".join(ss) + "."),
    st.text(min_size=1, max_size=400),
)

KNOWN = ("Putin met Zelensky in Geneva on Monday. Russia launched drones at Ukraine last week. "
         "NATO leaders condemned the attack.")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
@example(text=KNOWN, published=date(2025, 8, 19))  # actors and events for the checks below to check
def test_any_text_gives_a_conforming_graph(pipeline, text, published):
    from kg.extract import extract

    nlp, gazetteer = pipeline
    doc = Document(id="prop", text=text, title=text.split("\n")[0][:80], published=published)
    ex = extract(doc, nlp=nlp, gazetteer=gazetteer)
    for s in ex.sentences:
        assert text[s.start:s.end] == s.text
    for a in ex.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text
    for e in ex.events:
        assert e.plover and e.participants
        for m in e.mentions:
            assert text[m.trigger.start:m.trigger.end] == m.trigger.text
    g = to_graph(ex)
    ok, report = validate(g)
    assert ok, report
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(back, g)
