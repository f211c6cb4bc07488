"""Two events of different types between the same parties in one sentence: the second one keeps its
own doer. A pronoun subject of a relative clause on a deed's object ("released the soldiers they
captured", "freed the ministers it had arrested") is the deed's doer, so the capture is an event of its
own; a release of officials or ministers is a release. Where no second event is told, none appears: a
meeting held to discuss is one consultation, an attack asked to stop is only asked."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)

TALIBAN = "taliban"
RUSSIA = "Q159"
FRANCE = "Q142"


def _labels(ex, keys):
    names = {a.key: a.label for a in ex.actors}
    return [names.get(k, k) for k in keys]


def test_a_relative_pronoun_on_the_released_is_the_releaser(run, events_of):
    ex = run("The Taliban have released 20 Afghan soldiers they captured last week.")
    (capture,) = events_of(ex, "COERCE")
    (release,) = events_of(ex, "CONCEDE")
    assert capture.source == release.source == [TALIBAN]


def test_it_in_a_relative_clause_is_the_state_that_freed(run, events_of):
    ex = run("Russia released a French researcher it detained in June.")
    (detention,) = events_of(ex, "COERCE")
    (release,) = events_of(ex, "CONCEDE")
    assert detention.source == release.source == [RUSSIA]


def test_a_released_official_is_a_release(run, events_of):
    ex = run("The junta in Niamey released several ministers on Monday.")
    assert events_of(ex, "CONCEDE")


def test_a_relative_pronoun_after_blame_is_not_the_blamer(run):
    ex = run("France condemned the raids they launched on Monday.")
    assert not any(FRANCE in e.source for e in ex.events if e.plover in ("ASSAULT", "COERCE"))


def test_a_participle_of_a_deed_after_an_accusation_is_the_accused_deed(run):
    ex = run("Kenya accused al-Shabaab of shelling a market in Mandera, killing twelve people.")
    assaults = [e for e in ex.events if e.plover == "ASSAULT"]
    assert assaults and all(_labels(ex, a.source) == ["al-Shabaab"] for a in assaults)


def test_a_meeting_held_to_discuss_is_one_consultation(run):
    ex = run("Egypt's foreign minister met his Jordanian counterpart in Cairo on Monday to discuss trade.")
    assert [e.plover for e in ex.events] == ["CONSULT"]


def test_an_attack_asked_to_stop_is_no_second_event(run, events_of):
    ex = run("The United States urged Hamas to stop its rocket attacks on Israel.")
    events_of(ex, "REQUEST")
    assert all(e.plover == "REQUEST" for e in ex.events)
