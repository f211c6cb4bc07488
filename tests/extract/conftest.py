"""Fixtures of the extractor's tests: the real spaCy pipeline and gazetteer, and a document made of
a test's text. A test module sets ``PUBLISHED``, the publication date ``run`` gives by default."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(pipeline, request):
    """``run(text, published=..., source=..., title=...)``: the extraction of a document made of ``text``.

    These tests are of the rules: a text of one sentence also gets the sentence-type model's events
    (``kg.extract.sentence_types``), left out unless ``coded=True``."""
    from kg.extract import extract
    from kg.model import Document

    nlp, gaz = pipeline
    default = getattr(request.module, "PUBLISHED", None)

    def extract_text(text: str, published=default, source: str | None = None, title: str | None = None,
                     coded: bool = False):
        doc = Document(id="t", text=text, published=published, source=source, title=title)
        ex = extract(doc, nlp=nlp, gazetteer=gaz)
        if not coded:
            ex.events = [e for e in ex.events if e.coder is None]
        return ex

    return extract_text


@pytest.fixture(scope="session")
def events_of():
    """``events_of(extraction, "CONSULT")``: its events of one PLOVER type; fails when there are none."""

    def of_type(ex, plover: str) -> list:
        found = [e for e in ex.events if e.plover == plover]
        assert found, f"no {plover} in {[(e.plover, e.participants) for e in ex.events]}"
        return found

    return of_type
