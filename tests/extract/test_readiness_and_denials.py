"""Speech acts coded by what they do: a doer's readiness to do a deed of force or sanction is a threat
made now; a reported clause that judges a claim by a word of denial ("said the claims were false")
rejects the claim. Sentences written for these tests."""

from __future__ import annotations


def _of(ex, plover):
    return [e for e in ex.events if e.plover == plover]


def test_readiness_to_sanction_is_a_threat(run):
    ex = run("The European Union stands ready to impose more sanctions on Belarus if the crackdown goes on.")
    (threat,) = _of(ex, "THREATEN")
    assert threat.source == ["Q458"] and threat.target == ["Q184"] and threat.modality == "asserted"
    assert not _of(ex, "SANCTION")


def test_readiness_to_use_force_told_by_the_doer_is_a_threat_even_to_no_one_named(run):
    ex = run("Canada is prepared to impose targeted sanctions against those responsible, the minister said.")
    (threat,) = _of(ex, "THREATEN")
    assert threat.source == ["Q16"]


def test_readiness_to_help_or_to_talk_is_no_threat(run):
    assert not _of(run("Germany is prepared to send more aid to Sudan."), "THREATEN")
    assert not _of(run("Russia is ready to resume talks with Ukraine."), "THREATEN")


def test_readiness_to_move_ones_own_forces_is_no_threat(run):
    assert not _of(run("NATO said it was ready to deploy more troops to Poland."), "THREATEN")


def test_readiness_another_speaker_tells_of_is_no_threat(run):
    ex = run("Iran said the United States was ready to attack Iran.")
    assert not [e for e in _of(ex, "THREATEN") if "Q30" in e.source]


def test_a_claim_said_to_be_false_is_rejected_by_the_speaker(run):
    (rejection,) = _of(run("Ethiopia said the claims were false."), "REJECT")
    assert rejection.source == ["Q115"]
    ex = run("The Kenyan government says the allegations are baseless.")
    (rejection,) = _of(ex, "REJECT")
    assert rejection.source == ["Q114"] and not _of(ex, "ACCUSE")


def test_the_claims_maker_is_the_target_of_the_denial(run):
    (rejection,) = _of(run("Kenya said Eritrea's accusations were lies."), "REJECT")
    assert rejection.source == ["Q114"] and rejection.target == ["Q986"]


def test_a_claim_confirmed_or_not_denied_is_no_rejection(run):
    assert not _of(run("The rebels said the report was accurate."), "REJECT")
    assert not _of(run("Ethiopia said the claims were not false."), "REJECT")


def test_the_speaker_who_says_their_side_will_not_tolerate_a_deed_threatens_with_it(run):
    said = '"Chile will not tolerate attempts to extort our citizens," said Chilean President Gabriel Boric.'
    (threat,) = _of(run(said), "THREATEN")
    assert "Q298" in threat.source and len(threat.source) == 2


def test_what_one_will_not_tolerate_that_names_no_deed_is_no_threat(run):
    assert not _of(run("The Chilean president says his government will not tolerate chaos."), "THREATEN")
    assert not _of(run("The rebels said they will not tolerate delays in the talks."), "THREATEN")


def test_calls_disregarded_are_rejected(run):
    ex = run("Zambia disregarded calls from the African Union to release the detainees.")
    (rejection,) = _of(ex, "REJECT")
    assert rejection.source == ["Q953"]
    assert not _of(run("The ministers disregarded the weather and flew to Kigali."), "REJECT")

