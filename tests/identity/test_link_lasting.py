"""Lasting events (``lasting_classes``: an invasion, one for an ordered pair of states over years) and
events of a symmetric type that name one side only. Hand-made reports whose actors are the
gazetteer's own."""
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import lasting, refusal, same_event, window
from tests.identity.test_link import rep

RUSSIA, UKRAINE, GEORGIA, UK, US, PUTIN = "Q159", "Q212", "Q230", "Q145", "Q30", "Q7747"


def inv(doc, src=(RUSSIA,), tgt=(UKRAINE,), day=None, pub=date(2023, 3, 13), **kw):
    """An invasion report: dated by its report unless ``day`` is given."""
    basis = kw.pop("basis", "report" if day is None else "stated")
    return rep(doc, plover="ASSAULT", cls="Invasion", parts=(), src=src, tgt=tgt,
               date_=day or pub.isoformat(), basis=basis, pub=pub, **kw)


def test_an_invasion_mentioned_a_year_apart_is_one_event():
    spring = inv("a", pub=date(2022, 4, 11))
    next_year = inv("b", pub=date(2023, 3, 13))
    assert lasting(spring) and lasting(next_year)
    assert window(next_year) == (date(2021, 3, 13), date(2023, 3, 13))
    assert same_event(spring, next_year)
    # the invader named by his president is his state; a day carried from the statement it comes
    # under, or no date at all, is no date of its own
    assert same_event(spring, inv("b", src=(PUTIN,), day="2023-03-12", carried=True))
    assert same_event(spring, inv("b", basis=None, day=None, mod="planned"))
    # more than two years apart, the other invader, or the invaded reversed: other events
    assert refusal(spring, inv("b", pub=date(2024, 6, 1))) == "date"
    assert not same_event(spring, inv("b", src=(GEORGIA,)))
    assert not same_event(spring, inv("b", src=(UKRAINE,), tgt=(RUSSIA,)))


def test_an_invasion_dated_in_its_own_words_keeps_its_date():
    later = inv("b", pub=date(2022, 7, 29))
    began = inv("a", tgt=(), day="2022-02-24", pub=date(2022, 7, 23), text="24 February")
    assert lasting(began)  # the invader alone: still the invasion
    assert window(began) == (date(2022, 2, 23), date(2022, 2, 25))
    assert same_event(began, later)
    # a year earlier in its own words is an earlier invasion of the same state
    assert refusal(inv("a", day="2014-02-27", pub=date(2022, 7, 23), text="in 2014"), later) == "date"
    # the invader alone with no date of its own ("20 months into Russia's invasion") is still the
    # invasion when the other report names the invaded too; two such mentions alone may be two wars
    alone = inv("a", tgt=(), pub=date(2022, 7, 23))
    assert same_event(alone, later)
    assert refusal(alone, inv("b", tgt=(), pub=date(2023, 7, 29))) == "date"
    # "spoke yesterday about the invasion": a day near its report is the sentence's, not the invasion's
    yesterday = inv("a", day="2023-10-03", pub=date(2023, 10, 4), text="yesterday")
    assert window(yesterday)[0] == date(2021, 10, 4)
    assert same_event(yesterday, later)


def test_only_an_invasion_by_a_state_of_another_side_reaches_that_far():
    spring = inv("a", pub=date(2022, 4, 11))
    # an attack of the same two states is no lasting event: its half year is kept
    attack = rep("b", plover="ASSAULT", cls="Attack", parts=(), src=(RUSSIA,), tgt=(UKRAINE,),
                 date_="2023-03-13", basis="report", pub=date(2023, 3, 13))
    assert not lasting(attack) and refusal(spring, attack) == "date"
    assert window(attack)[0] == date(2022, 9, 14)
    # an invasion by a group the gazetteer does not know as a state, or of no one
    assert not lasting(inv("b", src=("separatists",)))
    assert refusal(spring, inv("b", src=("separatists",), tgt=(UKRAINE,))) is not None


def test_every_mention_of_one_invasion_goes_into_one_event():
    mentions = [inv("a", pub=date(2022, 4, 5), day="2022-04-05", carried=True),
                inv("b", pub=date(2022, 4, 11)), inv("c", pub=date(2022, 7, 29)),
                inv("d", tgt=(), day="2022-02-24", pub=date(2022, 7, 23), text="24 February"),
                inv("e", pub=date(2023, 3, 13), day="2023-03-12", carried=True)]
    made = clusters(mentions)
    assert [sorted(r.doc[-1] for r in m) for m in made.values()] == [list("abcde")]


def test_a_meeting_naming_one_side_is_one_only_with_a_report_of_the_same_stated_day():
    meeting = {"plover": "CONSULT", "cls": "Meeting", "pub": date(2023, 3, 13)}
    one_side = rep("a", parts=(UK, "rishi-sunak"), date_="2023-03-13", carried=True, **meeting)
    with_biden = rep("b", parts=("Q6279", "rishi-sunak"), date_="2023-03-13", **meeting)
    assert same_event(one_side, with_biden)
    # a meeting of the same person with another leader the day before is another meeting
    earlier = rep("b", parts=("Q3881317", "rishi-sunak"), date_="2023-03-12", carried=True, **meeting)
    assert refusal(one_side, earlier) == "date"
    # a report without a time is its day's news: the same day's meeting, not the next day's
    untimed = rep("a", parts=(UK, "rishi-sunak"), date_="2023-03-13", basis="report", **meeting)
    assert same_event(untimed, with_biden)
    next_day = rep("b", parts=("Q6279", "rishi-sunak"), date_="2023-03-14", pub=date(2023, 3, 14),
                   plover="CONSULT", cls="Meeting")
    assert refusal(rep("a", parts=(UK, "rishi-sunak"), date_="2023-03-14", basis="report",
                       pub=date(2023, 3, 14), plover="CONSULT"), next_day) is None
    assert refusal(untimed, next_day) == "date"
    # a date without its basis (an older store) is read as stated
    assert same_event(rep("a", parts=(UK, "rishi-sunak"), date_="2023-03-13", basis=None, text="Monday",
                          **meeting), with_biden)
    # two reports of one side's cooperation, one of them planned and undated: too little to say one
    cooperation = {"plover": "COOPERATE", "parts": (UK,)}
    assert refusal(rep("a", date_="2022-04-11", carried=True, pub=date(2022, 4, 11), **cooperation),
                   rep("b", mod="planned", pub=date(2022, 4, 5), **cooperation)) == "date"
    # a directed type is not held to it: one government's sanctions of a day, undated in one report
    sanction = {"plover": "SANCTION", "parts": (), "src": (US,), "pub": date(2023, 2, 9)}
    assert same_event(rep("a", date_="2023-02-09", basis="report", **sanction),
                      rep("b", date_="2023-02", text="February 2023", **sanction))


def test_a_war_named_by_its_invader_alone_is_not_the_strike_of_the_day():
    """A statement that names the war by its invader alone ("twenty months into Russia's war") on
    the day of a strike it condemns names the war, not the strike; it joins the war's other reports."""
    war = inv("a", tgt=(), pub=date(2023, 10, 6))
    strike = rep("b", plover="ASSAULT", cls="Attack", parts=(), src=(RUSSIA,), tgt=(UKRAINE,),
                 date_="2023-10-05", carried=True, pub=date(2023, 10, 6))
    assert refusal(war, strike) == "class"
    assert same_event(war, inv("c", pub=date(2023, 7, 20)))
    # the war with both sides named, or with a day of its own, is judged as before
    both = inv("d", pub=date(2023, 10, 6))
    assert refusal(both, strike) != "class"
    began = inv("e", tgt=(), day="2023-10-05", pub=date(2023, 10, 6), text="on Thursday")
    assert refusal(began, strike) != "class"
    # two strikes of the invader on two days stay apart
    other = rep("f", plover="ASSAULT", cls="Attack", parts=(), src=(RUSSIA,), tgt=(UKRAINE,),
                date_="2023-09-28", text="on 28 September", pub=date(2023, 10, 6))
    assert refusal(strike, other) == "date"
