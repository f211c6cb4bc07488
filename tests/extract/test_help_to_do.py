"""A verb of control before a bare infinitive ("helped Iran complete the plant"): the parser makes its
object the infinitive's subject, and that object is whom the verb is aimed at (kg.extract.roles,
``_bare_infinitive_subjects``); help given so is work done together, COOPERATE (``joint_work_as`` in
ontology/triggers.yaml), while help given as such stays aid."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

CHINA, PAKISTAN, FRANCE, MALI = "Q148", "Q843", "Q142", "Q912"


def test_helping_another_state_do_a_task_is_cooperation_with_it(run, events_of):
    ex = run("China has been helping Pakistan finish a new deep-water port.")
    (joint,) = events_of(ex, "COOPERATE")
    assert joint.source == [CHINA]
    assert joint.target == [PAKISTAN]
    assert not [e for e in ex.events if e.plover == "AID"]


def test_help_with_no_task_of_the_helped_stays_aid(run, events_of):
    ex = run("France helped Mali with food and medicine after the floods.")
    (aid,) = events_of(ex, "AID")
    assert aid.source == [FRANCE]
    assert aid.target == [MALI]
    assert not [e for e in ex.events if e.plover == "COOPERATE"]
