"""A state's police named with their state are a party of their own beside it: "Thai police", "police
in Nepal"; an event they take part in holds the force (affiliated with the state) and the state. "The
police" alone, security forces, armies and troops stay the state."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex, keys):
    actors = {a.key: a.label for a in ex.actors}
    return [actors.get(k, k) for k in keys]


def test_police_named_with_a_demonym_act_beside_their_state(run, events_of):
    ex = run("Peruvian police arrested 40 opposition activists in Lima on Tuesday.")
    (arrest,) = events_of(ex, "COERCE")
    assert _labels(ex, arrest.source) == ["Peruvian police", "Peru"]
    (police,) = [a for a in ex.actors if a.label == "Peruvian police"]
    assert police.affiliation == "Q419"
    assert "Peru police" in police.names


def test_police_in_a_state_are_that_states_force(run, events_of):
    ex = run("Police in Ghana detained 12 protesters in Accra on Monday, the opposition party said.")
    (detention,) = events_of(ex, "COERCE")
    assert "Ghana" in _labels(ex, detention.source)
    assert any(a.label.endswith("police") and a.affiliation == "Q117" for a in ex.actors)


def test_security_forces_stay_the_state(run, events_of):
    # must not fire: security forces are named by their state
    ex = run("Omani security forces detained three activists in Muscat on Sunday.")
    (detention,) = events_of(ex, "COERCE")
    assert _labels(ex, detention.source) == ["Oman"]


def test_the_police_alone_stay_the_state(run, events_of):
    # must not fire: the phrase names no state
    ex = run(
        "The president of Peru visited the region of Cusco in Peru on Monday."
        " The police arrested 40 opposition activists in Lima on Tuesday."
    )
    (arrest,) = events_of(ex, "COERCE")
    assert _labels(ex, arrest.source) == ["Peru"]
    assert not any(a.label.endswith("police") for a in ex.actors)


def test_troops_stay_the_state(run, events_of):
    # must not fire: an army's troops are their state
    ex = run("Peruvian troops attacked a rebel camp in the Andes on Tuesday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["Peru"]
    assert not any("troops" in a.label for a in ex.actors)


def test_a_police_station_names_no_force(run):
    # must not fire: "police" only says what the station is
    ex = run("Gunmen attacked a police station in northern Peru on Tuesday, the government of Peru said.")
    assert not any(a.label.endswith("police") for a in ex.actors)
