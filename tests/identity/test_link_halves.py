"""One attack told in halves: one report names only its author ("the group claimed responsibility
for the bombing"), another only whom it hit ("the attack in Kabul"); or two reports name victims of
one side at two levels (a UN mission and the UN). Linked on one day when nothing competes; kept
apart on other days, for a state named as the author, for two attacks of one day in two cities, and
when the author's report is already placed with a victim."""
from dataclasses import replace
from datetime import date

import pytest

from kg.api import KnowledgeGraph
from kg.documents import from_text
from kg.identity import index
from kg.identity.cluster import clusters
from kg.identity.link import refusal, same_event
from kg.identity.rules import rules
from kg.ingest import ingest
from kg.store import Store
from tests.identity.test_link import rep
from tests.identity.test_link_texts import _events, _linked_one_at_a_time

UN, MALI, AFGHANISTAN, RUSSIA, UKRAINE = "Q1065", "Q912", "Q889", "Q159", "Q212"
MINUSMA, GROUP, OTHER_GROUP = "minusma", "islamic-state", "al-shabaab"
DAY, PUB = "2024-03-05", date(2024, 3, 5)


def attack(doc, src=(), tgt=(), day=DAY, pub=PUB, **kw):
    return rep(doc, parts=(), src=src, tgt=tgt, plover="ASSAULT", date_=day, pub=pub, cls="Attack", **kw)


def told_today(doc, src=(), tgt=(), pub=PUB, **kw):
    """A report the text gives no time: its report's day."""
    return attack(doc, src, tgt, day=pub.isoformat(), pub=pub, basis="report", **kw)


def docs(found):
    return sorted(sorted(r.doc.rsplit("/", 1)[-1] for r in m) for m in found.values())


def test_the_claimed_author_and_the_victim_of_one_day_are_one_attack():
    # "The Islamic State group claimed responsibility for the bombing" (wire, no time of its own) and
    # "The Secretary-General condemns the terrorist attack in Kabul today"
    claim = told_today("wire", src=(GROUP,))
    condemned = attack("un", tgt=(AFGHANISTAN,), text="today", place="Kabul")
    assert same_event(claim, condemned) and same_event(condemned, claim)
    assert docs(clusters([claim, condemned])) == [["un", "wire"]]
    # and a council's statement of the day after ("yesterday's attack near Kabul airport") too
    council = attack("council", tgt=(AFGHANISTAN,), text="yesterday", pub=date(2024, 3, 6),
                     place="Kabul Airport")
    assert docs(clusters([claim, condemned, council])) == [["council", "un", "wire"]]


def test_a_claim_told_in_passing_days_later_is_the_attack_of_the_days_before():
    # "the group, which claimed the bombing in Kabul, ..." in a report three days on: named in
    # passing as past, no time of its own
    condemned = attack("un", tgt=(AFGHANISTAN,), text="today", place="Kabul")
    later = replace(told_today("wire", src=(GROUP,), pub=date(2024, 3, 8)), background=True)
    assert same_event(later, condemned)
    assert docs(clusters([later, condemned])) == [["un", "wire"]]
    # not weeks on, nor a claim told as news (not in passing) days on
    weeks = replace(told_today("wire", src=(GROUP,), pub=date(2024, 3, 26)), background=True)
    assert not same_event(weeks, condemned)
    assert refusal(told_today("wire", src=(GROUP,), pub=date(2024, 3, 8)), condemned) is not None


def test_halves_of_other_days_are_other_attacks():
    claim = told_today("wire", src=(GROUP,))
    # weeks apart in one region
    later = attack("un", tgt=(AFGHANISTAN,), day="2024-03-19", pub=date(2024, 3, 19), text="Tuesday")
    assert refusal(claim, later) == "date"
    # two days apart, both stated
    assert refusal(attack("a", src=(GROUP,), text="Sunday", day="2024-03-03"),
                   attack("b", tgt=(AFGHANISTAN,), text="Tuesday")) == "date"


def test_a_state_named_as_the_author_is_no_half():
    # "Russian forces shelled a hospital" and "the attack on Ukraine today": a war strikes every day
    shelled = told_today("a", src=(RUSSIA,))
    assert refusal(shelled, attack("b", tgt=(UKRAINE,), text="today")) == "participants"


def test_a_report_naming_both_sides_or_one_side_twice_is_no_half():
    claim = told_today("wire", src=(GROUP,))
    both = attack("un", src=(OTHER_GROUP,), tgt=(AFGHANISTAN,), text="today")
    assert refusal(claim, both) == "participants"
    # an actor named as the author in one and the victim in the other stays reversed
    assert refusal(told_today("a", src=(MALI,)), attack("b", tgt=(MALI,), text="today")) == "participants"


def test_two_attacks_of_one_day_in_two_cities_leave_the_claim_alone():
    # "IS claimed the bombing" on a day of two bombings, in Kabul and in Kandahar
    claim = told_today("wire", src=(GROUP,))
    kabul = attack("un", tgt=(AFGHANISTAN,), text="today", place="Kabul")
    kandahar = attack("local", tgt=(AFGHANISTAN,), text="Tuesday", place="Kandahar")
    found = clusters([claim, kabul, kandahar])
    assert not any("wire" in d for d in docs(found))
    # two claims by two groups of one day: the victim's report belongs to neither
    other = told_today("radio", src=(OTHER_GROUP,))
    assert docs(clusters([claim, other, kabul])) == []
    # and a place the claim gives that is not the victim's
    assert refusal(told_today("wire", src=(GROUP,), place="Kandahar"), kabul) == "participants"


def test_a_claim_placed_with_its_victim_takes_no_other_half():
    # the wire names the author alone in one sentence, and another document names author and victim:
    # the claim is that report's attack, not the attack of a third report that names a victim alone
    claim = told_today("wire", src=(GROUP,))
    full = attack("paper", src=(GROUP,), tgt=(MALI,), text="today")
    alone = attack("un", tgt=(AFGHANISTAN,), text="today")
    found = clusters([claim, full, alone])
    assert ["un", "wire"] not in docs(found)


def test_victims_of_one_side_named_at_two_levels_are_one_attack():
    # "the rocket fire on a camp of MINUSMA" and "the attack on a UN camp" of one day, no author
    camp = told_today("a", tgt=(MINUSMA,))
    assert same_event(camp, attack("b", tgt=(UN,), text="Sunday"))
    assert same_event(camp, attack("b", tgt=(UN, MALI), text="Sunday"))
    # not another day, nor when an author is named
    saturday = attack("b", tgt=(UN,), day="2024-03-09", pub=date(2024, 3, 9), text="Saturday")
    assert refusal(camp, saturday) == "date"
    assert refusal(camp, attack("b", src=(GROUP,), tgt=(UN,), text="Sunday")) == "participants"


HALVES = {
    "wire": "Group says it carried out bombing\n\nThe Islamic State group claimed responsibility for the "
            "bombing in a statement on its Telegram channel on Tuesday.",
    "un": "Secretary-General condemns attack in Kabul\n\nThe Secretary-General strongly condemns the "
          "terrorist attack in Kabul, Afghanistan, today, which killed at least twenty people.",
}
HALVES_EXPECTED = [("un ASSAULT", "wire ASSAULT")]


def _halves_docs(names):
    return [from_text(HALVES[n], f"{n}.txt", n, {"published": "2025-03-04"}) for n in names]


@pytest.mark.parametrize("order", [["wire", "un"], ["un", "wire"]])
def test_the_halves_of_one_attack_are_linked_in_any_order(order):
    linked, relinked = _linked_one_at_a_time(_halves_docs(order))
    assert linked == HALVES_EXPECTED
    assert relinked == HALVES_EXPECTED


def test_the_other_half_is_found_without_the_candidate_index(tmp_path):
    """Without the index's mark (``kg load``) the linker reads the store by type and month: the
    attacks of the claim's day, whatever their actors."""
    with Store.open(":memory:") as first:
        ingest(first, _halves_docs(["wire"]))
        first.dump(tmp_path / "wire.nq", "nquads")
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.load(tmp_path / "wire.nq")
    assert not index.is_complete(kg.store, rules())
    ingest(kg.store, _halves_docs(["un"]))
    assert _events(kg.store) == HALVES_EXPECTED


HALVES["local"] = ("Car bomb kills six in Kandahar\n\nA car bomb attack in the southern city of Kandahar on "
                   "Tuesday killed six police officers, officials said.")


@pytest.mark.parametrize("order", [["wire", "un", "local"], ["un", "wire", "local"], ["local", "un", "wire"],
                                   ["wire", "local", "un"]])
def test_a_claim_on_a_day_of_two_attacks_in_two_cities_is_linked_with_neither_in_any_order(order):
    linked, relinked = _linked_one_at_a_time(_halves_docs(order))
    assert not any("wire ASSAULT" in event for event in relinked)
    assert linked == relinked


HALVES["mali"] = ("Attack on army post in Mali\n\nAn attack on an army post in the central Malian town of "
                  "Mopti on Tuesday killed ten soldiers, the army said.")
HALVES["somalia"] = ("Blast hits Mogadishu hotel\n\nA suicide bombing at a hotel in Mogadishu, Somalia, on "
                     "Tuesday killed at least nine people, police said.")


@pytest.mark.parametrize("order", [["wire", "mali", "somalia", "un"], ["un", "mali", "wire", "somalia"]])
def test_a_claim_on_a_day_of_attacks_in_three_states_is_linked_with_none_in_any_order(order):
    # the claim's link with the last attack is weighed against its other halves, which are no
    # real-world event's (their links with the claim were dropped), one step further from it
    linked, relinked = _linked_one_at_a_time(_halves_docs(order))
    assert relinked == []
    assert linked == relinked
