"""One-word "organisations" that are common words (kg/extract/common_words.py): a word only the
sentence's start capitalises, a document the text capitalises, the plural of an office."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex) -> set[str]:
    return {a.label for a in ex.actors}


def test_a_word_the_sentence_start_capitalises_is_no_organisation(run):
    ex = run(
        "Norway bombed two depots in Ruritania on Monday. Intelligence had shown the depots were "
        "used by smugglers. Focus will now turn to the border."
    )
    assert not _labels(ex) & {"Intelligence", "Focus"}


def test_a_one_word_name_at_the_start_stays_a_body(run):
    ex = run("Gazprom cut its supplies to Ukraine on Monday. Frelimo won the vote in Mozambique.")
    assert {"Gazprom", "FRELIMO"} <= _labels(ex)


def test_a_name_that_runs_on_after_its_first_word_stays_one(run):
    ex = run("The Movement to Restore Freedom and Justice (MRFJ) on Saturday claimed the attack in Mali.")
    assert "Movement to Restore Freedom and Justice" in _labels(ex)


def test_a_capitalised_document_is_no_body(run):
    ex = run(
        "Rebels signed a ceasefire with Sudan on Monday. The Agreement also calls for the withdrawal "
        "of foreign fighters."
    )
    assert "Agreement" not in _labels(ex)


def test_the_plural_of_an_office_is_no_body(run):
    ex = run(
        "Defense Secretary Lloyd Austin spoke with his Philippine counterpart Gilberto Teodoro. "
        "The Secretaries reaffirmed their commitment to the alliance."
    )
    assert "Secretaries" not in _labels(ex)



def test_a_word_for_a_body_at_the_start_stays_a_body(run):
    ex = run("The Commission condemned the bombing of a market in Ruritania on Monday.")
    assert "Commission" in _labels(ex)
