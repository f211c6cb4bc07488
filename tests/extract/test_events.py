"""Event mentions: absorbed words, promises, fallback senses, numbers and places (kg.extract.events)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


def test_a_refusal_absorbs_what_is_refused(run):
    ex = run("Iran refused to accept the ceasefire.")
    assert [e.plover for e in ex.events] == ["REJECT"]
    assert ex.events[0].source == ["Q794"]


def test_a_promise_takes_the_type_of_what_is_promised(run, events_of):
    ex = run("Germany pledged 500 million euros in humanitarian aid on Friday.")
    aid = events_of(ex, "AID")
    assert aid and aid[0].source == ["Q183"] and aid[0].modality == "planned"
    assert aid[0].date == "2024-03-08"  # the pledge was made last Friday
    assert "AGREE" not in {e.plover for e in ex.events}


def test_quantities_are_read(run, events_of):
    ex = run("Russia launched 40 drones at Ukraine overnight, killing 12 civilians.")
    strike = events_of(ex, "ASSAULT")[0]
    kinds = {q.kind: q.value for q in strike.quantities}
    assert kinds.get("weapons") == 40


def test_place_of_an_event(run):
    ex = run("Secretary of State Marco Rubio met Foreign Minister Sergey Lavrov in Geneva on Monday.")
    (meeting,) = [e for e in ex.events if e.plover == "CONSULT"]
    assert meeting.place == "Geneva"
    ex = run("Russia launched drones at Ukraine overnight.")
    assert all(e.place is None for e in ex.events)


@pytest.mark.parametrize(
    "text",
    [
        "Tehran vows response.",
        "Iran vowed revenge.",
        "Iran vowed to retaliate.",
        "Iran promised retaliation.",
    ],
)
def test_a_vow_of_retaliation_is_a_threat(run, text, events_of):
    ex = run(text, published=SATURDAY)
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == ["Q794"] and threat.modality == "asserted"
    assert not [e for e in ex.events if e.plover == "AGREE"]


def test_welcomed_ceasefire_and_both_sides(run, events_of):
    ex = run(
        "The Secretary welcomed the ceasefire between India and Pakistan and encouraged both sides to "
        "maintain direct communication.",
        source="U.S. Department of State, Office of the Spokesperson",
        published=SATURDAY,
    )
    (support,) = events_of(ex, "SUPPORT")
    assert set(support.target) == {"Q668", "Q843"}
    (request,) = events_of(ex, "REQUEST")
    assert set(request.target) == {"Q668", "Q843"}


def test_a_summit_where_ties_are_pledged_is_not_what_is_pledged(run):
    ex = run("France and India pledged closer ties at a summit in Paris.", published=SATURDAY)
    assert not [e for e in ex.events if e.plover == "CONSULT" and e.mentions[0].trigger.text == "pledged"]
