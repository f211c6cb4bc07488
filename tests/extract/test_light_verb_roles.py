"""Roles read from the clause an event word sits in: forces deployed in the passive, or receiving
reinforcements from no one named, are their side's deployment; a demand agreed to is the agreer's to
meet, not to make; what a deed "led to" is not done by the deed's owner but, when hostile, aimed at it;
an issued text's "of" names who speaks in a participle on it; another name of a foreign minister's
office is the same title."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA, SOMALIA, PERU, NORWAY, MALI, UGANDA = "Q114", "Q1045", "Q419", "Q20", "Q912", "Q1036"


def test_forces_deployed_in_the_passive_are_their_sides_deployment(run, events_of):
    ex = run("Kenyan police were deployed to the border with Somalia on Tuesday, the interior ministry said.")
    (deploy,) = events_of(ex, "MOBILIZE")
    assert deploy.source == ["kenyan-police", KENYA] and deploy.target == [SOMALIA]


def test_an_agent_of_a_passive_deployment_still_deploys(run, events_of):
    # must not change: the agent named is the source, the destination the target
    ex = run("Additional warships were dispatched by Kenya to the coast of Somalia.")
    (deploy,) = events_of(ex, "MOBILIZE")
    assert deploy.source == [KENYA] and deploy.target == [SOMALIA]


def test_forces_that_receive_reinforcements_with_no_giver_reinforce_themselves(run, events_of):
    ex = run("Kenyan troops in the border town received reinforcements on Monday.")
    (reinforce,) = events_of(ex, "MOBILIZE")
    assert reinforce.source == [KENYA] and reinforce.target == []


def test_reinforcements_received_from_a_giver_are_the_givers(run, events_of):
    # must not change: the giver named with "from" sends them to the receiver
    (reinforce,) = events_of(run("Somalia received reinforcements from Kenya."), "MOBILIZE")
    assert reinforce.source == [KENYA] and reinforce.target == [SOMALIA]


def test_who_agrees_to_a_request_is_asked_not_the_asker(run, events_of):
    ex = run("Peru agreed to a Norwegian request to host the next round of talks.")
    (request,) = events_of(ex, "REQUEST")
    assert request.source == [NORWAY] and request.target == [PERU]


def test_who_agrees_to_a_ceasefire_still_makes_it(run, events_of):
    # must not change: a light verb's subject does what its "to" names
    (deal,) = events_of(run("Peru and Norway agreed to a ceasefire."), "AGREE")
    assert set(deal.participants) == {PERU, NORWAY}


def test_protests_a_deed_led_to_are_against_its_owner(run, events_of):
    for text in (
        "Kenya's crackdown on the opposition led to protests.",
        "Kenya's crackdown on the opposition has led to days of protests in Nairobi.",
    ):
        (protest,) = events_of(run(text), "PROTEST")
        assert KENYA not in protest.source and protest.target == [KENYA], text


def test_an_actor_that_leads_a_deed_still_does_it(run, events_of):
    # must not change: "led" with an object is the leader's deed
    (assault,) = events_of(run("The Kenyan army led the assault on the town."), "ASSAULT")
    assert assault.source == [KENYA]


def test_a_statement_of_a_government_speaks_in_its_participle(run, events_of):
    ex = run(
        "The Secretary-General welcomed the statement of the Government of Mali expressing its support for"
        " the mediation of Algeria."
    )
    support = [e for e in events_of(ex, "SUPPORT") if MALI in e.participants]
    assert support and all(e.source == [MALI] for e in support)


def test_a_foreign_affairs_minister_is_the_foreign_minister_told_later(run, events_of):
    ex = run(
        "Uganda's Foreign Affairs Minister Jeje Odongo met Kenyan officials in Nairobi on Monday.\n"
        "The foreign minister later urged Kenya to reopen the border."
    )
    (urge,) = events_of(ex, "REQUEST")
    minister = next(a.key for a in ex.actors if "Odongo" in a.label)
    assert urge.source == [minister] and urge.target == [KENYA]
