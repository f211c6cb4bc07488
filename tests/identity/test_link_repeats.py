"""A document that tells one event twice (its extraction left two reports of it), and how far back an
attack's report without a time reaches. Hand-made reports."""
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import one_document_repeats, refusal, window
from tests.identity.test_link import rep

STRIKE = {"plover": "ASSAULT", "parts": (), "src": ("Q1",), "tgt": ("Q2",), "pub": date(2024, 3, 2)}


def _docs(made):
    return sorted(sorted(r.iri.rsplit("/", 2)[-2] + r.iri[-1] for r in m) for m in made.values())


def test_two_reports_of_one_strike_in_one_document_share_its_real_world_event():
    headline = rep("a", 0, cls="Attack", date_="2024-03-01", **STRIKE)
    sentence = rep("a", 1, cls="MilitaryStrike", date_="2024-03-01", text="on Friday", **STRIKE)
    other = rep("b", 0, cls="Attack", date_="2024-03-01", **STRIKE)
    assert one_document_repeats(headline, sentence)
    assert refusal(headline, sentence) == "document"  # still never a link of their own
    assert _docs(clusters([headline, sentence, other])) == [["a0", "a1", "b0"]]


def test_a_document_that_tells_two_events_apart_keeps_them_in_two():
    visit = {"plover": "CONSULT", "parts": ("Q1", "Q2"), "date_": "2024-03-01"}
    arrival = rep("a", 0, cls="Visit", **visit)
    talks = rep("a", 1, cls="Meeting", **visit)
    assert not one_document_repeats(arrival, talks)  # a visit and the meeting it holds
    assert len(_docs(clusters([arrival, talks, rep("b", 0, cls="Meeting", **visit)]))[0]) == 2
    # another day, another modality or other sides: two events of the document
    strike = rep("a", 0, date_="2024-03-01", **STRIKE)
    assert not one_document_repeats(strike, rep("a", 1, date_="2024-02-27", **STRIKE))
    assert not one_document_repeats(strike, rep("a", 1, date_="2024-03-01", mod="planned", **STRIKE))
    assert not one_document_repeats(strike, rep("a", 1, date_="2024-03-01", **{**STRIKE, "tgt": ("Q3",)}))
    # a month is no one day
    month = {**STRIKE, "date_": "2024-03"}
    assert not one_document_repeats(rep("a", 0, **month), rep("a", 1, **month))


def test_an_attack_without_a_time_naming_one_side_is_its_last_days_news():
    untimed = {"plover": "ASSAULT", "parts": (), "tgt": ("Q2",), "basis": "report"}
    condemned = rep("b", date_="2024-03-04", pub=date(2024, 3, 4), **untimed)
    assert window(condemned) == (date(2024, 2, 28), date(2024, 3, 4))
    # the attack a statement dates to three days before its own condemnation of it
    assert refusal(rep("a", date_="2024-03-01", text="on 1 March", parts=(), tgt=("Q2",), plover="ASSAULT",
                       pub=date(2024, 3, 1)), condemned) is None
    # not one of a week before
    assert refusal(rep("a", date_="2024-02-25", text="on 25 February", parts=(), tgt=("Q2",),
                       plover="ASSAULT", pub=date(2024, 2, 25)), condemned) == "date"
    # a sanction is told by its own announcement: that day's news
    sanction = rep("b", date_="2024-03-04", pub=date(2024, 3, 4), **{**untimed, "plover": "SANCTION"})
    assert window(sanction) == (date(2024, 3, 3), date(2024, 3, 4))
