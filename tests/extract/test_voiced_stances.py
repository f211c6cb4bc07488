"""A verb of expression voicing a stance its object names ("expressed disappointment", "conveyed
concern", "shared concern"): an owner of the stance holds it, on the voicer's side, and the stance's own
preposition names whom it is about (kg.extract.roles, ``_voiced_stance``; ``expressing_verbs`` in
ontology/triggers.yaml)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

CANADA, TURKEY, GERMANY, FRANCE, RUSSIA = "Q16", "Q43", "Q183", "Q142", "Q159"


def test_a_stance_owned_by_a_state_is_that_states(run, events_of):
    ex = run("The envoy conveyed Canada's disappointment over Turkey's decision to buy the jets.")
    (blame,) = events_of(ex, "ACCUSE")
    assert CANADA in blame.source
    assert blame.target == [TURKEY]


def test_a_concern_shared_by_two_states(run, events_of):
    ex = run("Germany and France shared concern over Russia's attacks on Ukrainian ports.")
    (blame,) = events_of(ex, "ACCUSE")
    assert set(blame.source) == {GERMANY, FRANCE}
    assert blame.target == [RUSSIA]


def test_sharing_what_is_no_stance_blames_no_one(run):
    ex = run("Germany and France shared the costs of the new bridge over the Rhine.")
    assert not [e for e in ex.events if e.plover == "ACCUSE"]


def test_rejecting_another_states_demand_keeps_it_the_target(run, events_of):
    # "reject" voices no stance of its object's owner: Turkey's demand is Turkey's, rejected by Canada
    ex = run("Canada rejected Turkey's demand for the extradition of the activists.")
    (refusal,) = events_of(ex, "REJECT")
    assert refusal.source == [CANADA]
    assert TURKEY in refusal.target
