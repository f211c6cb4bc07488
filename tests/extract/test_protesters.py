"""Protesters as a party of their own: people who protest, named by no name of their own, act as one
party of the text ("demonstrators stormed the town hall"; "Peruvian protesters": not Peru), and a
protest told by its noun alone ("protests in Peru", "protests against the president") is theirs, at
the state it is placed in or whoever it is against."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

PERU, BOLIVIA = "Q419", "Q750"
CONTEXT = " Bolivia closed its border with Peru on Monday."


def _labels(ex, keys):
    actors = {a.key: a.label for a in ex.actors}
    return [actors.get(k, k) for k in keys]


def test_demonstrators_who_act_are_a_party_not_the_state(run, events_of):
    ex = run("Demonstrators stormed a police station in Peru on Sunday." + CONTEXT)
    (storming,) = events_of(ex, "ASSAULT")
    assert _labels(ex, storming.source) == ["protesters"]
    assert PERU not in storming.source


def test_a_demonym_names_the_protesters_not_their_state(run, events_of):
    ex = run("Peruvian protesters marched against the government of Peru on Sunday." + CONTEXT)
    (march,) = events_of(ex, "PROTEST")
    assert _labels(ex, march.source) == ["Peruvian protesters"]
    assert march.target == [PERU]


def test_protests_placed_in_a_state_are_its_protesters_against_it(run, events_of):
    ex = run("Weeks of protests in Peru over a pension reform have left ten people dead." + CONTEXT)
    (protest,) = events_of(ex, "PROTEST")
    assert _labels(ex, protest.source) == ["protesters"]
    assert protest.target == [PERU]


def test_protesters_a_deed_befalls_are_no_party(run):
    # must not fire: protesters arrested are not made a party of their own
    ex = run("Police in Peru arrested dozens of protesters on Sunday." + CONTEXT)
    assert not any("protesters" in a.label for a in ex.actors)


def test_a_protest_aimed_at_no_one_and_placed_nowhere_gets_no_protesters(run):
    # must not fire: "protests were rare in the capital" names neither a state nor whom they are against
    ex = run("Protests were rare in the capital until this year." + CONTEXT)
    assert not any("protesters" in a.label for a in ex.actors)


def test_a_states_protest_stays_the_states(run):
    # must not fire: a protest with a doer of its own ("Bolivia lodged a protest") is that doer's
    ex = run("Bolivia lodged a formal protest with Peru over the incident on Sunday." + CONTEXT)
    assert any(e.source == [BOLIVIA] and PERU in e.target for e in ex.events)
    assert not any("protesters" in a.label for a in ex.actors)
