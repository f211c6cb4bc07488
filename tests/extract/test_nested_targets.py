"""Targets inside what an event word governs (kg.extract.nested): the doer of a gerund after the word's
preposition, the other party of a deed its source commits to, the doer of an event noun it is about;
never the source's own side, nor the victims of a deed a blame is about."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_the_other_party_of_a_deed_committed_to_is_the_target(run, events_of):
    ex = run("Norway renewed its commitment to working with Kenya on trade.")
    (support,) = events_of(ex, "SUPPORT")
    assert support.source == ["Q20"] and support.target == ["Q114"]


def test_the_doer_of_a_gerund_is_whom_a_concern_is_about(run, events_of):
    ex = run("Japan and Canada expressed deep concern about Iran developing long-range missiles.")
    accusations = events_of(ex, "ACCUSE")
    assert accusations and all(a.target == ["Q794"] for a in accusations)


def test_the_doer_of_an_event_noun_is_whom_a_concern_is_about(run, events_of):
    ex = run("Sweden voiced grave concern over attacks by Russia on the port.")
    assert any(a.source == ["Q34"] and a.target == ["Q159"] for a in events_of(ex, "ACCUSE"))


def test_support_for_efforts_by_another_backs_it_not_the_supporter_itself(run, events_of):
    ex = run("Germany voiced support for efforts by Qatar to mediate.")
    (support,) = events_of(ex, "SUPPORT")
    assert support.source == ["Q183"] and support.target == ["Q846"]


def test_the_victims_of_a_deed_are_not_whom_a_concern_blames(run, events_of):
    ex = run("Sweden voiced grave concern over attacks on Ukraine.")
    assert not any("Q212" in a.target for a in events_of(ex, "ACCUSE"))


def test_a_deed_of_the_sources_own_side_names_no_target(run):
    ex = run("The Spanish foreign minister renewed his commitment to working with Spain on trade.")
    assert not [e for e in ex.events if e.plover == "SUPPORT" and e.target]


def test_a_gerund_with_no_doer_blames_no_one(run):
    ex = run("France expressed concern about developing weapons in the region.")
    assert not [e for e in ex.events if e.plover == "ACCUSE" and e.target]


def test_a_commitment_to_a_hostile_deed_backs_no_one(run):
    ex = run("Norway renewed its commitment to attacking Russia and to punishing Iran.")
    assert not [e for e in ex.events if e.plover == "SUPPORT" and e.target]


def test_the_leader_of_a_deed_backed_is_the_target(run, events_of):
    ex = run("Sweden voiced strong support for mediation led by Angola.")
    assert any(e.source == ["Q34"] and e.target == ["Q916"] for e in events_of(ex, "SUPPORT"))
