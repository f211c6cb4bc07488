"""Wire-copy shapes of issue 11: demonyms as the sides of an event noun, denials by description
(kg.extract.statements) and participial clauses that say how a deed was done (kg.extract.elaboration)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_demonyms_before_and_after_an_event_noun_are_its_sides(run, events_of):
    ex = run("An Iraqi raid on the Syrian village of Tal Hamis wounded three farmers.")
    (raid,) = [e for e in events_of(ex, "ASSAULT") if e.trigger == "raid"]
    assert raid.source == ["Q796"]
    assert raid.target == ["Q858"]


def test_a_demonym_describing_a_person_makes_no_participant(run):
    ex = run("A senior Iranian member of the smuggling ring was charged by prosecutors in Belgium.")
    assert not [e for e in ex.events if "Q794" in e.target]


def test_calling_a_claim_baseless_rejects_it(run, events_of):
    ex = run("Egypt called Ethiopia's claims baseless on Tuesday.")
    (denial,) = events_of(ex, "REJECT")
    assert denial.source == ["Q79"]
    assert denial.target == ["Q115"]
    assert not [e for e in ex.events if e.plover == "ACCUSE"]


def test_a_claim_described_as_false_by_a_named_speaker_is_rejected(run, events_of):
    ex = run("Chile's foreign minister Ana Rojas described the allegations as false and misleading.")
    (denial,) = events_of(ex, "REJECT")
    assert denial.source
    assert not [e for e in ex.events if e.plover == "ACCUSE"]


def test_calling_a_deed_damning_still_accuses(run, events_of):
    ex = run("Poland called Russia's move deeply irresponsible.")
    (blame,) = events_of(ex, "ACCUSE")
    assert (blame.source, blame.target) == (["Q36"], ["Q159"])
    assert not [e for e in ex.events if e.plover == "REJECT"]


def test_a_participial_clause_says_how_pressure_was_applied(run, events_of):
    ex = run("Canada increased its pressure on Iran on Monday, imposing sanctions on four police commanders.")
    (sanction,) = events_of(ex, "SANCTION")
    assert sanction.source == ["Q16"]
    assert sanction.target == ["Q794"]
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_a_participial_clause_keeps_a_deed_of_its_own_main_clause(run, events_of):
    ex = run("Russia attacked Ukraine on Monday, killing five civilians.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == ["Q212"]
