"""Asserted, planned, hypothetical, negated (kg.extract.modality)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Olaf Scholz and Emmanuel Macron were scheduled to meet in Paris.", "planned"),
        ("Olaf Scholz will meet Emmanuel Macron next month.", "planned"),
        ("Olaf Scholz could meet Emmanuel Macron if the talks go well.", "hypothetical"),
        ("Olaf Scholz did not meet Emmanuel Macron.", "negated"),
        ("Olaf Scholz met Emmanuel Macron.", "asserted"),
    ],
)
def test_modality(run, text, modality, events_of):
    meeting = events_of(run(text), "CONSULT")
    assert meeting and meeting[0].modality == modality


def test_pushing_for_a_meeting_makes_it_hypothetical(run, events_of):
    ex = run("Emmanuel Macron pushed for a meeting with Olaf Scholz and Mark Rutte.")
    assert events_of(ex, "REQUEST")[0].modality == "asserted"
    meeting = events_of(ex, "CONSULT")
    assert meeting and meeting[0].modality == "hypothetical"
    assert {"Q3052772", "Q61053", "Q57792"} <= set(meeting[0].participants)


def test_a_warning_that_one_would_retaliate_is_a_threat_made(run, events_of):
    ex = run("Iran warned on Thursday that it would retaliate against Israel.", published=SATURDAY)
    (threat,) = events_of(ex, "THREATEN")
    assert threat.modality == "asserted" and threat.source == ["Q794"] and threat.target == ["Q801"]
    assert threat.date == "2025-06-12"


@pytest.mark.parametrize(
    "text, plover",
    [
        ("Serbia will keep its head high and will not give in to attacks.", "ASSAULT"),
        ("Venezuela denies it has ever aided the guerrillas.", "AID"),
        ("A Pakistani officer was not authorized to discuss the matter with reporters.", "CONSULT"),
    ],
)
def test_what_one_party_did_not_do_is_no_event(run, text, plover):
    ex = run(text)
    assert ex.actors and plover not in {e.plover for e in ex.events}


def test_what_did_not_happen_between_two_parties_is_a_negated_event(run, events_of):
    (attack,) = events_of(run("Russia did not attack Finland."), "ASSAULT")
    assert attack.modality == "negated" and set(attack.participants) == {"Q159", "Q33"}


@pytest.mark.parametrize(
    "text, plover, modality",
    [
        # a past verb joined to one with "will" is a deed of its own
        (
            "Germany said it will keep working with France and called on Russia to withdraw.",
            "REQUEST",
            "asserted",
        ),
        ("Keir Starmer looked forward to visiting Japan in the spring.", "CONSULT", "planned"),
        ("Emmanuel Macron was to fly to Berlin for talks with Olaf Scholz.", "CONSULT", "planned"),
        ("Moscow would respond if Kyiv were to attack Crimea.", "ASSAULT", "hypothetical"),
        # a doer ready to sanction threatens it, made now (kg.extract.threat_aims.readied_harm)
        ("Canada is prepared to impose sanctions on Iran.", "THREATEN", "asserted"),
        ("Canada is prepared to send aid to Iran.", "AID", "hypothetical"),
        ("Emmanuel Macron's upcoming visit to China was discussed by officials.", "CONSULT", "planned"),
        ("Kenyan police said no one was arrested at the Somali embassy.", "COERCE", "negated"),
        # what a clause tells as done stays done, whatever governs it
        (
            "The ministers agreed that Russia has launched an unprovoked invasion of Ukraine.",
            "ASSAULT",
            "asserted",
        ),
        (
            "Chile asked for information about reports that Peruvian jets bombed a border post.",
            "ASSAULT",
            "asserted",
        ),
        (
            "Kenya and Uganda must honour the commitments made at their summit with Tanzania.",
            "CONSULT",
            "asserted",
        ),
        ("Russia said Ukraine was ready to punish Hungary for refusing to hold talks.", "REJECT", "asserted"),
        # what must stop or end, and what is investigated, is going on or happened
        ("Belarus must halt its repression of journalists, the EU said.", "COERCE", "asserted"),
        ("Kenya said any Ugandan support to the rebels must stop.", "SUPPORT", "asserted"),
        (
            "Turkey demanded an investigation into the bombing of its embassy by the PKK.",
            "ASSAULT",
            "asserted",
        ),
        # naming an event is not calling for it
        ("Qatar called Saudi Arabia's blockade an act of aggression.", "COERCE", "asserted"),
        # doubt about what an event was or did, not whether it happened
        (
            "It is unclear whether the Russian strikes on Kharkiv were part of a new offensive.",
            "ASSAULT",
            "asserted",
        ),
        ("The Israeli strike on Gaza may have killed dozens of civilians.", "ASSAULT", "asserted"),
        ("The talks between Iran and Iraq could have taken place in Oman.", "CONSULT", "hypothetical"),
    ],
)
def test_modality_from_the_words_around(run, events_of, text, plover, modality):
    found = events_of(run(text), plover)
    assert found and found[0].modality == modality


def test_a_demand_with_an_owner_was_made_whatever_governs_it(run, events_of):
    ex = run("Qatar offered to discuss Iran's demand for compensation from Israel.")
    assert events_of(ex, "CONSULT")[0].modality == "hypothetical"
    (demand,) = events_of(ex, "REQUEST")
    assert demand.source == ["Q794"] and demand.modality == "asserted"
    (accusation,) = events_of(run("Qatar hoped to answer Iran's accusation against Israel."), "ACCUSE")
    assert accusation.modality == "asserted"


def test_a_time_clause_of_an_event_to_come_is_to_come(run, events_of):
    ex = run("Kurds fear Turkey will attack them as soon as the US withdraws its troops from Syria.")
    assert events_of(ex, "RETREAT")[0].modality == "planned"
    ex = run("Israel will release the prisoners after Hamas frees the hostages.")
    assert {e.modality for e in events_of(ex, "CONCEDE")} == {"planned"}
    ex = run("Israel released the prisoners after Hamas freed the hostages.")
    assert {e.modality for e in events_of(ex, "CONCEDE")} == {"asserted"}


def test_the_main_clause_of_a_condition_is_hypothetical(run, events_of):
    ex = run("Israel will release the prisoners if Hamas frees the hostages.")
    assert {e.modality for e in events_of(ex, "CONCEDE")} == {"hypothetical"}
    ex = run(
        "If the truce holds, Israel will begin lifting its blockade of Gaza on Sunday.",
        published=SATURDAY,
    )
    lifting = events_of(ex, "CONCEDE")
    assert lifting and lifting[0].modality == "hypothetical" and lifting[0].date == "2025-06-15"


def test_an_intent_puts_an_event_ahead(run, events_of):
    ex = run("The British minister underscored his intent to impose sanctions on Iran.")
    (sanctions,) = events_of(ex, "SANCTION")
    assert sanctions.modality == "planned"


def test_a_verb_with_a_particle_is_another_verb(run, events_of):
    ex = run("The Taliban set off a car bomb outside the Turkish embassy in Kabul on Sunday.")
    assert events_of(ex, "ASSAULT")[0].modality == "asserted"
    assert events_of(run("Iran set up talks with the EU for next week."), "CONSULT")[0].modality == "planned"


def test_what_was_tried_was_done(run, events_of):
    ex = run("Turkish police tried to arrest the mayor of Istanbul.")
    assert events_of(ex, "COERCE")[0].modality == "asserted"
    ex = run("Turkey will try to mediate between Russia and Ukraine.")
    assert events_of(ex, "CONSULT")[0].modality == "planned"


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Chile offered solidarity to Peru after the floods.", "asserted"),
        ("Germany pledged its full support for Ukraine.", "asserted"),
        ("Germany will offer its support to Ukraine.", "planned"),
        ("Germany offered to support Ukraine.", "hypothetical"),
    ],
)
def test_support_pledged_or_offered_as_a_noun_is_given(run, events_of, text, modality):
    assert events_of(run(text), "SUPPORT")[0].modality == modality


@pytest.mark.parametrize(
    "text, modality",
    [
        ("I want to thank President Ruto for hosting the talks in Nairobi.", "asserted"),
        ("We would like to congratulate Chancellor Scholz on his victory.", "asserted"),
        ("Germany wants to support Ukraine.", "planned"),
    ],
)
def test_a_speaker_who_says_they_want_to_thank_thanks(run, events_of, text, modality):
    (support,) = events_of(run(text), "SUPPORT")
    assert support.modality == modality
    assert support.date == ("2024-03-14" if modality == "asserted" else None)


def test_saying_one_will_strike_another_is_a_threat(run, events_of):
    ex = run("Iran said it would strike Israel if it was attacked.")
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == ["Q794"] and threat.target == ["Q801"] and threat.modality == "asserted"
    ex = run("The Taliban said they would fight on.")
    assert "THREATEN" not in {e.plover for e in ex.events}  # a vow aimed at no one


def test_saying_one_will_launch_attacks_on_another_is_a_threat(run, events_of):
    (threat,) = events_of(run("Syria said it would launch air strikes on Turkey."), "THREATEN")
    assert threat.source == ["Q858"] and threat.target == ["Q43"]
    assert threat.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Germany sent troops to Lithuania to support the government of Estonia.",
        "Poland issued new licences to support Ukraine.",
    ],
)
def test_what_a_deed_was_done_for_is_no_event_of_its_own(run, text):
    assert not [e for e in run(text).events if e.plover == "SUPPORT"]


def test_what_a_call_was_made_to_do_is_done_in_it(run, events_of):
    ex = run("Antony Blinken spoke with Olaf Scholz to thank Germany for its aid.")
    (thanks,) = events_of(ex, "SUPPORT")
    assert thanks.target == ["Q183"] and thanks.modality == "asserted"


def test_an_effort_to_do_something_is_no_deed_done(run):
    ex = run("Turkey has stepped up its efforts to attack Kurdish fighters in Syria.")
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_deeds_spoken_of_in_general_are_no_event(run):
    for text in (
        "The council members underscored that attacks against peacekeepers may constitute war crimes.",
        "She recalled that attacks targeting aid workers could amount to war crimes.",
    ):
        assert not [e for e in run(text).events if e.plover == "ASSAULT"], text


def test_deeds_of_a_named_party_that_may_be_crimes_are_still_told(run, events_of):
    ex = run("Russian strikes on Kyiv may amount to war crimes, the minister said.")
    (strike,) = events_of(ex, "ASSAULT")
    assert strike.source == ["Q159"]
    ex = run("The attack on the convoy may constitute a war crime, the council said.")
    assert len(events_of(ex, "ASSAULT")) == 1
