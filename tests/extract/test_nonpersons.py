"""Names the NER takes for people's that name no one (kg.extract.nonpersons)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.language import load_language
from kg.extract.nonpersons import NonPersons

PUBLISHED = date(2024, 3, 14)


def _person_reading(pipeline, text: str, name: str):
    """``text`` parsed by the real pipeline, with the NER's reading of ``name`` set to PERSON (the
    reading the rules judge), and that entity."""
    nlp, gaz = pipeline
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="PERSON")
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return NonPersons(doc, load_language(), gaz), span


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Houthis seized the UAE-flagged vessel KHALIDA off the coast of Yemen.", "KHALIDA"),
        ("Border tensions rose again on Monday. Both armies closed the border after the clash.", "Border"),
        ("Shipping around Ras al-Kalb strait was halted after the attack.", "Ras al-Kalb"),
        ("The leaders discussed the new power plant, El Hamra, during the call.", "El Hamra"),
        ("In recent years, the Sahel has seen a rise in attacks by armed groups.", "Sahel"),
        ("Ukrainian Ministers signed the grain deal in Istanbul.", "Ukrainian Ministers"),
        ("The two navies held exercises at Cam Ranh, Vietnam in July.", "Cam Ranh"),
        ("Statement Commemorating the Tenth Anniversary of the Accord", "Statement Commemorating"),
        ("Riot police fired tear gas at the students on Monday.", "Riot"),
    ],
)
def test_a_name_that_is_no_persons_is_told_apart(pipeline, text, name):
    no_person, ent = _person_reading(pipeline, text, name)
    assert no_person(ent)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebel leader Karim Abdallah told reporters the town had fallen.", "Karim Abdallah"),
        ("Spokesman Tomas Varga said the talks would resume at Geneva.", "Tomas Varga"),
        ("The talks were chaired by Amina Keita, Mali's foreign minister.", "Amina Keita"),
        ("Residents said Mbeki met the rebels near the border on Sunday.", "Mbeki"),
        ("Mbeki told police officers the march would go ahead.", "Mbeki"),
    ],
)
def test_a_persons_name_stays_a_persons(pipeline, text, name):
    no_person, ent = _person_reading(pipeline, text, name)
    assert not no_person(ent)


def test_a_name_the_text_gives_a_place_elsewhere_is_no_person_anywhere(run):
    ex = run("Fighting resumed near Tal el-Hawa on Monday. Tal el-Hawa is home to some 20,000 refugees.")
    assert not any(a.kind == "person" for a in ex.actors)


def test_a_region_with_an_article_is_no_person(run):
    ex = run("In recent years, the Sahel has seen a rise in attacks by armed groups.")
    assert not any(a.label == "Sahel" for a in ex.actors)
