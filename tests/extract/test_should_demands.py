"""A deed another "should" do, said by a party, is that party's demand of it, as one it "must" do
(``demand_modals`` in ontology/triggers.yaml): "X should withdraw, Y said" is Y's call on X."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

BRITAIN, RUSSIA = "Q145", "Q159"


def test_a_deed_another_should_do_is_a_demand_of_it(run, events_of):
    ex = run("Russia should withdraw its troops from the border, Britain said.")
    (call,) = events_of(ex, "REQUEST")
    assert call.source == [BRITAIN]
    assert call.target == [RUSSIA]


def test_a_deed_that_should_be_done_is_the_speakers_demand(run, events_of):
    ex = run("Britain said the restrictions on aid convoys should be lifted.")
    (call,) = events_of(ex, "REQUEST")
    assert call.source == [BRITAIN]


def test_what_should_happen_with_no_event_is_no_demand(run):
    ex = run("The new bridge should open next year, the British ministry said.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]
