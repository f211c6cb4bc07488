"""Money pledged, given or asked for: aid to the party it goes to, or a request of aid. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_money_pledged_to_a_party_is_planned_aid_to_it(run, events_of):
    ex = run("Canada committed an additional $25 million to Jordan.")
    (aid,) = events_of(ex, "AID")
    assert (aid.source, aid.target, aid.modality) == (["Q16"], ["Q810"], "planned")
    assert not [e for e in ex.events if e.plover == "AGREE"]


def test_the_party_a_purpose_clause_names_receives_the_money(run, events_of):
    ex = run("Norway pledged $40 million to support the relief mission in Chad.")
    (aid,) = events_of(ex, "AID")
    assert (aid.source, aid.target, aid.modality) == (["Q20"], ["Q657"], "planned")


def test_money_provided_to_a_party_is_aid_given(run, events_of):
    ex = run("Sweden provided 12 million euros to Somalia.")
    (aid,) = events_of(ex, "AID")
    assert (aid.source, aid.target, aid.modality) == (["Q34"], ["Q1045"], "asserted")


def test_money_sought_is_a_request_of_aid(run, events_of):
    for text in (
        "Kenya seeks $2 billion in aid to rebuild after the floods.",
        "The African Union launched a $3 billion humanitarian appeal.",
    ):
        ex = run(text)
        assert {e.plover for e in ex.events} == {"REQUEST"}, text


def test_money_announced_for_a_party_is_aid_to_it(run, events_of):
    ex = run("Britain announced £15 million in new funding for Malawi.")
    (aid,) = events_of(ex, "AID")
    assert (aid.source, aid.target, aid.modality) == (["Q145"], ["Q1020"], "asserted")
