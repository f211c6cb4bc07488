"""Meetings with one party named that tell of no meeting between parties: talks only asked for or
said to be possible, a tour of a place, and a government's own cabinet meeting."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

MACRON, SCHOLZ = "Q3052772", "Q61053"


def _consults(ex):
    return [e for e in ex.events if e.plover == "CONSULT"]


def test_talks_only_urged_with_one_party_named_are_no_meeting(run):
    ex = run("The committee urged every faction to engage constructively with the Mongolian envoy.")
    assert not _consults(ex)


def test_a_possible_meeting_with_no_parties_named_is_no_meeting(run):
    ex = run('A spokesman for Olaf Scholz said, "We will tell you if such a meeting takes place."')
    assert not _consults(ex)


def test_a_possible_meeting_between_two_named_parties_stays(run):
    ex = run("Emmanuel Macron said he could meet Olaf Scholz next week if the talks go well.")
    assert any({MACRON, SCHOLZ} <= set(e.participants) for e in _consults(ex))


def test_a_visit_to_a_site_is_no_meeting(run):
    ex = run("Emmanuel Macron visited the bombed hospital on Sunday.")
    assert not _consults(ex)


def test_a_visit_to_a_state_stays_a_meeting(run):
    ex = run("Emmanuel Macron visited Germany on Sunday.")
    assert _consults(ex)


def test_a_cabinet_meeting_is_no_meeting_between_parties(run):
    ex = run("Olaf Scholz told a cabinet meeting on Monday that France was a close friend.")
    assert not _consults(ex)


def test_a_meeting_of_two_leaders_stays(run):
    ex = run("Olaf Scholz told a meeting with Emmanuel Macron on Monday that France was a close friend.")
    assert any({MACRON, SCHOLZ} <= set(e.participants) for e in _consults(ex))
