"""Single news sentences, each extracted alone as in a sentence-level event set: a deed owned by a
claim, and the like (the sentences are written for these tests)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex, keys):
    names = {a.key: a.label for a in ex.actors}
    return [names[k] for k in keys]


def test_who_claims_responsibility_for_a_deed_did_it(run, events_of):
    ex = run("The Taliban claimed responsibility for the bombing of a police station in Kandahar.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["Taliban"]


def test_a_spokesman_claims_a_deed_for_his_group(run, events_of):
    ex = run("A Hamas spokesman claimed responsibility for the rocket attacks on Israel.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["Hamas"]
    assert _labels(ex, attack.target) == ["Israel"]


def test_a_party_named_by_what_it_is_claims_a_deed(run, events_of):
    ex = run("Masked gunmen accepted responsibility for both ambushes.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["masked gunmen"]
    # accepting responsibility is no concession
    assert not [e for e in ex.events if e.plover == "CONCEDE"]


def test_no_one_claiming_a_deed_names_no_doer(run):
    ex = run("No one has claimed responsibility for the explosion at the Turkish embassy.")
    assert all(not e.source for e in ex.events)


def test_a_crowd_that_marches_or_takes_to_the_streets_demonstrates(run, events_of):
    ex = run("Thousands of farmers marched through the capital on Sunday.")
    (march,) = events_of(ex, "PROTEST")
    assert _labels(ex, march.source) == ["farmers"]
    ex = run("Hundreds of students took to the streets of the city to denounce the verdict.")
    (street,) = events_of(ex, "PROTEST")
    assert _labels(ex, street.source) == ["students"]
    # a government that protests lodges a complaint, no demonstration
    assert not [e for e in run("China protested against the visit.").events if e.plover == "PROTEST"]


def test_the_relative_pronoun_of_a_deed_is_the_noun_it_hangs_on(run, events_of):
    ex = run("Officials believe the depot was used by the militia that carried out the raids.")
    (raid,) = events_of(ex, "ASSAULT")
    assert _labels(ex, raid.source) == ["militia"]


def test_a_call_the_subject_repeats_is_the_subject_s(run, events_of):
    ex = run("Opposition leaders repeated their call for early elections.")
    (call,) = events_of(ex, "REQUEST")
    assert _labels(ex, call.source) == ["opposition leaders"]


def test_a_statement_speaks_for_who_issued_it(run, events_of):
    ex = run("A defence ministry statement condemned the killing of the two journalists.")
    (blame,) = events_of(ex, "ACCUSE")
    assert _labels(ex, blame.source) == ["defence ministry"]


def test_a_sentence_alone_reports_its_event_when_the_parse_gives_no_party(run, events_of):
    ex = run("Both sides suffered heavy losses in the fighting near the airport.")
    (fight,) = events_of(ex, "ASSAULT")
    assert [a.label for a in ex.actors if a.key in fight.participants] == ["unnamed parties"]
    # not where no political actor is named
    assert run("The flood destroyed the bridge on the main road.").events == []


def test_the_last_resort_is_for_a_sentence_alone(run):
    ex = run("Kenya held talks on Monday. Both sides suffered heavy losses in the fighting.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]
    # a pair named just before is who fought (tests/extract/test_fighting_between.py), not unnamed parties
    ex = run("Kenya and Uganda held talks on Monday. Both sides suffered heavy losses in the fighting.")
    assert all("unnamed" not in k for e in ex.events for k in e.participants)


def test_a_visitor_arriving_in_a_state_visits_it(run, events_of):
    ex = run("The Japanese foreign minister arrived in Kenya on Saturday.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == ["Q17"] and visit.target == ["Q114"]
    # troops arriving are deployed, not visiting
    troops = run("Russian troops arrived in Belarus on Monday.").events
    assert not [e for e in troops if e.plover == "CONSULT"]


def test_sending_investigators_is_an_investigation(run, events_of):
    events_of(run("The ministry said it would send a team of investigators to the border."), "ACCUSE")


def test_a_party_does_the_deed_a_named_place_undergoes(run, events_of):
    ex = run("Insurgents attacked a police checkpoint in Baghdad.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["insurgents"]
    assert attack.target == ["Q796"]
    ex = run("Palestinian militants fired rockets into southern Israel.")
    (rockets,) = events_of(ex, "ASSAULT")
    # "Palestinian militants": a side of their own, not the state (kg/extract/factions.py)
    assert _labels(ex, rockets.source) == ["Palestinian militants"] and rockets.target == ["Q801"]


def test_a_plural_party_opening_a_sentence_is_a_party(run, events_of):
    ex = run("Rebels in Darfur rejected the peace proposal.")
    (refusal,) = events_of(ex, "REJECT")
    assert _labels(ex, refusal.source) == ["rebels"]


def test_saying_one_will_never_do_a_deed_is_a_refusal_without_a_named_target(run, events_of):
    ex = run("Moldovan President Igor Dodon said Chisinau would never recognise the breakaway region.")
    (refusal,) = events_of(ex, "REJECT")
    assert refusal.source == ["Q217"] and refusal.modality == "asserted"
    # said of no one, the plain verb still needs whom it is aimed at
    assert not run("Chisinau recognised the importance of the region.").events


def test_each_event_word_of_a_sentence_alone_finds_its_parties(run, events_of):
    ex = run("Iraqi officials said the army killed 40 insurgents near Mosul.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["army"]
    ex = run("The UN envoy praised the agreement after gunmen seized a ferry.")
    (seizure,) = events_of(ex, "COERCE")
    assert _labels(ex, seizure.source) == ["gunmen"]


def test_refugees_and_ships_arriving_visit_no_one(run):
    for text in ("Thousands of refugees arrived in Kenya on Monday.", "The aid shipment arrived in Yemen."):
        assert not [e for e in run(text).events if e.plover == "CONSULT"]
