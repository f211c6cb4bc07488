"""Which PLOVER type an event takes where a sentence could give it more than one: the act a request
asks for, a deed another must do. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _types(ex) -> set[str]:
    return {e.plover for e in ex.events}


def test_what_a_request_asks_for_is_part_of_the_request(run, events_of):
    for text in (
        "Chile demanded the immediate release of the Peruvian fishermen.",
        "Norway called for the withdrawal of Serbian troops from Kosovo.",
        "Brazil urged Paraguay to free the detained journalists.",
    ):
        ex = run(text)
        assert _types(ex) == {"REQUEST"}, text


def test_a_request_and_a_deed_told_in_a_tense_of_its_own_are_two_events(run, events_of):
    ex = run("Britain demanded the release of its sailors, and the Iranian ambassador was summoned.")
    assert {"REQUEST", "ACCUSE"} <= _types(ex)


def test_a_deed_a_request_asks_to_end_still_happened(run, events_of):
    ex = run("Norway urged Serbia to end its attacks on Kosovo.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["Q403"]


def test_a_deed_named_after_a_request_is_not_asked_for(run, events_of):
    ex = run("Ukraine asked Germany for more air defence after the attack by Russia on Kharkiv.")
    assert events_of(ex, "ASSAULT")


def test_a_release_a_court_orders_happens(run, events_of):
    assert events_of(run("The court ordered the release of detained activists in Egypt."), "CONCEDE")


def test_a_deed_another_must_do_is_a_demand_on_it(run, events_of):
    ex = run("Chile must immediately withdraw its warships from Peruvian waters, Argentina said.")
    (demand,) = events_of(ex, "REQUEST")
    assert demand.source == ["Q414"] and demand.target == ["Q298"]
    assert demand.modality == "asserted"
    assert not [e for e in ex.events if e.plover == "RETREAT"]


def test_we_must_and_must_have_are_no_demands(run):
    assert "REQUEST" not in _types(run("We must strike the rebels in Idlib, the Syrian army said."))
    assert "REQUEST" not in _types(run("Russia must have attacked Kharkiv, Ukraine said."))


def test_support_in_kind_is_aid_given_once(run, events_of):
    ex = run("Britain is providing further humanitarian support to Pakistan after the floods.")
    (aid,) = events_of(ex, "AID")
    assert aid.source == ["Q145"] and aid.target == ["Q843"]
    assert "SUPPORT" not in _types(ex)


def test_a_ceasefire_reached_is_an_agreement_and_one_declared_a_concession(run, events_of):
    (truce,) = events_of(run("A ceasefire was reached between Armenia and Azerbaijan."), "AGREE")
    assert set(truce.participants) == {"Q399", "Q227"}
    assert events_of(run("Georgia declared a ceasefire in South Ossetia."), "CONCEDE")


def test_a_light_verb_carrying_an_event_word_is_no_event_of_its_own(run, events_of):
    ex = run("The United States issued warnings to Russia.")
    (warning,) = events_of(ex, "THREATEN")
    assert warning.source == ["Q30"] and warning.target == ["Q159"]
    assert _types(ex) == {"THREATEN"}
    (talks,) = events_of(run("Qatar hosted talks between Israel and Hamas."), "CONSULT")
    assert {"Q801", "Q38799"} <= set(talks.participants)


def test_aid_mobilised_is_aid_and_missiles_intercepted_no_seizure(run, events_of):
    ex = run("The United Nations will mobilise emergency assistance for Sudan.")
    assert events_of(ex, "AID") and "MOBILIZE" not in _types(ex)
    ex = run("Israel intercepted two drones that Hezbollah launched at Haifa.")
    assert "COERCE" not in _types(ex)



def test_a_ceasefire_between_two_sides_is_their_agreement(run, events_of):
    ex = run("The minister welcomed the ceasefire between Armenia and Azerbaijan.")
    (deal,) = events_of(ex, "AGREE")
    assert sorted(deal.participants) == ["Q227", "Q399"]
    assert "CONCEDE" not in _types(ex)


def test_one_sides_ceasefire_is_its_concession(run, events_of):
    ex = run("Hamas declared a ceasefire on Monday.")
    (truce,) = events_of(ex, "CONCEDE")
    assert truce.source == ["Q38799"] and "AGREE" not in _types(ex)
