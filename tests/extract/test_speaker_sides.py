"""The sentence-level backoff makes no doer of a name in the phrase of one who tells of a deed ("Palestinian
officials say ...", "the members of the Council noted that ..."): the deed's own doer, named with "by"
or on its weapon or force, is its source; unless the deed's own phrase names its doer by a pronoun
("Kenya said it had arrested ...", "separatists in X say their forces shot down ..."). Each text opens
with a sentence naming another actor, as a one-sentence text takes another path."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

OPENING = "Japan will host a regional summit in Tokyo next month. "
ISRAEL, PALESTINE, CHAD, UNSC, KENYA = "Q801", "Q219060", "Q657", "Q37470", "Q114"


def test_the_speakers_side_is_not_the_doer_of_the_deed_told(run, events_of):
    ex = run(OPENING + "Palestinian officials say a girl was killed by an Israeli missile in Gaza "
             "on Tuesday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [ISRAEL]
    assert PALESTINE not in attack.source


def test_the_body_whose_members_note_a_deed_is_not_its_doer(run, events_of):
    ex = run(
        OPENING + "The members of the Security Council noted that the Chadian counter-attack against "
        "Boko Haram was conducted with Nigeria's consent."
    )
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [CHAD]
    assert UNSC not in attack.participants


def test_a_speaker_telling_of_its_own_deed_is_its_doer(run, events_of):
    ex = run(OPENING + "Kenya said it had arrested 12 suspects near the border on Sunday.")
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.source == [KENYA]


def test_a_side_whose_forces_did_the_deed_stays_its_doer(run, events_of):
    ex = run(
        OPENING + "Separatists in Georgia's breakaway region of Abkhazia say their forces have shot down a "
        "Georgian drone."
    )
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["abkhazia"]


def test_the_phrase_of_a_speaker(pipeline):
    from kg.extract.backoff import _phrase_head, _told_of_self

    nlp, _ = pipeline
    doc = nlp("Officials with the Red Cross in Geneva say the convoy was attacked.")
    assert _phrase_head(doc[4], frozenset({"with", "in"})).text == "Officials"
    assert _phrase_head(doc[4], frozenset({"of"})).text == "Cross"
    doc = nlp("Rebels said they had attacked a base.")
    assert _told_of_self(doc[4])
    doc = nlp("Rebels said militants had attacked a base.")
    assert not _told_of_self(doc[4])
