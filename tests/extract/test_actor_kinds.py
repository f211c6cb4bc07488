"""Which mentions become actors: an international organisation before a person's title is named as the
body the person serves (kg.extract.cast); a name of nothing but an office or a document names no one
(kg.extract.cast); a demonym with "a" is one private person, not a state (kg.extract.mentions); a party
whose name holds a state's name is the party (kg.extract.mentions); a place named by a word for a
place ("the Kalma Roundabout") is no body; an office "Chairperson" before a name is the person's title."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex) -> set[str]:
    return {a.label for a in ex.actors}


def _kinds(ex) -> dict[str, str]:
    return {a.label: a.kind for a in ex.actors}


def test_the_organisation_of_a_persons_title_is_an_actor(run):
    ex = run("UN Secretary-General Antonio Guterres said on Tuesday that he was alarmed by the shelling of "
             "the town.")
    assert "United Nations" in _labels(ex)


def test_a_demonym_of_a_persons_title_stays_no_actor(run):
    # the state of a demonym before an office is not listed for the title alone (the person is)
    ex = run("German Chancellor Olaf Scholz arrived in Kyiv on Monday.")
    assert "Olaf Scholz" in _labels(ex)


def test_an_office_alone_names_no_one(run):
    ex = run("Mr Chair, the Russian Federation continues its attacks on Ukrainian cities. "
             "Thank you, Mr Chair.")
    assert "Chair" not in _labels(ex)


def test_a_document_alone_is_no_actor(run):
    ex = run("The Presidential Proclamation suspends the entry of officials who undermined the vote, "
             "the State Department said.")
    assert "Presidential Proclamation" not in _labels(ex)


def test_a_nationality_of_private_people_is_no_state(run):
    ex = run("The hostages, a Kosovar, a Filipina and a teacher from Leeds, were freed by the gunmen on "
             "Sunday.")
    assert not {"Kosovo", "Philippines"} & _labels(ex)


def test_a_demonym_before_a_noun_keeps_its_state(run):
    ex = run("A Filipino warship shadowed the Chinese vessel near the shoal on Monday.")
    assert "Philippines" in _labels(ex)


def test_a_party_named_with_its_state_is_the_party(run):
    ex = run("The Cambodia National Rescue Party accused the government of rigging the vote on Monday.")
    kinds = _kinds(ex)
    assert kinds.get("Cambodia National Rescue Party") == "org"


def test_a_body_the_gazetteer_names_whole_stays_the_gazetteers(run):
    ex = run("The United Nations Security Council condemned the attack on the convoy on Monday.")
    assert "United Nations Security Council" in _labels(ex)


def test_a_roundabout_is_no_body(run):
    ex = run("Police fired tear gas at protesters gathered at the Kalma Roundabout on Friday.")
    assert "Kalma Roundabout" not in _labels(ex)


def test_a_chairpersons_title_is_not_part_of_the_name(run):
    ex = run("Chairperson Faki condemned the attack on Monday. Moussa Faki Mahamat, the chairperson of "
             "the commission, urged restraint.")
    assert "Chairperson Faki" not in _labels(ex)
    assert "Moussa Faki Mahamat" in _labels(ex)
