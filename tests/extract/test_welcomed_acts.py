"""A verb of hosting ("welcome", "receive") whose object names an act of another actor (an
announcement, a pledge, a decision) praises that act's doer, it hosts no guest; what a noun of saying
or undertaking says ("the statement that they had pulled out", "the pledge to withdraw its troops")
is an event of whoever said or undertook it. A welcomed delegation or president stays a visit."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)

JAPAN, SOUTH_KOREA, GERMANY, RUSSIA, EU, KENYA = "Q17", "Q884", "Q183", "Q159", "Q458", "Q114"


def _types(ex) -> list[str]:
    return [e.plover for e in ex.events]


def test_a_welcomed_announcement_is_praise_of_its_owner_not_a_visit(run, events_of):
    ex = run("The European Union welcomed the Government of Chad's announcement on Tuesday.")
    assert "CONSULT" not in _types(ex)
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.source == [EU]
    assert praise.target == ["government-chad"]


def test_what_a_pledge_says_is_its_owners_planned_event(run, events_of):
    ex = run("Japan welcomed Seoul's pledge that it would resume talks with Tokyo.")
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.target == [SOUTH_KOREA]
    (talks,) = events_of(ex, "CONSULT")
    assert talks.source == [SOUTH_KOREA]
    assert talks.modality == "planned"


def test_they_in_a_statement_that_clause_are_the_statements_owners(run, events_of):
    ex = run(
        "Fighting between the army and M23 rebels eased on Wednesday in the east. "
        "Kenya welcomed the rebels' statement that they had pulled out of the two towns."
    )
    (pullout,) = events_of(ex, "RETREAT")
    assert pullout.source == ["m23"]
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.source == [KENYA]


def test_a_pledge_to_withdraw_is_planned_and_its_pronoun_the_pledgers(run, events_of):
    ex = run("Germany welcomed Russia's pledge to withdraw its troops from the region.")
    (pullout,) = events_of(ex, "RETREAT")
    assert pullout.source == [RUSSIA]
    assert GERMANY not in pullout.participants
    assert pullout.modality == "planned"
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.source == [GERMANY]
    assert praise.target == [RUSSIA]


def test_a_welcomed_delegation_stays_a_visit(run, events_of):
    ex = run("President Emmanuel Macron welcomed the Kenyan delegation in Paris.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == [KENYA]
    assert "SUPPORT" not in _types(ex)


def test_a_president_welcomed_to_a_capital_stays_a_visit(run, events_of):
    ex = run("The French president welcomed Kenyan President William Ruto to Paris on Monday.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == ["william-ruto"]
    assert "SUPPORT" not in _types(ex)


def test_a_pronoun_in_an_aims_infinitive_is_not_rebound(run, events_of):
    # an effort is no word given: its infinitive is only an aim, no event
    ex = run("Germany praised Russia's efforts to withdraw its troops.")
    assert "RETREAT" not in _types(ex)
