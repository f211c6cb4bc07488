"""An event noun that is the direct object a verb's sense is defined by, of the verb's type, is the
same event as the verb (merge.py ``_objects``, ``_named_by``): "X reaffirmed Y's support for Z" is one
statement of support, told by X for Y, aimed at Z; the noun's owner is no target of the verb."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 4, 30)


def _triggers(event) -> list[str]:
    return [m.trigger.text for m in event.mentions]


def test_a_speaker_reaffirming_his_states_support_tells_one_event(run, events_of):
    text = "Emmanuel Macron reaffirmed France's support for Ukraine on Tuesday."
    [support] = events_of(run(text), "SUPPORT")
    assert _triggers(support) == ["reaffirmed", "support"]
    assert "Q142" in support.source  # France: the owner of the support is a source, not the target
    assert support.target == ["Q212"]  # Ukraine


def test_a_reiterated_commitment_is_the_reiteration(run, events_of):
    text = "Olaf Scholz reiterated Germany's commitment to the security of Lithuania."
    [support] = events_of(run(text), "SUPPORT")
    assert _triggers(support) == ["reiterated", "commitment"]
    assert "Q183" not in support.target  # Germany


def test_a_noun_that_is_no_object_of_the_verb_stays_an_event_of_its_own(run, events_of):
    text = "Olaf Scholz reiterated the need for calm, while France announced its support for Lithuania."
    [support] = events_of(run(text), "SUPPORT")
    assert _triggers(support) == ["support"]
    [request] = events_of(run(text), "REQUEST")
    assert _triggers(request) == ["reiterated"]
