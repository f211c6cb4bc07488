"""Who published a document (ontology/publishers.yaml), read from its front-matter ``source`` and
``url``: a government publisher fixes which office holder "the Prime Minister" names, and its
readouts date what its principals do on the publication day."""

from __future__ import annotations

import re

from kg.extract.language import Language
from kg.extract.state import DocState, Publisher
from kg.model import Document


def publisher_of(document: Document, lang: Language) -> Publisher:
    where = " ".join(filter(None, [document.source, document.url]))
    pub = Publisher()
    # the publisher is named first ("The White House, ..., matching the State Department statement")
    found = sorted(
        (m.start(), n, rule)
        for n, rule in enumerate(lang.publishers.rules)
        for m in [rule.pattern.search(where)]
        if m is not None
    )
    for _, _, rule in found:
        pub.country = pub.country or rule.country
        pub.principal = pub.principal or rule.principal
        pub.body = pub.body or rule.body
    marker = lang.publishers.readout_markers
    full_date = re.compile(
        r"\b\d{1,2} (" + "|".join(m.capitalize() for m in lang.words.month_names) + r") \d{4}\b"
    )
    # an official publisher's text is a readout or statement of its own principals; so is a text
    # whose title carries a full date ("PM call with ...: 10 April 2025")
    pub.readout = pub.country is not None or bool(
        (marker and where and marker.search(where)) or full_date.search(document.title or "")
    )
    return pub


def find_publisher(state: DocState) -> None:
    """Pass: ``state.publisher``."""
    state.publisher = publisher_of(state.document, state.lang)
