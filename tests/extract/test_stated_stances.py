"""A stance noun a named owner holds, taken as the object of a verb of saying again or stressing
("reiterated the United States' concern about X", "emphasized Japan's commitment"): the owner's stated
stance is an event even where no one it is aimed at is named (kg.extract.agency.stated_stance); an
owner's stance another verb speaks of ("doubted Russia's commitment") gains nothing from it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

US, JAPAN, RUSSIA, ISRAEL = "Q30", "Q17", "Q159", "Q801"


def test_a_reiterated_concern_is_its_owners_with_another_event_beside_it(run, events_of):
    ex = run(
        "The President reiterated the United States' deep concern about the rising number of civilian "
        "deaths and urged Israel to protect civilians."
    )
    (accuse,) = events_of(ex, "ACCUSE")
    assert accuse.source == [US]
    (request,) = events_of(ex, "REQUEST")
    assert ISRAEL in request.target


def test_a_stressed_concern_in_a_statement(run, events_of):
    ex = run(
        "In a statement on Tuesday, the ministry underlined Japan's grave concern over the repeated "
        "missile launches and called on Pyongyang to return to talks."
    )
    assert any(e.source == [JAPAN] for e in events_of(ex, "ACCUSE"))


def test_a_stance_another_verb_speaks_of_is_not_made_by_it(run):
    ex = run(
        "Analysts doubted Russia's commitment during the long talks and urged Israel to protect civilians."
    )
    assert not [e for e in ex.events if e.plover == "SUPPORT" and e.source == [RUSSIA] and not e.target]
