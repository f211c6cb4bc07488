"""Threats that name no one they are made to: commitments to act still to come, verbs of threatening
that say what is threatened, warnings of consequences; and what is none of these (a thing endangered,
a deed done, a decision announced, a condition of a threat)."""

from __future__ import annotations


def _threats(ex):
    return [e for e in ex.events if e.plover == "THREATEN"]


def test_action_promised_against_an_unnamed_class_is_a_threat(run):
    said = "Canada will take firm action against those who undermine the elections, the minister said."
    (threat,) = _threats(run(said))
    assert threat.source == ["Q16"] and threat.modality == "asserted"


def test_what_one_will_not_tolerate_is_a_threat_to_whoever_does_the_deed_it_names(run):
    (threat,) = _threats(run("Peru will not tolerate attacks by Ecuador on its border posts."))
    assert threat.source == ["Q419"] and threat.target == ["Q736"]
    (threat,) = _threats(run("Peru will not tolerate any attempt to seize power by force."))
    assert threat.source == ["Q419"]
    assert not _threats(run("Peru will not tolerate chaos in its cities."))


def test_a_threat_to_harm_people_or_what_they_own_is_a_threat(run):
    (threat,) = _threats(run("The Bolivian government threatened to break up their protest camps."))
    assert threat.source == ["Q750"]
    assert not _threats(run("The Bolivian government threatened to clear the roadblocks."))


def test_a_thing_endangered_is_no_threat(run):
    assert not _threats(run("The floods in Peru threaten the harvest."))
    assert not _threats(run("Chile said the drought threatens regional stability."))


def test_a_retaliation_done_is_no_threat_to_no_one(run):
    assert not _threats(run("Bolivian troops retaliated on Sunday."))


def test_a_promise_of_an_inquiry_is_no_threat(run):
    assert not _threats(run("Peru says it is committed to investigating the abuses."))


def test_a_campaign_in_the_condition_of_a_threat_is_not_the_threat(run):
    said = "Chile claimed that fighting will spread if the rebels continue their raids on villages."
    assert all(t.source != ["rebels-t"] for t in _threats(run(said)))


def test_a_warning_of_consequences_is_a_threat(run):
    (threat,) = _threats(run("Bolivia warned of grave consequences."))
    assert threat.source == ["Q750"] and threat.modality == "asserted"
    (told,) = _threats(run("Chile warned Peru of a firm response."))
    assert told.source == ["Q298"] and told.target == ["Q419"]


def test_a_warning_of_a_danger_is_no_threat(run):
    assert not _threats(run("Chile warned of floods on the coast."))
    assert not _threats(run("Chile warned of the consequences of the drought for farmers."))


def test_repercussions_a_deed_will_bear_are_a_threat_by_whoever_says_so(run):
    (threat,) = _threats(run("Bolivia warned that such provocations will bear repercussions."))
    assert threat.source == ["Q750"]


def test_a_sanction_its_doer_says_it_will_impose_is_a_decision_not_a_threat(run):
    ex = run("Chile announced it will expel ten Peruvian diplomats next week.")
    assert not _threats(ex)
    assert [e for e in ex.events if e.plover == "SANCTION"]
    (warned,) = _threats(run("Chile warned it would expel Peruvian diplomats."))
    assert warned.source == ["Q298"]


def test_force_still_to_come_on_a_hostile_condition_threatens_whoever_would_do_it(run):
    (threat,) = _threats(run("Chile will strike Peru if Peru attacks its border posts."))
    assert threat.source == ["Q298"] and threat.target == ["Q419"] and threat.modality == "asserted"


def test_force_on_a_peaceful_condition_or_force_done_after_a_deed_is_no_threat(run):
    assert not _threats(run("Chile will strike Peru if the talks fail."))
    assert not _threats(run("Chile struck Peru after Peru attacked its border posts."))


def test_sanctions_unless_another_complies_are_a_threat_not_a_sanction(run):
    ex = run("Chile will impose sanctions on Peru unless Peru frees the fishermen.")
    (threat,) = _threats(ex)
    assert threat.source == ["Q298"] and threat.target == ["Q419"]
    assert not [e for e in ex.events if e.plover == "SANCTION"]
    dated = run("Chile will impose sanctions on Peru on Monday.")
    assert not _threats(dated) and [e for e in dated.events if e.plover == "SANCTION"]


def test_strikes_to_go_on_until_a_party_gives_in_are_a_threat_to_it(run):
    (threat,) = _threats(run("Chile said its strikes will continue until Peru frees the fishermen."))
    assert threat.source == ["Q298"] and threat.target == ["Q419"]


def test_force_until_no_party_does_anything_or_a_rule_laid_down_is_no_threat(run):
    assert not _threats(run("Chile said its strikes will continue until the targets are destroyed."))
    laid_down = "Until Peru elects a new government, all military agreements with Peru shall be suspended."
    assert not _threats(run(laid_down))


def test_a_threat_said_not_to_be_made_or_only_possible_is_none(run):
    assert not _threats(run("Bolivia can never threaten Chile again."))
    assert not _threats(run("Peru must be secure so that it cannot be threatened by Chile."))
    (made,) = _threats(run("Bolivia threatened Chile with sanctions."))
    assert made.source == ["Q750"] and made.target == ["Q298"]
