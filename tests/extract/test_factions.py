"""Sides a text names by a state, people or creed and a noun of a side ("Ethiopian rebels",
"Venezuela's opposition", "the Maoist rebels in Nepal", "Kurdish fighters"): one group of the text
per state and role, labelled "<demonym> <noun>" with the state's CAMEO code and the role, a side of
its own and never the state; a group the gazetteer names and a state's own forces are not made one
(kg/extract/factions.py)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2013, 7, 21)

SYRIA, NIGERIA, UKRAINE, NEPAL, VENEZUELA, ETHIOPIA = "Q858", "Q1033", "Q212", "Q837", "Q717", "Q115"


def _actors(ex, keys):
    actors = {a.key: a for a in ex.actors}
    return [actors[k] for k in keys if k in actors]


def _labels(ex, keys):
    return [a.label for a in _actors(ex, keys)]


def test_a_demonym_on_rebels_names_a_group_of_its_own(run, events_of):
    ex = run("Ethiopian rebels seized the town of Dessie on Monday.")
    (seizure,) = events_of(ex, "ASSAULT")
    (rebels,) = _actors(ex, seizure.source)
    assert (rebels.label, rebels.kind, rebels.cameo) == ("Ethiopian rebels", "group", "ETHREB")
    assert ETHIOPIA not in seizure.source


def test_the_rebels_after_refer_to_the_same_group(run, events_of):
    ex = run(
        "Ethiopian rebels seized the town of Dessie on Monday. "
        "The rebels later fired missiles at the Eritrean capital."
    )
    labels = {label for e in events_of(ex, "ASSAULT") for label in _labels(ex, e.source)}
    assert labels == {"Ethiopian rebels"}


def test_one_group_for_a_state_and_role(run):
    ex = run(
        "Afghan insurgents attacked a police checkpoint in Kandahar on Monday. "
        "Afghan militants also bombed a market in Kabul on Tuesday."
    )
    sides = [a for a in ex.actors if a.kind == "group"]
    assert [a.label for a in sides] == ["Afghan insurgents"]


def test_a_states_opposition_is_a_side_apart_from_its_government(run, events_of):
    ex = run("Venezuela's opposition accused the government of fraud on Saturday.")
    (accusation,) = events_of(ex, "ACCUSE")
    (opposition,) = _actors(ex, accusation.source)
    assert (opposition.label, opposition.cameo) == ("Venezuelan opposition", "VENOPP")
    assert VENEZUELA not in accusation.source


def test_rebels_in_a_state_and_a_creed_word(run, events_of):
    ex = run("The Islamist rebels in Niger refused to lay down their weapons on Friday.")
    (refusal,) = events_of(ex, "REJECT")
    (rebels,) = _actors(ex, refusal.source)
    assert (rebels.label, rebels.cameo) == ("Islamist rebels", "NERREB")


def test_rebels_the_gazetteer_knows_by_a_local_name_are_that_group(run, events_of):
    # the Maoists of Nepal are a group of the gazetteer (dip:localName): the group, not a new faction
    ex = run("The Maoist rebels in Nepal refused to lay down their weapons on Friday.")
    (refusal,) = events_of(ex, "REJECT")
    (rebels,) = _actors(ex, refusal.source)
    assert rebels.label == "Communist Party of Nepal (Maoist)" and rebels.cameo == "NPLREB"


def test_followers_of_a_creed_named_with_their_state_are_not_the_state(run, events_of):
    ex = run("The Nepalese Maoists extended the ceasefire on Friday.")
    (extension,) = events_of(ex, "CONCEDE")
    assert _labels(ex, extension.source) == ["Nepalese Maoists"]
    assert NEPAL not in extension.participants


def test_a_peoples_fighters_are_no_earlier_protesters(run, events_of):
    ex = run(
        "Thousands of protesters marched in Istanbul on Friday. "
        "Kurdish fighters captured a commander late Saturday."
    )
    (capture,) = events_of(ex, "COERCE")
    assert _labels(ex, capture.source) == ["Kurdish fighters"]
    (march,) = events_of(ex, "PROTEST")
    assert _labels(ex, march.source) == ["protesters"]


def test_protesters_in_a_state_take_its_demonym(run, events_of):
    ex = run("Protesters in Burundi clashed with police on Monday.")
    labels = {label for e in ex.events for label in _labels(ex, e.source)}
    assert labels == {"Burundian protesters"}


def test_the_opposition_with_no_state_named_is_a_party(run, events_of):
    ex = run("Prime Minister Khaleda Zia accused the opposition of trying to destabilize the country.")
    (accusation,) = events_of(ex, "ACCUSE")
    assert _labels(ex, accusation.target) == ["opposition"]


def test_a_side_and_its_state_are_never_one_doer(run, events_of):
    ex = run(
        "Somali militants attacked an army base near Baidoa on Monday. "
        "Somalia's army attacked the militants near the base on Tuesday."
    )
    sources = sorted(tuple(_labels(ex, e.source)) for e in events_of(ex, "ASSAULT"))
    assert sources == [("Somali militants",), ("Somalia",)]


# must not fire


def test_a_states_troops_and_soldiers_stay_the_state(run, events_of):
    ex = run("Syrian troops shelled the rebel-held town of Yabroud on Monday.")
    (shelling,) = events_of(ex, "ASSAULT")
    assert shelling.source == [SYRIA]
    ex = run("Nigerian soldiers killed 20 militants near Maiduguri on Sunday.")
    (killing,) = events_of(ex, "ASSAULT")
    assert killing.source == [NIGERIA]


def test_a_states_fighters_stay_the_state(run, events_of):
    # "fighters" with a state's demonym alone may be its army
    ex = run("Ukrainian fighters repelled a Russian assault near Bakhmut on Monday.")
    # (the repelled assault is Russia's, on the fighters: kg/extract/repelled.py)
    assert any(e.target == [UKRAINE] for e in events_of(ex, "ASSAULT"))
    assert not any(a.kind == "group" for a in ex.actors)


def test_a_named_group_stays_the_named_group(run, events_of):
    ex = run("Houthi rebels fired a missile at the Saudi city of Jizan on Sunday.")
    (strike,) = events_of(ex, "ASSAULT")
    assert _labels(ex, strike.source) == ["Houthis"]
    ex = run("M23 rebels seized the city of Goma on Tuesday.")
    (seizure,) = events_of(ex, "ASSAULT")
    assert _labels(ex, seizure.source) == ["M23"]


def test_opposition_to_a_plan_and_an_opposition_leader_are_no_party(run):
    ex = run("Critics voiced opposition to the plan. Germany rejected the proposal on Monday.")
    assert not any("opposition" in a.label for a in ex.actors)
    ex = run(
        "Belarusian opposition leader Sviatlana Tsikhanouskaya met German Chancellor Olaf Scholz in "
        "Berlin on Monday."
    )
    assert not any("opposition" in a.label for a in ex.actors)
