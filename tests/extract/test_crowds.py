"""Crowds as the text's protesters: people counted by a group noun ("a group of demonstrators
attacked"), crowd nouns that are the subject of a word of demonstrating ("thousands of people took to
the streets", "students marched"), and protesters a deed befalls in a text whose protesters act
("police detained dozens of demonstrators"); a demonstration by them that names no one it is against
is against the state it is held in, or the state they are of."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

PERU, BOLIVIA, CHILE = "Q419", "Q750", "Q298"
CONTEXT = " Bolivia closed its border with Peru on Monday."


def _labels(ex, keys):
    actors = {a.key: a.label for a in ex.actors}
    return [actors.get(k, k) for k in keys]


def test_a_group_of_demonstrators_does_what_the_group_does(run, events_of):
    ex = run("A group of demonstrators attacked a police station in Peru on Sunday." + CONTEXT)
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["protesters"]


def test_people_who_march_are_protesters_against_the_state_they_march_in(run, events_of):
    ex = run("Thousands of people marched in Santiago on Sunday." + CONTEXT)
    (march,) = events_of(ex, "PROTEST")
    assert _labels(ex, march.source) == ["protesters"]
    assert march.target == [CHILE]


def test_people_who_do_no_demonstrating_are_no_protesters(run):
    # must not fire: a crowd noun as the subject of a verb of no demonstration
    ex = run("Thousands of people attended a concert in Peru on Sunday." + CONTEXT)
    assert not any("protesters" in a.label for a in ex.actors)


def test_a_demonym_gives_the_target_where_no_place_is_named(run, events_of):
    ex = run("Peruvian protesters marched on Sunday, chanting slogans." + CONTEXT)
    (march,) = events_of(ex, "PROTEST")
    assert _labels(ex, march.source) == ["Peruvian protesters"]
    assert march.target == [PERU]



def test_protesters_a_deed_befalls_join_the_texts_protesters(run, events_of):
    ex = run(
        "Protesters marched in Peru on Sunday against a pension reform. Police in Peru detained dozens"
        " of demonstrators on Monday." + CONTEXT
    )
    (detention,) = [e for e in events_of(ex, "COERCE") if e.source == ["peruvian-police", PERU]]
    assert _labels(ex, detention.target) == ["protesters"]



def test_protesters_a_deed_befalls_keep_their_demonym_where_none_act(run):
    # must not fire: with no protesters acting, those arrested are no party and "Peruvian" stays Peru
    ex = run("Police in Peru arrested dozens of Peruvian protesters on Sunday." + CONTEXT)
    assert not any("protesters" in a.label for a in ex.actors)
