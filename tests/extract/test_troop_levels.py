"""Troop levels and halts (ontology/triggers.yaml, "troop levels"): fewer troops where they stand is
a withdrawal of them (RETREAT, CAMEO 0873), more of them a show of force (MOBILIZE), and a halt to
one's own offensive a de-escalation like a ceasefire (CONCEDE), which takes the offensive in; a halt
to another's offensive, ties cut or tariffs reduced are none of these."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 9, 12)

FRANCE, CHAD, UK, LITHUANIA, RUSSIA, UKRAINE, KENYA = "Q142", "Q657", "Q145", "Q37", "Q159", "Q212", "Q114"


def test_fewer_troops_is_a_withdrawal_by_their_state(run, events_of):
    for text in (
        "PARIS (Reuters) - France will halve the number of soldiers it keeps in Chad, the ministry said.",
        "France has been steadily reducing its troop levels in Chad since the spring.",
        "France drew down its forces in Chad over the summer.",
        "In a statement, the ministry said France had scaled back its military presence in Chad.",
    ):
        ex = run(text)
        (retreat,) = events_of(ex, "RETREAT")
        assert FRANCE in retreat.source, text


def test_a_troop_reduction_names_its_doer_by_its_owner(run, events_of):
    ex = run("Britain's troop reduction in Lithuania will be completed by March, officials said.")
    (retreat,) = events_of(ex, "RETREAT")
    assert UK in retreat.source


def test_the_withdrawal_of_a_states_troops_is_that_states(run, events_of):
    ex = run("The withdrawal of Kenyan troops from the border region began on Wednesday.")
    (retreat,) = events_of(ex, "RETREAT")
    assert KENYA in retreat.source


def test_forces_stood_down_or_demobilised_are_a_retreat(run, events_of):
    for text in ("Russia stood down its forces along the frontier on Tuesday.",
                 "The government of Chad has demobilised thousands of fighters."):
        ex = run(text)
        events_of(ex, "RETREAT")


def test_ground_handed_over_is_a_retreat_towards_whom_it_goes(run, events_of):
    ex = run("Russian troops handed over control of the airport to Ukraine on Friday.")
    (retreat,) = events_of(ex, "RETREAT")
    assert RUSSIA in retreat.source and UKRAINE in retreat.target


def test_more_troops_is_a_show_of_force(run, events_of):
    ex = run("Russia has doubled its forces along the border with Ukraine, satellite images show.")
    (mobilize,) = events_of(ex, "MOBILIZE")
    assert RUSSIA in mobilize.source


def test_a_halt_to_ones_own_offensive_is_a_concession_not_an_attack(run, events_of):
    for text in ("Russian forces paused their offensive on the town on Monday.",
                 "Russia halted its advance on Kyiv, the ministry said.",
                 "Moscow suspended military operations around the city."):
        ex = run(text)
        (concede,) = events_of(ex, "CONCEDE")
        assert RUSSIA in concede.source, text
        assert not [e for e in ex.events if e.plover == "ASSAULT" and RUSSIA in e.source], text


def test_a_halt_to_anothers_offensive_is_no_concession(run):
    ex = run("Ukrainian troops halted the Russian advance near the town on Monday.")
    assert not [e for e in ex.events if e.plover == "CONCEDE"]


def test_cut_ties_reduced_tariffs_and_a_continuing_offensive_are_no_retreat(run):
    for text in ("Chad cut ties with France on Thursday.",
                 "France reduced tariffs on goods from Chad.",
                 "The company reduced its presence in Russia.",
                 "The Russian offensive continued on Tuesday."):
        ex = run(text)
        assert not [e for e in ex.events if e.plover in ("RETREAT", "CONCEDE")], text


def test_a_command_to_halt_is_no_concession(run):
    for text in ('"Stop the offensive on the city now," the minister told reporters.',
                 "Russia must stop its attacks on Ukrainian cities, the minister said."):
        ex = run(text)
        assert not [e for e in ex.events if e.plover == "CONCEDE"], text


def test_anothers_forces_strengthened_are_no_show_of_force(run):
    ex = run("The two ministers discussed ways to strengthen the Ukrainian armed forces.")
    assert not [e for e in ex.events if e.plover == "MOBILIZE"]


def test_a_stronger_military_presence_of_ones_own_is_a_show_of_force(run, events_of):
    ex = run("Britain will strengthen its military presence in Lithuania next year.")
    (mobilize,) = events_of(ex, "MOBILIZE")
    assert UK in mobilize.source


def test_troops_gone_back_to_their_bases_are_a_pullback(run, events_of):
    ex = run("Russian troops returned to their bases in Crimea on Wednesday, the ministry said.")
    (retreat,) = events_of(ex, "RETREAT")
    assert RUSSIA in retreat.source


def test_a_halt_another_is_helped_to_make_is_that_ones(run, events_of):
    ex = run("France helped Chad halt its offensive in the north.")
    (concede,) = events_of(ex, "CONCEDE")
    assert CHAD in concede.source


def test_raids_stopped_that_are_anothers_are_no_concession(run):
    ex = run("The two presidents agreed to stop cross-border raids by rebels.")
    assert not [e for e in ex.events if e.plover == "CONCEDE"]
