"""Custody with no agent named is held by the state where it happens ("were arrested in Minsk"); an
agent named keeps the place a mere place. Closing a border or a port is coercion, closing an embassy
stays a sanction; prosecuting a person and stripping a lawmaker's immunity are coercion, while "the
prosecution" as a side in court is no event."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)

BELARUS, GERMANY, RUSSIA, SERBIA, KENYA = "Q184", "Q183", "Q159", "Q403", "Q114"


def test_people_arrested_in_a_city_are_held_by_its_state(run, events_of):
    ex = run("Officials said at least 40 people were arrested in Minsk on Tuesday.")
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.source == [BELARUS]
    assert BELARUS not in arrest.target


def test_a_named_agent_keeps_the_place_out_of_the_source(run, events_of):
    ex = run("Two Belarusian activists were detained in Berlin by Russian agents on Friday.")
    for e in events_of(ex, "COERCE"):
        assert GERMANY not in e.source


def test_an_active_arrest_keeps_its_subject(run, events_of):
    ex = run("Belarus arrested two German citizens in Minsk on Tuesday.")
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.source == [BELARUS]


def test_closing_a_border_is_coercion(run, events_of):
    ex = run("Serbia closed its border with Kosovo on Sunday.")
    (closure,) = events_of(ex, "COERCE")
    assert closure.source == [SERBIA]
    assert not [e for e in ex.events if e.plover == "SANCTION"]


def test_closing_an_embassy_stays_a_sanction(run, events_of):
    ex = run("Germany closed its embassy in Kenya on Monday.")
    assert events_of(ex, "SANCTION")
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_prosecuting_an_opponent_is_coercion(run, events_of):
    ex = run("Belarus is prosecuting the opposition leader Ivan Petrov, Germany said.")
    (trial,) = events_of(ex, "COERCE")
    assert trial.source == [BELARUS]


def test_the_prosecution_as_a_side_in_court_is_no_event(run):
    ex = run("The prosecution said the hearing would resume on Monday.")
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_stripping_immunity_is_coercion(run, events_of):
    ex = run("The Kenyan parliament stripped the immunity of opposition lawmaker Ivan Petrov.")
    (strip,) = events_of(ex, "COERCE")
    assert strip.source == [KENYA]


def test_stripping_a_title_is_no_coercion(run):
    ex = run("The federation stripped the runner of her medal on Monday.")
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_a_border_closed_with_a_neighbour_targets_it(run, events_of):
    ex = run("Kenya closed its border with Serbia on Sunday.")
    (closure,) = events_of(ex, "COERCE")
    assert closure.source == [KENYA]
    assert closure.target == [SERBIA]


def test_moving_warplanes_is_mobilisation(run, events_of):
    ex = run("Russia moved warplanes and destroyers to the Baltic over the past week.")
    (move,) = events_of(ex, "MOBILIZE")
    assert move.source == [RUSSIA]


def test_moving_a_meeting_is_no_mobilisation(run):
    ex = run("Germany moved the talks with Kenya to Friday.")
    assert not [e for e in ex.events if e.plover == "MOBILIZE"]


def test_custody_with_no_agent_or_place_is_the_story_states(run, events_of):
    ex = run(
        "Belarus has faced weeks of protests over the vote. Belarus said the unrest was organised abroad. "
        "The opposition figure Ivan Petrov was arrested early on Wednesday as he left his home."
    )
    arrests = [e for e in events_of(ex, "COERCE") if e.date == "2024-05-01"]
    assert arrests and all(a.source == [BELARUS] for a in arrests)


def test_custody_by_a_named_agent_keeps_that_agent(run, events_of):
    ex = run(
        "Belarus has faced weeks of protests over the vote. Belarus said the unrest was organised abroad. "
        "Two Belarusian activists were detained by German police in Berlin on Friday."
    )
    for e in events_of(ex, "COERCE"):
        assert BELARUS not in e.source


def test_custody_with_no_story_state_takes_no_source(run, events_of):
    ex = run("The opposition figure Ivan Petrov was arrested early on Wednesday as he left his home.")
    for e in events_of(ex, "COERCE"):
        assert not e.source
