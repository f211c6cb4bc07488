"""Words one came together with others to say are said there: an infinitive of purpose on a verb of
coming, joining or summoning (``gathering_verbs`` in modality.yaml) tells a statement made, as one on a
meeting does; a deed one came to do stays only its aim (kg.extract.modality). Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)


def test_a_concern_the_envoy_was_summoned_to_hear_is_voiced(run, events_of):
    ex = run("Norway summoned the Chilean ambassador on Monday to convey its deep concern over the raid.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q20"]
    assert blame.modality == "asserted"


def test_an_agreement_the_leaders_came_to_sign_is_signed(run, events_of):
    ex = run("The presidents of Peru and Ecuador came to Lima on Friday to sign a border agreement.")
    (deal,) = events_of(ex, "AGREE")
    assert deal.modality == "asserted"
    assert set(deal.participants) >= {"Q419", "Q736"}


def test_backing_given_by_those_who_joined_the_talks_is_given(run, events_of):
    ex = run("Four Nordic leaders joined the talks with Zelensky in Oslo on Monday to back Ukraine.")
    (backing,) = events_of(ex, "SUPPORT")
    assert backing.target == ["Q212"]


def test_a_deed_troops_came_to_do_stays_an_aim(run):
    ex = run("Chilean troops came to the border town on Monday to attack the Peruvian rebels.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_a_statement_one_was_sent_to_make_stays_an_aim(run):
    # "send" is no verb of coming together: what an envoy is sent to say is only the aim of sending him
    ex = run("Norway sent an envoy to Chile on Monday to convey its concern over the raid.")
    assert not [e for e in ex.events if e.plover == "ACCUSE" and e.modality == "asserted"]


def test_a_call_on_another_to_speak_is_no_statement_made(run):
    # "called on X to ...": a call on X, not X summoned to a meeting where it spoke
    ex = run("Norway called on Chile to voice its concern over the raids.")
    voiced = [e for e in ex.events if e.plover == "ACCUSE" and e.source == ["Q298"]]
    assert not [e for e in voiced if e.modality == "asserted"]
