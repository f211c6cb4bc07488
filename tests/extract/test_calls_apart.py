"""Calls told apart (triggers.yaml ``calls_apart``): each body sentence that makes a call by a verb
of asking of its own is another call; a noun telling the call again and the title stay on it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

TITLE = "Norway Presses Finland on Border"
FIRST = "The Norwegian foreign minister urged Finland to reopen its border crossings on Wednesday."


def _triggers(event) -> list[str]:
    return [m.trigger.text for m in event.mentions]


def test_a_second_verb_of_asking_in_another_sentence_is_another_call(run, events_of):
    second = "The minister also called on Finland to release the detained Norwegian lorry drivers."
    text = f"{TITLE}\n{FIRST}\n{second}"
    calls = events_of(run(text, title=TITLE), "REQUEST")
    assert sorted(map(_triggers, calls)) == [["Presses", "urged"], ["called"]]


def test_a_noun_telling_the_call_again_stays_on_it(run, events_of):
    text = f"{TITLE}\n{FIRST}\nNorway's appeal to Finland came a day after the crossings were closed."
    [call] = events_of(run(text, title=TITLE), "REQUEST")
    assert _triggers(call) == ["Presses", "urged", "appeal"]
