"""Who does a deed when the text names the doers by who backs them or by a people: "X-backed militias"
are a group of their own that does what the text says they do (the backer is named beside them), and
"Kurdish security forces" are not the forces of the state the story is about; "both sides accusing
the other" is a reciprocal."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA, UGANDA, SOMALIA, TURKEY, IRAN = "Q114", "Q1036", "Q1045", "Q43", "Q794"
HOME = "Turkey closed its border with Syria on Monday. Turkey said its troops will stay. "


def test_backed_militias_do_what_they_are_blamed_for(run, events_of):
    ex = run("Kenya blamed Somali-backed militias for a wave of attacks on its border posts.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["somali-backed-militias"] and attack.target == [KENYA]
    assert SOMALIA not in attack.source


def test_a_backed_group_the_text_names_stays_that_group(run, events_of):
    ex = run("Iran-backed Houthi rebels attacked a cargo ship in the Red Sea on Monday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["houthis"]


def test_forces_of_a_people_are_not_the_home_states(run, events_of):
    ex = run(HOME + "Turkey is being accused by Kurdish security forces of carrying out a drone attack.")
    (accusation,) = events_of(ex, "ACCUSE")
    assert TURKEY in accusation.target and TURKEY not in accusation.source


def test_government_forces_with_no_state_named_are_the_home_states(run, events_of):
    ex = run(HOME + "Government forces shelled villages near the border.")
    (shelling,) = events_of(ex, "ASSAULT")
    assert shelling.source == [TURKEY]


def test_both_sides_accusing_the_other_are_two_directed_accusations(run, events_of):
    ex = run("Kenyan and Ugandan troops exchanged fire, with both sides accusing the other of starting it.")
    pairs = {(tuple(e.source), tuple(e.target)) for e in events_of(ex, "ACCUSE")}
    assert pairs == {((KENYA,), (UGANDA,)), ((UGANDA,), (KENYA,))}


def test_the_other_members_are_no_reciprocal(run, events_of):
    ex = run("Kenya and Uganda accused the other members of the bloc of delaying the deal.")
    (accusation,) = events_of(ex, "ACCUSE")
    assert set(accusation.source) == {KENYA, UGANDA}


def test_the_backer_named_inside_a_groups_name_is_no_party_of_its_own(run, events_of):
    ex = run("Iran-backed militias responded to the US strike with more attacks on American bases.")
    attacks = [e for e in events_of(ex, "ASSAULT") if "iran-backed-militias" in e.source]
    assert attacks and all(IRAN not in e.participants for e in attacks)
