"""Who does the deed a means clause tells: "X angered Y by seizing Z" - the gerund after "by" (or
"through") is done by the clause's subject, not by its object; "praised X for deploying" still gives
the deed to the object."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2023, 3, 14)
LEAD = "Officials briefed reporters in the capital on Monday.\n\n"


def _labels(ex, keys):
    names = {a.key: a.label for a in ex.actors}
    return {names.get(k, k) for k in keys}


def _event(ex, plover, trigger):
    found = [e for e in ex.events if e.plover == plover and e.trigger == trigger]
    assert found, f"no {plover} {trigger!r} in {[(e.plover, e.trigger) for e in ex.events]}"
    return found[0]


def test_a_means_clause_is_done_by_the_subject_not_the_object(run):
    ex = run(LEAD + "Iran angered Washington by seizing an oil tanker in the Gulf.")
    seize = _event(ex, "COERCE", "seizing")
    assert _labels(ex, seize.source) == {"Iran"}


def test_a_reply_by_accusing_is_the_subjects_accusation(run):
    ex = run(LEAD + "Moscow responded on Tuesday by accusing Kyiv of shelling civilians.")
    accuse = _event(ex, "ACCUSE", "accusing")
    assert _labels(ex, accuse.source) == {"Russia"}
    assert _labels(ex, accuse.target) == {"Ukraine"}


def test_a_for_clause_after_an_object_is_still_the_objects(run):
    # "praised X for deploying": X deploys; the means rule must not take the praiser
    ex = run(LEAD + "The United Nations praised Kenya for deploying police officers to Haiti.")
    deploy = _event(ex, "MOBILIZE", "deploying")
    assert _labels(ex, deploy.source) == {"Kenya"}
