"""Event words added for recall (ontology/triggers.yaml): event nouns ("an indictment", "a ceasefire
between two sides"), statements coded by what they do ("it is imperative that ...", "appalled by ..."), and
deeds told in the passive ("the crew were reunited", "a tanker hijacked by pirates")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_a_state_imperative_is_a_demand(run, events_of):
    ex = run('"It is imperative that Serbia and Kosovo show restraint," Germany said on Monday.')
    (demand,) = events_of(ex, "REQUEST")
    assert demand.source == ["Q183"]
    assert set(demand.target) == {"Q403", "Q1246"}


def test_appalled_by_a_deed_blames_its_doer(run, events_of):
    ex = run("Norway was appalled by the shelling of the hospital by Myanmar's army.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q20"]
    assert "Q836" in blame.target


def test_an_indictment_accuses(run, events_of):
    ex = run("France unsealed an indictment against two Iranian officers on Tuesday.")
    (charge,) = events_of(ex, "ACCUSE")
    assert charge.source == ["Q142"]


def test_hostages_reunited_with_their_families_were_released(run, events_of):
    ex = run("Three Thai hostages held by Hamas were reunited with their families on Sunday.")
    assert events_of(ex, "CONCEDE")


def test_a_ship_hijacked_by_a_militia_is_seized(run, events_of):
    ex = run("Yemen's Houthis hijacked a Japanese cargo ship in the Red Sea on Sunday.")
    (seizure,) = events_of(ex, "COERCE")
    assert "Q794" not in seizure.target


def test_what_a_named_party_must_do_is_demanded_of_it(run, events_of):
    ex = run("Germany said Belarus must change course immediately.")
    (demand,) = events_of(ex, "REQUEST")
    assert (demand.source, demand.target) == (["Q183"], ["Q184"])


def test_what_a_thing_or_we_must_do_is_no_demand(run):
    ex = run("Germany said the safety of Belarusian envoys must come first. We must change course, it said.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_the_release_of_people_held_by_a_party_is_made_by_that_party(run, events_of):
    ex = run("Chile welcomed the release of two Peruvian fishermen held by Bolivia since May.")
    (release,) = [e for e in events_of(ex, "CONCEDE") if e.trigger == "release"]
    assert release.source == ["Q750"]
    assert "Q419" in release.target


def test_a_demand_for_the_release_of_people_held_by_a_party_is_made_of_it(run, events_of):
    ex = run("Chile demanded the release of the fishermen detained by Bolivia.")
    (demand,) = events_of(ex, "REQUEST")
    assert (demand.source, demand.target) == (["Q298"], ["Q750"])


def test_a_ceasefire_between_two_sides_is_agreed_by_both(run, events_of):
    ex = run("Chile welcomed the ceasefire between Peru and Bolivia on Monday.")
    (truce,) = events_of(ex, "AGREE")
    assert {"Q419", "Q750"} <= set(truce.participants)
    assert not [e for e in ex.events if e.plover == "CONCEDE"]


def test_a_ceasefire_one_side_declares_is_a_concession(run, events_of):
    ex = run("Bolivia declared a unilateral ceasefire on Monday.")
    assert events_of(ex, "CONCEDE")


def test_disputing_or_refuting_claims_rejects_them(run, events_of):
    for verb in ("disputed", "refuted"):
        ex = run(f"Armenia {verb} Azerbaijan's claims on Monday.")
        (denial,) = events_of(ex, "REJECT")
        assert denial.source == ["Q399"]
        assert not [e for e in ex.events if e.plover == "ACCUSE"]


def test_forces_battling_each_other_fight(run, events_of):
    ex = run("Government forces have been battling with Houthi rebels since 2014.")
    assert events_of(ex, "ASSAULT")


def test_reiterating_the_need_for_a_deed_asks_for_it(run, events_of):
    ex = run("Canada reiterated the importance of free elections in Haiti to President Moise.")
    (ask,) = events_of(ex, "REQUEST")
    assert ask.source == ["Q16"]
