"""Whose a deed's object is and who did it, where the parse hides it: an "of" phrase names the owner
of a thing raided or struck, as a possessive does; a clause's subject the parser took for the object of
the word opening the clause ("after the UN last week imposed sanctions") is still the subject."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA, UGANDA, SOMALIA = "Q114", "Q1036", "Q1045"


def test_the_owner_in_an_of_phrase_on_a_raided_thing_is_the_target(run, events_of):
    ex = run("Kenyan troops attacked the headquarters of al-Shabab in the port city on Monday.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [KENYA]
    assert "al-shabaab" in attack.target


def test_the_owner_of_offices_the_police_raided_is_the_target(run, events_of):
    ex = run("Police in Uganda on Tuesday raided the offices of opposition leader Kizza Besigye.")
    (raid,) = events_of(ex, "COERCE")
    assert raid.source == ["ugandan-police", UGANDA]
    assert raid.target == ["kizza-besigye"]


def test_an_of_phrase_naming_no_actor_gives_no_target(run, events_of):
    ex = run("Ugandan police raided the offices of a small newspaper on Tuesday.")
    (raid,) = events_of(ex, "COERCE")
    assert raid.source == ["ugandan-police", UGANDA] and raid.target == []


def test_a_subject_the_parser_hung_on_after_is_the_clause_subject(run, events_of):
    ex = run("Kenya closed its border after Somalia on Tuesday expelled its ambassador.")
    (expel,) = events_of(ex, "SANCTION")
    assert expel.source == [SOMALIA]


def test_a_time_phrase_on_its_own_is_no_stray_subject(run, events_of):
    ex = run("After the talks with Somalia on Tuesday, Kenya expelled the Somali ambassador.")
    (expel,) = events_of(ex, "SANCTION")
    assert expel.source == [KENYA]


def test_the_members_listed_of_a_group_detained_were_detained(run, events_of):
    ex = run("Those detained on Tuesday include opposition leader Kizza Besigye and singer Bobi Wine.")
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.source == []
    assert set(arrest.target) == {"kizza-besigye", "bobi-wine"}


def test_the_agent_of_the_participle_detained_the_members_listed(run, events_of):
    ex = run("Those detained by Ugandan police on Tuesday include opposition leader Kizza Besigye.")
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.source == ["ugandan-police", UGANDA] and arrest.target == ["kizza-besigye"]


def test_what_a_group_detained_does_to_others_lists_no_members(run, events_of):
    ex = run("Those detained on Tuesday have blamed Kizza Besigye for the violence.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.target == ["kizza-besigye"]
    assert all("kizza-besigye" not in e.target for e in ex.events if e.plover == "COERCE")


def test_the_subject_a_passive_conjunct_shares_undergoes_what_its_agent_does(run, events_of):
    ex = run("Al-Shabab controlled the port until 2012 but was ousted by Kenyan troops.")
    (ouster,) = events_of(ex, "COERCE")
    assert ouster.source == [KENYA] and ouster.target == ["al-shabaab"]


def test_a_passive_conjunct_with_no_named_agent_leaves_the_subject_its_doer(run, events_of):
    ex = run("Kenya is a close partner of Uganda and is committed to supporting its army.")
    assert all(KENYA not in e.target for e in ex.events)


def test_the_of_on_what_someone_does_is_no_owned_thing(run, events_of):
    # (a deed's "of" names its doer, not a thing of theirs the attack is done to)
    ex = run("Ugandan police attacked the campaign of Kizza Besigye.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["ugandan-police", UGANDA] and attack.target == []
