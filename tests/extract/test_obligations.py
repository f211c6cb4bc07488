"""Statements coded by what they do: saying what another party must do asks it of that party. A word
of necessity said of "it" or of "there is" with a clause of what is needed ("it is vital that X ...",
"it is essential for X to ...", "there is a need for X to ..."), the subject of what a noun of need
needs ("stressed the need for X to ...", "the importance of X halting ..."), reminding a party of its
obligations, and a modal demand on people named by their side ("leaders in X should ...") are
requests of the party obligated, by whoever says so (kg.extract.requests). The speaker's own resolve
("it is vital that we ...") and a need said of nobody ("that there be accountability") are none."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

ISRAEL, HAMAS, RUSSIA, IRAN, ETHIOPIA, EGYPT = "Q801", "Q38799", "Q159", "Q794", "Q115", "Q79"
SERBIA, KOSOVO, PAKISTAN = "Q403", "Q1246", "Q843"


def _requests(ex):
    return [e for e in ex.events if e.plover == "REQUEST"]


def test_it_is_essential_for_a_party_to_act(run, events_of):
    ex = run("Antony Blinken said on Tuesday that it is essential for Israel to allow more aid into Gaza.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [ISRAEL] and req.source and ISRAEL not in req.source


def test_it_is_vital_that_a_party_acts_and_the_act_is_part_of_it(run, events_of):
    ex = run("“It is vital that Hamas release the hostages now,” Joe Biden told reporters.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [HAMAS]
    assert not [e for e in ex.events if e.plover == "CONCEDE"]  # the release is what is asked


def test_it_is_crucial_for_two_parties(run, events_of):
    ex = run("The envoy said it was crucial for Serbia and Kosovo to return to the dialogue.")
    (req,) = events_of(ex, "REQUEST")
    assert set(req.target) == {SERBIA, KOSOVO}


def test_there_is_a_need_for_a_party_to_act(run, events_of):
    ex = run("There is an urgent need for Russia to withdraw its troops, Emmanuel Macron said on Monday.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [RUSSIA]
    assert not [e for e in ex.events if e.plover == "RETREAT"]


def test_stressing_the_need_names_who_is_asked(run, events_of):
    ex = run("Olaf Scholz underlined the need for Russia to pull its forces back from the border.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [RUSSIA]


def test_a_need_joined_to_the_object_is_stressed_too(run, events_of):
    ex = run("The ministers underscored their backing for Ukraine as well as the need for Iran to halt "
             "its drone deliveries.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [IRAN]


def test_the_importance_of_a_party_doing_something(run, events_of):
    ex = run("The British minister stressed the importance of Pakistan taking firm action against militants.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [PAKISTAN]


def test_reminding_a_party_of_its_obligations(run, events_of):
    ex = run("The Secretary-General reminded Ethiopia of its obligations under humanitarian law.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [ETHIOPIA]


def test_leaders_named_by_their_state_are_asked(run, events_of):
    ex = run("Barack Obama said that all political leaders in Egypt should tell their supporters "
             "that violence is unacceptable.")
    (req,) = events_of(ex, "REQUEST")
    assert req.target == [EGYPT]
    assert not [e for e in ex.events if e.plover == "ACCUSE"]  # what they are to say is not said yet


def test_the_speakers_own_resolve_is_no_request(run):
    ex = run("“It is vital that we stand shoulder to shoulder with our allies,” the defence secretary said.")
    assert not _requests(ex)


def test_a_need_of_nobody_is_no_request(run):
    ex = run("Antonio Guterres said it is essential that there be accountability for the killings.")
    assert not _requests(ex)


def test_vital_to_something_is_no_request(run):
    ex = run("Ukraine is vital to European security, the Polish prime minister said.")
    assert not _requests(ex)


def test_it_is_not_necessary_is_no_request(run):
    ex = run("Sergei Lavrov said it was not necessary for Iran to change its position.")
    assert not _requests(ex)


def test_a_past_need_told_as_such_is_no_request(run):
    ex = run("In 1995 it was vital for Serbia and Kosovo to keep the roads open for the convoys.")
    assert not _requests(ex)


def test_being_in_need_is_no_request(run):
    ex = run("The Kenyan government is in need of more aid, William Ruto said.")
    assert not _requests(ex)
