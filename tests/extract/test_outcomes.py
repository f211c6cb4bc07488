"""An agreement or a concession only hoped for, asked or said to be possible is no event; one reached,
or to be reached on a day set, is. Who condemns a deed in the passive did not do it; who claims or
carries it out did; so does the "by" phrase of a gerund used as a noun. A sanction a body decided
to impose is imposed."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2015, 6, 9)


def _types(ex) -> set[str]:
    return {e.plover for e in ex.events}


def test_an_accord_that_can_be_reached_is_no_agreement(run):
    ex = run("The UN envoy said the participation of all members of the warring factions in Libya is a "
             "good sign that an accord can be reached.")
    assert "AGREE" not in _types(ex)


def test_a_release_called_for_is_a_request_not_a_concession(run, events_of):
    ex = run("The African Union called on the junta in Mali to release President Keita.")
    assert events_of(ex, "REQUEST")
    assert "CONCEDE" not in _types(ex)


def test_an_agreement_to_be_signed_stays(run, events_of):
    ex = run("Serbia and Kosovo will sign an agreement in Brussels on Friday.")
    (deal,) = events_of(ex, "AGREE")
    assert deal.modality == "planned"


def test_who_condemns_a_deed_in_the_passive_did_not_do_it(run):
    ex = run("The attack on two police officers in Kabul was condemned by the UN.")
    labels = {a.key: a.label for a in ex.actors}
    for deed in (e for e in ex.events if e.plover == "ASSAULT"):
        assert "United Nations" not in {labels[k] for k in deed.source}


def test_who_claims_or_carries_out_a_deed_in_the_passive_did_it(run, events_of):
    for text in ("The attack was claimed by the Islamic State.",
                 "The attack was carried out by the Taliban."):
        ex = run(text)
        (deed,) = events_of(ex, "ASSAULT")
        assert deed.source, text


def test_a_shooting_is_an_attack(run, events_of):
    ex = run("Israel said Hamas was behind the shootings.")
    (blame,) = events_of(ex, "ACCUSE")
    labels = {a.key: a.label for a in ex.actors}
    assert [labels[k] for k in blame.target] == ["Hamas"]


def test_a_sanction_decided_is_imposed(run, events_of):
    ex = run("The Council of the EU decided today to impose additional restrictive measures against "
             "individuals and entities linked to the Wagner Group.")
    (measure,) = events_of(ex, "SANCTION")
    labels = {a.key: a.label for a in ex.actors}
    assert measure.modality == "asserted" and measure.date == "2015-06-09"
    assert [labels[k] for k in measure.target] == ["Wagner Group"]


def test_a_sanction_still_to_be_decided_is_not(run, events_of):
    ex = run("The EU will decide next week whether to impose sanctions on Russia.")
    (measure,) = events_of(ex, "SANCTION")
    assert measure.modality != "asserted"


def test_a_gerund_used_as_a_noun_names_its_doer_by_by(run, events_of):
    ex = run("Putin stressed the inadmissibility of opening fire at Russia's territory by the "
             "Ukrainian army.")
    (fire,) = events_of(ex, "ASSAULT")
    labels = {a.key: a.label for a in ex.actors}
    assert [labels[k] for k in fire.source] == ["Ukraine"]
    assert [labels[k] for k in fire.target] == ["Russia"]
