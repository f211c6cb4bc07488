"""Patrols sent or dispatched somewhere are forces deployed there (``send``/``dispatch`` in
ontology/triggers.yaml), like troops or warships."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

CHINA, JAPAN = "Q148", "Q17"


def test_patrols_sent_near_another_state_are_a_deployment(run, events_of):
    ex = run("China sent more naval patrols to the waters near Japan.")
    (move,) = events_of(ex, "MOBILIZE")
    assert move.source == [CHINA]


def test_patrol_reports_sent_are_no_deployment(run):
    ex = run("The Japanese coast guard sent its patrol reports to parliament.")
    assert not [e for e in ex.events if e.plover == "MOBILIZE"]
