"""Fighters a lede names only by what they are ("Militants attacked a police post") are the armed
group the text names in the next few sentences, when none is named before them; not a group named
much further on, and not fighters who only undergo a deed."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA = "Q114"
SHABAAB = "al-shabaab"
FILLER = "Officials in Nairobi gave no further details on Tuesday. "


def _attack_in_first_sentence(ex):
    return [e for e in ex.events if e.plover == "ASSAULT" and any(m.sentence.index == 0 for m in e.mentions)]


def test_lede_militants_are_the_group_named_after_them(run):
    ex = run(
        "Armed militants attacked a police post in northern Kenya on Monday, killing four officers. "
        + FILLER
        + "The al-Shabaab group is active across the region."
    )
    (attack,) = _attack_in_first_sentence(ex)
    assert attack.source == [SHABAAB] and KENYA in attack.target


def test_a_group_named_much_later_is_not_the_ledes_militants(run):
    # must not fire: the group is named seven sentences on
    ex = run(
        "Armed militants attacked a police post in northern Kenya on Monday, killing four officers. "
        + FILLER * 7
        + "The al-Shabaab group is active across the region."
    )
    for attack in _attack_in_first_sentence(ex):
        assert SHABAAB not in attack.source


def test_militants_who_undergo_a_deed_are_not_the_group_named_after(run):
    # must not fire: "killed 40 militants" does not tell which group they were
    ex = run(
        "Kenyan troops killed 40 militants near the border with Somalia on Monday. "
        + FILLER
        + "The al-Shabaab group is active across the region."
    )
    for attack in _attack_in_first_sentence(ex):
        assert SHABAAB not in attack.participants
