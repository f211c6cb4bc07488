"""Sentences that tell two events at once: a demand to end a deed that is going on (the demand and
the deed, kg.extract.demands), and a joint promise of something done together (the agreement and
what is agreed, kg.extract.promises)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _types(ex) -> list[str]:
    return sorted(e.plover for e in ex.events)


def test_a_deed_another_must_end_is_both_the_deed_and_a_demand(run, events_of):
    ex = run("Iran must end its campaign of repression against protesters, Britain said.")
    (demand,) = events_of(ex, "REQUEST")
    (deed,) = events_of(ex, "COERCE")
    assert demand.source == ["Q145"] and demand.target == ["Q794"]
    assert deed.source == ["Q794"]


def test_attacks_that_must_cease_are_asked_of_whoever_attacks(run, events_of):
    ex = run("Attacks on civilians by Hamas must cease immediately, Macron said.")
    (demand,) = events_of(ex, "REQUEST")
    assert demand.target == ["Q38799"]
    assert events_of(ex, "ASSAULT")


def test_a_resolve_to_end_a_deed_is_no_demand(run):
    ex = run("We must end the shelling of Kharkiv, the Ukrainian commander said.")
    assert "REQUEST" not in _types(ex)


def test_a_deed_that_ended_is_no_demand(run):
    ex = run("Britain said that Russian shelling of Kharkiv ended on Tuesday.")
    assert "REQUEST" not in _types(ex)


def test_two_parties_promising_to_work_together_agree(run, events_of):
    ex = run("Biden and Macron committed to increased partnership on clean energy.")
    (agreement,) = events_of(ex, "AGREE")
    assert sorted(agreement.participants) == ["Q3052772", "Q6279"]
    assert agreement.modality == "asserted"  # the promise is made now
    # what it promises is to come: no cooperation done yet (COOPERATE's joint_agreed, triggers.yaml)
    assert not [e for e in ex.events if e.plover == "COOPERATE"]


def test_one_party_promising_cooperation_agrees_with_no_one(run, events_of):
    ex = run("Germany pledged to deepen cooperation with Poland on defence.")
    assert events_of(ex, "COOPERATE")
    assert "AGREE" not in _types(ex)


def test_a_joint_promise_to_help_a_third_party_is_no_agreement(run):
    ex = run("Britain and France pledged to help protect Ukraine's security.")
    assert "AGREE" not in _types(ex)


def test_a_joint_pledge_of_aid_is_only_aid(run, events_of):
    ex = run("Biden and Scholz pledged aid to Ukraine.")
    assert events_of(ex, "AID")
    assert "AGREE" not in _types(ex)


def test_praise_for_signing_a_named_accord_is_also_the_agreement(run, events_of):
    ex = run("Biden congratulated Lourenco for Angola's signing of the Artemis Accords.")
    assert events_of(ex, "SUPPORT")
    (agreement,) = events_of(ex, "AGREE")
    assert "Q916" in agreement.participants


def test_a_declaration_between_two_states_is_an_agreement(run, events_of):
    ex = run("The United States applauds the ceasefire declaration between Cambodia and Thailand.")
    (agreement,) = events_of(ex, "AGREE")
    assert sorted(agreement.participants) == ["Q424", "Q869"]


def test_a_declaration_of_one_party_is_no_agreement(run):
    ex = run("Russia's declaration of a state of emergency in Kursk alarmed Kyiv.")
    assert "AGREE" not in _types(ex)


def test_a_vow_to_answer_any_attack_threatens_the_would_be_attacker(run, events_of):
    ex = run("Iran said it would respond forcefully to any Israeli attack.")
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == ["Q794"] and threat.target == ["Q801"]
    assert "ASSAULT" not in _types(ex)  # the attack is only threatened


def test_responding_to_a_letter_is_no_threat(run):
    ex = run("Iran said it would respond to the letter from France next week.")
    assert "THREATEN" not in _types(ex)


def test_ignoring_calls_by_others_tells_that_they_asked(run, events_of):
    ex = run("Armenian and Azerbaijani forces ignored calls by the United States and France for a ceasefire.")
    (request,) = events_of(ex, "REQUEST")
    assert sorted(request.source) == ["Q142", "Q30"]
    assert sorted(request.target) == ["Q227", "Q399"]
    assert events_of(ex, "REJECT")


def test_rejecting_a_proposal_tells_no_request(run, events_of):
    ex = run("Russia rejected the proposal by Ukraine.")
    assert events_of(ex, "REJECT")
    assert "REQUEST" not in _types(ex)


def test_the_provision_of_weapons_is_aid_beside_the_concern_about_it(run, events_of):
    ex = run("Biden and Starmer expressed deep concern about Iran's provision of lethal weapons to Russia.")
    assert events_of(ex, "ACCUSE")
    (aid,) = events_of(ex, "AID")
    assert aid.source == ["Q794"] and aid.target == ["Q159"]


def test_a_transfer_of_power_is_no_aid(run):
    ex = run("Mali's junta refused a transfer of power to civilians, ECOWAS said.")
    assert "AID" not in _types(ex)


def test_who_discusses_a_war_does_not_wage_it(run):
    ex = run("Biden and Scholz discussed the war in Ukraine.")
    for e in ex.events:
        if e.plover == "ASSAULT":
            assert "Q6279" not in e.source and "Q61053" not in e.source


def test_what_a_named_party_needs_to_do_is_asked_of_it(run, events_of):
    ex = run("Blinken said the Houthis need to inform the United Nations that they accept the truce.")
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["antony-blinken"] and request.target == ["houthis"]


def test_what_we_need_to_do_is_no_demand(run):
    ex = run("Blinken said we need to inform the United Nations about the truce.")
    assert "REQUEST" not in _types(ex)
