"""The linker's rules on participants, statements, windows and clusters, on hand-made reports whose
actors are the gazetteer's own (a leader and his country, an agency and its government, an organ
and its organisation)."""
from datetime import date
from itertools import combinations, product

from kg.gazetteer import Gazetteer
from kg.identity.cluster import clusters
from kg.identity.link import refusal, same_event, window
from kg.identity.participants import anchors, side_keys
from kg.identity.rules import rules
from kg.identity.sides import acts_for
from tests.identity.test_link import rep

BIDEN, PUTIN, BLINKEN, LAVROV = "Q6279", "Q7747", "antony-blinken", "sergei-lavrov"
US, UK, RUSSIA, IRAN, UN = "Q30", "Q145", "Q159", "Q794", "Q1065"
TREASURY, COUNCIL, GUTERRES, HAMAS = "us-treasury", "Q37470", "antonio-guterres", "Q38799"
DAY, PUB = "2023-07-10", date(2023, 7, 11)


def r(doc, parts=(), src=(), tgt=(), plover="CONSULT", day=DAY, pub=PUB, **kw):
    return rep(doc, parts=parts, src=src, tgt=tgt, plover=plover, date_=day, pub=pub, **kw)


def test_an_actor_acts_for_the_body_of_the_office_held_that_day():
    assert acts_for(BIDEN, date(2023, 7, 10)) == {US}
    assert acts_for(BIDEN, date(2026, 1, 10)) == frozenset()  # no longer president
    assert acts_for(TREASURY) == {US}
    assert acts_for(COUNCIL) == {UN}
    assert acts_for(GUTERRES, date(2024, 1, 3)) == {UN}  # his office, not his nationality
    assert acts_for(HAMAS) == frozenset()


def test_a_leader_counts_as_his_country():
    assert same_event(r("a", (US, RUSSIA, PUTIN)), r("b", (BIDEN, PUTIN)))
    assert same_event(r("a", (UK, BIDEN)), r("b", (BIDEN, "rishi-sunak")))
    # one actor named by both reports is needed (the candidate lookup goes by actor), or a leader
    # in one and the state he leads that day in the other; a minister is not his state's anchor
    assert same_event(r("a", (US, RUSSIA)), r("b", (BIDEN, PUTIN)))
    assert refusal(r("a", (US, RUSSIA)), r("b", (BLINKEN, LAVROV))) == "participants"
    # a former president is no longer his country
    later = {"day": "2026-01-10", "pub": date(2026, 1, 11)}
    assert refusal(r("a", (US, RUSSIA, PUTIN), **later), r("b", (BIDEN, PUTIN), **later)) == "participants"


def test_an_agency_counts_as_its_government():
    a = r("a", src=(TREASURY,), tgt=(HAMAS,), plover="SANCTION")
    assert same_event(a, r("b", src=(US,), tgt=(HAMAS,), plover="SANCTION"))
    assert not same_event(a, r("b", src=(UK,), tgt=(HAMAS,), plover="SANCTION"))


def test_two_people_for_one_side_are_two_events():
    assert refusal(r("a", (BIDEN, PUTIN)), r("b", (BIDEN, LAVROV))) == "participants"
    assert same_event(r("a", (BIDEN, PUTIN)), r("b", (BIDEN, PUTIN, LAVROV)))


def test_an_organ_and_an_officer_of_one_body_are_one_participant_outside_statements():
    council = r("a", src=(COUNCIL,), tgt=(IRAN,), plover="ASSAULT", day="2024-01-03", pub=date(2024, 1, 4))
    chief = r("b", src=(GUTERRES,), tgt=(IRAN,), plover="ASSAULT", day="2024-01-03", pub=date(2024, 1, 3))
    assert same_event(council, chief)
    # their two condemnations of that attack are two statements
    said = {"plover": "ACCUSE", "day": "2024-01-03", "pub": date(2024, 1, 4)}
    council_said = r("a", src=(COUNCIL,), tgt=(IRAN,), **said)
    assert refusal(council_said, r("b", src=(GUTERRES,), tgt=(IRAN,), **said)) == "participants"


def test_a_statement_needs_a_matching_speaker_and_addressee_in_both():
    said = {"plover": "ACCUSE"}
    assert same_event(r("a", src=(US,), tgt=(RUSSIA,), **said), r("b", src=(BIDEN,), tgt=(RUSSIA,), **said))
    assert not same_event(r("a", src=(US,), tgt=(RUSSIA,), **said), r("b", src=(UK,), tgt=(RUSSIA,), **said))
    assert not same_event(r("a", src=(US,), tgt=(RUSSIA,), **said), r("b", (RUSSIA,), **said))  # who spoke?
    # about no one: the same speaker on a stated day
    assert same_event(r("a", src=(GUTERRES,), **said), r("b", src=(GUTERRES,), tgt=(IRAN,), **said))
    assert not same_event(r("a", src=(US,), **said), r("b", src=(BIDEN,), **said))
    # or dated by its report to the same day as the other (two reports of one speaker's statement of
    # the day: a UN News story and the statement itself); not a day apart, nor by another speaker
    assert same_event(r("a", src=(GUTERRES,), basis="report", **said), r("b", src=(GUTERRES,), **said))
    day_before = r("a", src=(GUTERRES,), basis="report", day="2023-07-09", **said)
    assert not same_event(day_before, r("b", src=(GUTERRES,), **said))
    assert not same_event(r("a", src=(GUTERRES,), basis="report", **said), r("b", src=(UK,), **said))
    # a state as that speaker speaks through many voices a day (many_voiced_kinds): two statements
    assert not same_event(r("a", src=(US,), basis="report", **said), r("b", src=(US,), **said))
    assert same_event(r("a", src=(US,), tgt=(RUSSIA,), **said), r("b", src=(US,), tgt=(RUSSIA,), **said))


def test_a_bilateral_is_not_the_multilateral_call_of_the_same_evening():
    five = r("a", ("Q1", "Q2", "Q3", "Q4", "Q5"), cls="PhoneCall")
    assert refusal(five, r("b", ("Q1", "Q2"), cls="PhoneCall")) == "participants"
    assert same_event(five, r("b", ("Q1", "Q2", "Q3", "Q4"), cls="PhoneCall"))  # one leader left out
    # two shared, one more on each side: as many unmatched as matched
    assert same_event(r("a", ("Q1", "Q2", "Q3")), r("b", ("Q1", "Q2", "Q4")))


def test_an_asserted_event_happened_by_its_report_a_planned_one_after_it():
    asserted_month = r("a", ("Q1", "Q2"), day="2025-08", pub=date(2025, 8, 10))
    assert window(asserted_month)[1] == date(2025, 8, 10)
    assert not same_event(asserted_month, r("b", ("Q1", "Q2"), day="2025-08-20", pub=date(2025, 8, 21)))
    planned_month = r("a", ("Q1", "Q2"), day="2025-08", pub=date(2025, 8, 10), mod="planned")
    assert window(planned_month)[0] == date(2025, 8, 9)
    assert not same_event(planned_month, r("b", ("Q1", "Q2"), day="2025-08-05", pub=date(2025, 8, 6)))
    assert same_event(planned_month, r("b", ("Q1", "Q2"), day="2025-08-20", pub=date(2025, 8, 21)))


def test_one_report_at_odds_with_one_other_does_not_keep_it_out_of_an_event_of_three():
    a, b = r("a", ("Q1", "Q2")), r("b", ("Q1", "Q2"))
    geneva, vienna = r("c", ("Q1", "Q2"), place="Geneva"), r("d", ("Q1", "Q2"), place="Vienna")
    assert refusal(geneva, vienna) == "place"
    made = clusters([a, b, geneva, vienna])
    assert [len(m) for m in made.values()] == [4]
    # but a report linked with only one of a pair stays out (no chaining)
    made = clusters([a, geneva, vienna])
    assert sorted(len(m) for m in made.values()) == [2]


def test_places_refuse_only_in_different_states():
    assert refusal(r("a", ("Q1", "Q2"), place="Geneva"), r("b", ("Q1", "Q2"), place="Vienna")) == "place"
    assert same_event(r("a", ("Q1", "Q2"), place="Anchorage"), r("b", ("Q1", "Q2"), place="Alaska"))
    assert same_event(r("a", ("Q1", "Q2"), place="Paris"), r("b", ("Q1", "Q2"), place="France"))
    assert same_event(r("a", ("Q1", "Q2"), place="Woodside"), r("b", ("Q1", "Q2"), place="San Francisco"))
    beijing = r("a", ("Q1", "Q2"), place="Beijing")
    assert refusal(beijing, r("b", ("Q1", "Q2"), place="San Francisco")) == "place"


def test_every_organ_and_its_body_are_gazetteer_actors():
    known = Gazetteer.load().entries
    assert rules().organs
    assert all(organ in known and body in known for organ, body in rules().organs.items())


def test_linked_reports_share_two_sides_or_one_side_and_at_most_one_more():
    """The shape a candidate index relies on (kg.identity.participants.side_keys)."""
    pool = [BIDEN, PUTIN, LAVROV, US, RUSSIA, UK, TREASURY, COUNCIL, GUTERRES, IRAN, "Q1", "Q2"]
    reports = [r(f"d{i}", parts) for i, parts in enumerate(
        p for n in (1, 2, 3) for p in combinations(pool, n))]
    linked = 0
    for a, b in product(reports[:120], reports):
        if a.doc != b.doc and same_event(a, b):
            linked += 1
            ka, kb = set(side_keys(a)), set(side_keys(b))
            assert anchors(a) & b.participants and anchors(b) & a.participants
            assert len(ka & kb) >= 2 or (len(ka & kb) == 1 and len(ka ^ kb) <= 1), (a, b)
    assert linked > 100


def test_a_feared_event_joins_reports_of_the_same_fear_not_the_deed():
    feared = {"plover": "ASSAULT", "src": (RUSSIA,), "tgt": ("Q212",), "day": None, "mod": "hypothetical"}
    fear = r("a", pub=date(2022, 2, 12), **feared)
    # two reports of the same fear are one (possible) event
    assert same_event(fear, r("b", pub=date(2022, 2, 13), **feared))
    # a feared invasion is not the strike reported two weeks later, nor any other asserted attack
    deed = {"plover": "ASSAULT", "src": (RUSSIA,), "tgt": ("Q212",)}
    assert refusal(fear, r("c", day="2022-02-24", pub=date(2022, 2, 24), **deed)) == "modality"
    # a summit that "would be held" and one that "will be held" are one event ahead; held, it joins
    # the planned report, not the hypothetical one
    summit = {"plover": "CONSULT", "parts": (UK, US), "day": None}
    would = r("a", mod="hypothetical", pub=date(2023, 7, 10), **summit)
    will = r("b", mod="planned", pub=date(2023, 7, 11), **summit)
    held = r("c", (UK, US), day="2023-08-01", pub=date(2023, 8, 2))
    assert same_event(would, will) and same_event(will, held)
    assert refusal(would, held) == "modality"


def test_a_surname_alone_is_the_full_name_of_the_other_report():
    said = {"plover": "REQUEST"}
    full, short = "rosemary-dicarlo", "dicarlo"
    assert same_event(r("a", src=(full,), tgt=(RUSSIA,), **said), r("b", src=(short,), tgt=(RUSSIA,), **said))
    # not another full name ending alike, nor a key of the document's own, nor two candidates
    assert not same_event(r("a", src=("marco-dicarlo",), tgt=(RUSSIA,), **said),
                          r("b", src=("paolo-rossi",), tgt=(RUSSIA,), **said))
    own = r("report-smith", src=("police-report-smith",), tgt=(RUSSIA,), **said)  # its document's police
    assert not same_event(own, r("b", src=("smith",), tgt=(RUSSIA,), **said))
    two = r("a", src=(full, "marco-dicarlo"), tgt=(RUSSIA,), **said)
    assert not same_event(two, r("b", src=(short,), tgt=(RUSSIA,), **said))
