"""A deed named only as what help is for, or as what someone is able to do, was not done: "eased the
ban to help the army fight the insurgents", "limiting its ability to fight a war"."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_a_fight_that_help_is_for_is_no_attack(run):
    ex = run("The ban was eased in 2015 to help Kenya's army fight the insurgents.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_the_ability_to_fight_is_no_attack(run):
    ex = run("Export controls are limiting Russia's ability to fight a modern war.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_a_fight_that_was_helped_still_happened(run, events_of):
    ex = run("American drones helped Kenya's army fight the insurgents near Lamu on Monday.")
    assert events_of(ex, "ASSAULT")


def test_a_protest_made_in_a_summons_keeps_what_it_condemns(run, events_of):
    ex = run("Pakistan summoned India's envoy to protest what it called unprovoked firing on its villages.")
    assert events_of(ex, "ACCUSE")
