"""Reports of one attack told differently: one names no author, only the body hit; another took that
body for the author and the state of the place for the target; a peace operation hit is the UN hit.
And the attacks that must stay apart: another day, a victim that can be an author, another place."""
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import refusal, same_event
from kg.identity.sides import acts_for, state_of_place
from tests.identity.test_link import rep

UN, NIGERIA, AFGHANISTAN, MALI = "Q1065", "Q1033", "Q889", "Q912"
ISRAEL, HAMAS, RUSSIA, UKRAINE, MINUSMA = "Q801", "Q38799", "Q159", "Q212", "minusma"
DAY, PUB = "2024-03-05", date(2024, 3, 5)


def attack(doc, src=(), tgt=(), day=DAY, pub=PUB, **kw):
    return rep(doc, parts=(), src=src, tgt=tgt, plover="ASSAULT", date_=day, pub=pub, cls="Attack", **kw)


def told_today(doc, src=(), tgt=(), pub=PUB, **kw):
    """A report the text gives no time: its report's day, today's news."""
    return attack(doc, src, tgt, day=pub.isoformat(), pub=pub, basis="report", **kw)


def test_the_body_hit_taken_for_the_author_is_the_attack_that_names_no_author():
    # "Security Council condemns this morning's bombing of the UN building" and "Car bomb hits
    # UN offices in Nigerian capital" (the UN read as the source, the state of the place as target)
    condemned = attack("a", tgt=(UN,), text="this morning")
    wire = told_today("b", src=(UN,), tgt=(NIGERIA,))
    assert same_event(condemned, wire)
    assert same_event(wire, condemned)
    # the body and the state both read as sources ("a blast at the UN offices in Nigeria")
    assert same_event(condemned, attack("c", src=(UN, NIGERIA), text="Friday"))


def test_a_victim_that_can_be_an_author_keeps_the_direction():
    # "the rocket attack on Israel" and "Israel struck Hamas targets" on one day: two attacks
    on_israel = attack("a", tgt=(ISRAEL,), text="on Tuesday")
    assert refusal(on_israel, told_today("b", src=(ISRAEL,), tgt=(HAMAS,))) == "participants"
    # "Ukraine's drone attack on Russia" is not "the strike on Ukraine" of the same day
    on_ukraine = attack("a", tgt=(UKRAINE,), text="overnight")
    assert refusal(on_ukraine, told_today("b", src=(UKRAINE,), tgt=(RUSSIA,))) == "participants"


def test_the_body_taken_for_the_author_needs_the_same_day_and_a_state_as_target():
    condemned = attack("a", tgt=(UN,), text="this morning")
    # a report of two days later (an attack is told for days after it) is not of that day
    later = told_today("b", src=(UN,), tgt=(NIGERIA,), pub=date(2024, 3, 7))
    assert refusal(condemned, later) == "participants"
    # the body acting on an armed group is the body acting, not the body hit
    assert refusal(condemned, told_today("b", src=(UN,), tgt=(HAMAS,))) == "participants"
    # both name an author: a reversed pair stays reversed
    assert not same_event(attack("a", src=(HAMAS,), tgt=(UN,)), told_today("b", src=(UN,), tgt=(NIGERIA,)))


def test_the_place_of_the_attack_names_the_state_the_body_was_hit_in():
    assert state_of_place("Abuja") == NIGERIA
    in_abuja = attack("a", tgt=(UN,), text="this morning", place="Abuja")
    assert same_event(in_abuja, told_today("b", src=(UN,), tgt=(NIGERIA,)))
    # the same morning's bombing of a UN office in another country is another attack
    assert refusal(in_abuja, told_today("b", src=(UN,), tgt=(AFGHANISTAN,))) == "participants"


def test_a_peace_operation_acts_for_the_un():
    assert acts_for(MINUSMA) == {UN}
    # "the attack on a MINUSMA camp in Mali" and "the attack on the UN in Mali": one side each
    camp = told_today("a", tgt=(MINUSMA, MALI))
    assert same_event(camp, attack("b", tgt=(UN, MALI), text="Sunday"))
    # another body's mission is not the UN
    assert refusal(camp, attack("b", tgt=("Q7159", MALI), text="Sunday")) == "participants"


def test_three_reports_of_one_bombing_make_one_event_and_another_days_strike_stays_apart():
    council = attack("a", tgt=(UN,), text="this morning")
    press = attack("b", tgt=(UN,), text="on 5 March 2024")
    wire = told_today("c", src=(UN,), tgt=(NIGERIA,))
    other_day = attack("d", tgt=(UN,), day="2024-03-09", pub=date(2024, 3, 9), text="Saturday")
    found = clusters([council, press, wire, other_day])
    assert [sorted(r.doc[-1] for r in m) for m in found.values()] == [["a", "b", "c"]]


def test_strikes_on_one_state_on_different_days_stay_apart():
    monday = attack("a", src=(RUSSIA,), tgt=(UKRAINE,), day="2024-03-04", pub=date(2024, 3, 4), text="Monday")
    thursday = attack("b", tgt=(UKRAINE,), day="2024-03-07", pub=date(2024, 3, 7), text="Thursday")
    assert refusal(monday, thursday) == "date"


def test_two_attacks_whose_words_give_two_days_are_two_attacks():
    # "the attack earlier today" in Saturday's statement and "Sunday's attack" in Sunday's
    saturday = attack("a", tgt=(MALI,), day="2024-03-09", pub=date(2024, 3, 9), text="earlier today")
    sunday = attack("b", tgt=(UN, MALI), day="2024-03-10", pub=date(2024, 3, 10), text="Sunday")
    assert refusal(saturday, sunday) == "date"
    # a day carried from the statement (not in the attack's own words) keeps its day of slack
    carried = attack("c", tgt=(MALI,), day="2024-03-10", pub=date(2024, 3, 10), carried=True)
    assert same_event(saturday, carried)
    # other types keep the slack of a day between two stated days
    assert same_event(rep("a", date_="2024-03-09"), rep("b", date_="2024-03-10"))
