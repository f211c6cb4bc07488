"""Statements linked on the speaker alone (:mod:`kg.identity.speeches`): a report of a speaker's
praise or condemnation that names no one it is about, linked with two or more such reports of one
other document (a speech that praises many), is linked with none of them; linked with one, it keeps
the link. Hand-made reports, in every order."""
from __future__ import annotations

import itertools
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import same_event
from kg.identity.rules import rules
from kg.identity.speeches import by_speaker, uncontested_speech
from tests.identity.test_link import rep

PUB = date(2024, 6, 4)
DAY = {"plover": "SUPPORT", "parts": (), "pub": PUB, "date_": "2024-06-04", "basis": "report"}
CHIEF = ("Q_chief",)  # a UN Secretary-General, say


def _docs(made) -> list[list[str]]:
    return sorted(sorted(r.iri.rsplit("/", 2)[-2] + r.iri[-1] for r in m) for m in made.values())


def _every_order(reports) -> set[str]:
    return {repr(_docs(clusters(list(p)))) for p in itertools.permutations(reports)}


def test_a_summary_of_a_speech_that_praised_many_joins_none_of_its_praises():
    # "the Secretary-General commended the parties" (a news story) ...
    summary = rep("a", 0, src=CHIEF, **DAY)
    # ... and his speech: "I commend the mediators." "I commend the negotiators in the talks."
    mediators = rep("b", 0, src=CHIEF, **DAY)
    negotiators = rep("b", 1, src=CHIEF, **{**DAY, "parts": ("Q_talks",)})  # the talks named besides
    assert same_event(summary, mediators) and same_event(summary, negotiators)
    assert by_speaker(summary, mediators, rules())
    assert _every_order([summary, mediators, negotiators]) == {"[]"}


def test_one_targetless_praise_of_the_day_in_each_report_stays_linked():
    story = rep("a", 0, src=CHIEF, **DAY)  # "the Secretary-General welcomed the deal"
    speech = rep("b", 0, src=CHIEF, **DAY)  # "I welcome this agreement"
    assert _every_order([story, speech]) == {"[['a0', 'b0']]"}


def test_praises_that_name_whom_they_are_about_are_not_contested():
    story = rep("a", 0, src=CHIEF, tgt=("Q_mediator",), **DAY)  # "he thanked the mediating state"
    thanks = rep("b", 0, src=CHIEF, tgt=("Q_mediator",), **DAY)  # "I thank the mediating state"
    other = rep("b", 1, src=CHIEF, tgt=("Q_party",), **DAY)  # "I commend the party"
    assert not by_speaker(story, thanks, rules())
    assert uncontested_speech([(story, thanks)], rules()) == [(story, thanks)]
    assert _every_order([story, thanks, other]) == {"[['a0', 'b0']]"}


def test_a_targetless_report_linked_with_a_named_praise_keeps_it_and_drops_the_targetless_one():
    summary = rep("a", 0, src=CHIEF, **DAY)  # "in his remarks he commended the host government"
    named = rep("b", 0, src=CHIEF, tgt=("Q_host",), **DAY)  # "I commend the host"
    vague = rep("b", 1, src=CHIEF, **DAY)  # "I commend the signatories"
    pairs = [(summary, named), (summary, vague)]
    assert uncontested_speech(pairs, rules()) == [(summary, named)]


# a state as the only speaker both name, and one report with no target


US, NORTH = "Q30", "Q423"
SAID = {"parts": (), "date_": "2024-06-04", "pub": PUB}


def test_a_state_calling_on_someone_and_a_state_calling_with_no_target_read_are_two_statements():
    # the envoy's "the United States calls on the North to abide by its obligations" and the
    # Secretary's "we call on the regime to end these provocations", its target not read
    envoy = rep("envoy", plover="REQUEST", src=(US,), tgt=(NORTH,), **SAID)
    secretary = rep("secretary", plover="REQUEST", src=(US,), **SAID)
    assert not same_event(envoy, secretary)
    # both naming the target, the state's words of the day are one call as before
    assert same_event(envoy, rep("wire", plover="REQUEST", src=(US,), tgt=(NORTH,), **SAID))


def test_a_person_speaking_with_no_target_read_is_still_one_statement_of_the_day():
    # "the Secretary-General condemned the test" / "the Secretary-General said he condemns it"
    one = rep("a", plover="ACCUSE", src=CHIEF, tgt=(NORTH,), **SAID)
    other = rep("b", plover="ACCUSE", src=CHIEF, **SAID)
    assert same_event(one, other)
