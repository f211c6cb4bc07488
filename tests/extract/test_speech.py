"""Reported speech and statements made in a call (kg.extract.speech)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


def test_reported_speech_keeps_the_speaker_apart(run, events_of):
    ex = run("Olaf Scholz said Russia attacked Ukraine overnight.")
    attack = events_of(ex, "ASSAULT")
    assert attack and attack[0].source == ["Q159"] and attack[0].target == ["Q212"]
    assert attack[0].speaker == "Q61053"
    assert "Q61053" not in attack[0].participants
    assert attack[0].date == "2024-03-14"


def test_urging_in_a_call_is_addressed_to_the_other_party(run, events_of):
    ex = run("Macron spoke with Netanyahu by phone and urged restraint.", published=SATURDAY)
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["Q3052772"] and request.target == ["Q43723"]


def test_a_first_person_speaker_who_is_the_first_person_again_ends(run, events_of):
    # "we" is the speaker of "said", whose subject "I" is spoken of by "said" again: no endless chase
    ex = run("Remarks\n\nI think we said that we would help Ukraine, I said.")
    assert all(e.plover for e in ex.events)
    ex = run("Remarks\n\nAnd I think, as we said, we are going to meet the Prime Minister next week.")
    assert all(e.plover for e in ex.events)
