"""Who speaks in a statement and who its pronouns are: the office holder of a body's principal who
says "I" in a statement by that office, the group a statement names as "we" ("We, the Leaders of X"),
the plural subject whose "their" a verb's object carries, a body's short name ("the Council"), and
the deeds and objects that name no source of their own."""

from __future__ import annotations

from datetime import date

from kg.extract.language import load_language
from kg.extract.publisher import publisher_of
from kg.model import Document

PUBLISHED = date(2024, 3, 14)

UN, COUNCIL, KENYA, UGANDA, UK = "Q1065", "Q37470", "Q114", "Q1036", "Q145"
SG_SOURCE = "UN Secretary-General statement, text reproduced in full by a news site"


def test_a_secretary_general_statement_is_the_uns():
    sources = (SG_SOURCE, "UN press release, Council press statement", "statement by the Secretary-General")
    for source in sources:
        pub = publisher_of(Document(id="t", text="", source=source), load_language())
        assert pub.body == UN and pub.principal


def test_i_in_a_statement_by_the_secretary_general_is_its_holder(run, events_of):
    ex = run(
        "Statement by the Secretary-General on the shelling of Kampala\n\n"
        "I strongly condemn the shelling of Kampala by the armed forces of Kenya. "
        "I call on Kenya to stop the shelling at once.",
        source=SG_SOURCE,
        title="Statement by the Secretary-General on the shelling of Kampala",
    )
    (accuse,) = events_of(ex, "ACCUSE")
    assert accuse.source == ["antonio-guterres"]
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["antonio-guterres"] and KENYA in request.target


def test_i_in_a_bodys_story_not_by_its_principal_is_no_office_holder(run):
    ex = run(
        "Shelling of Kampala\n\nI strongly condemn the shelling of Kampala by the armed forces of Kenya.",
        source="UN News story",
        title="Shelling of Kampala",
    )
    assert all("antonio-guterres" not in e.participants for e in ex.events)


def test_we_named_in_apposition_are_the_texts_we(run, events_of):
    ex = run(
        "Leaders' statement on the attack against Uganda\n\n"
        "We, the Leaders of the G7, condemn in the strongest terms Kenya's attack against Uganda. "
        "We express our full solidarity and support to Uganda.",
        source="statement released by the White House",
        title="Leaders' statement on the attack against Uganda",
    )
    (accuse,) = events_of(ex, "ACCUSE")
    assert accuse.source == ["g7"] and accuse.target == [KENYA]
    (support,) = events_of(ex, "SUPPORT")
    assert support.source == ["g7"] and UGANDA in support.target


def test_their_on_the_object_of_a_plural_subject_is_the_subjects(run, events_of):
    ex = run(
        "The members of the Security Council took note of the talks between Kenya and Uganda, and "
        "expressed their support for the mediation efforts."
    )
    support = events_of(ex, "SUPPORT")
    assert all(s == COUNCIL for e in support for s in e.source)
    assert any(e.source == [COUNCIL] for e in support)


def test_the_councils_members_are_the_council_named_before(run, events_of):
    ex = run(
        "The Security Council met in New York on Monday. "
        "Council members condemned the attack on the Ugandan army by Kenyan troops."
    )
    (accuse,) = events_of(ex, "ACCUSE")
    assert accuse.source == [COUNCIL]


def test_a_noun_of_the_deed_beside_its_verb_is_one_event(run, events_of):
    ex = run(
        "The members of the Security Council expressed their deepest sympathy and condolences to the "
        "Government of Uganda."
    )
    (support,) = events_of(ex, "SUPPORT")
    assert support.source == [COUNCIL] and support.target == [UGANDA]


def test_a_past_verb_after_an_infinitive_clause_is_the_first_subjects(run, events_of):
    ex = run(
        "The Prime Minister underlined the fact that only a political solution can end the crisis and "
        "welcomed Kenya's role in hosting the negotiations.",
        source="Prime Minister's Office, 10 Downing Street",
    )
    welcome = next(e for e in events_of(ex, "SUPPORT") if KENYA in e.target)
    assert welcome.source and UK not in welcome.source


def test_a_meeting_verbs_object_event_names_no_guest(run, events_of):
    ex = run(
        "The Security Council welcomed the Secretary-General's proposals to expand the mission.",
        source="UN press release",
    )
    assert not [e for e in ex.events if e.plover == "CONSULT"]
    (support,) = events_of(ex, "SUPPORT")
    assert support.source == [COUNCIL]


def test_whom_a_headline_deed_is_aimed_at_is_not_its_doer(run):
    ex = run(
        "Council Condemns Attack against UNMISS Peacekeepers in Juba, South Sudan\n\n"
        "The Security Council condemned the attack."
    )
    assert all("unmiss" not in e.source for e in ex.events if e.plover == "ASSAULT")


def test_we_of_a_secretary_general_is_the_un_not_his_home_state(run):
    ex = run(
        "“We must do everything to stop a wider war between Kenya and Uganda,”"
        " António Guterres told reporters."
    )
    keys = {a.key for a in ex.actors}
    assert "Q45" not in keys  # Portugal: his nationality, not the body he speaks for
    (guterres,) = [a for a in ex.actors if a.key == "antonio-guterres"]
    assert guterres.affiliation == UN


def test_a_former_office_holder_is_of_their_state_after_the_office(run):
    ex = run("Ban Ki-moon visited Seoul.", published=date(2024, 3, 14))
    (ban,) = [a for a in ex.actors if a.label == "Ban Ki-moon"]
    assert ban.affiliation != UN
    ex = run("Ban Ki-moon visited Seoul.", published=date(2012, 3, 14))
    (ban,) = [a for a in ex.actors if a.label == "Ban Ki-moon"]
    assert ban.affiliation == UN
