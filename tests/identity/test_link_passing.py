"""A background mention (``Report.background``: "following the attack in Nairobi", "the leaders of
the coup", named in passing as already past with no time of its own) happened on some day up to its
report's, not on that day: it reaches back to the full report of an earlier day with the same type
and sides, never forward to a later event, and two full reports of different days stay apart. On
hand-made reports and on texts of our own through the real extractor and store."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.documents import from_text
from kg.identity.index import from_view, view
from kg.identity.link import pair_windows, refusal, same_event, window
from kg.ingest import ingest
from kg.store import Store
from tests.identity.test_link import rep

SHABAAB, KENYA, UK, UN = "al-shabaab", "Q114", "Q145", "Q1065"
FULL = {"plover": "ASSAULT", "src": (SHABAAB,), "tgt": (KENYA,), "parts": ()}


def full(doc, day, pub, **kw):
    """The report of an attack of al-Shabaab on Kenya on ``day`` (its words give it)."""
    return rep(doc, date_=day, pub=pub, **{**FULL, **kw})


def passing(doc, pub, **kw):
    """A mention in passing of an attack of al-Shabaab on Kenya, in a report of ``pub``."""
    report = rep(doc, date_=pub.isoformat(), basis="report", pub=pub, **{**FULL, **kw})
    return replace(report, background=True)


def test_a_passing_mention_reaches_back_to_the_full_report_of_an_earlier_day():
    earlier = full("wire", "2024-03-14", date(2024, 3, 15))
    later = passing("statement", date(2024, 3, 25))
    assert same_event(earlier, later)
    # the same words told as the report's own news stay that day's news (the wire's day is ten days back)
    assert refusal(earlier, replace(later, background=False)) is None  # both sides named: the half year
    lone = {"src": (), "tgt": (KENYA,)}
    assert refusal(full("wire", "2024-03-14", date(2024, 3, 15), **lone),
                   replace(passing("statement", date(2024, 3, 25), **lone), background=False)) == "date"
    assert same_event(full("wire", "2024-03-14", date(2024, 3, 15), **lone),
                      passing("statement", date(2024, 3, 25), **lone))


def test_a_passing_mention_reaches_a_full_report_dated_by_its_own_report():
    """The full report of the day dated by its publication ("condemns terrorist act in Nairobi"), one side
    named: the mention 16 days on is that event, a mention two months on is not."""
    lone = {"src": (), "tgt": (KENYA,)}
    news = rep("un", date_="2024-03-14", basis="report", pub=date(2024, 3, 14), **{**FULL, **lone})
    assert same_event(news, passing("uk", date(2024, 3, 30), **lone))
    assert refusal(news, passing("uk", date(2024, 5, 20), **lone)) == "date"


def test_a_passing_mention_never_reaches_a_later_event():
    mention = passing("statement", date(2024, 3, 10))
    assert refusal(mention, full("wire", "2024-03-14", date(2024, 3, 15))) == "date"
    lo, hi = window(mention)
    assert hi == date(2024, 3, 10) and lo < date(2024, 3, 1)


def test_two_full_reports_of_different_days_stay_apart():
    one, other = full("a", "2024-03-14", date(2024, 3, 15)), full("b", "2024-03-18", date(2024, 3, 19))
    assert refusal(one, other) == "date"
    lone = {"src": (), "tgt": (KENYA,)}
    a = rep("a", date_="2024-03-14", basis="report", pub=date(2024, 3, 14), **{**FULL, **lone})
    b = rep("b", date_="2024-03-28", basis="report", pub=date(2024, 3, 28), **{**FULL, **lone})
    assert refusal(a, b) == "date"


def test_two_passing_mentions_and_a_passing_statement_keep_their_day():
    lone = {"src": (), "tgt": (KENYA,)}
    assert refusal(passing("a", date(2024, 3, 14), **lone), passing("b", date(2024, 3, 28), **lone)) == "date"
    said = passing("b", date(2024, 3, 28), plover="ACCUSE", src=(UK,), tgt=(SHABAAB,))
    earlier = full("a", "2024-03-14", date(2024, 3, 15), plover="ACCUSE", src=(UK,), tgt=(SHABAAB,))
    assert refusal(earlier, said) == "date"


def test_other_rules_still_hold_for_a_passing_mention():
    earlier = full("wire", "2024-03-14", date(2024, 3, 15))
    assert refusal(earlier, passing("s", date(2024, 3, 25), plover="SANCTION")) == "type"
    assert refusal(earlier, passing("s", date(2024, 3, 25), src=(UN,), tgt=(UK,))) == "participants"
    assert refusal(earlier, passing("s", date(2024, 3, 25), mod="hypothetical")) == "modality"


def test_the_keys_window_holds_every_pair_window_and_the_view_keeps_the_flag():
    mention = passing("statement", date(2024, 3, 25), src=(), tgt=(KENYA,))
    for other in (full("wire", "2024-03-14", date(2024, 3, 15)), passing("b", date(2024, 3, 28))):
        w, _ = pair_windows(mention, other)
        assert window(mention)[0] <= w[0] and w[1] <= window(mention)[1]
    assert from_view(view(mention)).background
    assert not from_view(view(replace(mention, background=False))).background


TEXTS = {  # one side named (the country hit): a report-dated report of it is its day's news only
    "wire": ("Attack in Kenya\n\nA terrorist attack in Kenya killed 147 people on Thursday, officials "
             "said.", "2024-03-15"),
    "later": ("Mourning declared\n\nThe government declared three days of mourning following the "
              "terrorist attack in Kenya.", "2024-03-25"),
    "before": ("Mourning declared\n\nThe government declared three days of mourning following the "
               "terrorist attack in Kenya.", "2024-03-10"),
    "other_day": ("Another attack\n\nA terrorist attack in Kenya killed 20 people on Monday, officials "
                  "said.", "2024-03-19"),
    "news": ("Mourning declared\n\nThe government declared three days of mourning. A terrorist attack "
             "in Kenya killed 147 people.", "2024-03-25"),
}


def _linked(names) -> list[tuple[str, ...]]:
    """The documents of each real-world event of more than one report (ASSAULT reports only)."""
    docs = [from_text(TEXTS[n][0], f"{n}.txt", n, {"published": TEXTS[n][1]}) for n in names]
    with Store.open(":memory:") as st:
        ingest(st, docs)
        rows = st.query("SELECT ?e ?w WHERE { ?e dip:realWorldEvent ?w ; sem:eventType plover:ASSAULT }").rows
    out: dict[str, set[str]] = {}
    for e, w in rows:
        out.setdefault(str(w), set()).add(str(e).split("/event/", 1)[1].split("/")[0])
    return sorted(tuple(sorted(v)) for v in out.values() if len(v) > 1)


def test_texts_a_later_passing_mention_joins_the_attack_an_earlier_one_does_not():
    assert _linked(["wire", "later"]) == [("later", "wire")]
    assert _linked(["wire", "before"]) == []
    assert _linked(["wire", "other_day"]) == []
    assert _linked(["wire", "news"]) == []  # told as the report's own news: its day's
