"""Repeated tellings of one occurrence (kg.extract.event_coref): a summit is no party to the meeting
held at it, an announcement told as to come and as done is one event, victims told without a doer
fell in their side's deed; and the pairs that must stay apart."""

from __future__ import annotations

from datetime import date

from kg.extract import event_coref

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _triggers(event) -> list[str]:
    return [m.trigger.text for m in event.mentions]


def test_a_meeting_held_at_a_summit_is_one_meeting_without_the_host_country(run, events_of):
    title = "Starmer Meets Macron"
    ex = run(f"{title}\nKeir Starmer met Emmanuel Macron at the G20 summit in Brazil.", title=title)
    [meeting] = events_of(ex, "CONSULT")
    assert _triggers(meeting) == ["Meets", "met", "summit"]
    assert set(meeting.participants) == {"Q6383803", "Q3052772"}  # Brazil only hosts it


def test_a_summit_on_another_day_than_the_meeting_stays_its_own_event(run, events_of):
    ex = run(
        "Keir Starmer met Emmanuel Macron on Monday, two days before Mr. Starmer attended the NATO "
        "summit in Lithuania on Wednesday."
    )
    assert sorted(e.date for e in events_of(ex, "CONSULT")) == ["2024-03-11", "2024-03-13"]


def test_an_undated_announcement_and_the_deed_done_are_one_event(run, events_of):
    ex = run(
        "Norway will impose sanctions on Belarus, the foreign ministry said.\n"
        "Norway imposed sanctions on Belarus over the crackdown on protesters."
    )
    [sanctions] = events_of(ex, "SANCTION")
    assert len(sanctions.mentions) == 2
    assert sanctions.modality == "asserted"


def test_measures_to_come_of_an_announced_sanction_are_the_sanction(run, events_of):
    title = "Norway sanctions Belarus: 11 March 2024"
    ex = run(
        f"{title}\nNorway has announced new sanctions on Belarus.\n"
        "Norway will also impose an asset freeze on companies linked to Belarus.",
        title=title,
    )
    [sanctions] = events_of(ex, "SANCTION")
    assert [m.sentence.index for m in sanctions.mentions] == [0, 1, 2]
    assert sanctions.modality == "asserted"


def test_an_announcement_and_a_deed_dated_by_the_text_stay_apart(run, events_of):
    ex = run(
        "Norway will impose sanctions on Belarus, the foreign ministry said.\n"
        "Norway imposed sanctions on Belarus on Monday over the crackdown on protesters."
    )
    assert sorted(e.modality for e in events_of(ex, "SANCTION")) == ["asserted", "planned"]


def test_a_deed_told_as_to_come_again_is_one_more_occurrence(run, events_of):
    ex = run(
        "Norway imposed sanctions on Belarus over the crackdown on protesters.\n"
        "Norway will impose sanctions on Belarus again if the crackdown goes on."
    )
    assert len(events_of(ex, "SANCTION")) == 2


def test_a_meeting_to_be_held_again_stays_apart_from_the_meeting_held(run, events_of):
    ex = run("Emmanuel Macron met Olaf Scholz in Paris.\nMr. Macron will meet Mr. Scholz again.")
    assert sorted(e.modality for e in events_of(ex, "CONSULT")) == ["asserted", "planned"]


def test_soldiers_killed_without_a_doer_fell_in_their_side_s_deed(run, events_of):
    ex = run(
        "Azerbaijani troops shelled Armenian villages on Sunday.\n"
        "Four Azerbaijani soldiers were killed, the ministry said."
    )
    [deed] = events_of(ex, "ASSAULT")
    assert _triggers(deed) == ["shelled", "killed"]
    assert deed.source == ["Q227"] and deed.target == ["Q399"]


def test_soldiers_killed_by_the_other_side_are_the_other_side_s_deed(run, events_of):
    ex = run(
        "Azerbaijani troops shelled Armenian villages on Sunday.\n"
        "Four Azerbaijani soldiers were killed by Armenian fire on Sunday."
    )
    deeds = events_of(ex, "ASSAULT")
    assert sorted(e.source[0] for e in deeds) == ["Q227", "Q399"]


def test_which_words_name_a_doer(pipeline):
    nlp = pipeline[0]
    doc = nlp("Four soldiers were killed. Rebels attacked the convoy. The attack was condemned.")
    killed, attacked, attack = (next(t for t in doc if t.text == w) for w in ("killed", "attacked", "attack"))
    deeds = {killed.i, attacked.i, attack.i}
    assert event_coref.names_no_doer(killed, deeds)
    assert not event_coref.names_no_doer(attacked, deeds)  # "rebels" name a doer, known or not
    assert event_coref.names_no_doer(attack, deeds)
    russian = nlp("The Russian attack was condemned.")
    assert not event_coref.names_no_doer(next(t for t in russian if t.text == "attack"), deeds)


def test_words_of_repetition_come_from_the_ontology(pipeline):
    nlp = pipeline[0]
    assert {"again", "another"} <= event_coref.coref_rules().anew
    doc = nlp("Mr. Macron will meet Mr. Scholz again.")
    assert event_coref.told_anew(next(t for t in doc if t.text == "meet"))
    once = nlp("Mr. Macron will meet Mr. Scholz.")
    assert not event_coref.told_anew(next(t for t in once if t.text == "meet"))
