"""The whole extraction: offsets, stable keys, order, any input (kg.extract.pipeline)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_many
from kg.model import Document
from kg.plover import plover_scheme

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``


def test_offsets_point_into_the_text_and_keys_are_stable(run):
    text = "Emmanuel Macron met Olaf Scholz in Paris.\n\nIsrael condemned Iran’s strikes on Monday."
    a, b = run(text), run(text)
    assert [e.key for e in a.events] == [e.key for e in b.events]
    assert len({e.key for e in a.events}) == len(a.events)
    for s in a.sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
    for actor in a.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    for e in a.events:
        assert e.plover in plover_scheme() and e.cameo and e.participants
        assert set(e.source) | set(e.target) <= set(e.participants)
        for m in e.mentions:
            assert text[m.trigger.start : m.trigger.end] == m.trigger.text
            assert text[m.sentence.start : m.sentence.end] == m.sentence.text


def test_extract_many_keeps_order(pipeline):
    nlp, gaz = pipeline
    docs = [
        Document(id=f"d{i}", text=t, published=PUBLISHED)
        for i, t in enumerate(
            ["Israel condemned Iran.", "", "Emmanuel Macron met Olaf Scholz.", "No actors here at all."]
        )
    ]
    out = list(extract_many(docs, nlp=nlp, gazetteer=gaz, batch_size=2))
    assert [x.document.id for x in out] == ["d0", "d1", "d2", "d3"]
    assert out[0].events and out[2].events and not out[1].events


WORDS = [
    "Russia",
    "Ukraine",
    "Mr.",
    "Macron",
    "met",
    "the",
    "Kremlin",
    "with",
    "strikes",
    "on",
    "Monday",
    "said",
    "would",
    "not",
    "he",
    "they",
    "and",
    "Prime",
    "Minister",
    "of",
    "’s",
    ",",
    ".",
    "\n",
    "\n\n",
    "“",
    "President",
    "talks",
    "between",
    "if",
    "refused",
    "to",
    "\u200b",
    "🙂",
    "Ünïcødé",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join), st.text(max_size=300)),
    published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
)
def test_extraction_never_crashes(run, text, published):
    ex = run(text, published=published)
    for e in ex.events:
        assert e.participants and e.modality in ("asserted", "planned", "hypothetical", "negated")
