"""A state's armed forces in a text that tells of a coup: "the junta", "the military", "Mali's
junta" are one group of the text, labelled "<demonym> <noun>" and affiliated with the state whose coup
it is; in a text of no coup they stay the state."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex, keys):
    actors = {a.key: a.label for a in ex.actors}
    return [actors.get(k, k) for k in keys]


MALI = "Q912"


def test_in_a_coup_the_military_is_a_side_of_its_own(run, events_of):
    ex = run(
        "The junta detained the former prime minister of Mali on Tuesday, a year after the coup."
        " Mali's junta has ruled since 2021."
    )
    (detention,) = events_of(ex, "COERCE")
    assert _labels(ex, detention.source) == ["Malian junta"]
    (junta,) = [a for a in ex.actors if a.label == "Malian junta"]
    assert junta.affiliation == MALI


def test_without_a_coup_the_army_stays_the_state(run, events_of):
    # must not fire: a text that tells of no coup
    ex = run("The army shelled rebel positions in Mali on Tuesday. Mali's army said it killed 20 rebels.")
    (shelling,) = events_of(ex, "ASSAULT")
    assert shelling.source == [MALI]
    assert not any("army" in a.label for a in ex.actors)


def test_another_states_army_in_a_coup_text_stays_that_state(run):
    # must not fire: the forces of a state whose coup the text does not tell of
    ex = run(
        "The military of Niger seized power in a coup on Wednesday, and the army detained the president"
        " of Niger. Niger's borders were closed. Nigeria's army deployed troops to the border on Thursday."
    )
    assert not any(a.label.startswith("Nigerian") for a in ex.actors)
    assert any(a.label == "Nigerien army" or a.label == "Nigerien military" for a in ex.actors)
