"""An event noun held by a noun of amount or sequence ("a series of discussions", "exchanges of fire"),
wherever that phrase stands in the clause: the parties named on the holding noun (its owner, its
"between" phrase) are the event's own, as in "launched a wave of strikes"."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_exchanges_of_fire_between_two_states_are_their_fighting_not_an_accusation(run, events_of):
    ex = run(
        "The Secretary-General is alarmed by reports of exchanges of fire between Armenia and Azerbaijan "
        "along their border."
    )
    fighting = events_of(ex, "ASSAULT")
    assert set(fighting[0].participants) == {"Q399", "Q227"}
    # neither state voices the alarm
    assert not [e for e in ex.events if e.plover == "ACCUSE" and set(e.source) & {"Q399", "Q227"}]


def test_the_owner_of_a_series_of_discussions_held_them(run, events_of):
    ex = run(
        "President Erdogan gave an assessment of the Turkish delegation's series of discussions with "
        "Greek officials."
    )
    talks = events_of(ex, "CONSULT")
    assert any(e.source == ["Q43"] and e.target == ["Q41"] for e in talks)


def test_a_series_of_reports_names_no_doer_of_the_deeds_reported(run):
    ex = run("Human Rights Watch published a series of reports on attacks on aid convoys in Darfur.")
    assert not [e for e in ex.events if e.plover == "ASSAULT" and e.source]


def test_a_series_of_meetings_with_no_party_named_is_no_event(run):
    ex = run("Diplomats expect a series of meetings next month.")
    assert not [e for e in ex.events if e.plover == "CONSULT"]
