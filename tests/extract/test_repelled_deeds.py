"""A verb of repelling whose object is a hostile deed ("repelled an attack by X", "battled against an
offensive by X", "fought off a Russian assault") tells of that deed, done by its doer to the verb's
subject; with a party as its object ("fought the rebels") the subject is the one who acts."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

UKRAINE, RUSSIA, KENYA, NIGERIA, SYRIA = "Q212", "Q159", "Q114", "Q1033", "Q858"


def _attacks(ex):
    return [e for e in ex.events if e.plover == "ASSAULT"]


def test_fighting_off_an_offensive_is_the_offensive_on_the_fighters(run):
    ex = run("Ukrainian forces are fighting off a Russian offensive near Kharkiv.")
    attacks = _attacks(ex)
    assert attacks
    assert all(a.source == [RUSSIA] and UKRAINE in a.target for a in attacks)


def test_resisting_an_invasion_makes_the_invader_the_source(run, events_of):
    ex = run("Ukraine resisted the Russian invasion for three years.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [RUSSIA]
    assert attack.target == [UKRAINE]


def test_battling_against_an_offensive_by_an_army(run):
    ex = run("Kenyan troops have been battling for a week against a fierce offensive by Nigerian forces.")
    attacks = _attacks(ex)
    assert attacks
    assert all(NIGERIA in a.source and KENYA not in a.source for a in attacks)
    assert any(KENYA in a.target for a in attacks)


def test_fighting_a_party_keeps_the_fighter_as_source(run, events_of):
    ex = run("Ukrainian troops fought against Russian forces near Kharkiv.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [UKRAINE]
    assert attack.target == [RUSSIA]


def test_fighting_a_war_is_no_repelling(run, events_of):
    ex = run("Russia is fighting a war against Ukraine.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [RUSSIA]
    assert attack.target == [UKRAINE]
