"""Rules that let reports of one event told in other words link (issue 13): a leader and the state he
leads, an unresolved group of a state's agents, a dialogue told the next day, a war as a lasting event;
and the one that keeps a bilateral apart from the trilateral of the same day. Hand-made reports whose
actors are the gazetteer's own."""
from datetime import date

from kg.extract.language import load_language
from kg.identity.link import lasting, refusal, same_event
from kg.identity.rules import rules
from kg.identity.sides import acts_for, state_of_agents
from tests.identity.test_link import rep

ALIYEV, PASHINYAN, AZERBAIJAN, ARMENIA = "ilham-aliyev", "nikol-pashinyan", "Q227", "Q399"
BLINKEN, BIDEN, SUNAK, ALBANESE = "antony-blinken", "Q6279", "rishi-sunak", "anthony-albanese"
US, UK, AUSTRALIA, DRC, RWANDA, RUSSIA, UKRAINE = "Q30", "Q145", "Q408", "Q974", "Q1037", "Q159", "Q212"


def meet(doc, parts, day="2025-08-08", pub=date(2025, 8, 8), **kw):
    return rep(doc, parts=parts, date_=day, pub=pub, **kw)


def test_a_leader_and_the_state_he_leads_are_one_anchor():
    leaders = meet("a", (ALIYEV, PASHINYAN), pub=date(2025, 8, 28), text="8 August")
    states = meet("b", (AZERBAIJAN, ARMENIA), basis="report")
    assert same_event(leaders, states) and same_event(states, leaders)
    # the state named beside one leader, the other leader's state alone
    assert same_event(meet("a", (ALIYEV, ARMENIA)), meet("b", (AZERBAIJAN, PASHINYAN)))


def test_a_minister_or_a_former_leader_is_no_anchor_for_his_state():
    # the Secretary of State acts for the United States, but he does not stand for it at a meeting
    assert refusal(meet("a", (BLINKEN, ALIYEV)), meet("b", (US, ARMENIA))) == "participants"
    # Biden no longer leads the United States in 2025: "Biden and Aliyev" is not "the US and Azerbaijan"
    assert refusal(meet("a", (BIDEN, ARMENIA)), meet("b", (US, ARMENIA))) == "participants"
    # a leader on one report's day only (one report dated before he took office) anchors neither
    before = meet("a", (SUNAK, AUSTRALIA), day="2022-10-20", pub=date(2022, 10, 20))
    after = meet("b", (UK, AUSTRALIA), day="2022-10-26", pub=date(2022, 10, 26), basis="report")
    assert refusal(before, after) == "participants"


def test_an_unresolved_group_of_a_states_agents_stands_for_the_state():
    assert state_of_agents("rwandan-foreign-ministers") == RWANDA
    assert state_of_agents("iranian-officials") == "Q794"
    assert acts_for("rwandan-foreign-ministers") == {RWANDA}
    # a name that goes on otherwise is no agency; a gazetteer actor is what the gazetteer says
    assert state_of_agents("palestinian-islamic-jihad") is None
    assert state_of_agents("rwandan-coffee-growers") is None
    assert state_of_agents(RWANDA) is None
    signed = rep("a", plover="AGREE", parts=(), src=(DRC, "rwandan-foreign-ministers"), date_="2025-06-27",
                 pub=date(2025, 6, 27), text="today")
    welcomed = rep("b", plover="AGREE", parts=(DRC, RWANDA, US), date_="2025-06-27", pub=date(2025, 6, 27))
    assert same_event(signed, welcomed)
    # growers are no side of the state: three sides named by one report only
    growers = rep("a", plover="AGREE", parts=(DRC, "rwandan-coffee-growers"), date_="2025-06-27",
                  pub=date(2025, 6, 27))
    assert refusal(growers, welcomed) == "participants"


def test_a_dialogue_told_the_next_day_by_the_guest_is_the_hosts():
    host = rep("a", parts=(US,), date_="2023-07-19", pub=date(2023, 7, 20), text="July 19")
    guest = rep("b", parts=(UK, US), date_="2023-07-20", pub=date(2023, 7, 20), carried=True)
    assert same_event(host, guest) and same_event(guest, host)
    by_report = rep("b", parts=(UK, US), date_="2023-07-20", pub=date(2023, 7, 20), basis="report")
    assert same_event(host, by_report)
    # two days neither report's words give are each its day's news
    carried = rep("a", parts=(US,), date_="2023-07-19", pub=date(2023, 7, 19), carried=True)
    assert refusal(carried, guest) == "date"
    # a day given in words on both sides must be the same day; the next day's news is not two days on
    assert refusal(host, rep("b", parts=(UK, US), date_="2023-07-20", pub=date(2023, 7, 20))) == "date"
    assert refusal(host, rep("b", parts=(UK, US), date_="2023-07-21", pub=date(2023, 7, 21),
                             carried=True)) == "date"
    # the guest's statement does not reach back to a day after the host's
    assert refusal(rep("a", parts=(US,), date_="2023-07-21", pub=date(2023, 7, 21), text="July 21"),
                   guest) == "date"


def test_the_leaders_bilateral_is_not_their_trilateral_of_the_same_day():
    day = {"day": "2023-03-13", "pub": date(2023, 3, 13)}
    two = meet("a", (SUNAK, BIDEN), **day)
    three = meet("b", (SUNAK, BIDEN, ALBANESE), **day)
    assert refusal(two, three) == "participants" and refusal(three, two) == "participants"
    # a report that names a state beside the two leaders may tell their meeting more widely
    assert same_event(two, meet("b", (SUNAK, BIDEN, AUSTRALIA), **day))
    # a report that names one leader only is not held to it
    assert same_event(meet("a", (SUNAK, US), **day), three)
    # a directed event is not concerned: three leaders who sanction a fourth are compared as before
    sanction = {"plover": "SANCTION", "parts": ()}
    assert same_event(rep("a", src=(SUNAK, BIDEN), tgt=(RUSSIA,), date_="2023-03-13", **sanction),
                      rep("b", src=(SUNAK, BIDEN, ALBANESE), tgt=(RUSSIA,), date_="2023-03-13", **sanction))


def war(doc, pub, cls="War", **kw):
    return rep(doc, plover="ASSAULT", cls=cls, parts=(), src=(RUSSIA,), tgt=(UKRAINE,),
               date_=pub.isoformat(), basis="report", pub=pub, **kw)


def test_a_war_is_a_lasting_event_as_an_invasion_is():
    assert "War" in rules().lasting_classes
    assert {t.event_class for t in load_language().lexicon.candidates("war")} == {"War"}
    summer = war("a", date(2023, 7, 20))
    autumn = war("b", date(2023, 10, 6))
    assert lasting(summer) and same_event(summer, autumn)
    assert same_event(summer, war("b", date(2023, 10, 6), cls="Invasion"))
    # a strike is one day's deed: months apart it is another event
    assert refusal(summer, war("b", date(2023, 10, 6), cls="Attack")) == "date"
    # another war of the invader's is another event
    assert not same_event(summer, rep("b", plover="ASSAULT", cls="War", parts=(), src=(RUSSIA,),
                                      tgt=("Q230",), date_="2023-10-06", basis="report",
                                      pub=date(2023, 10, 6)))


def test_a_visit_and_the_meeting_it_holds_on_another_day_are_two_events():
    # the arrival on Monday and Tuesday's meeting with the president: one kind each, two days apart
    guest, host = "Q1", "Q2"
    visit = rep("a", parts=(guest, host), date_="2022-04-25", cls="Visit", pub=date(2022, 5, 6))
    meeting = rep("b", parts=(guest, host), date_="2022-04-26", cls="Meeting", pub=date(2022, 4, 26))
    assert refusal(visit, meeting) == "date"
    # one kind told on two days a day apart keeps its slack (a readout published the next day)
    assert same_event(rep("a", parts=(guest, host), date_="2022-04-25", cls="Meeting"),
                      rep("b", parts=(guest, host), date_="2022-04-26", cls="Meeting"))
    # a visit and a meeting of one day are one event, as before
    assert same_event(visit, rep("b", parts=(guest, host), date_="2022-04-25", cls="Meeting"))


def test_statements_said_on_two_stated_days_are_two_events():
    # the Secretary repeats his call on the generals in Tuesday's readout and in Wednesday's: two calls
    speaker, hearer = "Q1", "Q2"
    tuesday = rep("a", plover="REQUEST", parts=(), src=(speaker,), tgt=(hearer,), date_="2021-10-26",
                  pub=date(2021, 10, 26))
    wednesday = rep("b", plover="REQUEST", parts=(), src=(speaker,), tgt=(hearer,), date_="2021-10-27",
                    pub=date(2021, 10, 27))
    assert refusal(tuesday, wednesday) == "date"
    # the day carried from the statement it comes under counts as stated too
    carried = rep("b", plover="REQUEST", parts=(), src=(speaker,), tgt=(hearer,), date_="2021-10-27",
                  carried=True, pub=date(2021, 10, 27))
    assert refusal(tuesday, carried) == "date"
    # one statement told on its day and by a report the next day, dated by that report, is still one
    next_day = rep("b", plover="REQUEST", parts=(), src=(speaker,), tgt=(hearer,), date_="2021-10-27",
                   basis="report", pub=date(2021, 10, 27))
    assert same_event(tuesday, next_day)
    # a deed (not a statement) keeps its day of slack
    deed = {"plover": "SANCTION", "parts": (), "src": (speaker,), "tgt": (hearer,)}
    assert same_event(rep("a", date_="2021-10-26", **deed), rep("b", date_="2021-10-27", **deed))
