"""Verdicts (kg.extract.verdicts): a clause that judges its subject by a verdict word ("is at odds
with", "was a breach of", "was reckless", "it was unconscionable that ...") accuses the actor its
subject names or whose deed it names, by whoever gives the verdict; a feeling a verb voices is its
owner's, about the doer of what it is about; the "as" phrase of a verb of blame names the doer. No
verdict in a report's own words, none negated, none of praise; one on a harm nobody is named doing is the
speaker's accusation of no one named."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)
STATE_DEPT = "U.S. Department of State, Office of the Spokesperson"


def _accusations(ex) -> list:
    return [e for e in ex.events if e.plover == "ACCUSE"]


def test_an_official_statement_judging_an_owned_deed_accuses_its_owner(run, events_of):
    ex = run(
        "The United States is following events in Minsk closely. The Belarusian regime's detention of "
        "the three journalists is at odds with its obligations as an OSCE participating State.",
        source=STATE_DEPT,
    )
    assert any(b.source == ["Q30"] and b.target == ["Q184"] for b in events_of(ex, "ACCUSE"))


def test_the_subject_of_a_judging_verb_gives_the_verdict_on_a_demonym_deed(run, events_of):
    ex = run("Officials at the African Union agreed the Eritrean incursion was a breach of the accord.")
    assert any(b.source == ["Q7159"] and b.target == ["Q986"] for b in events_of(ex, "ACCUSE"))


def test_a_reported_verdict_accuses_the_doer_in_a_by_phrase(run, events_of):
    ex = run("Canada said the shelling of the villages by Azerbaijan was reckless and unjustified.")
    assert any(b.source == ["Q16"] and b.target == ["Q227"] for b in events_of(ex, "ACCUSE"))


def test_an_extraposed_verdict_accuses_the_subject_of_the_clause_it_judges(run, events_of):
    ex = run("Japan said it was unconscionable that Myanmar's generals had ignored the appeals.")
    assert any(b.source == ["Q17"] and b.target == ["Q836"] for b in events_of(ex, "ACCUSE"))


def test_a_voiced_feeling_is_its_owners_about_the_doer_of_what_it_is_about(run, events_of):
    ex = run("The minister conveyed Poland's disappointment over Hungary's decision to block the aid.")
    (blame,) = events_of(ex, "ACCUSE")
    assert "Q36" in blame.source and blame.target == ["Q28"]


def test_the_as_phrase_of_a_verb_of_blame_names_the_doer(run, events_of):
    ex = run("Croatian officials condemned the explosion as an act of sabotage by Serbia.")
    assert any(b.target == ["Q403"] for b in events_of(ex, "ACCUSE"))


def test_a_reports_own_verdict_accuses_no_one(run):
    ex = run("Leaders met in Brussels on Monday with France. Ireland's recognition of the state is at odds "
             "with the bloc's line.")
    assert not _accusations(ex)


def test_a_negated_verdict_accuses_no_one(run):
    ex = run("Germany said the Polish exercise was not a violation of the treaty.")
    assert not _accusations(ex)


def test_praise_accuses_no_one(run):
    ex = run("Germany said Kenya's mediation was a welcome step toward peace.")
    assert not _accusations(ex)


def test_a_verdict_on_a_deed_nobody_is_named_doing_is_the_speakers_accusation_of_no_one_named(run):
    # (statements coded by what they do: the speaker blames whoever shelled, named or not)
    ex = run("Germany said the shelling of the town was a clear violation of the ceasefire.")
    assert [(b.source, b.target) for b in _accusations(ex)] == [(["Q183"], [])]


def test_a_verdict_on_a_thing_that_is_no_deed_accuses_no_one(run):
    ex = run("Germany said the delay in the delivery of the aircraft was unacceptable.")
    assert not any("Q183" in b.source for b in _accusations(ex))


def test_a_third_partys_verdict_is_theirs_not_the_reporters(run, events_of):
    ex = run("Germany said Russia claims Ukraine's drills are a provocation.")
    blames = [b for b in events_of(ex, "ACCUSE") if "Q212" in b.target]
    assert blames and all(b.source == ["Q159"] for b in blames)


def test_a_verb_that_says_what_the_deed_is_gives_a_verdict(run, events_of):
    ex = run("Brazil said the Colombian raid represented a clear violation of Ecuador's sovereignty.")
    assert any(b.source == ["Q155"] and b.target == ["Q739"] for b in events_of(ex, "ACCUSE"))


def test_making_clear_that_a_deed_is_unlawful_is_a_verdict(run, events_of):
    ex = run("Antony Blinken made clear that Iran's harassment of vessels is contrary to international law.")
    assert any(b.source == ["antony-blinken"] and b.target == ["Q794"] for b in events_of(ex, "ACCUSE"))


def test_a_subject_said_to_bear_a_fault_is_accused(run, events_of):
    ex = run("Germany said Russia bears ultimate responsibility for the crash.")
    assert any(b.source == ["Q183"] and b.target == ["Q159"] for b in events_of(ex, "ACCUSE"))


def test_bearing_a_burden_is_no_fault(run):
    ex = run("Germany said Ukraine bears the burden of the war.")
    assert not _accusations(ex)


_SANCTIONS = (
    "Germany announced new sanctions on Monday. “The sanctions target the commanders of the group,” "
    "said Annalena Baerbock. "
)


def test_a_quotation_carried_on_is_the_words_of_its_speaker(run, events_of):
    ex = run(_SANCTIONS + "“Russia’s presence in Mali is a destabilizing force for the whole region.”")
    assert any(b.source == ["annalena-baerbock"] and b.target == ["Q159"] for b in events_of(ex, "ACCUSE"))


def test_a_quotation_opened_in_an_earlier_sentence_is_its_speakers(run, events_of):
    ex = run("Jens Stoltenberg said the inquiry would continue. He also added, “But let me be clear, this is "
             "not Poland's fault. Russia's strikes are a grave violation of the ceasefire.”")
    assert any(b.source == ["jens-stoltenberg"] and b.target == ["Q159"] for b in events_of(ex, "ACCUSE"))


def test_a_reports_own_sentence_after_a_quotation_is_nobodys_verdict(run):
    ex = run(_SANCTIONS + "Russia's presence in Mali is a destabilizing force for the whole region.")
    assert not _accusations(ex)


def test_a_quotation_in_a_new_paragraph_is_not_carried_on(run):
    ex = run(_SANCTIONS + "\n\n“Russia’s presence in Mali is a destabilizing force for the whole region.”")
    assert not _accusations(ex)


def test_a_verdict_made_clear_in_a_second_clause_is_its_subjects(run, events_of):
    ex = run("The ministers met in Manila, and Lloyd Austin made clear that China's blockade of the strait "
             "is contrary to the law of the sea and harmful to trade and that Washington will keep sailing "
             "there.")
    assert any(b.source == ["lloyd-austin"] and b.target == ["Q148"] for b in events_of(ex, "ACCUSE"))


def test_a_negated_verdict_made_clear_accuses_no_one(run):
    ex = run("Lloyd Austin made it clear that China's blockade of the strait is not contrary to the law.")
    assert not _accusations(ex)
