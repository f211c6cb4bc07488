"""One party of a symmetric event (kg.identity.participants.one_party_of, kg.identity.link
._mentioned_after): a report naming one side only that names an agreement or a meeting in passing as
past, in the 30 days from the day another report's words give it, is one party of the event that
report tells with many sides. A lone report that is its day's news ("Chad signed an agreement
today") is not: one shared side among many is weak evidence. Hand-made reports, and texts of our
own through the real extractor."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.identity.keys import filed_keys, lookup_keys
from kg.identity.link import refusal
from kg.identity.rules import rules
from tests.identity.test_link import rep
from tests.identity.test_link_background import linked_groups

CHAD, NIGER, FRONT, MALI = "Q657", "Q1032", "front-for-change", "Q912"
SIGNERS = (CHAD, NIGER, FRONT)


def _signing(**kw):
    return rep("signing", plover="AGREE", parts=SIGNERS, date_="2024-06-08", pub=date(2024, 6, 8),
               cls="Agreement", **kw)


def _lone(doc, parts=(CHAD,), day="2024-06-08", pub=date(2024, 6, 8), basis="stated", background=False):
    r = rep(doc, plover="AGREE", parts=parts, date_=day, basis=basis, pub=pub, cls="Agreement",
            text=None if basis == "report" else "today")
    return replace(r, background=background, date_text=None if basis == "report" else r.date_text)


def test_one_party_of_the_days_news_is_not_enough_against_many():
    assert refusal(_signing(), _lone("lone")) == "participants"
    assert refusal(_signing(), _lone("lone", day="2024-06-12", pub=date(2024, 6, 12))) is not None


def test_a_passing_mention_the_same_day_is_the_signing_unless_its_side_is_not_a_signer():
    mention = _lone("mention", basis="report", background=True)
    assert refusal(_signing(), mention) is None
    assert refusal(_signing(), _lone("mention", parts=(MALI,), basis="report", background=True)) is not None


def test_a_passing_mention_of_the_weeks_after_is_the_signing_but_not_a_month_and_more_on():
    later = _lone("later", day="2024-06-20", pub=date(2024, 6, 20), basis="report", background=True)
    assert refusal(_signing(), later) is None
    far = _lone("far", day="2024-07-20", pub=date(2024, 7, 20), basis="report", background=True)
    assert refusal(_signing(), far) is not None
    news = replace(later, background=False)  # its day's news, not a mention of the signing
    assert refusal(_signing(), news) is not None
    before = _lone("before", day="2024-06-05", pub=date(2024, 6, 5), basis="report", background=True)
    assert refusal(_signing(), before) is not None  # never forward


def test_the_one_party_and_the_many_share_a_candidate_key():
    rule = rules()
    mention = _lone("mention", basis="report", background=True)
    later = _lone("later", day="2024-06-20", pub=date(2024, 6, 20), basis="report", background=True)
    for other in (mention, later):
        assert set(lookup_keys(other, rule)) & set(filed_keys(_signing(), rule))
        assert set(lookup_keys(_signing(), rule)) & set(filed_keys(other, rule))


def test_a_different_person_of_the_lone_side_is_another_meeting():
    """Macron, Scholz and Tusk meet; a later passing mention of a meeting by France's foreign minister
    alone is of another meeting. France alone may be the trilateral's French party."""
    trio = rep("trio", plover="CONSULT", parts=("Q3052772", "Q61053", "donald-tusk"), date_="2024-10-15",
               pub=date(2024, 10, 15))

    def mention(doc, parts):
        r = rep(doc, plover="CONSULT", parts=parts, date_="2024-10-18", basis="report",
                pub=date(2024, 10, 18))
        return replace(r, background=True)
    assert refusal(trio, mention("minister", ("jean-noel-barrot",))) == "participants"
    assert refusal(trio, mention("france", ("Q142",))) is None


TEXTS = {
    "signing": ("Peace deal signed\n\nThe government of Chad, the rebel Front for Change and Concord and "
                "Niger signed a peace agreement in Niamey on Saturday, officials said.", "2024-06-08"),
    "lone": ("Chad signs deal\n\nChad signed a peace agreement in Niamey today.", "2024-06-08"),
    "later": ("Minister visits capital\n\nChad's foreign minister arrived in Paris on Monday. The minister "
              "said that since the peace agreement, Chad has seen calm return to the north of the country.",
              "2024-06-20"),
    "much_later": ("Minister visits capital\n\nChad's foreign minister arrived in Paris on Monday. The "
                   "minister said that since the peace agreement, Chad has seen calm return to the north "
                   "of the country.", "2024-08-20"),
    "mali": ("Mali signs deal\n\nMali signed a peace agreement in Bamako today, the government said.",
             "2024-06-08"),
}


def _linked(names) -> list[tuple[str, ...]]:
    return linked_groups(TEXTS, names)


def test_texts_a_later_passing_mention_joins_the_signing_but_one_signer_today_does_not():
    assert ("later AGREE", "signing AGREE") in _linked(["signing", "later"])
    assert _linked(["signing", "lone"]) == []


def test_texts_a_mention_two_months_on_and_another_states_signing_stay_apart():
    assert _linked(["signing", "much_later"]) == []
    assert _linked(["signing", "mali"]) == []
