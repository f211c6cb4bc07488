"""A word of blame that only tells what a hostile deed was done to is no accusation of the doer; one
that judges the deed itself, or says something of an actor, still is."""


def test_a_strike_on_terrorist_targets_accuses_no_one(run, events_of):
    ex = run("Israel struck terrorist targets in Gaza on Monday.")
    assert events_of(ex, "ASSAULT")[0].source == ["Q801"]
    assert not [e for e in ex.events if e.plover == "ACCUSE"]


def test_a_reported_strike_on_terrorist_infrastructure_accuses_no_one(run, events_of):
    ex = run("Olmert said Israel would strike at the terrorist infrastructure.")
    assert events_of(ex, "ASSAULT")[0].modality == "planned"
    assert not [e for e in ex.events if e.plover == "ACCUSE"]


def test_an_unprovoked_attack_is_still_a_judgement(run, events_of):
    ex = run("Ukraine said Russia launched an unprovoked attack on the city.")
    blame = events_of(ex, "ACCUSE")
    assert blame[0].source == ["Q212"] and blame[0].target == ["Q159"]


def test_an_epithet_of_an_actor_is_still_an_accusation(run, events_of):
    ex = run('Kenya said that the rebel leader Joseph Kony is "deranged and dangerous."')
    assert events_of(ex, "ACCUSE")[0].source == ["Q114"]
