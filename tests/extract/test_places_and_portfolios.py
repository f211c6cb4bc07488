"""Names that stand for a place or a field of an office, not a party (kg.extract.cast, mentions, orgs)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 6, 14)


def _labels(ex) -> set[str]:
    return {a.label for a in ex.actors}


def test_a_state_named_on_its_border_or_coast_is_no_actor(run):
    ex = run("Fishermen found a wrecked boat on the Bolivian border and another near the Peruvian coast.")
    assert "Bolivia" not in _labels(ex) and "Peru" not in _labels(ex)


def test_a_state_named_by_its_forces_stays_an_actor(run):
    ex = run("Bolivian troops were seen near the town on Monday.")
    assert "Bolivia" in _labels(ex)


def test_a_state_that_only_says_where_a_town_lies_is_no_actor(run):
    ex = run("The storm flooded Cochabamba, Bolivia, and the water reached the market.")
    assert "Bolivia" not in _labels(ex)


def test_the_field_of_a_minister_is_no_organisation(run):
    ex = run("The Under Secretary for Fisheries and Coastal Planning said the rules would change.")
    assert not any("Fisheries" in a.label or "Coastal Planning" in a.label for a in ex.actors)


def test_a_spokesman_for_a_body_still_names_the_body(run):
    ex = run("A spokesman for the Andean Water Council said the dam would open in May.")
    assert any("Andean Water Council" in a.label for a in ex.actors)


def test_an_office_named_only_by_its_title_outside_any_event_names_no_person(run):
    ex = run("Reporters asked about the holiday plans of the High Representative of the European Union.")
    assert not any(a.kind == "person" for a in ex.actors)


def test_an_office_holder_in_an_event_or_named_is_listed(run):
    ex = run("The High Representative of the European Union met the Chinese ambassador on Monday.")
    assert any(a.kind == "person" for a in ex.actors)
    ex = run("Kaja Kallas, the High Representative of the European Union, spoke about the weather.")
    assert "Kaja Kallas" in _labels(ex)


def test_a_department_named_after_its_state_is_an_actor_of_its_own(run):
    ex = run("The U.S. Department of Commerce said on Monday that the export licences were revoked.")
    assert "U.S. Department of Commerce" in _labels(ex) and "United States" in _labels(ex)


def test_an_agency_after_its_state_is_also_known_by_its_own_name(run):
    ex = run("Canada's Border Services Agency said on Monday that it had detained two men.")
    (agency,) = [a for a in ex.actors if a.kind == "org"]
    assert "Border Services Agency" in agency.names


def test_a_lower_case_department_alone_names_no_body(run):
    ex = run("The department said on Monday that it had detained two men.")
    assert not any(a.kind == "org" for a in ex.actors)


def test_the_first_words_of_a_longer_name_are_no_person_of_their_own(run):
    ex = run("Praising the staff, an aide to UN Special Envoy Staffan de Mistura said the aid was welcome.")
    assert "Staffan" not in _labels(ex)


def test_letters_after_a_name_keep_the_person(run):
    ex = run("Defence Secretary Maria Okafor MP said the ships were ready.")
    assert any("Okafor" in a.label for a in ex.actors)
