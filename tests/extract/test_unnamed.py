"""Names of people the small NER model misses: a run of capitalised names that acts in the sentence."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2007, 3, 1)


def test_a_subject_the_ner_misses_is_a_person(run, events_of):
    ex = run("Pervez Musharraf condemned the bombing of the bus station.")
    people = {a.key: a for a in ex.actors if a.kind == "person"}
    assert "pervez-musharraf" in people
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.source == ["pervez-musharraf"]


def test_the_first_of_a_list_of_people_keeps_its_first_name(run):
    ex = run("The men sanctioned are Bohdan Kravets, Oleksii Sydorenko and Ivan Hrytsenko.")
    labels = {a.label for a in ex.actors if a.kind == "person"}
    assert "Bohdan Kravets" in labels
    assert "Kravets" not in labels


def test_ranks_units_and_laws_are_no_new_names(pipeline):
    from kg.extract.language import load_language
    from kg.extract.unnamed import missed_people

    nlp, gaz = pipeline
    lang = load_language()
    for text in (
        "Brigadier Udara Perera said the rebels had fled.",
        "Executive Order Thirteen blocks the property of the officials.",
        "The Security Council condemned the attack.",
    ):
        doc = nlp(text)
        found = [doc[s:e].text for s, e in missed_people(doc, lang, gaz)]
        assert not [f for f in found if f.split()[0] in ("Brigadier", "Executive", "Security")], found
