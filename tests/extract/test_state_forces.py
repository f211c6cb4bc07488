"""A state's unnamed forces act for the state: "security forces in Ethiopia" are Ethiopia's (a place
phrase on a force that keeps order at home names whose it is, not whom it strikes), "riot police" at
the start of a sentence is no person called "Riot", a bare "soldiers" is the story's state where the
text has named no other state's soldiers, and "opposition supporters" are the opposition the text
names. Foreign troops in a country stay their own state's."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

ETHIOPIA, RUSSIA, SYRIA, KENYA, SOMALIA = "Q115", "Q159", "Q858", "Q114", "Q1045"


def _labels(ex, keys):
    actors = {a.key: a.label for a in ex.actors}
    return [actors.get(k, k) for k in keys]


def test_security_forces_in_a_state_act_for_it(run, events_of):
    ex = run("Security forces in Ethiopia killed more than 40 people in the Oromia region on Tuesday.")
    (killing,) = events_of(ex, "ASSAULT")
    assert killing.source == [ETHIOPIA]
    assert ETHIOPIA not in killing.target


def test_foreign_troops_in_a_state_stay_their_own_states(run, events_of):
    # must not fire: the troops are named as Russia's; Syria is only where they are
    ex = run("Russian troops in Syria shelled rebel positions on Tuesday.")
    (shelling,) = events_of(ex, "ASSAULT")
    assert shelling.source == [RUSSIA]
    assert SYRIA not in shelling.source


def test_security_forces_named_as_another_states_stay_that_states(run, events_of):
    # must not fire: the forces are named as Russia's, so "in Syria" says only where they are
    ex = run("Russian security forces in Syria detained two journalists on Tuesday.")
    (detention,) = events_of(ex, "COERCE")
    assert detention.source == [RUSSIA]
    assert SYRIA not in detention.source


def test_riot_police_is_no_person(run, events_of):
    ex = run(
        "Kenya's parliament passed the finance bill on Tuesday. Riot police fired tear gas at students"
        " in Nairobi on Wednesday, and Kenya's president defended the bill."
    )
    assert not any(a.label == "Riot" for a in ex.actors)
    (firing,) = events_of(ex, "ASSAULT")
    assert firing.source == [KENYA]


def test_opposition_supporters_are_the_opposition_named_after_them(run, events_of):
    ex = run(
        "Opposition supporters clashed with police in Nairobi on Monday."
        " The opposition says there will be more protests in Kenya this week."
    )
    clash = events_of(ex, "ASSAULT")
    assert clash and "opposition" in _labels(ex, clash[0].participants)


def test_opposition_activists_of_no_named_opposition_are_no_party(run):
    # must not fire: the text names no opposition
    ex = run("Opposition activists marched through Nairobi on Monday to demand lower prices in Kenya.")
    assert not any(a.label == "opposition" for a in ex.actors)


def test_bare_soldiers_are_the_story_state_where_its_soldiers_were_named(run, events_of):
    ex = run(
        "Somali soldiers recaptured the town of Bulo Burde from al-Shabab on Monday, a Somali"
        " commander said. Al-Shabab said it had killed 15 soldiers in Somalia."
    )
    assert any(e.target == [SOMALIA] for e in events_of(ex, "ASSAULT"))


def test_bare_soldiers_stay_unowned_where_another_states_soldiers_were_named(run, events_of):
    # must not fire: the soldiers named before were Kenya's, the story's state is Somalia
    ex = run(
        "Kenyan soldiers attacked al-Shabab bases in Somalia on Monday, a Somali official in Mogadishu"
        " said. Al-Shabab said it had killed 15 soldiers on Tuesday."
    )
    (killing,) = [e for e in events_of(ex, "ASSAULT") if e.trigger == "killed"]
    assert SOMALIA not in killing.target
