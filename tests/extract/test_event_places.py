"""Where an event happens: the place an "in/near/around/at/outside" phrase of its trigger, its light
verb, its object or whom it is aimed at names (kg.extract.places)."""

from __future__ import annotations

import pytest


def _place(ex, plover: str) -> str | None:
    (event,) = [e for e in ex.events if e.plover == plover]
    return event.place


@pytest.mark.parametrize(
    ("text", "plover", "place"),
    [
        # a city of the gazetteer in a place phrase of the verb, of its object or of whom it hit
        ("A suicide bomber attacked a market in Maiduguri, killing 15 people.", "ASSAULT", "Maiduguri"),
        ("Russian troops shelled villages around Kharkiv overnight.", "ASSAULT", "Kharkiv"),
        ("The Secretary-General condemns the attack on a peacekeeping convoy near Goma.", "ASSAULT", "Goma"),
        ("Armed men stormed a police station outside Peshawar late on Saturday, officials said.", "ASSAULT",
         "Peshawar"),
        # the place of the light verb is its event noun's
        ("Israel carried out airstrikes near Rafah on Sunday, killing 20 people.", "ASSAULT", "Rafah"),
        # what the deed did, where ("shelling killed three people in X"); "the city of X"
        ("Russian shelling killed three people on Monday in the southern city of Kherson.", "ASSAULT",
         "Kherson"),
        # a site named after its city: the city
        ("Gunmen attacked travellers at the Nairobi airport on Sunday.", "ASSAULT", "Nairobi"),
        # a capital is a place in a place phrase, also when its state takes part ("met in Paris")
        ("The Secretary met with Egyptian Foreign Minister Badr Abdelatty in Cairo on Wednesday.", "CONSULT",
         "Cairo"),
    ],
)
def test_the_place_of_a_deed_or_a_meeting(run, text, plover, place):
    assert _place(run(text), plover) == place


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # the state hit is the target, not a place
        ("Russia launched drones at Ukraine overnight.", "ASSAULT"),
        # "around" before a number is no place phrase
        ("Militants killed around 30 soldiers on Friday.", "ASSAULT"),
        # a name before the noun that is no place the gazetteer knows
        ("Sudanese troops attacked rebel positions in the Sudan-Chad border war.", "ASSAULT"),
        # the place of another clause
        ("The rebels attacked Mali's army, a day after the leaders held talks in Dakar.", "ASSAULT"),
        # where a deed is condemned is not where it was done
        ("The attack was condemned in Geneva on Monday.", "ASSAULT"),
        ("Ukraine condemned in Brussels the Russian strikes on Odesa.", "ASSAULT"),
    ],
)
def test_no_place_for_the_deed(run, text, plover):
    assert _place(run(text), plover) is None


def test_a_topic_is_not_placed_with_the_talks(run):
    # "discussed the war in Ukraine": the place of the war, not of the talks
    ex = run("The two ministers met on Tuesday and discussed the war in Sudan.")
    assert all(e.place != "Sudan" for e in ex.events if e.plover == "CONSULT")


def test_a_place_in_a_sites_name_is_not_where_the_site_is(run, events_of):
    # "Lagos" names the street, not the place: the market is in Khartoum
    ex = run("Rebels shelled the Lagos Street market in Khartoum on Monday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == ["Q1049"]  # Sudan, not Nigeria


def test_a_city_naming_its_own_site_still_places_it(run, events_of):
    ex = run("Militants attacked the Kabul Serena Hotel on Monday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == ["Q889"]  # Afghanistan
