"""The target of a deed named inside its object: an envoy's post ("recalled its ambassador to X"), the
owner before a hyphen and a participle of owning ("seized a British-flagged tanker"), a state's organ
named before its craft ("seized Ukrainian navy ships"); and where none of it holds: a maker is no owner
("fired a Russian-made missile"), a demonym that makes the object a place yields to the state the place
phrase names ("shelled a Syrian refugee camp in Turkey")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 6, 10)

KENYA, SOMALIA, JAPAN, SOUTH_KOREA = "Q114", "Q1045", "Q17", "Q884"
IRAN, UK, LIBERIA, GREECE = "Q794", "Q145", "Q1014", "Q41"
RUSSIA, UKRAINE, TURKEY, SYRIA, GERMANY = "Q159", "Q212", "Q43", "Q858", "Q183"


def _one(ex, events_of, plover):
    (event,) = events_of(ex, plover)
    return event


def test_recalling_ones_own_envoy_to_a_state_is_aimed_at_that_state(run, events_of):
    recall = _one(run("Kenya recalled its ambassador to Somalia on Tuesday."), events_of, "SANCTION")
    assert recall.source == [KENYA] and recall.target == [SOMALIA]


def test_an_envoy_posted_in_a_capital_names_its_state(run, events_of):
    ex = run("Tokyo said on Friday that Japan had recalled its envoy in Seoul for consultations.")
    recall = _one(ex, events_of, "SANCTION")
    assert recall.source == [JAPAN] and recall.target == [SOUTH_KOREA]


def test_an_envoy_called_home_to_their_own_capital_aims_at_no_one(run, events_of):
    recall = _one(run("Kenya recalled its ambassador to Nairobi for consultations."), events_of, "SANCTION")
    assert recall.source == [KENYA] and recall.target == []


def test_an_envoy_of_a_state_named_is_that_states_whatever_the_post(run, events_of):
    expel = _one(run("Germany expelled the Russian ambassador to Berlin on Monday."), events_of, "SANCTION")
    assert expel.source == [GERMANY] and expel.target == [RUSSIA]


def test_a_flagged_ship_seized_is_its_flag_states(run, events_of):
    ex = run("Iran seized a British-flagged tanker in the Strait of Hormuz on Friday.")
    seizure = _one(ex, events_of, "COERCE")
    assert seizure.source == [IRAN] and seizure.target == [UK]


def test_a_registered_ship_attacked_is_its_registry_states(run, events_of):
    ex = run("Yemen's Houthis said they attacked two Liberian-registered vessels in the Red Sea.")
    attack = _one(ex, events_of, "ASSAULT")
    assert LIBERIA in attack.target


def test_attacks_on_an_owned_tanker_are_aimed_at_its_owner(run, events_of):
    ex = run("The Houthis claimed drone attacks on a Greek-owned tanker off the coast of Yemen on Monday.")
    attack = _one(ex, events_of, "ASSAULT")
    assert GREECE in attack.target


def test_the_maker_of_a_weapon_fired_is_no_target(run, events_of):
    ex = run("Ukraine fired a Russian-made missile at the town on Friday, officials said.")
    attack = _one(ex, events_of, "ASSAULT")
    assert attack.source == [UKRAINE] and RUSSIA not in attack.target


def test_a_states_navy_named_before_its_ships_owns_them(run, events_of):
    ex = run("Russian border guards seized three Ukrainian navy ships near the strait on Sunday.")
    seizure = _one(ex, events_of, "COERCE")
    assert seizure.source == [RUSSIA] and seizure.target == [UKRAINE]


def test_a_demonym_place_yields_to_the_state_it_is_in(run, events_of):
    ex = run("Turkish artillery shelled a Syrian refugee camp in Turkey on Monday, killing three people.")
    attack = _one(ex, events_of, "ASSAULT")
    assert SYRIA not in attack.target


def test_a_side_owning_the_object_stays_the_target_beside_the_place(run, events_of):
    ex = run("Turkey shelled Russian troops in northern Syria on Monday.")
    attack = _one(ex, events_of, "ASSAULT")
    assert attack.source == [TURKEY] and RUSSIA in attack.target
