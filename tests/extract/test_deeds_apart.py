"""Deeds told apart (``event_coref.deeds_apart``, used by the merge and the repeat fold): a deed in
the field told by a verb of its own, with its doer, in another body sentence, at another place or by
another verb, is another deed; a noun telling the deed again stays on it. Fighters "of" a named
armed group are that group's (reference.py ``_fighters_of``); "terrorist acts" name deeds
(triggers.yaml)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _triggers(event) -> list[str]:
    return [m.trigger.text for m in event.mentions]


def test_two_verbs_of_deed_in_two_sentences_are_two_deeds(run, events_of):
    title = "Unrest in the Sahel"
    text = (
        f"{title}\n"
        "Fighters of the Islamic State group stormed a police station in Mali.\n"
        "The water minister said the crops had failed.\n"
        "The Islamic State group also seized an army base in Niger."
    )
    deeds = events_of(run(text, title=title), "ASSAULT")
    assert sorted(map(_triggers, deeds)) == [["seized"], ["stormed"]]


def test_a_noun_telling_the_deed_again_stays_on_it(run, events_of):
    text = (
        "Fighters of the Islamic State group stormed a police station in Mali on Monday.\n"
        "The attack by the Islamic State group lasted for several hours."
    )
    [deed] = events_of(run(text), "ASSAULT")
    assert _triggers(deed) == ["stormed", "attack"]


def test_fighters_of_a_named_group_are_that_group(run, events_of):
    text = "Militants of the Islamic State group attacked a checkpoint in Niger on Monday."
    [deed] = events_of(run(text), "ASSAULT")
    assert any("Islamic State" in k or "islamic-state" in k for k in deed.source), deed.source


def test_terrorist_acts_by_a_group_are_a_deed(run, events_of):
    text = "The ministers condemned the terrorist acts by the Islamic State group in Iraq last week."
    [deed] = events_of(run(text), "ASSAULT")
    assert deed.source


def test_an_act_of_a_meeting_is_no_deed(run):
    text = "The two ministers discussed the final act of the conference in Vienna."
    assert not [e for e in run(text).events if e.plover == "ASSAULT"]
