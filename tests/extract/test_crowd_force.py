"""Force used on a demonstration or a crowd: aimed at the text's protesters ("crushed the protests",
"a crackdown on the protesters", "blocked demonstrators from marching"); an infinitive of purpose said
of using a means of force ("fired tear gas to disperse the crowd") is done, not only aimed at; a
crackdown with no doer named is by the state its protesters are of; and a demand told by a participle
as what a march or its protesters are for is part of the protest, not a request of its own."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

PERU = "Q419"
CONTEXT = " Protesters marched through Lima on Monday against a pension reform."


def _labels(ex, keys):
    actors = {a.key: a.label for a in ex.actors}
    return [actors.get(k, k) for k in keys]


def test_a_crackdown_on_the_protesters_is_aimed_at_them(run, events_of):
    ex = run("Peruvian authorities cracked down on the protesters on Tuesday." + CONTEXT)
    (crackdown,) = events_of(ex, "COERCE")
    assert crackdown.source == [PERU]
    assert _labels(ex, crackdown.target) == ["protesters"]


def test_crushing_the_protests_is_aimed_at_the_protesters(run, events_of):
    ex = run("Peruvian troops crushed the demonstrations in the south on Tuesday." + CONTEXT)
    (crushing,) = events_of(ex, "COERCE")
    assert crushing.source == [PERU]
    assert _labels(ex, crushing.target) == ["protesters"]


def test_blocking_demonstrators_from_marching_is_repression(run, events_of):
    ex = run("Police in Peru blocked the demonstrators from marching to Congress on Tuesday." + CONTEXT)
    (blocking,) = events_of(ex, "COERCE")
    assert _labels(ex, blocking.target) == ["protesters"]


def test_blocking_a_bill_is_no_repression(run):
    # must not fire: "block ... from" with no people as its object
    ex = run("Peruvian lawmakers blocked the pension bill from reaching a vote on Tuesday." + CONTEXT)
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_tear_gas_fired_to_disperse_the_protests_disperses_them(run, events_of):
    ex = run("Police in Peru fired tear gas on Tuesday to disperse the protests." + CONTEXT)
    (dispersal,) = events_of(ex, "COERCE")
    assert dispersal.modality == "asserted"
    assert _labels(ex, dispersal.target) == ["protesters"]


def test_troops_sent_to_disperse_a_crowd_only_aim_at_it(run):
    # must not fire: sending troops is no use of force; dispersing is only what they were sent for
    ex = run("Peru sent troops to the south on Tuesday to disperse the protests." + CONTEXT)
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_firing_on_a_crowd_in_a_text_of_no_protest_makes_no_protesters(run):
    # must not fire: a crowd with no demonstration told anywhere is no party of protesters
    ex = run("Gunmen opened fire on a crowd at a market in Peru on Tuesday, killing five people.")
    assert not any("protesters" in a.label for a in ex.actors)


def test_a_demand_said_as_what_a_march_is_for_is_part_of_the_protest(run, events_of):
    ex = run("Thousands of protesters marched through Lima on Tuesday demanding the resignation of"
             " President Dina Boluarte.")
    events_of(ex, "PROTEST")
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_a_demand_said_by_a_verb_of_its_own_stays_a_request(run, events_of):
    # must not fire: the protesters' own verb of demanding is a request, not part of the march
    ex = run("The protesters demanded on Tuesday that President Dina Boluarte resign." + CONTEXT)
    events_of(ex, "REQUEST")


def test_keeping_people_from_gathering_is_repression_of_the_protesters(run, events_of):
    ex = run("Peruvian security forces prevented people from gathering in the capital on Tuesday." + CONTEXT)
    (ban,) = events_of(ex, "COERCE")
    assert ban.source == [PERU]
    assert _labels(ex, ban.target) == ["protesters"]


def test_keeping_a_state_from_a_deed_is_no_repression(run):
    # must not fire: "prevent X from doing" with no people of a crowd as X
    ex = run("The new treaty will prevent Peru from obtaining nuclear weapons." + CONTEXT)
    assert not [e for e in ex.events if e.plover == "COERCE"]


def test_a_crackdown_with_no_doer_is_by_the_state_its_protesters_are_of(run, events_of):
    ex = run("Peruvian protesters blocked roads on Monday. The United Nations on Wednesday condemned the"
             " violent crackdown on the protesters.")
    (crackdown,) = [e for e in events_of(ex, "COERCE") if e.target]  # (the blocked roads: no target)
    assert crackdown.source == [PERU]
    assert _labels(ex, crackdown.target) == ["Peruvian protesters"]


def test_a_demand_of_protesters_a_clash_is_with_is_part_of_their_protest(run):
    ex = run("Police in Lima clashed on Tuesday with protesters calling for President Dina Boluarte to"
             " resign." + CONTEXT)
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_protests_a_deed_sets_off_are_not_whom_it_is_done_to(run, events_of):
    # must not fire: a participle of what followed ("triggering protests") is no aim of the deed
    ex = run("Police in Peru arrested a journalist on Tuesday, triggering protests across the country.")
    (arrest,) = events_of(ex, "COERCE")
    assert not any("protesters" in label for label in _labels(ex, arrest.target))


def test_protesters_a_deed_befalls_in_a_text_of_protests_are_its_protesters(run, events_of):
    ex = run("Police in Peru detained dozens of demonstrators on Tuesday as protests against the pension"
             " reform spread.")
    (detention,) = events_of(ex, "COERCE")
    assert _labels(ex, detention.target) == ["protesters"]
