"""A second event in a sentence that already tells one: a coordinated verb with a date of its own,
a coordinated event noun with an agent of its own, an act named by its owner with no one it is
aimed at (kg.extract.sentence_dates, kg.extract.roles, kg.extract.events)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def test_coordinated_strikes_on_two_days_are_two_strikes(run, events_of):
    ex = run("Russian forces bombed Kharkiv on Monday and shelled Kyiv on Tuesday.")
    strikes = events_of(ex, "ASSAULT")
    assert sorted(e.date for e in strikes) == ["2024-03-11", "2024-03-12"]


def test_a_coordinated_verb_with_no_date_of_its_own_takes_its_lead_verbs(run, events_of):
    ex = run(
        "The President met the Kenyan President in Nairobi on Tuesday and urged him to hold talks with Sudan."
    )
    (meeting,) = events_of(ex, "CONSULT")
    (request,) = events_of(ex, "REQUEST")
    assert meeting.date == request.date == "2024-03-12"


def test_a_coordinated_noun_keeps_its_own_agent(run, events_of):
    ex = run(
        "Britain condemned the killing of villagers by the Taliban as well as killings by the Islamic State."
    )
    killings = events_of(ex, "ASSAULT")
    assert len(killings) == 2
    assert sorted(tuple(e.source) for e in killings) == [("islamic-state",), ("taliban",)]


def test_a_coordinated_noun_with_no_agent_of_its_own_shares_the_first_ones(run, events_of):
    ex = run("Kyiv denounced Moscow's attacks and threats against Ukrainian ports.")
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == ["Q159"]


def test_an_act_named_by_its_owner_is_an_event_of_the_owner(run, events_of):
    ex = run("Biden and Scholz pledged continued support for Ukraine in the face of Russia's aggression.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["Q159"]
    assert events_of(ex, "SUPPORT")


def test_an_act_owned_by_a_pronoun_alone_is_no_event(run):
    ex = run("The two leaders discussed the region and its war.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_a_deed_a_statement_condemns_is_aimed_where_its_participle_says(run, events_of):
    ex = run("The Council condemned the attack perpetrated on Sunday against a convoy of the Malian army.")
    assert events_of(ex, "ACCUSE")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == ["Q912"]


def test_they_both_is_the_group_named_before(run, events_of):
    ex = run(
        "Scholz spoke with Macron by phone on Monday. They discussed the budget and they both agreed that "
        "the talks had gone well."
    )
    (agreement,) = events_of(ex, "AGREE")
    assert set(agreement.participants) == set(events_of(ex, "CONSULT")[0].participants)
    assert len(agreement.participants) == 2


def test_a_deed_amid_which_a_pledge_is_made_is_not_what_is_pledged(run, events_of):
    ex = run("Macron pledged his support for Israel in the face of an appalling assault by Hamas gunmen.")
    (support,) = events_of(ex, "SUPPORT")
    assert support.target == ["Q801"]
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["Q38799"]
    assert attack.modality == "asserted"
    assert not [e for e in ex.events if e.plover == "THREATEN"]


def test_a_visit_to_two_states_is_a_visit_to_each(run, events_of):
    ex = run("After her stop in Kenya, Secretary of State Hillary Clinton is due to visit Malawi and Zambia.")
    visits = [e for e in events_of(ex, "CONSULT") if e.event_class == "Visit"]
    assert sorted(tuple(e.target) for e in visits) == [("Q1020",), ("Q953",)]


def test_only_a_deed_is_an_event_of_its_named_owner_alone(run):
    ex = run("Russian forces shelled the port, casting doubt on Russia's commitment to the grain deal.")
    assert not [e for e in ex.events if e.plover == "SUPPORT"]


def test_talks_held_separately_with_two_parties_are_two_talks(run, events_of):
    ex = run("Secretary Blinken spoke separately today with Emmanuel Macron and Olaf Scholz.")
    calls = events_of(ex, "CONSULT")
    assert len(calls) == 2
    assert {len(e.participants) for e in calls} == {2}


def test_a_condemnation_is_aimed_at_who_did_what_caused_its_object(run, events_of):
    ex = run("Biden and Scholz met in Berlin and condemned the suffering caused by Russia's invasion.")
    (condemnation,) = events_of(ex, "ACCUSE")
    assert condemnation.target == ["Q159"]
    (invasion,) = events_of(ex, "ASSAULT")
    assert invasion.source == ["Q159"]
