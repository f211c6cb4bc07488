"""Relations frozen are cut (a sanction), and a plane or ship forced to land or turn back is seized;
the same verbs with other objects are no such events."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2019, 6, 12)

GREECE, TURKEY = "Q41", "Q43"


def test_freezing_relations_is_a_sanction(run, events_of):
    ex = run("Turkey froze relations with Greece on Tuesday.")
    (cut,) = events_of(ex, "SANCTION")
    assert cut.source == [TURKEY] and cut.target == [GREECE]


def test_freezing_wages_is_no_sanction(run):
    ex = run("Turkey froze public sector wages on Tuesday.")
    assert not [e for e in ex.events if e.plover == "SANCTION"]


def test_a_plane_forced_to_land_is_seized(run, events_of):
    ex = run("Turkish authorities forced a Greek plane to land in Ankara on Tuesday.")
    (seizure,) = events_of(ex, "COERCE")
    assert seizure.source == [TURKEY] and GREECE in seizure.target


def test_forcing_a_vote_is_no_seizure(run):
    ex = run("Turkey forced a vote on the resolution on Tuesday.")
    assert not [e for e in ex.events if e.plover == "COERCE"]
