"""A verb joined to what a request asks for is asked for too, not an event of its own
(kg.extract.requests, ``asked_with``): "urged X to stop the raids and withdraw its troops"; a verb
in a tense of its own, one joined to no request, and a second call stay events."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _types(ex) -> list[str]:
    return sorted(e.plover for e in ex.events)


def test_a_withdrawal_joined_to_what_is_urged_is_asked_for(run):
    ex = run("France called on Iran to stop its attacks and withdraw its forces from the border.")
    assert "RETREAT" not in _types(ex)
    assert "REQUEST" in _types(ex)


def test_a_release_joined_to_what_is_demanded_is_asked_for(run):
    ex = run("Japan demanded that the junta halt the raids and release the detained reporters.")
    assert "CONCEDE" not in _types(ex)


def test_a_withdrawal_told_in_a_tense_of_its_own_happened(run):
    ex = run("The council urged Sudan to leave the town, and Sudan withdrew its forces on Friday.")
    assert "RETREAT" in _types(ex)


def test_deeds_joined_with_no_request_are_events(run):
    ex = run("Russia halted the offensive and withdrew its troops from the region.")
    assert "RETREAT" in _types(ex)


def test_a_call_joined_to_what_is_urged_is_a_call_of_its_own(run):
    ex = run("We urge all countries to condemn the launch and call on North Korea to return to talks.")
    requests = [e for e in ex.events if e.plover == "REQUEST"]
    assert any("Q423" in e.target for e in requests)
