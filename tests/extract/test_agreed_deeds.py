"""A deed that several parties only agree, promise or hope to do together among themselves is no
event of its own: their agreement is (kg.extract.promises, ``drop_agreed_deeds``). Cooperation that
names a partner besides them, or that one party does with another, stays."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _cooperation(ex) -> list:
    return [e for e in ex.events if e.plover == "COOPERATE"]


def test_two_ministers_agreeing_to_deepen_cooperation_is_only_an_agreement(run, events_of):
    ex = run("The foreign ministers of Chile and Peru agreed on Tuesday to deepen cooperation on fisheries.")
    assert not _cooperation(ex)
    assert events_of(ex, "AGREE")


def test_leaders_looking_forward_to_working_together_is_no_cooperation(run):
    ex = run("President Boric and President Boluarte looked forward to working together more closely.")
    assert not _cooperation(ex)


def test_how_two_countries_could_cooperate_is_no_cooperation(run):
    ex = run("The envoys discussed how Norway and Finland could cooperate on Arctic research.")
    assert not _cooperation(ex)


def test_a_promise_to_work_with_a_named_partner_stays(run, events_of):
    # must not fire: the promise names a partner beyond the two who make it
    ex = run("Chile and Peru agreed to work with the United Nations to clear the border minefields.")
    assert events_of(ex, "COOPERATE")


def test_one_country_working_with_another_stays(run, events_of):
    # must not fire: one party's deed with another ("X will work with Y")
    ex = run("Norway will work with Finland to build a new radar station in the north.")
    assert events_of(ex, "COOPERATE")


def test_cooperation_under_way_stays(run, events_of):
    # must not fire: the cooperation is told as done, not only promised
    ex = run("Norway and Finland cooperated closely on the rescue of the stranded fishermen last week.")
    assert events_of(ex, "COOPERATE")
