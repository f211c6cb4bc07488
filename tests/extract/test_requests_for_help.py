"""A deed done "after"/"following" a request for help "from X": the parse hangs "from X" on the help
asked for, but X is the one who asked, and whoever acts on the request is the one asked."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_a_request_for_help_from_a_government_is_its_request_to_those_who_answer_it(run, events_of):
    ex = run(
        "Kenya deployed police officers to Haiti after a request for help from Haiti's prime minister."
    )
    asks = events_of(ex, "REQUEST")
    assert any(e.source == ["Q790"] and e.target == ["Q114"] for e in asks)


def test_a_formal_request_for_assistance_before_a_plan_to_send_troops(run, events_of):
    ex = run(
        "Britain and France plan to send troops to Haiti following a formal request for assistance "
        "from the Haitian government."
    )
    asks = events_of(ex, "REQUEST")
    assert any(e.source == ["Q790"] and set(e.target) == {"Q145", "Q142"} for e in asks)


def test_help_asked_from_another_by_the_subject_names_no_other_requester(run):
    # the subject asks NATO: NATO is the one asked, not the asker
    ex = run("France asked for help from NATO after the attacks.")
    assert not [e for e in ex.events if e.plover == "REQUEST" and "Q7184" in e.source]


def test_a_request_for_help_from_another_made_in_the_clause_is_the_subjects_own(run):
    # not a request told as what a deed followed: "from Kenya" names whom help is asked of
    ex = run("Haiti's prime minister renewed his request for help from Kenya on Monday.")
    assert not [e for e in ex.events if e.plover == "REQUEST" and "Q114" in e.source]
