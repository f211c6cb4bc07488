"""Office holders of past years (ontology/actors/people.ttl): a title alone in a government's
statement or readout ("The Foreign Secretary condemned ...", "the Prime Minister spoke to ...") names
the holder of that office on the document's date, for any year from 2000 on, and a person of those
years is found by name in text as any other gazetteer person."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2013, 6, 6)
_UK = "Foreign, Commonwealth and Development Office (gov.uk)"
_STATE = "U.S. Department of State (state.gov)"


def _keys(ex, plover: str, role: str = "source") -> set[str]:
    return {k for e in ex.events if e.plover == plover for k in getattr(e, role)}


_CONDEMN = "The Foreign Secretary condemned the attack on the British embassy in Tripoli."


@pytest.mark.parametrize(
    ("published", "holder"),
    [
        (date(2004, 3, 10), "jack-straw"),
        (date(2009, 2, 2), "david-miliband"),
        (date(2013, 6, 6), "william-hague"),
        (date(2024, 10, 3), "david-lammy"),
    ],
)
def test_the_foreign_secretary_of_a_uk_statement_is_the_holder_on_its_date(run, published, holder):
    ex = run(_CONDEMN, published=published, source=_UK)
    assert holder in _keys(ex, "ACCUSE")


def test_the_holder_changes_on_the_day_the_successor_takes_office(run):
    # William Hague left the Foreign Office on 14 July 2014; Philip Hammond took over the next day
    before = run(_CONDEMN, published=date(2014, 7, 14), source=_UK)
    after = run(_CONDEMN, published=date(2014, 7, 15), source=_UK)
    assert "william-hague" in _keys(before, "ACCUSE")
    assert "philip-hammond" in _keys(after, "ACCUSE") and "william-hague" not in _keys(after, "ACCUSE")


def test_the_prime_minister_of_a_uk_readout_is_the_holder_on_its_date(run):
    text = "The Prime Minister spoke to the Chancellor of Germany on Tuesday about the talks in Geneva."
    brown = run(text, published=date(2008, 11, 20), source=_UK)
    blair = run(text, published=date(2005, 3, 2), source=_UK)
    assert "gordon-brown" in _keys(brown, "CONSULT", "participants")
    assert "tony-blair" in _keys(blair, "CONSULT", "participants")


def test_the_secretary_of_a_state_department_statement_is_the_holder_on_its_date(run):
    text = "The Secretary condemned the bombing of the market in Baghdad."
    assert "condoleezza-rice" in _keys(run(text, published=date(2007, 4, 12), source=_STATE), "ACCUSE")
    assert "colin-powell" in _keys(run(text, published=date(2003, 8, 20), source=_STATE), "ACCUSE")


def test_a_title_of_a_named_state_resolves_on_the_date_in_a_wire_story(run):
    text = (
        "Iranian President addressed the General Assembly, and the German Foreign Minister "
        "criticised his remarks."
    )
    ex = run(text, published=date(2011, 9, 22))
    keys = {k for e in ex.events for k in e.participants}
    assert "guido-westerwelle" in keys


def test_the_nato_secretary_general_of_past_years(run):
    text = "The NATO Secretary General condemned the attack on the convoy near Kandahar."
    assert "jaap-de-hoop-scheffer" in _keys(run(text, published=date(2007, 5, 3)), "ACCUSE")
    assert "anders-fogh-rasmussen" in _keys(run(text, published=date(2012, 5, 3)), "ACCUSE")


def test_a_past_holder_named_in_text_is_a_person(run):
    text = "Chinese Premier Wen Jiabao met Australian Prime Minister Julia Gillard in Beijing on Wednesday."
    ex = run(text, published=date(2011, 4, 27))
    keys = _keys(ex, "CONSULT", "participants")
    assert {"wen-jiabao", "julia-gillard"} <= keys


def test_no_holder_before_the_first_day_of_a_gap(run):
    # a title of an office whose holder on that day the gazetteer does not know names no one: the
    # 2013 holder is not read back into 1990
    ex = run(_CONDEMN, published=date(1990, 5, 1), source=_UK)
    assert not {"william-hague", "david-lammy", "jack-straw"} & _keys(ex, "ACCUSE")


def test_a_demonym_title_in_a_wire_story_names_that_states_holder_on_the_date(run):
    text = "The Ukrainian Foreign Minister condemned the shelling of Mariupol."
    assert "pavlo-klimkin" in _keys(run(text, published=date(2015, 1, 25)), "ACCUSE")
    assert "dmytro-kuleba" in _keys(run(text, published=date(2022, 3, 1)), "ACCUSE")
    text = "The Canadian Foreign Minister condemned the detention of the two Canadians."
    assert "chrystia-freeland" in _keys(run(text, published=date(2018, 12, 14)), "ACCUSE")
