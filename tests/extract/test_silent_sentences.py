"""Sentences the extractor used to read as no event at all: an epithet the parse hangs the object on
("called the Somali leaders 'bandits'"), a damning word said of a person ("is deranged"), recognition
denied ("has not recognized Kosovo": a rejection), talking again ("the leaders looked forward to
speaking again": a talk between them, but one who "spoke again" alone gave a speech), allegiance
pledged, standing up for someone, a congratulatory message, another's property taken over. Each with
a sentence where the rule must not fire."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _types(ex) -> set[str]:
    return {e.plover for e in ex.events}


def test_a_quoted_epithet_the_parse_hangs_the_object_on_accuses_the_object(run, events_of):
    ex = run('The Kenyan president called the Somali leaders "bandits and thieves".')
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q114"] and blame.target == ["Q1045"]
    assert "CONSULT" not in _types(ex)


def test_a_person_said_to_be_deranged_is_accused(run, events_of):
    ex = run('Kenya said the Somali government was "deranged".')
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q114"] and blame.target == ["Q1045"]


def test_recognition_denied_is_a_rejection(run, events_of):
    ex = run("Serbia has not recognized Kosovo.")
    (refusal,) = events_of(ex, "REJECT")
    assert refusal.source == ["Q403"] and refusal.target == ["Q1246"]
    assert "SUPPORT" not in _types(ex)


def test_recognition_given_stays_support(run, events_of):
    ex = run("Serbia recognized Kosovo in 2020.")
    assert events_of(ex, "SUPPORT")
    assert "REJECT" not in _types(ex)


def test_leaders_looking_forward_to_speaking_again_is_a_talk_between_them(run):
    ex = run(
        "Prime Minister Keir Starmer spoke to German Chancellor Olaf Scholz this evening. "
        "They discussed the situation in Ukraine. The leaders looked forward to speaking again soon."
    )
    again = [e for e in ex.events if e.plover == "CONSULT" and e.trigger == "speaking"]
    assert again and len(again[0].participants) == 2


def test_one_who_spoke_again_alone_gave_a_speech(run):
    ex = run("Kenya's president spoke again about the drought.")
    assert "CONSULT" not in _types(ex)


def test_allegiance_declared_to_a_group_supports_it(run, events_of):
    ex = run("Boko Haram leader Abubakar Shekau declared allegiance to the Islamic State group.")
    (backing,) = events_of(ex, "SUPPORT")
    assert backing.target and backing.source


def test_allegiance_to_no_actor_is_no_event(run):
    ex = run("The players showed allegiance to their club.")
    assert "SUPPORT" not in _types(ex)


def test_standing_up_for_a_state_supports_it(run, events_of):
    ex = run("The UK will continue to stand up for Israel's security.")
    (backing,) = events_of(ex, "SUPPORT")
    assert backing.source == ["Q145"] and backing.target == ["Q801"]


def test_standing_up_to_leave_is_no_event(run):
    ex = run("The minister stood up and left the room.")
    assert not ex.events


def test_a_congratulatory_message_is_praise(run, events_of):
    ex = run("Kenya sent Ethiopia a congratulatory message on Friday.")
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.source == ["Q114"]


def test_taking_over_another_states_embassy_seizes_it(run, events_of):
    ex = run("Venezuela's government took over the Colombian embassy in Caracas.")
    (seizure,) = events_of(ex, "COERCE")
    assert seizure.source == ["Q717"] and seizure.target == ["Q739"]


def test_taking_over_an_office_is_no_seizure(run):
    ex = run("Kenya took over the presidency of the council.")
    assert "COERCE" not in _types(ex)
