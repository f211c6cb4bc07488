"""Definite descriptions: "the kingdom", "the alliance", "the country" with no name of their own stand
for the actor of that kind named last, and for nobody where that is unsure."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

JAPAN, CHINA, SAUDI, QATAR, ISRAEL, EGYPT = "Q17", "Q148", "Q851", "Q846", "Q801", "Q79"
KENYA, UGANDA, ERITREA = "Q114", "Q1036", "Q986"
NATO, RUSSIA = "Q7184", "Q159"


def test_the_island_nation_is_the_state_named_before(run, events_of):
    ex = run("Japan hosted a summit in Tokyo on Monday. The island nation condemned China on Tuesday.")
    (accuse,) = [e for e in events_of(ex, "ACCUSE") if CHINA in e.target]
    assert accuse.source == [JAPAN]


def test_the_alliance_is_the_body_named_before(run, events_of):
    ex = run("NATO ministers gathered on Monday. The alliance denounced Russia on Wednesday.")
    (accuse,) = [e for e in events_of(ex, "ACCUSE") if RUSSIA in e.target]
    assert accuse.source == [NATO]


def test_the_kingdom_as_subject_is_the_subject_before_when_two_states_are_named(run, events_of):
    ex = run("Saudi Arabia warned Qatar on Sunday. The kingdom condemned Israel on Monday.")
    (accuse,) = [e for e in events_of(ex, "ACCUSE") if ISRAEL in e.target]
    assert accuse.source == [SAUDI]


def test_the_government_is_the_state_named_before_not_the_one_named_most(run, events_of):
    ex = run(
        "Kenya summoned the Eritrean envoy over Eritrea's support for the rebels on Monday. "
        "The government denounced Eritrea on Tuesday."
    )
    (accuse,) = [e for e in events_of(ex, "ACCUSE") if e.date and e.date.startswith("2024-03-12")]
    assert accuse.source == [KENYA] and accuse.target == [ERITREA]


def test_two_states_of_the_same_sentence_leave_the_country_unresolved(run, events_of):
    ex = run("Kenya and Uganda held talks on Monday. The country condemned Eritrea on Tuesday.")
    for e in events_of(ex, "ACCUSE"):
        assert KENYA not in e.source and UGANDA not in e.source


def test_a_state_named_only_as_a_place_is_not_the_country(run, events_of):
    ex = run("Delegates gathered in Egypt on Monday. The country condemned Israel on Tuesday.")
    assert all(EGYPT not in e.source for e in ex.events)


def test_the_country_does_not_reach_across_a_paragraph(run):
    ex = run("Qatar hosted talks on Monday.\n\nThe country condemned Israel on Tuesday.")
    assert all(QATAR not in e.source for e in ex.events)


def test_an_armed_organization_is_not_the_alliance_named_before(run):
    ex = run("NATO ministers gathered on Monday. The insurgent organization attacked a base in Mali.")
    assert all(NATO not in e.source for e in ex.events)


def test_a_place_phrase_is_no_reference(run):
    ex = run("Japan hosted a summit on Monday. Fighting across the country alarmed China.")
    assert all(JAPAN not in e.participants for e in ex.events if e.plover == "ASSAULT")
