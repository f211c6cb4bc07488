"""Threats told by common formulas of news and statements: a warning of (or a talk about) the
consequences of a hostile deed is a threat to its doer, named or not; "there will be consequences" or
"there would be a strong response" is a threat by whoever says so, to whoever they are for or must meet
the condition; a deed of force promised in answer to one done to the speaker ("if you strike us, we
will strike you", "would strike back if attacked") is a threat; "any attack will be met with force" is
a threat to whoever would attack; a condition told by "should" put first is a condition, no demand.
And what is none of these: consequences of a natural event, or for a thing ("for the economy"), an
analyst's forecast, a response to a thing, a past reception ("was met with force"), a plain plan or a
promise of help."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2024, 5, 2)


def _threats(ex):
    return [e for e in ex.events if e.plover == "THREATEN"]


def test_a_warning_of_the_consequences_of_a_deed_threatens_its_doer(run):
    said = "The Chilean foreign minister warned of the devastating consequences of Peruvian military action."
    (threat,) = _threats(run(said))
    assert threat.source == ["Q298"] and threat.target == ["Q419"] and threat.modality == "asserted"
    assert not [e for e in run(said).events if e.plover == "ASSAULT"]  # the deed is only threatened
    (unnamed,) = _threats(run("Bolivia warned of the consequences of any attack on its embassy."))
    assert unnamed.source == ["Q750"] and unnamed.modality == "asserted"


def test_consequences_of_a_deed_discussed_in_a_readout_are_a_threat(run):
    said = "The Chilean president discussed the grave consequences of Peruvian military action with aides."
    (threat,) = _threats(run(said))
    assert threat.source == ["Q298"] and threat.target == ["Q419"]


def test_consequences_of_a_natural_event_or_for_a_thing_are_no_threat(run):
    assert not _threats(run("Chile warned of the consequences of the floods."))
    assert not _threats(run("Chile warned of the consequences of climate change for the region."))
    assert not _threats(run("Chile warned of the consequences of the war for the economy."))
    assert not _threats(run("Chile discussed the consequences of the drought with Peru."))


def test_there_will_be_consequences_is_a_threat_by_whoever_says_so(run):
    (bare,) = _threats(run("There will be consequences, the Chilean foreign minister said."))
    assert bare.source == ["Q298"] and bare.modality == "asserted"
    said = "Chile warned there would be serious consequences for Peru if it crossed the border."
    (aimed,) = _threats(run(said))
    assert aimed.source == ["Q298"] and aimed.target == ["Q419"]
    said = "Bolivia said there would be a strong response if Peru attacked its border posts."
    (conditional,) = _threats(run(said))
    assert conditional.source == ["Q750"] and conditional.target == ["Q419"]


def test_consequences_foretold_for_a_thing_or_by_an_analyst_are_no_threat(run):
    assert not _threats(run("There will be consequences for the economy, an analyst said."))
    assert not _threats(run("There will be consequences for the economy, Chile said."))
    assert not _threats(run("Chile said there would be consequences for the region if the drought goes on."))
    assert not _threats(run("Chile said there would be a strong response to the floods."))
    assert not _threats(run("Chile said there will be a response to the letter next week."))


def test_force_promised_in_answer_to_force_on_oneself_is_a_threat(run):
    said = '"If you strike us, we will strike you," the Chilean president said.'
    (threat,) = _threats(run(said))
    assert threat.source == ["Q298"] and threat.modality == "asserted"
    (passive,) = _threats(run('"We will strike back if we are attacked," the Chilean defence minister said.'))
    assert passive.source == ["Q298"]
    (bare,) = _threats(run("Bolivia said it would strike back if it were attacked."))
    assert bare.source == ["Q750"]


def test_force_on_a_condition_that_is_no_attack_on_oneself_is_no_threat(run):
    assert not _threats(run("The Chilean army will attack the town if the weather improves."))
    assert not _threats(run("Chile said it will send aid to Peru next week."))
    assert not _threats(run("Chile will send aid to Peru should the floods get worse."))


def test_any_attack_will_be_met_with_force_threatens_whoever_would_attack(run):
    (bare,) = _threats(run("Chile said any attack on its territory will be met with a firm response."))
    assert bare.source == ["Q298"] and bare.modality == "asserted"
    said = "Any Peruvian attack on Chilean ships will be met with force, the Chilean navy said."
    threats = _threats(run(said))
    assert [(t.source, t.target) for t in threats] == [(["Q298"], ["Q419"])]
    said = "The Chilean president said any attack on its territory would be answered with force."
    (answered,) = _threats(run(said))
    assert answered.source == ["Q298"]


def test_a_reception_told_as_met_with_something_is_no_meeting_nor_threat(run):
    ex = run("The Chilean delegation will be met with a warm welcome in Lima.")
    assert not [e for e in ex.events if e.plover in ("THREATEN", "CONSULT")]
    ex = run("The protest in Santiago was met with force by the Chilean police.")
    assert not [e for e in ex.events if e.plover in ("THREATEN", "CONSULT")]


def test_a_condition_told_by_should_put_first_is_no_demand(run):
    ex = run("Chile warned that it would retaliate should Peru attack its ships.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]
    (threat,) = _threats(ex)
    assert threat.source == ["Q298"] and threat.target == ["Q419"]
    ex = run("Chile will impose new sanctions on Peru should it fail to withdraw its troops.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]
    assert [e for e in run("Peru should withdraw its troops, Chile said.").events if e.plover == "REQUEST"]


def test_closing_a_waterway_if_attacked_is_a_threat(run):
    threats = _threats(run("Bolivia warned it would close the strait if attacked."))
    assert [(t.source, t.modality) for t in threats] == [(["Q750"], "asserted")]


def test_a_party_told_it_would_regret_a_deed_is_threatened(run):
    (threat,) = _threats(run("Peru would regret any attack on Chilean ships, the Chilean president said."))
    assert threat.source == ["Q298"] and threat.target == ["Q419"]
    (told,) = _threats(run("The Chilean president warned that Peru would regret it."))
    assert told.source == ["Q298"] and told.target == ["Q419"]
    assert not _threats(run("I will regret this for the rest of my life, the Chilean president said."))
    assert not _threats(run("Peru regretted the decision, the Chilean president said."))


def test_force_to_go_on_as_long_as_another_does_something_is_a_threat_to_it(run):
    said = "Chile said the strikes would continue as long as Peru occupies the islands."
    (threat,) = _threats(run(said))
    assert threat.source == ["Q298"] and threat.target == ["Q419"] and threat.modality == "asserted"
    assert not _threats(run("Chile said it would stay in the talks as long as Peru wants."))
    assert not _threats(run("Chile said aid to Peru would continue as long as the floods last."))


def test_a_warning_to_no_one_of_how_things_are_is_no_threat(run):
    assert not _threats(run("The Chilean government warns that millions of Peruvians face famine."))
    (threat,) = _threats(run("Chile warned that Peru would pay dearly."))
    assert threat.source == ["Q298"] and threat.target == ["Q419"]
    (told,) = _threats(run("Chile warned Peru that it was making a mistake."))
    assert told.source == ["Q298"] and told.target == ["Q419"]
