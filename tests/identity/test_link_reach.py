"""Rules that let reports of one event meet when the extraction gives them different faces: a
spokesperson for the official, an official who condemned an attack read as its author, a day carried
from the statement an event comes under, and which of several linked reports go together. Hand-made
reports whose actors are the gazetteer's own."""
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import refusal, same_event, window
from kg.identity.participants import may_agree
from kg.identity.sides import acts_for
from tests.identity.test_link import rep

UN, UK, US, RUSSIA, SOMALIA = "Q1065", "Q145", "Q30", "Q159", "Q1045"
GUTERRES, HAQ, DUJARRIC, COUNCIL = "antonio-guterres", "farhan-haq", "stephane-dujarric", "Q37470"
SULLIVAN, SHABAAB, ISLAMIC_STATE, SUNAK = "jake-sullivan", "al-shabaab", "islamic-state", "rishi-sunak"


def r(doc, parts=(), src=(), tgt=(), plover="ASSAULT", day="2024-03-22", pub=date(2024, 3, 22), **kw):
    return rep(doc, parts=parts, src=src, tgt=tgt, plover=plover, date_=day, pub=pub, **kw)


def test_a_spokesperson_for_the_secretary_general_speaks_for_him():
    assert acts_for(HAQ, date(2024, 3, 22)) == {GUTERRES, UN}
    assert acts_for(DUJARRIC, date(2024, 3, 22)) == {GUTERRES, UN}
    assert GUTERRES not in acts_for(DUJARRIC, date(2015, 3, 22))  # Guterres took office in 2017


def test_condolences_said_by_his_spokesperson_are_the_secretary_generals():
    said = {"plover": "SUPPORT"}
    chief = r("a", src=(GUTERRES,), tgt=(RUSSIA,), **said)
    assert same_event(chief, r("b", src=(HAQ,), tgt=(RUSSIA,), basis="report", **said))
    # the Council's words are not his, spoken by whoever
    assert refusal(r("a", src=(COUNCIL,), tgt=(RUSSIA,), **said),
                   r("b", src=(HAQ,), tgt=(RUSSIA,), **said)) == "participants"
    # two people of one side in a meeting stay two meetings unless one speaks for the other
    meeting = {"plover": "CONSULT"}
    assert same_event(r("a", (GUTERRES, UK), **meeting), r("b", (HAQ, UK), **meeting))
    assert refusal(r("a", (GUTERRES, UK), **meeting), r("b", (COUNCIL, "volker-turk", UK), **meeting)) \
        == "participants"


def test_an_official_who_condemned_an_attack_is_not_its_author():
    day = {"day": "2022-10-29", "pub": date(2022, 10, 30)}
    by_group = r("a", src=(SHABAAB,), tgt=(SOMALIA,), **day)
    by_condemner = r("b", src=(SULLIVAN,), tgt=(SOMALIA,), **day)
    assert same_event(by_group, by_condemner)
    # the candidate lookup's cheap test lets it through, from either side
    assert may_agree(by_condemner, frozenset({SHABAAB, SOMALIA}))
    assert may_agree(by_group, frozenset({SULLIVAN, SOMALIA}))
    # two groups named as attackers of one target on one day are two attacks
    assert refusal(by_group, r("b", src=(ISLAMIC_STATE,), tgt=(SOMALIA,), **day)) == "participants"
    # another target, or a day the text does not state, and the sources must agree again
    assert refusal(by_group, r("b", src=(SULLIVAN,), tgt=(UK,), **day)) == "participants"
    assert refusal(by_group, r("b", src=(SULLIVAN,), tgt=(SOMALIA,), basis="report", **day)) == "participants"
    # a sanction's imposer is never set aside: the UK's and the US's sanctions of one day are two
    sanction = {"plover": "SANCTION", **day}
    assert refusal(r("a", src=(UK,), tgt=(SHABAAB,), **sanction),
                   r("b", src=(SULLIVAN,), tgt=(SHABAAB,), **sanction)) == "participants"


def test_an_event_dated_by_the_statement_it_comes_under_happened_by_then():
    attack = r("a", src=(SHABAAB,), tgt=(SOMALIA,), day="2024-09-17", pub=date(2024, 9, 19))
    claimed = r("b", src=(SHABAAB,), tgt=(SOMALIA,), day="2024-09-20", pub=date(2024, 9, 20), carried=True)
    assert window(claimed) == (date(2024, 9, 15), date(2024, 9, 20))
    assert same_event(attack, claimed)
    # the same day in the event's own words is that day
    own = r("b", src=(SHABAAB,), tgt=(SOMALIA,), day="2024-09-20", pub=date(2024, 9, 20))
    assert refusal(attack, own) == "date"
    # a week before is too far, and a statement's carried day is its own
    week = r("b", src=(SHABAAB,), tgt=(SOMALIA,), day="2024-09-24", pub=date(2024, 9, 24), carried=True)
    assert refusal(attack, week) == "date"
    said = {"plover": "ACCUSE", "src": (UK,), "tgt": (SHABAAB,)}
    assert refusal(r("a", day="2024-09-17", **said), r("b", day="2024-09-20", carried=True, **said)) == "date"


def test_a_report_goes_with_the_report_of_the_same_sides_first():
    """Doc a tells the UK's and the US's sanctions of one day apart, doc b a joint UK-US one and the
    UK's own, doc c the US's in that month: the UK's go together, the joint one with the US's."""
    def sanction(doc, n, src, day="2023-02-09", pub=date(2023, 2, 9)):
        return rep(doc, n, parts=(), src=src, plover="SANCTION", date_=day, pub=pub)

    uk_a, us_a = sanction("a", 0, (UK,)), sanction("a", 1, (US,))
    joint_b, uk_b = sanction("b", 0, (UK, US)), sanction("b", 1, (UK, SUNAK))
    us_c = sanction("c", 0, (US,), day="2023-02", pub=date(2023, 9, 7))
    assert same_event(uk_a, joint_b) and same_event(uk_a, uk_b) and same_event(us_c, joint_b)
    made = sorted(sorted(x.iri for x in m) for m in clusters([uk_a, us_a, joint_b, uk_b, us_c]).values())
    assert made == sorted([sorted([uk_a.iri, uk_b.iri]), sorted([us_a.iri, joint_b.iri, us_c.iri])])


def test_a_report_without_a_time_naming_one_side_is_that_days_news():
    undated = {"basis": "report", "plover": "SANCTION"}
    lone = r("a", src=(US,), day="2021-05-28", pub=date(2021, 5, 28), **undated)
    assert window(lone) == (date(2021, 5, 27), date(2021, 5, 28))
    # not the sanctions of the US and another three months before, nor a lone one three weeks before
    feb = r("b", src=(US,), tgt=("Q184",), day="2021-02-18", pub=date(2021, 2, 18), plover="SANCTION")
    assert refusal(lone, feb) == "date"
    assert refusal(lone, r("b", src=(US,), day="2021-05-07", pub=date(2021, 5, 7), **undated)) == "date"
    # the same day's news is still one event
    assert same_event(lone, r("b", src=(US,), day="2021-05-28", pub=date(2021, 5, 28), **undated))
    # a report of two sides keeps the half year, except beside a report naming one
    pair = r("a", src=(US,), tgt=("Q184",), day="2021-05-28", pub=date(2021, 5, 28), **undated)
    assert window(pair)[0] == date(2020, 11, 29)
    assert same_event(pair, feb)
    lone_feb = r("b", src=(US,), day="2021-02-18", pub=date(2021, 2, 18), plover="SANCTION")
    assert refusal(pair, lone_feb) == "date"


def test_a_statement_without_a_time_is_said_when_reported():
    said = {"plover": "ACCUSE", "src": (US,), "tgt": (RUSSIA,), "basis": "report"}
    march = r("a", day="2022-03-08", pub=date(2022, 3, 8), **said)
    assert window(march) == (date(2022, 3, 7), date(2022, 3, 8))
    assert refusal(march, r("b", day="2022-01-20", pub=date(2022, 1, 20), **said)) == "date"
    assert same_event(march, r("b", day="2022-03-07", pub=date(2022, 3, 7), **said))


def test_a_report_without_a_time_reaches_back_only_to_a_report_that_dates_the_event():
    """The half year lets a background mention meet the report that tells the event with its day;
    when neither report's words date it, the report-dated one is its last days' news."""
    mention = r("b", src=(RUSSIA,), tgt=(UK,), day="2023-07-13", pub=date(2023, 7, 13), basis="report")
    told = r("a", src=(RUSSIA,), tgt=(UK,), day="2023-05-25", pub=date(2023, 5, 26))
    assert same_event(told, mention)  # "on 25 May" in its own words
    carried = r("a", src=(RUSSIA,), tgt=(UK,), day="2023-05-25", pub=date(2023, 5, 26), carried=True)
    assert refusal(carried, mention) == "date"
    # within the last days of the report it still meets a day carried from a statement
    assert same_event(r("a", src=(RUSSIA,), tgt=(UK,), day="2023-07-10", pub=date(2023, 7, 10), carried=True),
                      mention)
