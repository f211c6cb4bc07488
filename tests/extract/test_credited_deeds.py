"""Deeds credited to whom a verb of crediting thanks or praises for them, and the type boundaries of
aid counted in money, military positions seized and plans backed out of. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)


def test_a_deed_one_is_thanked_for_is_done_by_the_one_thanked(run, events_of):
    ex = run("Sweden thanked Norway for the release of the detained sailors.")
    (praise,) = events_of(ex, "SUPPORT")
    (release,) = events_of(ex, "CONCEDE")
    assert (praise.source, praise.target) == (["Q34"], ["Q20"])
    assert release.source == ["Q20"]


def test_a_deed_one_is_commended_on_is_done_by_the_one_commended(run, events_of):
    ex = run("Canada commended Ghana on the pardon of the jailed journalists.")
    (pardon,) = events_of(ex, "CONCEDE")
    assert pardon.source == ["Q117"]


def test_a_deed_with_a_doer_of_its_own_keeps_it(run, events_of):
    ex = run("Sweden thanked Norway for Denmark's release of the detained sailors.")
    (release,) = events_of(ex, "CONCEDE")
    assert release.source == ["Q35"]


def test_a_verb_of_blame_credits_no_one(run):
    # what an accuser is condemned for is no deed credited by praise (kg.extract.credited); whatever the
    # accusation tells, "criticised" is not among the crediting verbs
    ex = run("Sweden criticised Norway for the closure of the embassy.")
    assert not [e for e in ex.events if e.plover in ("SUPPORT", "CONCEDE")]


def test_support_counted_in_money_is_aid(run, events_of):
    ex = run("Italy will give 25 million euros of support to Tunisia.")
    (aid,) = events_of(ex, "AID")
    assert (aid.source, aid.target) == (["Q38"], ["Q948"])
    assert not [e for e in ex.events if e.plover == "SUPPORT"]


def test_support_with_no_money_stays_words_of_backing(run, events_of):
    ex = run("Italy offered its full support to Tunisia.")
    (support,) = events_of(ex, "SUPPORT")
    assert (support.source, support.target) == (["Q38"], ["Q948"])
    assert not [e for e in ex.events if e.plover == "AID"]


def test_an_increase_of_money_announced_for_a_party_is_aid(run, events_of):
    ex = run("Spain announced an increase of $20 million in aid to Chad.")
    (aid,) = events_of(ex, "AID")
    assert (aid.source, aid.target) == (["Q29"], ["Q657"])


def test_money_earmarked_for_a_party_is_aid(run, events_of):
    ex = run("Japan earmarked $15 million for Nepal.")
    (aid,) = events_of(ex, "AID")
    assert (aid.source, aid.target) == (["Q17"], ["Q837"])


def test_a_reward_offered_is_no_aid(run):
    ex = run("The agency offered a reward of up to $5 million for information on the attack.")
    assert not [e for e in ex.events if e.plover == "AID"]


def test_military_positions_seized_are_assaulted(run, events_of):
    ex = run("Kenyan troops seized rebel positions near the town.")
    events_of(ex, "ASSAULT")
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_goods_seized_are_a_seizure(run, events_of):
    ex = run("Police seized weapons and documents in the raid.")
    events_of(ex, "COERCE")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_backing_out_of_a_plan_is_a_rejection(run, events_of):
    ex = run("The president backed out of a plan to sign a defence pact with Kenya.")
    events_of(ex, "REJECT")
    assert not [e for e in ex.events if e.plover == "SUPPORT"]


def test_backing_a_plan_is_support(run, events_of):
    ex = run("The senators backed the plan to sign a defence pact with Kenya.")
    events_of(ex, "SUPPORT")
    assert not [e for e in ex.events if e.plover == "REJECT"]


def test_welcoming_a_party_s_conduct_is_praise_not_a_visit(run, events_of):
    ex = run("Chile welcomed Peru's continued leadership on regional security.")
    (praise,) = events_of(ex, "SUPPORT")
    assert (praise.source, praise.target) == (["Q298"], ["Q419"])
    assert not [e for e in ex.events if e.plover == "CONSULT"]


def test_welcoming_a_guest_is_still_a_visit(run, events_of):
    ex = run("Egypt welcomed the Sudanese delegation in Cairo.")
    events_of(ex, "CONSULT")


def test_agreeing_to_another_s_demand_is_a_concession(run, events_of):
    ex = run("Iran agreed to the terms offered by the IAEA.")
    (concession,) = events_of(ex, "CONCEDE")
    assert concession.source == ["Q794"]
    assert not [e for e in ex.events if e.plover == "AGREE"]


def test_agreeing_to_a_joint_deed_stays_an_agreement(run, events_of):
    ex = run("Armenia and Azerbaijan agreed to a ceasefire.")
    events_of(ex, "AGREE")
    assert not [e for e in ex.events if e.plover == "CONCEDE"]


def test_not_agreeing_to_a_proposal_is_a_rejection(run, events_of):
    ex = run("Serbia did not agree to the EU's proposal.")
    (rejection,) = events_of(ex, "REJECT")
    assert rejection.source == ["Q403"]


def test_a_redeployment_of_forces_is_a_deployment(run, events_of):
    ex = run("Observers reported the Israel Defense Forces' redeployment of forces in the Golan.")
    events_of(ex, "MOBILIZE")


def test_a_redeployment_of_staff_is_no_deployment_of_force(run):
    # the noun names a move of forces; a company's staff moved is no event of any actor
    ex = run("The bank announced a redeployment of staff to its Paris office.")
    assert not [e for e in ex.events if e.plover == "MOBILIZE"]


def test_defending_one_s_own_conduct_rejects_the_criticism_of_it(run, events_of):
    ex = run("Chile has defended its approach to Bolivia, saying it only seeks normal trade.")
    (rejection,) = events_of(ex, "REJECT")
    assert rejection.source == ["Q298"]


def test_defending_a_border_is_no_rejection(run):
    ex = run("Ukraine defended its border against the invaders.")
    assert not [e for e in ex.events if e.plover == "REJECT"]


def test_a_right_to_defend_oneself_is_no_aid(run):
    ex = run("Britain strongly supported Israel's right to defend itself.")
    assert not [e for e in ex.events if e.plover == "AID"]
