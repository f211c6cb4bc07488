"""A title abbreviation ends no sentence (kg.nlp, ``title_abbreviations`` of ontology/language.yaml):
"Sr. Lt. Gen. X", "Amb. Y" stay inside their sentence, so the officials named after them stay parties
to its event."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)


@pytest.mark.parametrize("text", [
    "The minister met Deputy Minister of Defence Sr. Lt. Gen. Tran Van Minh in Hanoi on Monday.",
    "The talks were led by Amb. Linda Grant and Brig. Gen. Pat Ryder on Monday.",
    "The envoy met Capt. John Reed and Maj. Ann Lee of the coast guard on Monday.",
])
def test_a_title_abbreviation_ends_no_sentence(pipeline, text):
    nlp, _ = pipeline
    assert len(list(nlp(text).sents)) == 1


def test_an_official_named_after_a_title_abbreviation_is_a_party_to_the_meeting(run, events_of):
    ex = run("The minister met Deputy Minister of Defence Sr. Lt. Gen. Tran Van Minh in Hanoi on Monday.")
    (meeting,) = events_of(ex, "CONSULT")
    labels = {a.key: a.label for a in ex.actors}
    assert any("Tran Van Minh" in labels.get(k, "") for k in meeting.participants), meeting
