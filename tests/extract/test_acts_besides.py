"""Acts told as one more (``event_coref.told_besides``): a verb with an adverb of addition or
repetition ("also condemned", "struck ... again") tells another act than one told by a verb in an
earlier body sentence; a noun, a passive verb and the symmetric types (a meeting's "also discussed")
still tell the one event."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)
TITLE = "Regional news roundup"


def _triggers(event) -> list[str]:
    return [m.trigger.text for m in event.mentions]


def _run(run, body: str):
    return run(f"{TITLE}\n{body}", title=TITLE)


def test_a_condemnation_told_as_one_more_is_another(run, events_of):
    text = (
        "The United States condemned the detention of the opposition leader by Venezuela.\n"
        "The United States also condemned the killings of protesters in Venezuela."
    )
    acts = events_of(_run(run, text), "ACCUSE")
    assert sorted(map(_triggers, acts)) == [["condemned"], ["condemned"]]


def test_praise_told_as_one_more_is_another(run, events_of):
    text = (
        "Germany praised Kenya for its mediation in Sudan on Monday.\n"
        "In a statement, Germany also praised the work of aid agencies in the region."
    )
    acts = events_of(_run(run, text), "SUPPORT")
    assert len(acts) == 2, [(_triggers(a), a.participants) for a in acts]


def test_a_strike_told_again_is_another(run, events_of):
    text = (
        "Russian forces struck Kharkiv on Monday, officials said.\n"
        "Russian forces struck Kharkiv again, killing five people."
    )
    deeds = events_of(_run(run, text), "ASSAULT")
    assert len(deeds) == 2, [(_triggers(d), d.date) for d in deeds]


def test_a_strike_told_again_by_a_noun_stays_one(run, events_of):
    text = "Russian forces struck Kharkiv on Monday.\nThe strike on Monday killed five people."
    [deed] = events_of(_run(run, text), "ASSAULT")
    assert _triggers(deed)[0] == "struck"


def test_a_condemnation_repeated_without_also_stays_one(run, events_of):
    text = (
        "Britain condemned the attack on the Ukrainian port of Odesa on Monday.\n"
        "Britain condemned the attack in the strongest terms, the Foreign Office said."
    )
    [act] = events_of(_run(run, text), "ACCUSE")
    assert len(act.mentions) == 2


def test_a_meeting_that_also_discussed_more_stays_one(run, events_of):
    text = (
        "The Secretary met Foreign Minister Penny Wong of Australia in Washington on Monday.\n"
        "The Secretary and the Foreign Minister discussed trade.\n"
        "The Secretary and the Foreign Minister also discussed the situation in the Pacific."
    )
    [talks] = events_of(_run(run, text), "CONSULT")
    assert len(talks.mentions) >= 2


def test_more_people_also_sanctioned_is_the_same_measure(run, events_of):
    text = (
        "The United Kingdom sanctioned the head of the Nicaraguan police on Monday.\n"
        "Two Nicaraguan judges are also sanctioned for undermining the rule of law."
    )
    [measure] = events_of(_run(run, text), "SANCTION")
    assert len(measure.mentions) == 2
