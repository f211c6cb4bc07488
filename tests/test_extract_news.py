"""The extractor on wire-news patterns: present-tense headlines, "call on X to", reporting verbs that
date what they report, warnings, positions dropped, weapons tests and "hours earlier"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of, runner

SATURDAY = date(2025, 6, 14)


@pytest.fixture(scope="module")
def run(pipeline):
    return runner(pipeline, SATURDAY)



def test_present_tense_headline_joins_the_body_event(run):
    title = "Iran Launches Drone Attack on Israel"
    body = "Iran launched dozens of drones at Israel on Friday, the Israeli army said."
    ex = run(f"{title}\n{body}", title=title)
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.modality == "asserted" and attack.date == "2025-06-13"
    assert attack.source == ["Q794"] and attack.target == ["Q801"]
    assert [m.sentence.index for m in attack.mentions] == [0, 1]


def test_called_on_makes_the_object_the_target(run):
    ex = run("Tokyo called on Beijing to stop its patrols near the islands.")
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["Q17"] and request.target == ["Q148"]


def test_reported_event_takes_the_date_of_the_reporting_verb(run):
    ex = run("Turkey rejected the plan, Foreign Minister Hakan Fidan told reporters on Wednesday.")
    (reject,) = events_of(ex, "REJECT")
    assert reject.source == ["Q43"] and reject.date == "2025-06-11"


def test_a_warning_that_one_would_retaliate_is_a_threat_made(run):
    ex = run("Iran warned on Thursday that it would retaliate against Israel.")
    (threat,) = events_of(ex, "THREATEN")
    assert threat.modality == "asserted" and threat.source == ["Q794"] and threat.target == ["Q801"]
    assert threat.date == "2025-06-12"


@pytest.mark.parametrize(
    "text, source",
    [
        ("Austria dropped its veto.", "Q40"),
        ("Poland lifted its objection to the deal.", "Q36"),
        ("Turkey withdrew its opposition to the agreement.", "Q43"),
    ],
)
def test_a_position_dropped_is_a_concession(run, text, source):
    ex = run(text)
    (concede,) = events_of(ex, "CONCEDE")
    assert concede.modality == "asserted" and concede.source == [source]
    assert not [e for e in ex.events if e.plover in ("REJECT", "RETREAT")]


def test_test_fired_missiles_are_a_weapons_test(run):
    ex = run("Pyongyang test-fired a cruise missile off its west coast.")
    (test,) = events_of(ex, "MOBILIZE")
    assert test.source == ["Q423"]


def test_hours_later_keeps_the_day_of_the_event_before(run):
    # the parties differ: only "hours later" ties the second strike to the first one's day
    ex = run("Israel struck Beirut on Thursday. Hours later, Russian drones hit Kyiv.")
    dates = {tuple(e.source): e.date for e in events_of(ex, "ASSAULT")}
    assert dates == {("Q801",): "2025-06-12", ("Q159",): "2025-06-12"}


def test_a_summit_where_ties_are_pledged_is_not_what_is_pledged(run):
    ex = run("France and India pledged closer ties at a summit in Paris.")
    assert not [e for e in ex.events if e.plover == "CONSULT" and e.mentions[0].trigger.text == "pledged"]
