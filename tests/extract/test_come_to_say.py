"""Words one came together with others to say are said there: an infinitive of purpose on a verb of
coming or joining (``gathering_verbs`` in modality.yaml) tells a statement made, as one on a meeting
does; a deed one came to do stays only its aim (kg.extract.modality). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)


def test_a_declaration_the_presidents_came_to_sign_is_signed(run, events_of):
    ex = run("The presidents of Peru and Ecuador came to Lima on Friday to sign a joint declaration.")
    (deal,) = events_of(ex, "AGREE")
    assert deal.modality == "asserted"
    assert set(deal.participants) >= {"Q419", "Q736"}


def test_talks_one_joined_others_to_hold_are_held(run, events_of):
    ex = run("The Peruvian minister joined regional leaders in Quito on Monday to discuss the dispute.")
    (talks,) = events_of(ex, "CONSULT")
    assert talks.modality == "asserted"
    assert talks.source == ["Q419"]


def test_backing_given_by_those_who_joined_the_talks_is_given(run, events_of):
    ex = run("Four Nordic leaders joined the talks with Zelensky in Oslo on Monday to back Ukraine.")
    (backing,) = events_of(ex, "SUPPORT")
    assert backing.target == ["Q212"]
    assert backing.modality == "asserted"


def test_a_deed_troops_came_to_do_stays_an_aim(run):
    ex = run("Chilean troops came to the border town on Monday to attack the Peruvian rebels.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_a_statement_one_was_sent_to_make_stays_an_aim(run):
    # "send" is no verb of coming together: what an envoy is sent to say is only the aim of sending him
    ex = run("Norway sent an envoy to Chile on Monday to convey its concern over the raid.")
    assert not [e for e in ex.events if e.plover == "ACCUSE" and e.modality == "asserted"]


def test_what_a_summoned_envoy_is_called_to_hear_is_not_the_envoys_statement(run):
    # a verb of summoning is no verb of coming together: its infinitive may be the summoned one's
    # ("summoned the envoy to explain"), so the summoned one's state is made to say nothing
    ex = run("Norway called the Chilean envoy to its ministry on Friday to convey its concern over the raid.")
    assert not [e for e in ex.events if e.plover == "ACCUSE" and e.source == ["Q298"]]


def test_a_call_on_another_to_speak_is_no_statement_made(run):
    # "called on X to ...": a call on X, not X come to a meeting where it spoke
    ex = run("Norway called on Chile to voice its concern over the raids.")
    voiced = [e for e in ex.events if e.plover == "ACCUSE" and e.source == ["Q298"]]
    assert not [e for e in voiced if e.modality == "asserted"]
