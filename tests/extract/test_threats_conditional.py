"""Threats made on a condition or to no one named: a verb of threatening with an "if" or "unless"
clause is a threat made now, aimed at whoever must meet the condition; a threat to do a deed of
conflict is one even when no party is named; a deed that will come unless something changes is a
threat by whoever says so; a vow of vengeance and a warning that wrongdoers will be held accountable
are threats. And what is none of these: a threat only supposed, a threat to do what harms no one, a
plain plan, an offer of help, a demand that someone be held accountable."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2024, 5, 2)


def _threats(ex):
    return [e for e in ex.events if e.plover == "THREATEN"]


def test_a_threat_on_a_condition_is_made_now_to_whoever_must_meet_it(run):
    said = "Chile has threatened Peru and Bolivia with sanctions if they do not settle the dispute."
    (threat,) = _threats(run(said))
    assert threat.source == ["Q298"] and set(threat.target) == {"Q419", "Q750"}
    assert threat.modality == "asserted"
    (told,) = _threats(run("Bolivia threatened to close its border unless Peru pays its debts."))
    assert told.source == ["Q750"] and told.target == ["Q419"] and told.modality == "asserted"


def test_a_threat_on_a_condition_no_party_named_must_meet_is_still_made(run):
    (threat,) = _threats(run("Ecuador has threatened to use force if any country pressures it."))
    assert threat.source == ["Q736"] and threat.modality == "asserted"


def test_a_threat_only_supposed_in_a_condition_is_none(run):
    ex = run("If Peru threatened Chile again, the talks would collapse.")
    assert not [t for t in _threats(ex) if t.modality == "asserted"]


def test_a_threat_to_do_a_deed_of_conflict_is_one_to_no_one_named(run):
    (threat,) = _threats(run("Bolivia has threatened to use force."))
    assert threat.source == ["Q750"] and threat.modality == "asserted"
    (severed,) = _threats(run("Peru is threatening to sever diplomatic relations."))
    assert severed.source == ["Q419"]


def test_a_threat_to_do_what_harms_no_one_is_none(run):
    assert not _threats(run("The Peruvian foreign minister Javier Gonzalez-Olaechea threatened to resign."))
    assert not _threats(run("Heavy rains in Chile threaten to destroy the harvest."))


def test_a_deed_to_come_unless_things_change_is_a_threat_by_whoever_says_so(run):
    said = "Chile said more sanctions would be coming unless there is a change of course in Lima."
    (threat,) = _threats(run(said))
    assert threat.source == ["Q298"] and threat.modality == "asserted"


def test_talks_or_help_to_come_unless_something_happens_are_no_threat(run):
    assert not _threats(run("Chile said the talks with Peru would go ahead unless the weather is bad."))
    assert not _threats(run("Chile said it will send aid to Peru if the floods get worse."))


def test_a_vow_of_vengeance_is_a_threat(run):
    (threat,) = _threats(run("Bolivia vowed vengeance on those responsible for the bombing."))
    assert threat.source == ["Q750"] and threat.modality == "asserted"


def test_a_warning_that_wrongdoers_will_be_held_accountable_is_a_threat(run):
    said = "Those responsible for the attack will be held accountable, Chile said."
    (threat,) = _threats(run(said))
    assert threat.source == ["Q298"] and threat.modality == "asserted"
    (held,) = _threats(run("Chile will hold Peru accountable for the attack on its embassy."))
    assert held.source == ["Q298"] and held.target == ["Q419"]


def test_a_demand_that_someone_be_held_accountable_or_a_past_verdict_is_no_threat(run):
    assert not _threats(run("The perpetrators must be held accountable, Chile said."))
    assert not _threats(run("A court in Lima held Peru accountable for the debt last year."))


def test_a_danger_foretold_on_a_condition_is_no_threat(run):
    said = "Antonio Guterres warned that the situation will deteriorate if funding is not provided."
    assert not _threats(run(said))
    drought = "The drought in Chile threatens to push millions into hunger if the rains do not come."
    assert not _threats(run(drought))
