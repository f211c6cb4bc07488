"""Words for offices, sittings and platforms are no actors, whatever the tagger takes them for."""

from __future__ import annotations


def _labels(ex) -> set[str]:
    return {a.label for a in ex.actors}


def test_a_state_title_is_no_organisation(run, events_of):
    ex = run("Australia's Foreign Minister, Penny Wong and China's State Councilor and Foreign Minister, "
             "Wang Yi, met to exchange views.")
    assert not any("Councilor" in label for label in _labels(ex))
    (meeting,) = events_of(ex, "CONSULT")
    parties = {a.label for a in ex.actors if a.key in meeting.participants}
    assert "Penny Wong" in parties and parties & {"China", "Wang Yi"}


def test_a_capitalised_summit_is_no_organisation(run):
    ex = run("Both Presidents noted that they look forward to meeting again in September for a "
             "bilateral Summit in Russia.")
    assert "Summit" not in _labels(ex)


def test_a_platform_is_no_party(run):
    ex = run("Moise posted a message and a photo on Twitter after the meeting.")
    assert "Twitter" not in _labels(ex)


def test_a_day_after_a_counterpart_is_no_name(run, events_of):
    ex = run("Kasuri met with his Afghan counterpart Friday afternoon.")
    (meeting,) = events_of(ex, "CONSULT")
    parties = {a.label for a in ex.actors if a.key in meeting.participants}
    assert "Afghanistan" in parties and "counterpart" not in _labels(ex)


def test_the_g8_is_known_by_its_hyphenated_name(run):
    ex = run("The leaders will meet at the time of the G-8 meeting in June.")
    assert "G8" in _labels(ex)
