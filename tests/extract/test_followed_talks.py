"""Talks that talks told as the subject of a sequel verb follow (``sequel_verbs`` of
ontology/language.yaml): held before, another meeting than the one the story tells; and what a
person follows is no earlier meeting."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _sentences(event) -> list[int]:
    return [m.sentence.index for m in event.mentions]


def test_the_meeting_a_meeting_followed_on_from_is_another_meeting(run, events_of):
    title = "Foreign Secretary meeting with Secretary Tillerson"
    ex = run(
        f"{title}\nForeign Secretary Boris Johnson met US Secretary of State Rex Tillerson in London on "
        "Monday.\nDuring their meeting, the two ministers discussed Iran and Syria.\n"
        "Today's meeting followed on from Tillerson and Johnson's meeting in Vancouver last week.",
        title=title,
    )
    meetings = events_of(ex, "CONSULT")
    assert sorted(_sentences(m) for m in meetings) == [[0, 1, 2, 2], [3]]


def test_the_talks_a_call_follows_are_held_apart_from_it(run, events_of):
    ex = run(
        "Emmanuel Macron spoke with Olaf Scholz by phone on Wednesday.\n"
        "The call follows their talks in Rome."
    )
    assert len(events_of(ex, "CONSULT")) == 2


def test_talks_that_observers_follow_are_the_talks_told(run, events_of):
    ex = run(
        "Serbian and Kosovar negotiators held talks in Brussels on Tuesday.\n"
        "Diplomats from many countries followed the talks closely."
    )
    assert len(events_of(ex, "CONSULT")) == 1  # no earlier talks of their own
