"""A pair of states joined by a hyphen ("the Eritrea-Ethiopia border", "India-Pakistan tensions") is a
pair the text names; a description of states or bodies ("the countries", "both nations", "the warring
parties") with no group near it stands for the one group of them the text has named, however far back,
and for none where it has named several; and a threat made on a condition set for the other party
("has threatened them with sanctions if they ...") is made."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

ERITREA, ETHIOPIA, INDIA, PAKISTAN = "Q986", "Q115", "Q668", "Q843"
ARMENIA, AZERBAIJAN, UNSC = "Q399", "Q227", "Q37470"


def test_the_countries_are_the_hyphenated_pair_of_the_lead(run, events_of):
    ex = run(
        "Monitors say tension is rising along the Eritrea-Ethiopia border. "
        "A UN report released on Friday says observers can watch only part of the area. "
        "Officials in Asmara say the mission is doing too little. "
        "The report also lists new restrictions on helicopter flights. "
        "The countries fought a two-year border war that ended in 2000."
    )
    fights = [e for e in events_of(ex, "ASSAULT") if set(e.participants) == {ERITREA, ETHIOPIA}]
    assert fights


def test_a_dash_joins_a_pair_of_states_in_a_wire_lead(run, events_of):
    ex = run(
        "NEW DELHI (Reuters) - India-Pakistan tensions rose on Monday after a deadly raid in Kashmir. "
        "Markets fell in Mumbai and Karachi. Analysts expect no quick end to the dispute. "
        "Shops in Srinagar stayed shut. Schools closed for a second day. Roads were empty. "
        "Both countries have traded accusations over the raid."
    )
    accusations = events_of(ex, "ACCUSE")
    assert any(set(e.participants) == {INDIA, PAKISTAN} for e in accusations)


def test_the_parties_far_back_stay_unnamed_where_the_text_named_two_pairs(run):
    ex = run(
        "Armenia and Azerbaijan held talks in Brussels on Monday. "
        "Separately, India and Pakistan agreed to reopen a border crossing. "
        "Officials gave no details of the schedule. Traders welcomed the news. "
        "The countries fought a war in the 1990s."
    )
    for e in ex.events:
        if e.plover == "ASSAULT":
            assert not {ARMENIA, AZERBAIJAN} <= set(e.participants)


def test_a_threat_on_a_condition_for_the_other_party_is_made(run, events_of):
    ex = run(
        "The Security Council has threatened Eritrea and Ethiopia with sanctions if they do not "
        "withdraw their troops from the border."
    )
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == [UNSC]
    assert threat.modality == "asserted"


def test_a_threat_that_is_itself_the_condition_is_not_made(run):
    ex = run("If Armenia threatens Azerbaijan again, the alliance will hold an emergency meeting.")
    assert not [e for e in ex.events if e.plover == "THREATEN" and e.modality == "asserted"]
