"""A deed is owned by who claims it: the subject of "claimed the attack" (a verb of owning speech with
the deed as its object), and of a relative claim on the deed noun ("the bombings ..., for which X has
claimed responsibility"), not of one on another deed told between them."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA = "Q114"
SHABAAB = "al-shabaab"
CONTEXT = " Kenya and Somalia issued statements on Monday."


def _in_first_sentence(ex, plover):
    return [e for e in ex.events if e.plover == plover and any(m.sentence.index == 0 for m in e.mentions)]


def test_who_claims_an_attack_did_it(run):
    ex = run("Al-Shabaab claimed an attack on a police post in northern Kenya." + CONTEXT)
    (attack,) = _in_first_sentence(ex, "ASSAULT")
    assert attack.source == [SHABAAB] and attack.target == [KENYA]


def test_a_relative_claim_of_responsibility_names_the_doer(run):
    ex = run(
        "The United Nations condemned the bombings in Kenya that killed 16 people, and for which "
        "al-Shabaab has claimed responsibility." + CONTEXT
    )
    (bombing,) = _in_first_sentence(ex, "ASSAULT")
    assert bombing.source == [SHABAAB]


def test_a_relative_claim_does_not_reach_past_another_deed(run):
    # must not fire: "for which" is on the kidnapping told between, not on the attack
    ex = run(
        "The United Nations condemned the attack on a police post in Kenya and the kidnapping of two "
        "aid workers, for which al-Shabaab has claimed responsibility." + CONTEXT
    )
    for attack in _in_first_sentence(ex, "ASSAULT"):
        assert SHABAAB not in attack.source


def test_who_condemns_an_attack_does_not_own_it(run):
    # must not fire: "condemned" is no verb of owning speech
    ex = run("Kenya condemned an attack on a police post near the border." + CONTEXT)
    for attack in _in_first_sentence(ex, "ASSAULT"):
        assert KENYA not in attack.source
