"""Statements coded by what they do: concern about a harm done accuses whoever did it, named or not
(kg.extract.concerns); a verdict on a harm whose doer is not named is its speaker's accusation
(kg.extract.verdicts); refusals by phrasal verbs and by defending one's own conduct; threats of a
sanction."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _of(ex, plover: str) -> list:
    return [e for e in ex.events if e.plover == plover]


# ---------------------------------------------------------------- concern about a harm


def test_concern_about_force_against_protesters_accuses_with_no_doer_named(run, events_of):
    ex = run("Germany expressed concern about the use of force against peaceful protesters.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q183"] and blame.target == []


def test_concern_about_a_natural_disaster_accuses_no_one(run):
    ex = run("Japan expressed deep concern about the earthquake in Turkey.")
    assert not _of(ex, "ACCUSE")


def test_concern_about_prices_accuses_no_one(run):
    ex = run("France is concerned about rising food prices in Europe.")
    assert not _of(ex, "ACCUSE")


def test_concern_about_a_state_of_emergency_accuses_the_state_it_is_in(run, events_of):
    ex = run("Canada is gravely concerned about the declaration of a state of emergency in Peru.")
    blame = [e for e in events_of(ex, "ACCUSE") if e.source == ["Q16"]]
    assert blame and blame[0].target == ["Q419"]


def test_concern_at_a_decision_of_a_state_court_accuses_its_state(run, events_of):
    ex = run("Norway expresses its concern at the decision of the Supreme Court of Peru to ban the party.")
    blame = [e for e in events_of(ex, "ACCUSE") if e.source == ["Q20"]]
    assert blame and "Q419" in blame[0].target


def test_alarmed_by_violence_accuses(run, events_of):
    ex = run("Sweden is alarmed by the violence against journalists.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q34"]


def test_concern_for_civilians_is_no_blame_of_them(run):
    ex = run("Italy expressed concern for the safety of civilians caught in the floods.")
    assert not _of(ex, "ACCUSE")


# ---------------------------------------------------------------- verdicts on a harm


def test_violence_called_unacceptable_is_the_speakers_accusation(run, events_of):
    ex = run('"Violence against peaceful demonstrators is unacceptable," the Canadian government said.')
    assert any(e.source == ["Q16"] for e in events_of(ex, "ACCUSE"))


def test_a_price_called_unacceptable_is_no_accusation_by_the_speaker(run):
    ex = run('"The price of gas is unacceptable," the Canadian government said.')
    assert not any("Q16" in e.source for e in _of(ex, "ACCUSE"))


def test_what_attacks_may_constitute_is_no_accusation(run):
    ex = run("Ireland recalled that attacks on peacekeepers may constitute war crimes.")
    assert not any("Q27" in e.source for e in _of(ex, "ACCUSE"))


# ---------------------------------------------------------------- refusals


def test_shrugging_off_demands_rejects_who_made_them(run, events_of):
    ex = run("Japan shrugged off China's demands that the exercises be halted.")
    (refusal,) = events_of(ex, "REJECT")
    assert refusal.source == ["Q17"] and refusal.target == ["Q148"]


def test_defending_its_own_decision_is_a_refusal(run, events_of):
    ex = run("Hungary defended its decision, saying the law protects children.")
    (refusal,) = events_of(ex, "REJECT")
    assert refusal.source == ["Q28"]


def test_defending_a_town_is_no_refusal(run):
    ex = run("Ukraine defended the town against repeated assaults.")
    assert not _of(ex, "REJECT")


def test_backing_out_of_a_deal_is_a_refusal_and_backing_a_leader_is_support(run, events_of):
    (refusal,) = events_of(run("Serbia backed out of the energy deal with Hungary."), "REJECT")
    assert refusal.source == ["Q403"]
    ex = run("Serbia backed Hungary in the dispute.")
    assert not _of(ex, "REJECT") and _of(ex, "SUPPORT")


def test_a_court_ruling_against_a_measure_rejects_it(run, events_of):
    ex = run("The Constitutional Court of Kenya ruled against the deployment of police officers.")
    assert events_of(ex, "REJECT")


# ---------------------------------------------------------------- threats


def test_threatening_a_party_with_sanctions_is_a_threat(run, events_of):
    ex = run("The European Union has threatened both governments with sanctions.")
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == ["Q458"]


def test_not_tolerating_delays_is_no_threat(run):
    ex = run("Turkey said it would not tolerate delays in the delivery of the aircraft.")
    assert not _of(ex, "THREATEN")


# ---------------------------------------------------------------- what a statement damns


def test_a_vote_called_a_sham_accuses_whoever_organised_it(run, events_of):
    ex = run("Germany said the referendum organised by Russia was a sham.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q183"] and blame.target == ["Q159"]


def test_a_harvest_said_to_be_poor_accuses_no_one(run):
    ex = run("Germany said the harvest gathered by farmers in Poland was poor.")
    assert not _of(ex, "ACCUSE")


def test_alarm_at_an_assault_keeps_the_assault_beside_the_accusation(run, events_of):
    ex = run("Sweden is alarmed at the assault on Kharkiv by the Russian army.")
    (blame,) = events_of(ex, "ACCUSE")
    (attack,) = events_of(ex, "ASSAULT")
    assert blame.source == ["Q34"] and blame.target == ["Q159"]
    assert attack.source == ["Q159"]


def test_concern_over_an_attack_with_no_doer_keeps_the_attack(run, events_of):
    ex = run("Sweden expressed concern over the attack on the convoy in Ukraine.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q34"]
    assert events_of(ex, "ASSAULT")


def test_a_group_called_bandits_in_quotes_is_accused_by_the_caller(run, events_of):
    ex = run('Prime Minister Ilya Morozov called the opposition "bandits" on Wednesday.')
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["ilya-morozov"]


def test_a_meeting_called_productive_in_quotes_is_no_accusation(run):
    assert not _of(run('Prime Minister Ilya Morozov called the meeting "productive" on Wednesday.'), "ACCUSE")
