"""Judgements of deeds accuse the deed's doer (kg.extract.judgements): a word of blame whose object is
a deed named by an owner, a demonym or a "by" phrase, and a naming verb that calls a deed something
damning."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _accusations(ex) -> list:
    return [e for e in ex.events if e.plover == "ACCUSE"]


def test_appalled_by_an_owned_conduct_accuses_its_owner(run, events_of):
    ex = run("Germany is appalled by Russia's actions in the Baltic.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q183"] and blame.target == ["Q159"]


def test_appalled_at_the_entry_of_foreign_troops_accuses_their_state(run, events_of):
    ex = run(
        "Antonio Guterres is appalled at the forced entry of Venezuelan troops into the Guyanese consulate."
    )
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["antonio-guterres"] and blame.target == ["Q717"]


def test_noted_with_concern_accuses_the_owner_of_what_is_noted(run, events_of):
    ex = run("Lloyd Austin noted with concern China's aggressive behaviour toward Philippine fishermen.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["lloyd-austin"] and blame.target == ["Q148"]


def test_horrified_by_violence_inflicted_by_a_regime_accuses_it(run, events_of):
    ex = run("Germany was horrified by the violence inflicted by the Iranian regime on students.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q183"] and blame.target == ["Q794"]


def test_a_deed_that_horrifies_a_state_is_blamed_by_that_state(run, events_of):
    ex = run("Russia's strike on the dam horrified Germany.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q183"] and blame.target == ["Q159"]


def test_concern_over_a_situation_accuses_no_one(run):
    ex = run("Germany is deeply concerned about the humanitarian situation in Gaza.")
    assert not _accusations(ex)


def test_describing_a_reaction_as_hysteria_accuses_its_owner(run, events_of):
    ex = run("Mikheil Saakashvili described Moscow's response as hysteria.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["mikheil-saakashvili"] and blame.target == ["Q159"]


def test_an_act_of_war_by_a_government_accuses_it(run, events_of):
    ex = run("Hugo Chavez called the incursion a clear act of war by the government of Colombia.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["hugo-chavez"] and blame.target == ["Q739"]


def test_a_desperate_attempt_by_a_group_accuses_it(run, events_of):
    ex = run("Somalia described the bombings as a desperate attempt by al-Shabab to sow fear.")
    blame = [e for e in events_of(ex, "ACCUSE") if e.source == ["Q1045"]]
    assert blame and blame[0].target == ["al-shabaab"]


def test_calling_a_deed_unacceptable_is_the_callers_accusation(run, events_of):
    ex = run("Shinzo Abe called the missile test unacceptable.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["shinzo-abe"] and "shinzo-abe" not in blame.target


def test_calling_a_ceasefire_a_step_toward_peace_accuses_no_one(run):
    ex = run("Germany called the ceasefire a step toward peace.")
    assert not _accusations(ex)


def test_a_damning_word_on_a_deed_discussed_is_the_discussants_accusation(run, events_of):
    ex = run(
        "Antony Blinken and Penny Wong discussed the threat posed by Russia's destabilizing activities"
        " in Africa."
    )
    (blame,) = events_of(ex, "ACCUSE")
    assert set(blame.source) == {"antony-blinken", "penny-wong"} and blame.target == ["Q159"]


def test_its_after_an_owned_noun_is_that_owner(run, events_of):
    ex = run(
        "Antony Blinken and Penny Wong discussed Iran's nuclear programme and its destabilizing behaviour"
        " in the Gulf."
    )
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.target == ["Q794"]


def test_a_damning_word_in_a_circumstance_accuses_no_one(run):
    ex = run("In light of Russia's unlawful invasion of Ukraine, Britain reiterated its commitment to NATO.")
    assert not _accusations(ex)


def test_a_long_list_of_deeds_finds_the_doer_named_in_its_last_deed(run, events_of):
    # each noun of the list is read once: twenty-five nouns with no doer before the one that names it
    deeds = ", ".join(f"the {w}" for w in ["raids", "arrests", "seizures", "abductions", "detentions"] * 5)
    ex = run(f"Germany is appalled by {deeds} and the shelling by Russia.")
    blame = events_of(ex, "ACCUSE")
    assert any(e.source == ["Q183"] and "Q159" in e.target for e in blame)
