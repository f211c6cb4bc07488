"""Peace operations are actors of their own (ontology/actors/igos.ttl), and a name a deed noun is aimed
at is no party to another event word the sentence-level backoff guesses roles for."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_a_peacekeeping_mission_is_an_actor(run, events_of):
    ex = run("Al-Shabaab fighters attacked an AMISOM base near Mogadishu on Monday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert "amisom" in attack.target


def test_a_mission_named_in_full_or_in_short_is_one_actor(run):
    ex = run(
        "Kenya sent 400 police officers to Haiti for the Multinational Security Support mission. "
        "The United States pledged $200 million to the Multinational Security Support, or MSS, mission."
    )
    labels = [a.label for a in ex.actors if "Multinational" in a.label]
    assert labels == ["Multinational Security Support Mission"]


def test_whom_a_deed_noun_is_aimed_at_is_no_party_of_another_event_word(run):
    ex = run(
        "They stressed that involvement in planning or conducting attacks against MINUSMA peacekeepers"
        " constitutes a basis for sanctions designations pursuant to relevant Security Council resolutions."
    )
    assert not [e for e in ex.events if e.plover == "SANCTION" and "minusma" in e.participants]


def test_whom_the_event_words_own_object_is_aimed_at_stays_its_target(run, events_of):
    ex = run("Strike\nRussia launched a missile strike on Kharkiv on Tuesday.\n")
    (strike,) = events_of(ex, "ASSAULT")
    assert "Q212" in strike.participants  # Kharkiv stands for Ukraine
