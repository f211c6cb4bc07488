"""Names of organisations the NER runs into their acronym or their owner (kg.extract.orgs)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex):
    return {a.label for a in ex.actors}


def test_a_name_run_into_its_bracketed_acronym_ends_before_the_bracket(run):
    ex = run(
        "The raid was carried out by the Allied Democratic Forces (ADF), a rebel group. "
        "The ADF later attacked a village."
    )
    assert "Allied Democratic Forces" in _labels(ex)
    assert not any("(" in label for label in _labels(ex))
    assert all(e.participants == ["allied-democratic-forces"] for e in ex.events if e.plover == "ASSAULT")


def test_a_body_an_organisation_owns_is_named_apart_from_its_owner(run):
    ex = run(
        "Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned "
        "four companies that supply drones to the army."
    )
    labels = _labels(ex)
    assert "Office of Foreign Assets Control" in labels
    assert "U.S. Department of the Treasury" in labels
    (sanction,) = [e for e in ex.events if e.plover == "SANCTION"]
    assert sanction.source == ["ofac"]  # the gazetteer's entry, a body of the United States
    ex = run(
        "Today, the Department of the Treasury’s Financial Crimes Enforcement Network sanctioned "
        "four companies that supply drones to the army."
    )
    assert {"Financial Crimes Enforcement Network", "U.S. Department of the Treasury"} <= _labels(ex)
    (sanction,) = [e for e in ex.events if e.plover == "SANCTION"]
    assert sanction.source == ["financial-crimes-enforcement-network"]


def test_a_states_agency_keeps_its_state_in_its_name(run):
    ex = run("Azerbaijan's Defense Ministry said Armenian forces shelled the town.")
    assert "Azerbaijan's Defense Ministry" in _labels(ex)


def test_an_acronym_of_words_in_lower_case_names_a_thing_not_a_body(run):
    ex = run(
        "Two soldiers were diagnosed with traumatic brain injuries, or TBI, after the rocket attack. "
        "Since October, 25 troops were diagnosed with TBI."
    )
    assert not any(a.label == "TBI" for a in ex.actors)


def test_the_parts_of_a_hyphenated_name_before_its_known_acronym_are_that_actor(run):
    ex = run("The bombing of the market was claimed by the Tehrik-e-Taliban (TTP), officials said.")
    bodies = [a for a in ex.actors if a.kind in ("org", "group")]
    assert [a.key for a in bodies] == ["ttp"]
    attacks = [e for e in ex.events if e.plover == "ASSAULT"]
    assert attacks and attacks[0].source == ["ttp"]


def test_a_states_body_named_with_its_state_before_it_is_one_actor(run):
    ex = run("The U.S. Department of State announced visa restrictions on ten Belarusian officials.")
    assert "United States" not in _labels(ex)
    (department,) = [a for a in ex.actors if a.kind == "org"]
    assert "U.S. Department of State" in {department.label, *department.names}
    assert department.mentions[0].text == "U.S. Department of State"


def test_a_body_name_runs_on_in_a_capitalised_word_for_a_body(run):
    ex = run("The US Treasury Department sanctioned five shipping companies on Monday.")
    (treasury,) = [a for a in ex.actors if a.kind == "org"]
    assert "US Treasury Department" in {treasury.label, *treasury.names}
