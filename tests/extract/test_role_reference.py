"""Roles read across sentences and from what a text is: "they" after a plural subject, "they" of a
reported clause, a readout's own principal as "the President", the party a call is for."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

KENYA, SOMALIA, CHAD, SUDAN, EGYPT, ISRAEL, FRANCE = "Q114", "Q1045", "Q657", "Q1049", "Q79", "Q801", "Q142"
PUTIN = "Q7747"


def test_they_are_the_plural_subject_of_the_sentence_before(run, events_of):
    ex = run(
        "The members of the Security Council met in New York on Monday.\n"
        "They urged Kenya and Somalia to resume talks."
    )
    (urge,) = events_of(ex, "REQUEST")
    council = next(a.key for a in ex.actors if "Security Council" in a.label)
    assert urge.source == [council] and set(urge.target) == {KENYA, SOMALIA}


def test_they_are_not_a_subject_further_back_than_the_sentence_before(run, events_of):
    ex = run(
        "The members of the Security Council met in New York on Monday.\n"
        "The weather was cold.\n"
        "Nobody expected much.\n"
        "They urged Kenya and Somalia to resume talks."
    )
    council = next(a.key for a in ex.actors if "Security Council" in a.label)
    assert all(council not in e.source for e in events_of(ex, "REQUEST"))


def test_their_in_the_subjects_own_sentence_is_not_the_subject(run, events_of):
    ex = run("Chadian officials met to discuss the border. Rebels said their attacks on Sudan would go on.")
    assert all(CHAD not in e.source for e in events_of(ex, "ASSAULT"))


def test_a_readouts_president_is_its_principal_though_another_president_is_named(run, events_of):
    ex = run(
        "Telephone conversation with President Emmanuel Macron\n\n"
        "The President thanked France for its support.",
        source="President of Russia official website, kremlin.ru",
    )
    thanks = next(e for e in events_of(ex, "SUPPORT") if FRANCE in e.target)
    assert thanks.source == [PUTIN]


def test_a_call_for_another_to_act_is_aimed_at_it(run, events_of):
    (call,) = events_of(run("Egypt called for Israel to open the crossing."), "REQUEST")
    assert call.source == [EGYPT] and call.target == [ISRAEL]


def test_their_in_a_reported_clause_is_the_tellers(run, events_of):
    ex = run(
        "Sudanese officials said on Monday that ten soldiers were killed on their side of the border in a"
        " clash with Chad."
    )
    (killed,) = events_of(ex, "ASSAULT")
    assert SUDAN in killed.target and SUDAN not in killed.source


def test_a_sentence_of_names_and_titles_is_no_headline_its_people_carry_their_countries(run, events_of):
    ex = run("Serbian President Boris Tadic met Croatian Prime Minister Ivo Sanader in Zagreb.")
    (meeting,) = events_of(ex, "CONSULT")
    people = {a.key: a for a in ex.actors if a.kind == "person"}
    assert len(meeting.participants) == 2 and set(meeting.participants) <= set(people)
    assert {people[k].affiliation for k in meeting.participants} == {"Q403", "Q224"}


def test_what_a_promise_or_a_vow_governs_keeps_its_target(run, events_of):
    (aid,) = events_of(run("Japan pledged aid to the Philippines."), "AID")
    assert aid.source == ["Q17"] and aid.target == ["Q928"]
    (threat,) = events_of(run("Iran vowed retaliation against Israel."), "THREATEN")
    assert threat.source == ["Q794"] and threat.target == [ISRAEL]


def test_what_is_received_is_given_by_the_from_and_to_the_receiver(run, events_of):
    (aid,) = events_of(run("Iraq received military aid from Iran."), "AID")
    assert aid.source == ["Q794"] and aid.target == ["Q796"]


def test_an_agent_is_read_through_a_noun_of_amount(run, events_of):
    (hit,) = events_of(run("Ukraine was hit by a wave of Russian drones."), "ASSAULT")
    assert hit.source == ["Q159"] and hit.target == ["Q212"]


def test_they_after_a_subject_no_event_of_its_sentence_read(run, events_of):
    ex = run(
        "The members of the Security Council underlined the importance of calm on the border.\n"
        "They urged all States to cooperate with Kenya."
    )
    council = next(a.key for a in ex.actors if "Security Council" in a.label)
    (urge,) = events_of(ex, "REQUEST")
    assert urge.source == [council]


def test_who_is_urged_to_act_is_the_one_who_would_act_not_the_urger(run):
    ex = run("The Security Council urged all States to cooperate with Kenya on the inquiry.")
    council = next(a.key for a in ex.actors if "Security Council" in a.label)
    assert all(council not in e.source for e in ex.events if e.plover == "COOPERATE")


def test_a_traveller_leads_the_talks_it_came_for_with_the_state_it_came_to(run, events_of):
    ex = run("Iranian President Ebrahim Raisi arrived in Pakistan on Monday for talks with its leaders.")
    (talks,) = events_of(ex, "CONSULT")
    raisi = next(a.key for a in ex.actors if a.label.endswith("Raisi"))
    assert talks.source == [raisi] and talks.target == ["Q843"]
    (venue,) = events_of(run("The envoy arrived in Vienna for talks with Iran."), "CONSULT")
    assert "Q40" not in venue.participants


def test_both_organizations_are_the_pair_named_before(run, events_of):
    ex = run(
        "The European Union and the African Union criticized the coup in Mali on Monday.\n"
        "Both organizations have threatened sanctions against the junta."
    )
    (threat,) = events_of(ex, "THREATEN")
    assert set(threat.source) == {"Q458", "Q7159"}
