"""Who leads or does an event where the clause's subject does not say so: the side at whose initiative a
meeting is held, the forces a participle of a deed stands before, the forces whose movement an "of"
phrase names, the visitor who ends or calls off a visit, the owner of a craft that did a deed."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA, UGANDA, TANZANIA = "Q114", "Q1036", "Q924"


def test_the_side_at_whose_initiative_talks_are_held_leads_them(run, events_of):
    ex = run("Kenya held talks with Uganda at the initiative of the Ugandan side.")
    (talks,) = events_of(ex, "CONSULT")
    assert talks.source == [UGANDA] and talks.target == [KENYA]


def test_the_initiator_is_read_as_the_party_of_its_side(run, events_of):
    ex = run(
        "President William Ruto had a telephone conversation with President Yoweri Museveni of Uganda "
        "at the Ugandan side's initiative."
    )
    (call,) = events_of(ex, "CONSULT")
    assert call.source == ["yoweri-museveni"] and call.target == ["william-ruto"]


def test_talks_with_no_initiative_named_stay_the_subjects(run, events_of):
    ex = run("Kenya held talks with Uganda in Nairobi.")
    (talks,) = events_of(ex, "CONSULT")
    assert talks.source == [KENYA] and talks.target == [UGANDA]


def test_a_participle_before_forces_names_the_forces_as_doers(run, events_of):
    ex = run("Rights groups documented the abuses committed by invading Ugandan forces in the border towns.")
    assert any(e.source == [UGANDA] for e in events_of(ex, "ASSAULT"))
    ex = run("The invading Tanzanian troops shelled the town of Bukoba.")
    assert all(e.source == [TANZANIA] for e in events_of(ex, "ASSAULT"))


def test_a_gerund_with_its_object_is_not_read_as_doers(run, events_of):
    ex = run("Kenya accused Uganda of shelling Tanzanian border posts.")
    (shelling,) = events_of(ex, "ASSAULT")
    assert shelling.source == [UGANDA] and TANZANIA in shelling.target


def test_the_forces_whose_withdrawal_is_named_withdraw(run, events_of):
    ex = run("Kenya welcomed the withdrawal of Ugandan troops from the border.")
    (withdrawal,) = events_of(ex, "RETREAT")
    assert withdrawal.source == [UGANDA]


def test_the_of_phrase_of_a_deed_done_to_soldiers_names_no_doer(run, events_of):
    ex = run("Human rights groups condemned the detention of Ugandan soldiers by Tanzania.")
    (detention,) = events_of(ex, "COERCE")
    assert detention.source == [TANZANIA] and UGANDA in detention.target


def test_who_calls_off_a_visit_is_the_visitor(run, events_of):
    ex = run("Kenya's foreign minister Musalia Mudavadi cancelled a visit to Uganda on Monday.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == ["musalia-mudavadi"] and visit.target == [UGANDA]


def test_the_owner_of_a_craft_did_what_it_did(run, events_of):
    ex = run("A Ugandan military plane violated Kenyan airspace on Sunday.")
    (breach,) = [e for e in ex.events if KENYA in e.target]
    assert breach.source == [UGANDA]
