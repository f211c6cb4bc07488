"""Word families added to the event lexicon (ontology/triggers.yaml, "lexicon breadth"): the event
nouns and verbs of families whose other members were already listed, each also in a sense or frame
where it names no event."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _types(ex) -> set[str]:
    return {e.plover for e in ex.events}


def test_an_annexation_is_a_seizure(run, events_of):
    ex = run("Lithuania condemned Russia's annexation of four Ukrainian regions on Friday.")
    assert events_of(ex, "COERCE")


def test_an_annexation_of_land_of_no_party_is_none(run):
    ex = run("Planners said the annexation of farmland for a new school would take two years.")
    assert "COERCE" not in _types(ex)


def test_intimidating_the_opposition_is_coercion(run, events_of):
    ex = run("Police in Belarus intimidated the families of opposition leaders on Tuesday.")
    assert events_of(ex, "COERCE")


def test_intimidation_aimed_at_no_party_is_none(run):
    ex = run("Violence and intimidation remain common in the region, the report said.")
    assert "COERCE" not in _types(ex)


def test_acquiring_weapons_is_an_arms_purchase(run, events_of):
    ex = run("India acquired Russian S-400 missiles despite warnings from Washington.")
    assert events_of(ex, "COOPERATE")


def test_acquiring_a_skill_is_no_purchase(run):
    ex = run("Indian engineers acquired new skills during the programme in Moscow.")
    assert "COOPERATE" not in _types(ex)


def test_doubled_security_is_a_mobilization(run, events_of):
    ex = run("Kenyan police doubled security in Nairobi after the attack on the embassy.")
    assert events_of(ex, "MOBILIZE")


def test_doubled_aid_is_no_mobilization(run):
    ex = run("Norway doubled its funding for Sudan's refugees this year.")
    assert "MOBILIZE" not in _types(ex)


def test_boosting_trade_ties_keeps_its_cooperation_sense(run, events_of):
    ex = run("Vietnam is boosting trade ties with Japan, officials in Hanoi said on Monday.")
    assert "MOBILIZE" not in _types(ex)


def test_the_ouster_of_a_president_is_a_coup(run, events_of):
    ex = run("The African Union suspended Niger after the ouster of President Mohamed Bazoum by the army.")
    assert events_of(ex, "COERCE")


def test_a_donation_of_vaccines_is_aid(run, events_of):
    ex = run("Japan announced a donation of one million vaccine doses to Vietnam on Monday.")
    assert events_of(ex, "AID")


def test_pleading_with_a_party_is_a_request(run, events_of):
    ex = run("The Pope pleaded with Russia to open humanitarian corridors in Ukraine.")
    assert events_of(ex, "REQUEST")


def test_pleading_guilty_is_no_request(run):
    ex = run("The former minister pleaded guilty to fraud in a Paris court on Monday.")
    assert "REQUEST" not in _types(ex)


def test_balking_at_a_plan_is_a_rejection(run, events_of):
    ex = run("Hungary balked at the European Union's plan to fund Ukraine's army.")
    assert events_of(ex, "REJECT")


def test_vacating_a_town_is_a_withdrawal(run, events_of):
    ex = run("Houthi fighters vacated the port of Hodeidah after talks with Saudi Arabia.")
    assert events_of(ex, "RETREAT")


def test_a_station_forced_off_the_air_is_censored(run, events_of):
    ex = run("Georgian police forced an opposition television station off the air on Sunday.")
    assert events_of(ex, "COERCE")


def test_recognition_of_a_state_is_support(run, events_of):
    ex = run("Spain announced its recognition of Palestine as a state on Tuesday.")
    assert events_of(ex, "SUPPORT")
