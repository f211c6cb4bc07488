"""A long form before an acronym in brackets names the acronym's actor (kg.extract.bracketed)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.bracketed import long_form_start

PUBLISHED = date(2024, 3, 14)
SMALL = frozenset({"the", "of", "and", "for", "in"})


def _actor(ex, key):
    (actor,) = [a for a in ex.actors if a.key == key]
    return actor


@pytest.mark.parametrize(
    ("text", "long_form"),
    [
        ("fighters of the Union des Patriotes pour la Paix (UPP) came", "Union des Patriotes pour la Paix"),
        ("rebels of the Mouvement du 23 mars (M23) shelled", "Mouvement du 23 mars"),
        ("of the Coopérative pour la défense du Kivu (CODEKI)", "Coopérative pour la défense du Kivu"),
        ("sanctions on the Naval Studies and Research Centre (NSRC)", "Naval Studies and Research Centre"),
        ("of the Front for the Liberation of the South (FLS)", "Front for the Liberation of the South"),
    ],
)
def test_the_long_form_is_the_words_whose_initials_spell_the_acronym(pipeline, text, long_form):
    nlp, _ = pipeline
    doc = nlp(text)
    paren = next(t.i for t in doc if t.text == "(")
    start = long_form_start(doc, paren, doc[paren + 1].text, SMALL)
    assert start is not None and doc[start:paren].text == long_form


def test_words_that_do_not_spell_the_acronym_give_no_long_form(pipeline):
    nlp, _ = pipeline
    doc = nlp("The delegation met the Governor of Kivu Province (UPP) on Monday.")
    paren = next(t.i for t in doc if t.text == "(")
    assert long_form_start(doc, paren, "UPP", SMALL) is None


def test_an_unknown_acronyms_long_form_is_one_actor_with_both_names(run):
    ex = run(
        "Fighters of the Union des Patriotes pour la Paix (UPP) attacked a police post on Sunday. "
        "The UPP later denied the attack."
    )
    bodies = [a for a in ex.actors if a.kind in ("org", "group")]
    assert [a.label for a in bodies] == ["Union des Patriotes pour la Paix"]
    assert "UPP" in bodies[0].names
    (attack,) = [e for e in ex.events if e.plover == "ASSAULT"]
    assert attack.source == [bodies[0].key]


def test_the_long_form_of_a_known_acronym_is_a_name_of_its_actor(run):
    ex = run("Rebels of the Mouvement du 23 mars (M23) shelled the town of Sake on Friday.")
    m23 = _actor(ex, "m23")
    assert "Mouvement du 23 mars" in m23.names
    assert len([a for a in ex.actors if a.kind in ("org", "group")]) == 1
    (attack,) = [e for e in ex.events if e.plover == "ASSAULT"]
    assert attack.source == ["m23"]


def test_a_name_inside_the_long_form_is_no_actor_of_its_own(run):
    ex = run("The Treasury sanctioned leaders of the Islamic State in the Greater Sahara (ISGS) on Monday.")
    labels = {a.label for a in ex.actors}
    assert "Islamic State in the Greater Sahara" in labels
    assert "Islamic State" not in labels


def test_an_agreement_given_an_acronym_is_no_actor(run):
    ex = run("The two ministers signed the Joint Maritime Security Agreement (JMSA) in Manila on Tuesday.")
    assert not any("Agreement" in a.label or a.label == "JMSA" for a in ex.actors)


def test_a_known_acronyms_name_its_letters_do_not_spell_is_the_organisation_before_it(run):
    ex = run(
        "Rebels attacked a base of the United Nations Organization Stabilization Mission in the "
        "Democratic Republic of the Congo (MONUSCO) near Goma."
    )
    mission = _actor(ex, "monusco")
    assert (
        "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"
        in mission.names
    )
    assert "United Nations" not in {a.label for a in ex.actors}


def test_an_acronym_used_alone_names_the_body_whose_initials_spell_it(run):
    ex = run(
        "The National Crime Agency said the site had been seized. "
        "The servers were taken down in a campaign led by the NCA."
    )
    bodies = [a for a in ex.actors if a.kind in ("org", "group")]
    assert [a.label for a in bodies] == ["National Crime Agency"]
    assert "NCA" in bodies[0].names
