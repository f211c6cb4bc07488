"""Asserted, planned, hypothetical, negated (kg.extract.modality)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Olaf Scholz and Emmanuel Macron were scheduled to meet in Paris.", "planned"),
        ("Olaf Scholz will meet Emmanuel Macron next month.", "planned"),
        ("Olaf Scholz could meet Emmanuel Macron if the talks go well.", "hypothetical"),
        ("Olaf Scholz did not meet Emmanuel Macron.", "negated"),
        ("Olaf Scholz met Emmanuel Macron.", "asserted"),
    ],
)
def test_modality(run, text, modality, events_of):
    meeting = events_of(run(text), "CONSULT")
    assert meeting and meeting[0].modality == modality


def test_pushing_for_a_meeting_makes_it_hypothetical(run, events_of):
    ex = run("Emmanuel Macron pushed for a meeting with Olaf Scholz and Mark Rutte.")
    assert events_of(ex, "REQUEST")[0].modality == "asserted"
    meeting = events_of(ex, "CONSULT")
    assert meeting and meeting[0].modality == "hypothetical"
    assert {"Q3052772", "Q61053", "Q57792"} <= set(meeting[0].participants)


def test_a_warning_that_one_would_retaliate_is_a_threat_made(run, events_of):
    ex = run("Iran warned on Thursday that it would retaliate against Israel.", published=SATURDAY)
    (threat,) = events_of(ex, "THREATEN")
    assert threat.modality == "asserted" and threat.source == ["Q794"] and threat.target == ["Q801"]
    assert threat.date == "2025-06-12"


@pytest.mark.parametrize(
    "text, plover",
    [
        ("Serbia will keep its head high and will not give in to attacks.", "ASSAULT"),
        ("Venezuela denies it has ever aided the guerrillas.", "AID"),
        ("A Pakistani officer was not authorized to discuss the matter with reporters.", "CONSULT"),
    ],
)
def test_what_one_party_did_not_do_is_no_event(run, text, plover):
    ex = run(text)
    assert ex.actors and plover not in {e.plover for e in ex.events}


def test_what_did_not_happen_between_two_parties_is_a_negated_event(run, events_of):
    (attack,) = events_of(run("Russia did not attack Finland."), "ASSAULT")
    assert attack.modality == "negated" and set(attack.participants) == {"Q159", "Q33"}
