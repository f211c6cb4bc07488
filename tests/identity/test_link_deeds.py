"""Two deeds of one doer on one day: finer classes that name different deeds (an arrest and the
diversion of an airliner, a weapons test and a deployment, an accusation and a condemnation) keep
two reports apart unless they name the same sides; a generic class ("an attack", "talks"), two
classes of one group (a visit and its meeting) and two lasting classes (an invasion and its war)
tell nothing apart."""
from datetime import date

import pytest

from kg.documents import from_text
from kg.identity.link import refusal, same_event
from kg.identity.rules import rules
from tests.identity.test_link import rep
from tests.identity.test_link_texts import _linked_one_at_a_time

BELARUS, POLAND, RUSSIA, UKRAINE, JAPAN = "Q184", "Q36", "Q159", "Q212", "Q17"
DAY, PUB = "2024-05-23", date(2024, 5, 23)


def deed(doc, cls, plover="COERCE", src=(BELARUS,), tgt=(), **kw):
    return rep(doc, parts=(), src=src, tgt=tgt, plover=plover, cls=cls, date_=DAY, pub=PUB, **kw)


def test_the_doer_alone_of_an_arrest_is_not_the_diversion_of_the_same_day():
    # "Belarus forced a Polish airliner to land in Minsk on Thursday" and "Belarusian police detained
    # an opposition activist at Minsk airport on Thursday"
    diverted = deed("wire", "Seizure", tgt=(POLAND,))
    detained = deed("lawyer", "Arrest")
    assert refusal(diverted, detained) == "class" and refusal(detained, diverted) == "class"
    # two reports of the arrest are one
    assert same_event(detained, deed("party", "Arrest"))


def test_a_weapons_test_is_not_a_deployment_of_the_same_day():
    test = deed("seoul", "MilitaryExercise", plover="MOBILIZE", src=("Q423",), tgt=(JAPAN,))
    moved = deed("tokyo", "Deployment", plover="MOBILIZE", src=("Q423",))
    assert not same_event(test, moved)


def test_the_same_sides_may_still_be_one_statement_told_two_ways():
    # "The Secretary-General praised the parties" and "The Secretary-General welcomed the parties'
    # commitment": the same speaker and the same parties named, nothing else
    praised = deed("un", "Praise", plover="SUPPORT", src=("sg",), tgt=(RUSSIA, UKRAINE))
    welcomed = deed("news", "Endorsement", plover="SUPPORT", src=("sg",), tgt=(RUSSIA, UKRAINE))
    assert same_event(praised, welcomed)


@pytest.mark.parametrize("a, b", [("Attack", "MilitaryStrike"), ("Negotiation", "PhoneCall"),
                                  ("Invasion", "War"), ("Visit", "Meeting"), (None, "Arrest")])
def test_a_generic_kin_or_missing_class_tells_nothing_apart(a, b):
    assert not rules().deeds_differ(a, b) and not rules().deeds_differ(b, a)


def test_an_attack_told_as_a_strike_is_still_one_attack():
    # "the attack on Kharkiv" and "Russian missiles struck Kharkiv": the doer named in one only
    attack = deed("un", "Attack", plover="ASSAULT", src=(), tgt=(UKRAINE,))
    strike = deed("wire", "MilitaryStrike", plover="ASSAULT", src=(RUSSIA,), tgt=(UKRAINE,))
    assert same_event(attack, strike)


TEXTS = {
    "wire": ("2024-05-23", "Belarus forces airliner down\n\nBelarus forced a Polish airliner to land in "
                           "Minsk on Thursday, the Polish government said, calling it an act of state "
                           "piracy against Poland."),
    "lawyer": ("2024-05-23", "Activist held in Minsk\n\nBelarusian police detained an opposition "
                             "activist at Minsk airport on Thursday, his lawyer said."),
    "party": ("2024-05-24", "Statement on the detention in Minsk\n\nThe authorities of Belarus arrested "
                            "an opposition activist yesterday. We call for his immediate release."),
}


def _docs(order):
    return [from_text(f"---\npublished: {TEXTS[n][0]}\n---\n{TEXTS[n][1]}\n", f"{n}.txt", n)
            for n in order]


@pytest.mark.parametrize("order", [["wire", "lawyer", "party"], ["party", "lawyer", "wire"]])
def test_the_diversion_and_the_arrest_stay_two_events_one_document_at_a_time(order):
    linked, relinked = _linked_one_at_a_time(_docs(order))
    assert linked == relinked == [("lawyer COERCE", "party COERCE")]

