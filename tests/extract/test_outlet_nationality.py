"""The country a news outlet is from ("the French news agency AFP", "British broadcaster BBC") is no
party to the events the outlet reports."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

FRANCE, UK, ISRAEL = "Q142", "Q145", "Q801"


def test_an_agencys_country_is_not_attacked(run, events_of):
    ex = run(
        "A senior member of the militant group Ansar Dine claimed responsibility for the attack, "
        "according to the French news agency AFP."
    )
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["ansar-dine"]
    assert FRANCE not in attack.participants


def test_an_agencys_country_does_not_attack(run):
    ex = run("Gunmen attacked an army base in the north on Monday, the British news agency Reuters reported.")
    assert all(UK not in e.participants for e in ex.events)


def test_a_demonym_on_troops_still_names_the_state(run, events_of):
    ex = run("French troops attacked a rebel base on Monday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [FRANCE]
