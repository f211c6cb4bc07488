"""A deed done with a partner ("together with", "in concert with", "alongside") is also work together
between its doers and the partner, as PLOVER codes joint military or economic action; words said together,
a deed told in the passive and a partner who is the target are none."""

from datetime import date

PUBLISHED = date(2024, 5, 2)


def _of(ex, plover: str) -> list:
    return [e for e in ex.events if e.plover == plover]


def test_a_deed_in_concert_with_a_partner_is_also_cooperation(run, events_of):
    ex = run("Canada, in concert with Australia, imposed sanctions on Iran on Tuesday.")
    events_of(ex, "SANCTION")
    work = events_of(ex, "COOPERATE")
    assert {"Q16", "Q408"} <= set(work[0].participants)
    assert "Q794" not in work[0].participants


def test_fighting_alongside_an_army_is_also_cooperation(run, events_of):
    ex = run("Hezbollah fighters have been fighting alongside the Syrian army near Qusayr.")
    work = events_of(ex, "COOPERATE")
    assert "Q858" in work[0].participants


def test_a_statement_made_together_is_no_joint_deed(run):
    ex = run("Canada, together with Australia, condemned the attack on the embassy in Kabul.")
    assert not _of(ex, "COOPERATE")


def test_victims_killed_along_with_others_are_no_partners(run):
    ex = run("Israeli jets killed a Hamas commander along with a Hezbollah official in Beirut.")
    assert not _of(ex, "COOPERATE")


def test_a_deed_with_no_partner_is_no_cooperation(run, events_of):
    ex = run("Canada imposed sanctions on Iran on Tuesday.")
    events_of(ex, "SANCTION")
    assert not _of(ex, "COOPERATE")
