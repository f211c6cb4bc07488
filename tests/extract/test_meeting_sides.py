"""Who a meeting is held with: objects a place splits ("met A in X and B in Y") and a side the text
names only by a noun of its kind ("consultations with key allies")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

MACRON, SCHOLZ, RUTTE = "Q3052772", "Q61053", "Q57792"


def test_objects_split_by_places_are_two_meetings(run, events_of):
    ex = run("Emmanuel Macron met with Olaf Scholz in Berlin and Mark Rutte in The Hague on 4 and 5 March.")
    meetings = events_of(ex, "CONSULT")
    assert sorted(sorted(e.participants) for e in meetings) == sorted(
        [sorted([MACRON, SCHOLZ]), sorted([MACRON, RUTTE])]
    )


def test_two_places_of_one_counterpart_are_no_second_party(run, events_of):
    ex = run("Emmanuel Macron met with Olaf Scholz in Berlin and Potsdam last week.")
    meetings = events_of(ex, "CONSULT")
    assert [sorted(e.participants) for e in meetings] == [sorted([MACRON, SCHOLZ])]


def test_consultations_with_unnamed_allies_are_held_by_the_named_side(run, events_of):
    ex = run(
        "Emmanuel Macron is in Berlin on Wednesday for consultations with key allies about the war, "
        "as he prepares for talks on Friday with Mark Rutte in Brussels."
    )
    meetings = events_of(ex, "CONSULT")
    assert [MACRON] in [e.participants for e in meetings]
    assert any(set(e.participants) == {MACRON, RUTTE} for e in meetings)


def test_an_agreement_with_unnamed_officials_needs_two_parties(run):
    ex = run("Emmanuel Macron said they did not reach any agreements with the officials.")
    assert not [e for e in ex.events if e.plover == "AGREE"]
