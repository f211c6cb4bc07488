"""A reported clause that says who did a hostile deed is the speaker's accusation of the doer, beside
the deed; not a claim of the speaker's own deed, a denied attribution, a news outlet's report, or a
deed that harms no one."""


def _accusations(ex) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in ex.events if e.plover == "ACCUSE"]


def _accused_by(ex, state: str, doer: str) -> bool:
    """Some accusation of ``doer`` whose sources hold ``state`` (a state's police, where the text names
    them, is a source of its own beside the state)."""
    return any(state in source and target == [doer] for source, target in _accusations(ex))


def test_a_deed_said_to_be_carried_out_by_a_group_accuses_it(run):
    ex = run("Kenyan officials said the ambush was carried out by al-Shabab.")
    assert (["Q114"], ["al-shabaab"]) in _accusations(ex)
    assert any(e.plover == "ASSAULT" and e.source == ["al-shabaab"] for e in ex.events)


def test_a_group_said_to_carry_out_a_bombing_is_accused(run):
    ex = run("Nigerian police said Boko Haram fighters carried out the bombing.")
    assert _accused_by(ex, "Q1033", "boko-haram")


def test_the_work_of_a_group_accuses_it(run):
    ex = run("Iraqi police said the car bombing was the work of Islamic State militants.")
    assert _accused_by(ex, "Q796", "islamic-state")
    assert any(e.plover == "ASSAULT" and e.source == ["islamic-state"] for e in ex.events)  # the deed too


def test_a_group_said_to_be_behind_a_raid_is_accused(run):
    ex = run("The Afghan government says the Taliban were behind the raid on the checkpoint.")
    assert (["Q889"], ["taliban"]) in _accusations(ex)


def test_a_claim_of_ones_own_strikes_accuses_no_one(run):
    ex = run("Pakistan said its forces carried out strikes against militants in Afghanistan.")
    assert not _accusations(ex)


def test_a_denied_attribution_accuses_no_one(run):
    ex = run("Nigerian officials said Boko Haram had not carried out the bombing.")
    assert not _accusations(ex)


def test_a_news_agency_reporting_the_doer_accuses_no_one(run):
    ex = run("Reuters reported that Boko Haram militants carried out the bombing.")
    assert not _accusations(ex)


def test_a_deed_that_harms_no_one_is_no_accusation(run):
    ex = run("Kenyan officials said the vaccination drive was carried out by the Red Cross.")
    assert not _accusations(ex)
