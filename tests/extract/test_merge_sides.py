"""Roles of merged mentions (kg.extract.merge): a headline's sources give way to the body's, and a
rebel group is no agent of the state it is from when mentions are folded."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

SUDAN, SOUTH_SUDAN, DRC, ISRAEL, IRAN = "Q1049", "Q958", "Q974", "Q801", "Q794"


def test_the_body_source_wins_over_a_headline_naming_both_sides(run, events_of):
    title = "Sudan-South Sudan Ceasefire Takes Effect"
    body = "Sudan will begin lifting its blockade on the border crossings on Sunday."
    ex = run(f"{title}\n{body}", title=title)
    (concession,) = [e for e in events_of(ex, "CONCEDE") if len(e.mentions) == 2]
    assert concession.source == [SUDAN]
    assert SOUTH_SUDAN in concession.participants


def test_a_headline_source_stays_when_the_body_names_none(run, events_of):
    title = "Iran Launches Drone Attack on Israel"
    body = "Dozens of drones were launched at Israel on Friday, the Israeli army said."
    ex = run(f"{title}\n{body}", title=title)
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [IRAN] and attack.target == [ISRAEL]


def test_rebels_and_the_army_of_their_country_are_two_doers(run, events_of):
    ex = run(
        "M23 rebels shelled the town of Kanyaruchinya on Monday. "
        "The Congolese army shelled Kanyaruchinya on Monday."
    )
    attacks = events_of(ex, "ASSAULT")
    assert sorted(tuple(e.source) for e in attacks) == [(DRC,), ("m23",)]


def test_a_leader_and_his_state_still_count_as_one_side(run, events_of):
    ex = run(
        "Israeli Prime Minister Benjamin Netanyahu warned Iran on Monday. "
        "Israel warned Iran again on Monday that it would respond."
    )
    (threat,) = events_of(ex, "THREATEN")
    assert ISRAEL in threat.source and threat.target == [IRAN]
    assert len(threat.mentions) == 2
