"""An event noun that a relative clause's light verb makes ("the warnings that X issued to Y", "the aid
Y has sent to Z"): the clause's subject does it, its dative is whom it is aimed at
(kg.extract.noun_roles); a relative clause of another verb or with an object of its own names no role."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

UK, RUSSIA, FRANCE, GERMANY, UKRAINE, JAPAN = "Q145", "Q159", "Q142", "Q183", "Q212", "Q17"


def test_a_warning_issued_in_a_relative_clause_is_the_issuers(run, events_of):
    ex = run("The sanctions follow repeated warnings that Britain issued to Moscow over the past year.")
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == [UK]
    assert threat.target == [RUSSIA]


def test_aid_sent_in_a_relative_clause_without_that(run, events_of):
    ex = run("France welcomed the aid Germany sent to Ukraine last week.")
    (aid,) = events_of(ex, "AID")
    assert aid.source == [GERMANY]
    assert aid.target == [UKRAINE]


def test_support_given_by_a_wire_style_subject(run, events_of):
    ex = run("Officials in Tokyo praised the support that Paris has given to Japan since the earthquake.")
    supports = [e for e in events_of(ex, "SUPPORT") if FRANCE in e.source]
    assert supports and supports[0].target == [JAPAN]


def test_a_relative_clause_of_a_verb_that_makes_nothing_names_no_role(run):
    ex = run("The warnings that Britain discussed with Germany were vague.")
    assert not [e for e in ex.events if e.plover == "THREATEN" and e.source == [UK]]
