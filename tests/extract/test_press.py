"""Talk with the press is no meeting or call between parties."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

RUTO, MOHAMUD = "william-ruto", "hassan-sheikh-mohamud"


def _talks(ex) -> list:
    return [e for e in ex.events if e.event_class in ("PhoneCall", "Meeting") or e.plover == "CONSULT"]


def test_telling_reporters_on_a_call_is_no_call(run):
    ex = run("Kenyan President William Ruto told reporters on a conference call that the talks had failed.")
    assert _talks(ex) == []


def test_speaking_to_a_broadcaster_by_phone_is_no_call(run):
    ex = run("Somali President Hassan Sheikh Mohamud spoke to the BBC by phone on Monday.")
    assert _talks(ex) == []


def test_a_call_between_two_leaders_stays(run, events_of):
    ex = run(
        "Kenyan President William Ruto spoke to Somali President Hassan Sheikh Mohamud by phone on Monday."
    )
    (call,) = events_of(ex, "CONSULT")
    assert {RUTO, MOHAMUD} <= set(call.participants)


def test_the_outlet_a_party_tells_of_a_meeting_is_no_party_to_it(run, events_of):
    ex = run(
        "The rebel leader told Reuters after leaving the meeting with President Salva Kiir "
        "that issues remained."
    )
    (meeting,) = events_of(ex, "CONSULT")
    labels = {a.key: a.label for a in ex.actors}
    assert "Reuters" not in [labels.get(k) for k in meeting.participants]
    assert meeting.participants
