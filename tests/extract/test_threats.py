"""Threats told without the word "threaten": consequences promised to another, promises of more
force against a named party, and what one side says it will not allow another to do."""

from __future__ import annotations


def _threats(ex):
    return [e for e in ex.events if e.plover == "THREATEN"]


def test_consequences_are_promised_by_the_speaker_to_the_subject(run):
    (face,) = _threats(run("Kenya said Somalia would face consequences."))
    assert face.source == ["Q114"] and face.target == ["Q1045"]
    said = '"Moscow started this war, and now it will bear the consequences," the French president said.'
    (bear,) = _threats(run(said))
    assert bear.source == ["Q142"] and bear.target == ["Q159"]


def test_consequences_already_borne_are_no_threat(run):
    assert not _threats(run("Ghana faced serious consequences after the floods, Nigeria said."))
