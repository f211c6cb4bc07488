"""A finite verb after "and" at the end of a reported clause: the parser may hang it on the clause's
bare verb under a modal ("recalls that X may constitute a crime and calls on Y"), but a verb that
agrees with the main subject is that subject's (who recalls calls on Y); a bare verb under the same
modal stays the clause's ("said the envoy would visit and meet X": the envoy meets X)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 6, 3)

KENYA, ETHIOPIA, MALI, GHANA, NIGER = "Q114", "Q115", "Q912", "Q117", "Q1032"


def test_a_present_conjunct_after_a_modal_clause_is_the_main_subjects(run, events_of):
    ex = run(
        "Ghana recalls that attacks on peacekeepers may constitute war crimes and calls on the "
        "authorities of Mali to investigate them."
    )
    (call,) = events_of(ex, "REQUEST")
    assert call.source == [GHANA] and MALI in call.target


def test_in_a_statement_of_a_state_in_the_present(run, events_of):
    ex = run(
        "Kenya stresses that the ceasefire must hold and urges Ethiopia to withdraw its forces from "
        "the border area."
    )
    (call,) = events_of(ex, "REQUEST")
    assert call.source == [KENYA] and ETHIOPIA in call.target


def test_a_past_conjunct_still_goes_to_the_main_subject(run, events_of):
    ex = run("Niger said the talks would resume and urged Mali to release the detained soldiers.")
    (call,) = events_of(ex, "REQUEST")
    assert call.source == [NIGER] and MALI in call.target


def test_a_bare_verb_under_the_modal_stays_the_clauses(run, events_of):
    # "meet" is a bare verb under "would", coordinated with "visit": the minister meets, not Kenya
    ex = run("Kenya said the Ethiopian foreign minister would visit Nairobi and meet officials of Mali.")
    meetings = [e for e in ex.events if e.plover == "CONSULT"]
    assert all(KENYA not in e.source for e in meetings)


def test_a_un_chiefs_call_after_a_modal_clause(run, events_of):
    ex = run(
        "António Guterres recalls that attacks on aid workers may constitute war crimes and calls on "
        "the government of Sudan to protect them."
    )
    (call,) = events_of(ex, "REQUEST")
    assert call.source and all(k not in call.source for k in call.target)
    assert "Q1049" in call.target
