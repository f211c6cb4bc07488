"""A second event beside the one a clause tells: the undertaking a promise proper makes besides what
it promises (kg.extract.promises), and a meeting in a phrase that tells when the clause's act is done
("after meeting X", "before meeting X"), which is no part of that act (kg.extract.circumstances,
ontology/language.yaml circumstance_preps)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _types(ex) -> list[str]:
    return sorted(e.plover for e in ex.events)


def test_a_promise_to_free_captives_is_an_undertaking_and_a_release_to_come(run, events_of):
    ex = run("The M23 rebels promised on Monday to release the captured Congolese soldiers.")
    (release,) = events_of(ex, "CONCEDE")
    (promise,) = events_of(ex, "AGREE")
    assert release.modality == "planned"
    assert promise.modality == "asserted"
    assert promise.source == release.source


def test_the_undertaking_is_made_to_whom_the_promise_names(run, events_of):
    ex = run("Russia promised Turkey a withdrawal of its troops from the border area.")
    (promise,) = events_of(ex, "AGREE")
    assert promise.source == ["Q159"] and promise.target == ["Q43"]
    assert events_of(ex, "RETREAT")


def test_a_promise_of_harm_is_a_threat_and_no_undertaking(run, events_of):
    ex = run("Iran promised to retaliate against Israel for the strike on its consulate.")
    assert events_of(ex, "THREATEN")
    assert "AGREE" not in _types(ex)


def test_a_promise_of_help_is_the_help_pledged(run, events_of):
    ex = run("Turkey promised to help Qatar weather the blockade.")
    assert "AGREE" not in _types(ex)


def test_a_pledge_tells_only_what_it_pledges(run, events_of):
    ex = run("Germany pledged on Tuesday to withdraw its troops from Mali.")
    assert events_of(ex, "RETREAT")
    assert "AGREE" not in _types(ex)


def test_a_meeting_after_which_a_pledge_is_made_is_no_part_of_the_pledge(run, events_of):
    ex = run("After meeting French President Emmanuel Macron in Paris, Scholz pledged more aid to Ukraine.")
    (meeting,) = events_of(ex, "CONSULT")
    assert meeting.modality == "asserted"
    assert len(meeting.participants) == 2
    (aid,) = events_of(ex, "AID")
    assert "Q212" in aid.target and not set(meeting.participants) & set(aid.target)


def test_a_meeting_before_which_a_pledge_is_made_is_no_part_of_the_pledge(run, events_of):
    ex = run("Scholz pledged more aid to Ukraine before meeting Macron in Paris.")
    (aid,) = events_of(ex, "AID")
    (meeting,) = events_of(ex, "CONSULT")
    assert "macron" not in " ".join(aid.participants).lower()
    assert len(meeting.participants) == 2


def test_a_meeting_a_promise_is_of_stays_what_is_promised(run, events_of):
    ex = run("Scholz promised to meet Macron in Paris next week.")
    (meeting,) = events_of(ex, "CONSULT")
    assert meeting.modality == "planned"
