"""Who does a deed where the sentence names the doer only by a pronoun, a short name or a stray "by":
a name in apposition to the office that heads a subject ("Chile's President Gabriel Boric said he
...") is that subject for a later "he"; "they" reported by a state is the state; "the Council" in a
text on the European Union is the Council of the EU; a passive's "by" phrase that the parser hung on
a manner participle ("dispersed using tear gas by the police in Caracas") is its agent."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

CHILE, ISRAEL, BELARUS, UK, IRAN, VENEZUELA = "Q298", "Q801", "Q184", "Q145", "Q794", "Q717"
EU_COUNCIL, UN_COUNCIL = "council-of-the-eu", "Q37470"


def test_he_is_the_name_set_beside_the_office_that_said_it(run, events_of):
    ex = run(
        "Jose Kast attacked the plan on Sunday. "
        "Chile's President Gabriel Boric said he had recalled the country's ambassador to Israel."
    )
    recall = [e for e in events_of(ex, "SANCTION") if ISRAEL in e.target]
    assert recall and all(e.source == ["gabriel-boric"] for e in recall)


def test_he_is_the_office_holder_after_a_reporter_credit(run, events_of):
    ex = run(
        "Chile has recalled its ambassador. VOA's Tom Lee reports from Santiago. "
        "Chile's President Gabriel Boric said he had recalled the country's ambassador to Israel."
    )
    recall = [e for e in events_of(ex, "SANCTION") if ISRAEL in e.target]
    assert recall and "gabriel-boric" in recall[0].source


def test_a_name_beside_a_noun_of_kin_is_not_the_he_of_its_clause(run, events_of):
    ex = run(
        "Opposition leader Juan Perez was freed on Sunday. "
        "His wife, Maria Lopez, said he had met the Spanish ambassador in Madrid."
    )
    (meeting,) = events_of(ex, "CONSULT")
    assert meeting.source == ["juan-perez"]


def test_they_reported_by_a_state_are_that_state(run, events_of):
    ex = run(
        "UK expels Belarusian diplomats. Belarus announced they were expelling the British representatives."
    )
    (expelling,) = [e for e in events_of(ex, "SANCTION") if e.trigger == "expelling"]
    assert expelling.source == [BELARUS]
    assert expelling.target == [UK]


def test_they_who_underwent_a_deed_a_state_reports_are_not_its_doers(run, events_of):
    ex = run("Ukraine said they had been shelled by Russian forces overnight.")
    (shelling,) = events_of(ex, "ASSAULT")
    assert "Q212" not in shelling.source


def test_the_council_of_a_text_on_the_eu_is_the_council_of_the_eu(run, events_of):
    ex = run(
        "The EU has extended its sanctions on Iran. "
        "The Council decided on Monday to impose an asset freeze on eight Iranian officials."
    )
    freeze = [e for e in events_of(ex, "SANCTION") if e.trigger == "asset freeze"]
    assert freeze and freeze[0].source == [EU_COUNCIL]


def test_the_council_of_a_text_on_no_eu_is_not_the_eu_council(run, events_of):
    ex = run("The Council decided on Monday to impose an asset freeze on eight Iranian officials.")
    assert all(EU_COUNCIL not in e.participants for e in ex.events)


def test_the_commission_of_a_text_on_the_eu_is_the_european_commission(run, events_of):
    ex = run(
        "The EU has extended its sanctions on Iran. "
        "The Commission proposed on Monday to impose an asset freeze on eight Iranian officials."
    )
    (proposal,) = events_of(ex, "REQUEST")
    assert proposal.source == ["Q8880"]


def test_a_commission_named_in_full_keeps_its_short_name_in_an_eu_text(run, events_of):
    ex = run(
        "The EU observed the vote. The National Electoral Commission rejected the complaint. "
        "The Commission also accused the opposition of fraud."
    )
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.source == ["national-electoral-commission"]


def test_the_council_after_the_security_council_stays_the_security_council(run, events_of):
    ex = run(
        "The EU welcomed the vote. The Security Council met on Monday. "
        "The Council condemned the attack on the peacekeepers in Mali."
    )
    (condemned,) = [e for e in events_of(ex, "ACCUSE") if e.trigger == "condemned"]
    assert condemned.source == [UN_COUNCIL]


def test_a_by_phrase_hung_on_a_manner_participle_is_the_passives_agent(run, events_of):
    ex = run("The protests were dispersed using tear gas by the police in the capital, Caracas.")
    (dispersal,) = events_of(ex, "COERCE")
    assert dispersal.source == [VENEZUELA]


def test_a_by_with_a_gerund_is_how_it_was_done_not_who_did_it(run, events_of):
    ex = run("The rally was broken up using tear gas by firing canisters into the crowd in Caracas.")
    (dispersal,) = events_of(ex, "COERCE")
    assert dispersal.source == []


def test_encouraged_by_what_another_did_praises_it_and_asks_nothing(run, events_of):
    ex = run("Kenya is encouraged by Sudan's commitment to the ceasefire.")
    assert not [e for e in ex.events if e.plover == "REQUEST"]
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.source == ["Q114"]
    assert praise.target == ["Q1049"]


def test_encouraged_by_someone_to_do_something_still_asks_it(run, events_of):
    ex = run("Iran was encouraged by Russia to resume talks with the IAEA.")
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["Q159"]
    assert request.target == ["Q794"]


def test_the_by_phrase_of_a_participle_the_parse_left_without_roles_does_the_deed(run, events_of):
    ex = run(
        "The death of Captain Luis Ortega in June whilst detained by Venezuela's military intelligence "
        "shocked his family."
    )
    (detention,) = events_of(ex, "COERCE")
    assert detention.source == [VENEZUELA]
    assert detention.target == ["luis-ortega"]


def test_who_is_appalled_by_a_deed_blames_its_doer_not_the_by_phrase(run, events_of):
    ex = run("Kenya was appalled by the attack on the hotel in Nairobi by al-Shabaab.")
    (blame,) = events_of(ex, "ACCUSE")
    assert blame.source == ["Q114"]
    assert blame.target == ["al-shabaab"]


def test_a_place_inside_the_by_phrase_does_not_do_the_deed(run, events_of):
    ex = run(
        "The fishermen went back to their trawlers, which were soon detained by two Iranian gunboats "
        "inside Iraqi waters."
    )
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.source == ["Q794"]
