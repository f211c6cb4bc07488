"""A resignation is a retreat only from some party ("the ministers resigned from the coalition
government", "quit the alliance"); a leader who resigns or steps down, or says he would, yields to no
one named: no event between political actors (triggers.yaml: resign, step down, resignation)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_a_lone_resignation_is_no_retreat(run):
    ex = run("Peru's interior minister resigned on Friday after weeks of criticism.")
    assert not [e for e in ex.events if e.plover == "RETREAT"]


def test_stepping_down_is_no_retreat(run):
    ex = run("The president of Bolivia stepped down on Sunday, his spokesman said.")
    assert not [e for e in ex.events if e.plover == "RETREAT"]


def test_resigning_from_a_government_is_a_retreat_from_it(run, events_of):
    ex = run("Lebanon's ministers resigned from the Hezbollah-led government.")
    (retreat,) = events_of(ex, "RETREAT")
    assert "Q822" in retreat.source
