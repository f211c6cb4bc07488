"""The linker's rules, on hand-made reports: when two reports are one event, and the clusters."""
import random
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import refusal, rwe_iri, same_event, window
from kg.identity.report import Report

EV = "https://w3id.org/dipkg/event/"
DOC = "https://w3id.org/dipkg/doc/"


def rep(doc, n=0, plover="CONSULT", parts=("Q1", "Q2"), src=(), tgt=(), date_=None, basis="stated",
        mod="asserted", cls=None, place=None, pub=date(2025, 8, 19), text=None, carried=False) -> Report:
    """A report; a stated date is given in its own words (``text``, by default the date itself) unless
    ``carried`` (the day of the statement it comes under: no date text)."""
    if date_ and basis == "stated" and text is None and not carried:
        text = date_
    return Report(iri=f"{EV}{doc}/{n}", doc=DOC + doc, plover=plover, event_class=cls,
                  participants=frozenset(parts) | frozenset(src) | frozenset(tgt), source=frozenset(src),
                  target=frozenset(tgt), date=date_, basis=basis if date_ else None, date_text=text,
                  modality=mod, place=place, published=pub)


def test_one_call_reported_twice_is_one_event():
    assert same_event(rep("a", date_="2025-08-18"), rep("b", date_="2025-08-18"))


def test_reports_in_one_document_are_never_linked():
    assert not same_event(rep("a", 0, date_="2025-08-18"), rep("a", 1, date_="2025-08-18"))


def test_a_different_type_is_a_different_event():
    assert not same_event(rep("a", date_="2025-08-18"), rep("b", plover="AGREE", date_="2025-08-18"))


def test_days_apart_are_different_events_but_a_day_of_slack_is_kept():
    assert same_event(rep("a", date_="2025-08-18"), rep("b", date_="2025-08-19"))
    assert not same_event(rep("a", date_="2025-08-18"), rep("b", date_="2025-08-21"))


def test_a_day_falls_inside_a_month_and_a_year():
    assert same_event(rep("a", date_="2025-08-18"), rep("b", date_="2025-08"))
    assert same_event(rep("a", date_="2025-08-18"), rep("b", date_="2025"))
    assert not same_event(rep("a", date_="2025-08-18"), rep("b", date_="2025-06"))


def test_an_event_dated_by_its_report_happened_before_it_within_half_a_year():
    # "defended the October 7 attacks" in a statement of 13 December: the text gives the attack no
    # time, so it took its report's day; it is still the attack another report dates 7 October
    dated_by_report = rep("b", plover="ASSAULT", date_="2023-12-13", basis="report", pub=date(2023, 12, 13))
    assert window(dated_by_report) == (date(2023, 6, 16), date(2023, 12, 13))
    assert same_event(rep("a", plover="ASSAULT", date_="2023-10-07", pub=date(2023, 10, 8)), dated_by_report)
    # not an event after its report, nor one a year before
    assert refusal(rep("a", plover="ASSAULT", date_="2023-12-20"), dated_by_report) == "date"
    assert refusal(rep("a", plover="ASSAULT", date_="2022-12-01", pub=date(2022, 12, 2)),
                   dated_by_report) == "date"


def test_last_week_is_read_against_the_report():
    r = rep("b", text="last week", date_=None, pub=date(2025, 8, 22))
    lo, hi = window(r)
    assert lo <= date(2025, 8, 15) <= hi < date(2025, 8, 22)
    assert same_event(rep("a", date_="2025-08-15"), r)


def test_equal_stated_dates_meet_whatever_the_reports_publication_gap():
    # "the attacks of 7 October 2023" in a text of the next year and that day's report; a month
    # against a day in it a year later
    attack = {"plover": "ASSAULT", "parts": ("Q38799", "Q801")}
    assert same_event(rep("a", date_="2023-10-07", pub=date(2023, 10, 7), **attack),
                      rep("b", date_="2023-10-07", pub=date(2024, 11, 19), **attack))
    assert same_event(rep("a", date_="2023-02-09", pub=date(2023, 2, 9), **attack),
                      rep("b", date_="2023-02", pub=date(2024, 2, 1), **attack))


def test_week_words_name_their_days_whatever_day_they_resolved_to():
    # "earlier this week" in a Friday's report, resolved to the report's day: Monday's meeting too
    week = rep("b", date_="2024-05-17", text="earlier this week", pub=date(2024, 5, 17))
    assert window(week) == (date(2024, 5, 11), date(2024, 5, 16))
    assert same_event(rep("a", date_="2024-05-13", pub=date(2024, 5, 13)), week)
    # "last week" of a Monday's report, resolved to the month before: the days of the week before
    last = rep("b", date_="2024-04", text="last week", pub=date(2024, 5, 6))
    assert same_event(rep("a", date_="2024-05-02", pub=date(2024, 5, 2)), last)
    assert refusal(rep("a", date_="2024-04-10", pub=date(2024, 4, 10)), last) == "date"
    # a planned meeting "later this week" starts at its report
    later = rep("b", date_="2024-05-13", text="later this week", mod="planned", pub=date(2024, 5, 13))
    assert window(later) == (date(2024, 5, 13), date(2024, 5, 19))


def test_directed_events_must_not_be_reversed_symmetric_ones_may():
    a = rep("a", plover="SANCTION", parts=(), src=("Q30",), tgt=("Q159",), date_="2025-08-18")
    b = rep("b", plover="SANCTION", parts=(), src=("Q159",), tgt=("Q30",), date_="2025-08-18")
    assert not same_event(a, b)
    c = rep("a", parts=(), src=("Q1",), tgt=("Q2",), date_="2025-08-18")
    d = rep("b", parts=(), src=("Q2",), tgt=("Q1",), date_="2025-08-18")
    assert same_event(c, d)


def test_one_shared_actor_among_many_is_not_enough():
    assert not same_event(rep("a", parts=("Q1", "Q2"), date_="2025-08-18"),
                          rep("b", parts=("Q1", "Q3"), date_="2025-08-18"))
    assert same_event(rep("a", parts=("Q1",), date_="2025-08-18"),
                      rep("b", parts=("Q1", "Q3"), date_="2025-08-18"))
    assert not same_event(rep("a", parts=("Q1",), date_="2025-08-18"),
                          rep("b", parts=("Q1", "Q3", "Q4"), date_="2025-08-18"))


def test_planned_and_asserted_are_one_event_negated_is_not():
    planned = rep("a", date_="2025-08-15", mod="planned", pub=date(2025, 8, 10))
    assert same_event(planned, rep("b", date_="2025-08-15"))
    assert not same_event(rep("a", date_="2025-08-15", mod="negated"), rep("b", date_="2025-08-15"))


def test_a_call_and_a_meeting_the_same_day_are_two_events():
    call, meeting = rep("a", cls="PhoneCall", date_="2025-08-18"), rep("b", cls="Meeting", date_="2025-08-18")
    assert not same_event(call, meeting)
    assert same_event(rep("a", cls="Meeting", date_="2025-08-18"), rep("b", cls="Summit", date_="2025-08-18"))


def test_an_invitation_and_a_demand_of_one_call_are_two_requests():
    kw = dict(plover="REQUEST", src=("Q1",), tgt=("Q2",), date_="2025-08-18")
    invitation, demand = rep("a", cls="Invitation", **kw), rep("b", cls="Demand", **kw)
    assert refusal(invitation, demand) == "class"
    assert same_event(rep("a", cls="Appeal", **kw), rep("b", cls="Demand", **kw))
    assert same_event(rep("a", cls="Invitation", **kw), rep("b", **kw))  # a request of no class may be either


def test_two_places_are_two_events():
    geneva = rep("a", place="Geneva", date_="2025-08-18")
    vienna = rep("b", place="Vienna", date_="2025-08-18")
    assert not same_event(geneva, vienna)
    assert same_event(rep("a", place="Geneva", date_="2025-08-18"), rep("b", date_="2025-08-18"))


def _iris(reports):
    return {w: [r.iri for r in ms] for w, ms in clusters(reports).items()}


def test_clusters_do_not_depend_on_order():
    reports = [rep(d, n, date_=f"2025-08-{day}", parts=parts) for n, (day, parts) in enumerate(
        [("10", ("Q1", "Q2")), ("18", ("Q1", "Q2")), ("18", ("Q3", "Q4")), ("25", ("Q1", "Q2"))])
        for d in ("a", "b", "c")]
    first = _iris(reports)
    assert len(first) == 4 and all(len(m) == 3 for m in first.values())
    assert all(w == rwe_iri([min(m)]) for w, m in first.items())  # named for its smallest report
    rng = random.Random(7)
    for _ in range(20):
        rng.shuffle(reports)
        assert _iris(reports) == first


def test_a_bridging_report_joins_one_event_and_its_removal_leaves_them_as_before():
    a = [rep(d, parts=("Q1", "Q2"), date_="2025-08-18") for d in ("a", "d")]
    c = [rep(d, parts=("Q1", "Q2"), date_="2025-08-21") for d in ("c", "e")]  # three days from a
    b = rep("b", parts=("Q1", "Q2"), date_="2025-08")  # the month: linked with all four
    before = _iris(a + c)
    assert sorted(map(len, before.values())) == [2, 2]
    after = _iris([b, *c, *a])
    assert sorted(map(len, after.values())) == [2, 3]  # b joins one event; the two do not merge
    assert after == _iris([*a, *c, b])
    assert _iris(a + c) == before


def test_no_chaining_every_pair_in_an_event_is_linked():
    a = rep("a", parts=("Q1", "Q2"), date_="2025-08-18")
    b = rep("b", parts=("Q1", "Q2"), date_="2025-08-19")
    c = rep("c", parts=("Q1", "Q2"), date_="2025-08-21")
    out = _iris([a, b, c])
    assert len(out) == 1 and len(next(iter(out.values()))) == 2
