"""A date in what a verb of speech is about belongs to the deed it names there, not to the speaking
(kg.extract.sentence_dates: ``_deeds_date``, ``_possessor_of``)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _date(ex, plover):
    (event,) = [e for e in ex.events if e.plover == plover]
    return event.date


def test_a_date_on_the_deed_a_condemnation_names_is_the_deeds(run):
    ex = run("Norway joins its partners in condemning the actions on 9 March by the junta in Niamey.")
    assert _date(ex, "ACCUSE") == "2024-03-14"


def test_a_date_right_after_the_deed_a_summons_is_over_is_the_deeds(run):
    ex = run("The Foreign Ministry summoned the Iranian ambassador over Iran's actions yesterday.")
    assert _date(ex, "ACCUSE") == "2024-03-14"


def test_a_date_right_after_a_signing_that_is_welcomed_is_the_signings(run):
    ex = run("The European Union welcomed the signing yesterday of a truce between Armenia and Azerbaijan.")
    assert _date(ex, "SUPPORT") == "2024-03-14"


def test_a_date_before_the_noun_it_modifies_is_that_nouns(run):
    ex = run("Ghana condemns the 10 March coup in Niger.")
    assert _date(ex, "ACCUSE") == "2024-03-14"


def test_a_year_in_brackets_after_a_resolution_is_the_resolutions(run):
    ex = run("The Council recalled resolution 2231 (2015) and condemned the missile launch by Iran.")
    assert _date(ex, "ACCUSE") == "2024-03-14"


def test_a_date_after_a_person_summoned_is_the_summons(run):
    ex = run("The Foreign Ministry summoned the Iranian ambassador on Monday.")
    assert _date(ex, "ACCUSE") == "2024-03-11"


def test_the_date_of_the_statement_a_denunciation_is_made_in_is_the_denunciations(run):
    ex = run("In a 12 March statement, the ministry denounced the arrests of opposition leaders "
             "by the junta.")
    assert _date(ex, "ACCUSE") == "2024-03-12"


def test_a_deed_keeps_a_date_that_modifies_it(run):
    ex = run("Russia's 24 February invasion of Ukraine was condemned by the assembly.")
    assert "2024-02-24" in {e.date for e in ex.events if e.plover == "ASSAULT"}


def test_a_date_set_off_by_a_comma_does_not_modify_the_noun_after_it(run):
    ex = run("Earlier Monday, Hezbollah fighters attacked an Israeli army post near the border.")
    assert _date(ex, "ASSAULT") == "2024-03-11"
