"""A word that names a deed and damns it ("aggression", "abuses", "violations"), its doer named by an
owner, a demonym or a "by" phrase, is the accusation of whoever speaks of it (kg.extract.judgements,
``damning_deeds``); a neutral word for a deed, a deed withstood and a deed nobody speaks of are none."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _accusations(ex) -> list:
    return [e for e in ex.events if e.plover == "ACCUSE"]


def test_a_speaker_naming_an_owned_damning_deed_accuses_its_owner(run, events_of):
    ex = run("Germany said the talks would address Russia's repeated violations of the truce.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q183"] and blame.target == ["Q159"]


def test_a_damning_deed_by_a_doer_in_a_talk_accuses_the_doer(run, events_of):
    ex = run("Lloyd Austin discussed the harassment of fishing boats by China with his hosts.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["lloyd-austin"] and blame.target == ["Q148"]


def test_the_speaker_before_a_colon_accuses_the_doer_in_the_next_paragraph(run, events_of):
    ex = run("Lloyd Austin said:\n\nWe will not look away. The abuses by the Iranian regime must end.")
    blames = events_of(ex, "ACCUSE")
    assert any(b.source == ["lloyd-austin"] and b.target == ["Q794"] for b in blames)


def test_a_neutral_word_for_the_deed_accuses_no_one(run):
    ex = run("Germany said that Russia's offensive in the east had slowed in recent weeks.")
    assert not _accusations(ex)


def test_a_damning_deed_that_is_withstood_accuses_no_one(run):
    ex = run("Germany said its brigade in Lithuania would deter Russian aggression.")
    assert not _accusations(ex)


def test_a_damning_deed_nobody_speaks_of_accuses_no_one(run):
    ex = run("Russia's aggression continued in the east for a third year.")
    assert not _accusations(ex)


def test_the_main_clause_subject_speaks_of_a_damning_deed_in_its_phrases(run, events_of):
    ex = run("Germany imposed new sanctions in response to Russia's harassment of Baltic shipping.")
    blames = events_of(ex, "ACCUSE")
    assert any(b.source == ["Q183"] and b.target == ["Q159"] for b in blames)


def test_a_damning_deed_in_a_phrase_of_time_is_no_ones_word(run):
    ex = run("Germany sent tanks to Poland after Russia's aggression against Georgia.")
    assert not _accusations(ex)


def test_a_person_after_a_titles_for_phrase_is_the_speaker(run, events_of):
    ex = run(
        "In Geneva, U.N. High Commissioner for Human Rights Lloyd Austin told the council that Russia's war"
        " continues to be marked by gross violations of the law."
    )
    blames = events_of(ex, "ACCUSE")
    assert any(b.source == ["lloyd-austin"] and b.target == ["Q159"] for b in blames)


def test_a_for_phrase_naming_no_person_gives_no_speaker(run):
    ex = run("The Commission for Refugees said that Russia's aggression had to end.")
    assert not [b for b in _accusations(ex) if b.source]
