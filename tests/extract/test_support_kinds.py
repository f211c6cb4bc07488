"""A word of support names backing in words (SUPPORT), in kind (AID) or in another's operation
(COOPERATE), told by the words around it (kg.extract.support_kinds, ``support_kinds`` in
ontology/triggers.yaml): what is said of the support, what is supported, what a clause of its means
or aim handles, and who gives it. Endorsement, a stance voiced and support for a named body stay
SUPPORT."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)

NORWAY, LEBANON, EU, CHAD = "Q20", "Q822", "Q458", "Q657"
UGANDA, ITALY, GREECE, INDIA, SRI_LANKA = "Q1036", "Q38", "Q41", "Q668", "Q854"
CANADA, PHILIPPINES, KENYA, SOMALIA = "Q16", "Q928", "Q114", "Q1045"
GERMANY, UKRAINE, FRANCE, MOROCCO, JAPAN = "Q183", "Q212", "Q142", "Q1028", "Q17"
MALI, ALGERIA, UN, HAITI = "Q912", "Q262", "Q1065", "Q790"


def _types(ex) -> set[str]:
    return {e.plover for e in ex.events}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a word said of the support: a kind of aid
        ("Norway's practical support to Lebanon has kept the camps running.", NORWAY, LEBANON),
        ("The European Union backed Chad financially during the drought.", EU, CHAD),
        # what is supported, or what the means or aim of the support handles
        ("Italy supported Greece in the evacuation of tourists from Rhodes.", ITALY, GREECE),
        ("India has backed Sri Lanka with loans and fuel.", INDIA, SRI_LANKA),
        ("The Secretary-General reiterates that the United Nations will continue to support the Government "
         "of Haiti in meeting the humanitarian needs of the displaced.", UN, HAITI),
    ],
)
def test_support_in_kind_is_aid(run, events_of, text, source, target):
    ex = run(text)
    (aid,) = events_of(ex, "AID")
    assert aid.source == [source]
    assert aid.target == [target]
    assert "SUPPORT" not in _types(ex)


def test_support_of_people_in_need_is_aid(run, events_of):
    ex = run("KAMPALA (Reuters) - Uganda is supporting thousands of refugees who fled the fighting, "
             "officials said on Tuesday.")
    (aid,) = events_of(ex, "AID")
    assert aid.source == [UGANDA]
    assert "SUPPORT" not in _types(ex)


def test_support_given_by_an_aid_body_is_aid(run, events_of):
    ex = run("The U.S. Agency for International Development (USAID) has supported Kenya for a decade.")
    (aid,) = events_of(ex, "AID")
    assert aid.target == [KENYA]
    assert "SUPPORT" not in _types(ex)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Canada is supporting the Philippine navy's patrols in the South China Sea.", CANADA, PHILIPPINES),
        ("Kenya is supporting Somalia's military operations against the insurgents.", KENYA, SOMALIA),
    ],
)
def test_support_of_an_operation_is_cooperation(run, events_of, text, source, target):
    ex = run(text)
    (joint,) = events_of(ex, "COOPERATE")
    assert joint.source == [source]
    assert joint.target == [target]
    assert "SUPPORT" not in _types(ex)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # endorsement of a party's aim or plan
        ("Germany supports Ukraine's bid to join the European Union.", GERMANY, UKRAINE),
        ("France supports Morocco's autonomy plan.", FRANCE, MOROCCO),
        # a mission named as a body is a party supported, not a kind of backing
        ("Japan reiterated its support for the United Nations Mission in South Sudan.", JAPAN, None),
    ],
)
def test_endorsement_stays_support(run, events_of, text, source, target):
    ex = run(text)
    (backing,) = events_of(ex, "SUPPORT")
    assert backing.source == [source]
    if target:
        assert backing.target == [target]
    assert not _types(ex) & {"AID", "COOPERATE"}


def test_support_voiced_for_people_in_need_stays_support(run, events_of):
    ex = run("Brazil expressed its support for the victims of the floods and their families.")
    events_of(ex, "SUPPORT")
    assert not _types(ex) & {"AID", "COOPERATE"}


def test_support_credited_with_a_pronoun_is_given_by_the_one_thanked(run, events_of):
    ex = run("Mali thanked Algeria for its support to the operation against the militants.")
    (joint,) = events_of(ex, "COOPERATE")
    assert joint.source == [ALGERIA]
    (thanks,) = events_of(ex, "SUPPORT")
    assert thanks.source == [MALI]
    assert thanks.target == [ALGERIA]
