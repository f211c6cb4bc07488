"""The doer of a deed named by its claim: a claim that points back to a deed told before gives that
deed its doer; a place named in a relative clause's antecedent claims nothing; a "by" phrase after a
deed noun and a run of long names is still its agent."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

NIGERIA = "Q1033"
CONDEMNED = "The Council condemned the attack on a market in Kano, Nigeria on Friday. "


def test_a_claim_pointing_back_names_the_doer_of_the_deed_told_before(run, events_of):
    ex = run(CONDEMNED + "The attack was claimed by Boko Haram.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["boko-haram"] and attack.target == [NIGERIA]


def test_a_claim_of_another_deed_leaves_the_deed_told_before_alone(run, events_of):
    for claim in (
        "Boko Haram claimed responsibility for an attack in Chad last year.",
        "Boko Haram claimed responsibility for the attack on a church in Chad.",
    ):
        ex = run(CONDEMNED + claim)
        market = [e for e in events_of(ex, "ASSAULT") if NIGERIA in e.target]
        assert market and all("boko-haram" not in e.source for e in market)


def test_a_place_claims_nothing_the_actor_placed_in_it_does(run, events_of):
    ex = run("Kenya vowed to defeat al-Shabab in Somalia, which claimed responsibility for the attack.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["al-shabaab"]


def test_a_by_phrase_after_long_names_is_the_agent(run, events_of):
    ex = run(
        "The members of the Council condemned the attack on the United Nations Multidimensional Integrated "
        "Stabilization Mission in the Central African Republic (MINUSCA) and Central African Armed Forces "
        "(FACA) positions by Boko Haram on 4 May 2023 near Bambari."
    )
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["boko-haram"]
