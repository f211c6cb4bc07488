"""A readout's title names the call its lead tells, not the meeting the call agreed on; a summit named
by its own name ("the G20 summit") points back to no event told before; what leaders agree to do is
still to come."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2013, 4, 29)
TITLE = "Telephone conversation with President of the United States Barack Obama"
BODY = (
    "Vladimir Putin had a telephone conversation with President of the United States Barack Obama on "
    "the American side's initiative.\n\n"
    "In particular, the leaders discussed issues of intensifying cooperation between special services.\n\n"
    "Vladimir Putin and Barack Obama confirmed their agreement to meet this year at the G8 summit in "
    "mid-June and during the President of the United States' visit to St Petersburg prior to the G20 "
    "summit."
)


def _readout(run):
    return run(f"{TITLE}\n\n{BODY}", title=TITLE)


def test_the_title_joins_the_call_of_the_lead(run, events_of):
    talks = events_of(_readout(run), "CONSULT")
    (call,) = [e for e in talks if any(m.sentence.index == 0 for m in e.mentions)]
    assert call.event_class == "PhoneCall" and call.modality == "asserted"
    assert any(m.sentence.index == 1 for m in call.mentions)


def test_a_meeting_agreed_on_is_still_to_come(run, events_of):
    talks = events_of(_readout(run), "CONSULT")
    (meeting,) = [e for e in talks if e.event_class == "Meeting"]
    assert meeting.modality == "planned"
    assert all(m.sentence.index != 0 for m in meeting.mentions)


def test_a_named_summit_is_not_the_call(run, events_of):
    talks = events_of(_readout(run), "CONSULT")
    (call,) = [e for e in talks if any(m.sentence.index == 0 for m in e.mentions)]
    assert all(e is call or not any(m.sentence.index == 0 for m in e.mentions) for e in talks)
    assert not any(m.trigger.end - m.trigger.start == len("summit") for m in call.mentions)


def test_a_denial_told_as_repeated_has_no_day(run, events_of):
    ex = run("Sudan has repeatedly denied backing the rebel group.", published=date(2006, 4, 14))
    (denial,) = events_of(ex, "REJECT")
    assert denial.date is None


def test_the_leaders_of_two_states_are_their_heads_named_before(run, events_of):
    ex = run("Vladimir Putin spoke with Barack Obama. The leaders of Russia and the US discussed the "
             "situation in Syria.")
    labels = {a.key: a.label for a in ex.actors}
    for talk in events_of(ex, "CONSULT"):
        assert {labels[k] for k in talk.participants} == {"Vladimir Putin", "Barack Obama"}


def test_the_state_of_a_title_before_a_name_is_the_post_not_a_party(run, events_of):
    ex = run(TITLE, title=TITLE)
    (call,) = events_of(ex, "CONSULT")
    labels = {a.key: a.label for a in ex.actors}
    assert [labels[k] for k in call.participants] == ["Barack Obama"]
    assert "United States" in labels.values()  # named, as the post's state
