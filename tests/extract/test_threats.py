"""Threats told without the word "threaten": consequences promised to another, promises of more
force against a named party, and what one side says it will not allow another to do."""

from __future__ import annotations

from datetime import date


def _threats(ex):
    return [e for e in ex.events if e.plover == "THREATEN"]


def test_consequences_are_promised_by_the_speaker_to_the_subject(run):
    (face,) = _threats(run("Kenya said Somalia would face consequences."))
    assert face.source == ["Q114"] and face.target == ["Q1045"]
    said = '"Moscow started this war, and now it will bear the consequences," the French president said.'
    (bear,) = _threats(run(said, published=date(2024, 9, 1)))
    # ("the French president": the office holder on the day, Emmanuel Macron)
    assert bear.source == ["Q3052772"] and bear.target == ["Q159"]


def test_consequences_already_borne_are_no_threat(run):
    assert not _threats(run("Ghana faced serious consequences after the floods, Nigeria said."))


def test_action_against_a_party_still_to_come_is_a_threat_made_now(run):
    (ready,) = _threats(run("Japan stands ready to take further measures against North Korea."))
    assert ready.source == ["Q17"] and ready.target == ["Q423"] and ready.modality == "asserted"
    (eager,) = _threats(run("France will not hesitate to take all necessary action against the Houthis."))
    assert eager.source == ["Q142"] and eager.modality == "asserted"


def test_action_taken_or_refused_is_no_threat(run):
    assert not _threats(run("Kenya took legal action against Uganda last year."))
    assert not _threats(run("Kenya will not take action against Uganda."))


def test_a_war_vowed_against_a_party_is_a_threat_to_it(run):
    ex = run("The Somali president vowed an all-out war against al-Shabab.")
    (vow,) = _threats(ex)
    assert vow.source == ["Q1045"] and vow.target == ["al-shabaab"]
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_an_answer_promised_on_a_hostile_condition_threatens_its_doer(run):
    for said in ("Egypt warned it would respond if Ethiopia attacked again.",
                 "Egypt warned it would retaliate if Ethiopia attacked again."):
        (threat,) = _threats(run(said))
        assert threat.source == ["Q79"] and threat.target == ["Q115"] and threat.modality == "asserted"


def test_an_answer_promised_on_a_peaceful_condition_or_to_a_letter_is_no_threat(run):
    assert not _threats(run("Egypt will respond if Ethiopia asks for talks."))
    assert not _threats(run("The ministry said it would respond to the letter from Ethiopia next week."))


def test_what_one_side_will_not_allow_another_to_do_is_a_threat_to_it(run):
    ex = run("We will not allow the Houthis to continue attacking civilians, the Somali army said.")
    (threat,) = _threats(ex)
    assert threat.source == ["Q1045"] and threat.target == ["houthis"] and threat.modality == "asserted"
    (let,) = _threats(run("Israel will not let Hamas rearm, Netanyahu said."))
    assert let.source == ["Q801"] and let.target == ["Q38799"]


def test_what_was_not_allowed_or_will_be_allowed_is_no_threat(run):
    assert not _threats(run("Israel did not allow journalists from Qatar to enter Gaza."))
    assert not _threats(run("Egypt will allow Sudanese refugees to cross the border."))


def test_no_let_up_promised_in_operations_against_a_party_threatens_it(run):
    ex = run("The Nigerian president said there would be no let-up in the offensive against Boko Haram.")
    (threat,) = _threats(ex)
    assert threat.source == ["Q1033"] and threat.target == ["boko-haram"]
    fighting = "Aid workers said there had been no respite in the fighting for civilians in Gaza."
    assert not _threats(run(fighting))


def test_harm_the_speakers_side_says_it_may_do_is_a_threat(run):
    warned = "Greek officials warned that they may bar Turkish fishing boats from entering the port."
    (bar,) = _threats(run(warned))
    assert bar.source == ["Q41"] and bar.target == ["Q43"] and bar.modality == "asserted"


def test_force_not_ruled_out_against_a_party_is_a_threat_to_it(run):
    (threat,) = _threats(run("France said it would not rule out military action against Niger."))
    assert threat.source == ["Q142"] and threat.target == ["Q1032"] and threat.modality == "asserted"
    (strikes,) = _threats(run("Britain has not ruled out strikes on Houthi positions in Yemen."))
    assert strikes.source == ["Q145"] and "houthis" in strikes.target


def test_a_meeting_not_ruled_out_is_no_threat(run):
    assert not _threats(run("Kenya did not rule out a meeting with Somalia."))


def test_harm_to_go_on_until_another_gives_in_is_a_threat_to_it(run):
    said = "Al-Shabab said it will continue its raids until Kenya withdraws its troops from Somalia."
    (threat,) = _threats(run(said))
    assert threat.source == ["al-shabaab"] and threat.target == ["Q114"] and threat.modality == "asserted"


def test_a_campaign_that_went_on_or_talks_that_go_on_are_no_threat(run):
    assert not _threats(run("Al-Shabab continued its raids until Kenya withdrew its troops from Somalia."))
    assert not _threats(run("The talks between Kenya and Somalia will continue until Friday."))


def test_a_crackdown_or_action_vowed_against_a_party_is_a_threat_to_it(run):
    (vow,) = _threats(run("Kenya vowed a crackdown on al-Shabab."))
    assert vow.source == ["Q114"] and vow.target == ["al-shabaab"]
    (warned,) = _threats(run("Britain warned of severe consequences if Russia invaded Ukraine."))
    assert warned.target == ["Q159"] and warned.modality == "asserted"


def test_a_promise_of_action_at_home_is_no_threat(run):
    assert not _threats(run("Kenya promised swift action on climate change."))


def test_one_who_will_not_be_allowed_to_act_is_threatened_by_no_one(run):
    assert not _threats(run("Kenya will not be allowed to observe the vote, Somalia said."))


def test_a_war_that_goes_on_is_a_deed_not_a_threat(run):
    ex = run("Russia continues its illegal war against Ukraine.")
    assert not _threats(ex)
    assert [e for e in ex.events if e.plover == "ASSAULT"]


def test_force_or_countermeasures_still_to_come_are_a_threat(run):
    (force,) = _threats(run("Turkey said it was ready to use force against the PKK."))
    assert force.source == ["Q43"] and force.target == ["pkk"]
    (counter,) = _threats(run("North Korea warned it would take countermeasures against the United States."))
    assert counter.source == ["Q423"] and counter.target == ["Q30"]
    assert not _threats(run("Turkey used force against the PKK last year."))


def test_a_price_to_pay_is_promised_by_the_speaker(run):
    ex = run(
        "Russia will pay a heavy price for this aggression, the British prime minister said.",
        published=date(2024, 9, 1),
    )
    (price,) = _threats(ex)
    assert price.source == ["Q6383803"] and price.target == ["Q159"]  # (Keir Starmer, on the day)
