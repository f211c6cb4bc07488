"""A date of the text something was said in is the saying's, a means clause is done when its verb is,
and a participle describing a noun of a statement's object does not keep the object's date from it
(kg.extract.sentence_dates: ``_issuing_verb``, the ``means_preps`` lead, ``_objects_date``)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _date(ex, plover):
    (event,) = [e for e in ex.events if e.plover == plover]
    return event.date


def test_a_statement_released_on_a_day_dates_the_condemnation_in_it(run):
    ex = run("The ministry condemned the shelling of the border post in a statement released late Sunday.")
    assert _date(ex, "ACCUSE") == "2024-03-10"


def test_a_statement_issued_on_a_day_dates_the_call_made_in_it(run):
    ex = run("The foreign minister urged Damascus to withdraw its troops in a statement issued on Monday.")
    assert _date(ex, "REQUEST") == "2024-03-11"


def test_a_resolution_adopted_on_a_day_dates_the_demand_made_in_it(run):
    ex = run(
        "In a resolution adopted on Monday, the Security Council demanded that Houthi rebels stop their"
        " attacks on shipping."
    )
    assert _date(ex, "REQUEST") == "2024-03-11"


def test_a_report_condemned_keeps_its_own_release_date(run):
    # the text is what is condemned, not what the condemning was said in: the report's day stays
    ex = run("The ministry condemned the report released on Monday by the commission.")
    assert _date(ex, "ACCUSE") == "2024-03-14"


def test_a_means_clause_is_done_on_the_day_of_its_verb(run):
    ex = run("Israel responded on Saturday by striking Hamas positions in Gaza.")
    assert _date(ex, "ASSAULT") == "2024-03-09"


def test_a_participle_on_the_attacked_does_not_keep_the_date_from_the_attack(run):
    ex = run(
        "The Council condemned the attack by Al-Shabaab on a convoy of Kenyan peacekeepers, escorted by"
        " police, near the border on 9 March."
    )
    assert _date(ex, "ASSAULT") == "2024-03-09"
    assert _date(ex, "ACCUSE") == "2024-03-14"


def test_a_press_release_byline_with_its_day_in_brackets_is_a_dateline():
    from kg.extract.dates import dateline

    text = "GENEVA (10 March 2024) - UN experts condemned the arrest of journalists in Minsk."
    end, day = dateline(text, PUBLISHED)
    assert day == date(2024, 3, 10) and text[end:].startswith("UN experts")


def test_a_bracketed_date_inside_a_sentence_is_no_dateline():
    from kg.extract.dates import dateline

    assert dateline("The ministers met on Friday (8 March 2024) - a first since the war.", PUBLISHED) is None
