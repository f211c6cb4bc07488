"""Whose voice a statement is when the sentence names no one: a lowercase title of a state names that
state's office holder ("the U.S. president said", "Mali's prime minister accused"); an impersonal
demand ("it is imperative that X and Y ...") is made by its speaker of those it names; "we" in an
official statement no publisher list knows is the state or body its opening sentence speaks for; the
words of a text titled "Name: ..." are that person's."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

BIDEN, US = "Q6279", "Q30"
MALI = "Q912"
RUSSIA, UKRAINE = "Q159", "Q212"
EU = "Q458"


def test_a_lowercase_title_of_a_state_names_its_holder(run, events_of):
    ex = run(
        "President Joe Biden imposed new sanctions on Iran on Wednesday. \"These attacks are "
        'unacceptable," the U.S. president said, condemning Iran.'
    )
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.source == [BIDEN]


def test_a_lowercase_title_of_a_state_names_the_holder_named_before(run, events_of):
    ex = run(
        "Malian Prime Minister Oumar Tiendrebeogo visited Gao on Saturday. Mali's prime minister "
        "accused the rebels of attacking the town."
    )
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.source == ["oumar-tiendrebeogo"]
    assert MALI not in accusation.participants


def test_a_lowercase_title_of_a_state_with_no_known_holder_stays_the_state(run, events_of):
    ex = run("Mali's prime minister accused the rebels of attacking the town.")
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.source == [MALI]


def test_an_impersonal_demand_is_its_speakers_of_those_it_names(run, events_of):
    ex = run('"It is imperative that Russia and Ukraine return to the talks," Ingrid Halvorsen said.')
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["ingrid-halvorsen"]
    assert set(request.target) == {RUSSIA, UKRAINE}


def test_an_impersonal_demand_goes_on_with_the_words_reported_before(run, events_of):
    ex = run(
        "Ms. Ingrid Halvorsen stressed that the talks were vital. It is therefore imperative that Russia "
        "and Ukraine return to the talks."
    )
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["ingrid-halvorsen"]
    assert set(request.target) == {RUSSIA, UKRAINE}


def test_an_impersonal_demand_after_a_new_paragraph_is_no_one_elses(run, events_of):
    ex = run(
        "Ms. Ingrid Halvorsen stressed that the talks were vital.\n\nIt is therefore imperative that "
        "Russia and Ukraine return to the talks."
    )
    assert all("ingrid-halvorsen" not in e.source for e in events_of(ex, "REQUEST"))


def test_a_subject_that_holds_a_stance_is_no_impersonal_demand(run):
    ex = run("Russia is committed to the talks with Ukraine.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]


STATEMENT = "Statement on the Arrests in Cambodia"


def test_we_of_an_unlisted_statement_is_the_body_its_opening_speaks_for(run, events_of):
    text = (
        f"{STATEMENT}\n\nThe European Union expresses its deep concern at the arrests of opposition "
        "leaders in Cambodia. We call upon the Government of Cambodia to release them."
    )
    ex = run(text, title=STATEMENT, source="press release")
    (request,) = events_of(ex, "REQUEST")
    assert request.source == [EU]


def test_we_of_a_statement_opening_with_a_past_report_is_not_guessed(run, events_of):
    text = (
        f"{STATEMENT}\n\nThe European Union expressed its deep concern at the arrests of opposition "
        "leaders in Cambodia. We call upon the Government of Cambodia to release them."
    )
    ex = run(text, title=STATEMENT, source="press release")
    assert all(EU not in e.source for e in events_of(ex, "REQUEST"))


def test_the_words_of_a_text_titled_with_a_name_are_that_persons(run, events_of):
    title = 'Halvorsen: "the talks are the only way"'
    text = f"{title}\n\nIt is imperative that Russia and Ukraine return to the talks."
    ex = run(text, title=title, source="briefing to the Council")
    (request,) = events_of(ex, "REQUEST")
    assert request.source and ex_person(ex, request.source[0])


def ex_person(ex, key: str) -> bool:
    return any(a.key == key and a.kind == "person" for a in ex.actors)


def test_who_confirms_an_invitation_makes_it(run, events_of):
    ex = run("Kenya confirmed the invitation to Ethiopia to take part in the summit.")
    (invitation,) = events_of(ex, "REQUEST")
    assert invitation.source == ["Q114"] and invitation.target == ["Q115"]


def test_who_confirms_a_deed_does_not_do_it(run, events_of):
    ex = run("Kenya confirmed the attack on the convoy by Somali militants of al-Shabab.")
    assert all("Q114" not in e.source for e in events_of(ex, "ASSAULT"))


def test_one_summoned_for_a_meeting_is_met_by_who_summoned(run, events_of):
    ex = run("Kenya's foreign minister Amina Odhiambo summoned Eritrea's ambassador for a meeting on Friday.")
    (meeting,) = events_of(ex, "CONSULT")
    assert meeting.source == ["amina-odhiambo"] and meeting.target == ["Q986"]


def test_one_summoned_over_a_deed_is_accused_of_it(run, events_of):
    ex = run("Kenya summoned Eritrea's ambassador for the shelling of its border posts.")
    assert any(e.target == ["Q986"] or "Q986" in e.target for e in events_of(ex, "ACCUSE"))


def test_we_in_a_quotation_carried_on_is_its_speakers(run, events_of):
    ex = run(
        '"The talks are vital," said Kenyan foreign minister Amina Odhiambo. "We urge Ethiopia and '
        'Eritrea to return to the table."'
    )
    (request,) = events_of(ex, "REQUEST")
    assert "amina-odhiambo" in request.source
    assert set(request.target) == {"Q115", "Q986"}



def test_one_prompted_to_act_does_it(run, events_of):
    ex = run("Japan renewed its claim to the islands, prompting South Korea to summon a Japanese diplomat.")
    (summons,) = events_of(ex, "ACCUSE")
    assert summons.source == ["Q884"] and summons.target == ["Q17"]


def test_what_prompts_no_one_leaves_the_doer_its_subject(run, events_of):
    ex = run("Japan summoned a South Korean diplomat on Monday, prompting protests in Seoul.")
    (summons,) = events_of(ex, "ACCUSE")
    assert summons.source == ["Q17"] and summons.target == ["Q884"]
