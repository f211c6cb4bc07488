"""Armed groups by their acronyms and local names: an ethnic or national word before a group's acronym
("Tuareg MNLA rebels") leaves the group named; a local name ("the Maoists", "Maoist rebels") is the
group of that name whose country the text names most, and no group where the text names none of
their countries or where the word only describes something else; a group's Wikidata item is exported."""

from __future__ import annotations

from datetime import date

from rdflib import OWL

PUBLISHED = date(2012, 4, 3)
MNLA, MILF, CPN_M, CPI_M = "mnla", "milf", "cpn-maoist", "cpi-maoist"


def _keys(ex) -> set[str]:
    return {a.key for a in ex.actors}


def test_an_ethnic_word_before_an_acronym_leaves_the_group_named(run, events_of):
    ex = run("Tuareg MNLA rebels attacked an army post near the town on Tuesday, "
             "Mali's defence ministry said.")
    (attack,) = events_of(ex, "ASSAULT")
    assert MNLA in attack.source


def test_an_acronym_before_fighters_is_the_group(run, events_of):
    ex = run("MILF fighters ambushed a Philippine army patrol in the south on Sunday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert MILF in attack.participants


def test_the_maoists_are_the_group_of_the_country_the_text_is_about(run):
    nepal = run("In Nepal, the Maoists declared a ceasefire with the government on Friday.")
    india = run("Maoist rebels ambushed a police convoy in the east of India on Friday, officials said.")
    assert CPN_M in _keys(nepal) and CPI_M not in _keys(nepal)
    assert CPI_M in _keys(india) and CPN_M not in _keys(india)


def test_a_local_name_without_its_country_names_no_group(run):
    ex = run("The ADF sent two warships to the Pacific, Australia's defence minister said on Monday.")
    assert "allied-democratic-forces" not in _keys(ex)
    ex = run("The Maoists held a rally in the capital on Friday.")
    assert not _keys(ex) & {CPN_M, CPI_M, "shining-path"}


def test_a_local_name_describing_another_noun_is_no_group(run):
    ex = run("Maoist ideology spread among students in Nepal in the 1990s.")
    assert CPN_M not in _keys(ex)


def test_a_lower_case_common_phrase_is_no_group(run):
    ex = run("The justice and equality movement grew in the region, activists said on Monday.")
    assert "justice-and-equality-movement" not in _keys(ex)


def test_a_groups_item_is_exported_with_its_actor(run):
    from kg.evaluate.contract import read_graph
    from kg.rdf import actor_iri, to_graph
    from kg.vocab import WD

    ex = run("The Islamic State in Iraq and the Levant claimed the bombing in the capital on Monday.")
    graph = to_graph(ex)
    assert (actor_iri("islamic-state"), OWL.sameAs, WD["Q2429253"]) in graph
    scored = read_graph(graph)
    assert any("Q2429253" in a.qids for a in scored.actors)
