"""The direction of a visit told from the host's side: the guest who comes is its source, the host
its target, whether the host is the subject ("X received Y") or the agent of a passive ("Y was
received by X")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

JAPAN, FRANCE, INDIA = "Q17", "Q142", "Q668"


def test_the_one_received_by_a_host_is_the_visitor(run, events_of):
    ex = run("Chilean President Gabriel Boric was received by King Felipe VI at the Royal Palace on Monday.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == ["gabriel-boric"]
    assert visit.target == ["king-felipe-vi"]


def test_a_host_as_subject_is_the_target(run, events_of):
    ex = run("Japan hosted Australian Prime Minister Anthony Albanese in Tokyo on Monday.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == ["anthony-albanese"]
    assert visit.target == [JAPAN]


def test_the_place_a_guest_is_welcomed_to_stays_the_hosts(run, events_of):
    ex = run("President Emmanuel Macron welcomed the Indian delegation to Paris.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == [INDIA]
    assert FRANCE not in visit.source


def test_a_visit_paid_is_still_the_visitors(run, events_of):
    ex = run("Australian Prime Minister Anthony Albanese visited Japan on Monday.")
    (visit,) = events_of(ex, "CONSULT")
    assert visit.source == ["anthony-albanese"]
    assert visit.target == [JAPAN]


def test_a_meeting_told_twice_keeps_who_led_it(run, events_of):
    ex = run(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dodoma on Thursday. "
        "Hassan and Ruto held talks on trade and security at the meeting."
    )
    (meeting,) = events_of(ex, "CONSULT")
    assert meeting.source == ["william-ruto"]
    assert meeting.target == ["samia-suluhu-hassan"]
