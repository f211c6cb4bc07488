"""Whether two reports are one real-world event, and the real-world events a set of reports makes.

A real-world event is a connected component of the relation :func:`same_event` over reports of
different documents. The relation depends on the two reports only, so the components (and the IRI
each takes from its smallest report IRI) do not depend on the order the documents came in.
"""
from __future__ import annotations

import calendar
import hashlib
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations

from kg.identity.report import Report
from kg.identity.rules import Rules, rules
from kg.identity.sides import acts_for, anchored, another_person, kind, leader_anchors, state_of_place

RWE = "https://w3id.org/dipkg/rwe/"
NEVER, ALWAYS = date.min, date.max
Window = tuple[date, date]
MAX_CONDEMNERS = 6  # persons of a candidate whose subsets may_agree tries as set aside
REPORTS_CACHED = 1 << 20  # reports whose sides are kept: a re-link of 1M reads each several times


def _span(value: str) -> tuple[date, date, bool] | None:
    """The days a date literal covers, and whether it names one day."""
    try:
        parts = [int(x) for x in value[:10].split("-")]
        if len(parts) == 3:
            d = date(*parts)
            return d, d, True
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1],
                                                     calendar.monthrange(*parts)[1]), False
        return date(parts[0], 1, 1), date(parts[0], 12, 31), False
    except (ValueError, TypeError):
        return None


def _shift(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return NEVER if days < 0 else ALWAYS


def window(r: Report, rule: Rules | None = None) -> Window:
    """The days ``r``'s event can have happened on, compared with any other report: its own window
    (:func:`_own_window`), or for a lasting event (:func:`lasting`) whose date its own words do not
    give, the ``lasting_window_days`` up to its report (:func:`pair_windows` keeps that reach to
    two lasting reports). The candidate keys file and look a report up by this window."""
    rule = rule or rules()
    if lasting(r, rule) and not _own_date(r, rule):
        return _lasting_window(r, rule)
    return _own_window(r, rule)


def lasting(r: Report, rule: Rules | None = None) -> bool:
    """``r`` is of a ``lasting_classes`` class (an invasion: one for an ordered pair of states over
    years) and names a state as its source and at least one side besides."""
    rule = rule or rules()
    if r.event_class not in rule.lasting_classes or _lone(r):
        return False
    of = sides(r)
    return any(kind(of[k]) == "state" for k in r.source)


def _own_date(r: Report, rule: Rules) -> bool:
    """The event's own words give its date ("which began on 24 February"), not its report or the
    statement it comes under, and that date ends more than ``carried_window_days`` before its
    report: a day closer to it is, as often, the day of the sentence's news ("spoke yesterday
    about the invasion")."""
    if not (r.basis == "stated" and r.date_text is not None and r.published):
        return False
    span = _span(r.date or "")
    return bool(span and span[1] < _shift(r.published, -rule.carried_window_days))


def _lasting_window(r: Report, rule: Rules) -> Window:
    pub = r.published
    if pub is None:
        return _own_window(r, rule)
    hi = _shift(pub, rule.undated_window_days) if r.modality == "planned" else pub
    return _shift(pub, -rule.lasting_window_days), hi


def _own_window(r: Report, rule: Rules) -> Window:
    """The days ``r``'s event can have happened on: its date's span (a day with a little slack, a
    month, a year), no later than its report when asserted, no earlier when planned; the days
    before its report when the report gave it its date (only that day's news for a statement, whose
    words a report without a time of their own gives as said then, and for a report naming one side:
    :func:`pair_windows`); for an undated event, the days its date
    words ("last week") name, or a window before (asserted) or after (planned) its report. An asserted
    event (not a statement) dated to a day its own words do not give (the statement or dateline it
    comes under) reaches ``carried_window_days`` back from that day."""
    if rule is rules():
        return _own_window_cached(r)
    return _own_window_by(r, rule)


@lru_cache(maxsize=REPORTS_CACHED)
def _own_window_cached(r: Report) -> Window:
    """:func:`_own_window` under the project's rules, kept (a re-link asks for each report's many times)."""
    return _own_window_by(r, rules())


def _own_window_by(r: Report, rule: Rules) -> Window:
    pub = r.published
    span = _span(r.date) if r.date else None
    near = _relative(r, rule)
    if near:  # "earlier this week", "last week": the days the words name, whatever day they resolved to
        return _by_report(r, *near, rule)
    if span and r.basis == "report":
        end = pub or span[1]
        if _lone(r) or r.plover in rule.statement_types:  # its day's news only (pair_windows)
            return _shift(end, -_news_days(r, rule)), end
        return _shift(end, -rule.report_window_days), end
    if span:
        lo, hi, day = span
        slack = rule.stated_slack_days if day else 0
        lo, hi = _shift(lo, -slack), _shift(hi, slack)
        if day and r.date_text is None and r.modality == "asserted" and r.plover not in rule.statement_types:
            lo = _shift(span[0], -rule.carried_window_days)  # the day of the statement it comes under
        return _by_report(r, lo, hi, rule)
    if pub is None:
        return NEVER, ALWAYS
    if r.modality == "asserted":
        return _shift(pub, -rule.undated_window_days), pub
    return _shift(pub, -rule.stated_slack_days), _shift(pub, rule.undated_window_days)


def _by_report(r: Report, lo: date, hi: date, rule: Rules) -> Window:
    """The days ``lo`` to ``hi`` as ``r``'s report bounds them: no later than the report when asserted
    (it had happened), no earlier than its day's news when planned (it had not happened yet)."""
    pub = r.published
    if pub and r.modality == "asserted":
        hi = max(lo, min(hi, pub))
    elif pub and r.modality == "planned":
        lo = min(hi, max(lo, _shift(pub, -rule.stated_slack_days)))
    return lo, hi


def _relative(r: Report, rule: Rules) -> Window | None:
    """The days ``r``'s date words name read against its report (``relative_dates``: "last week",
    "earlier this week"), the first listed phrase they hold; None without such words."""
    text = (r.date_text or "").lower()
    if r.published is None or not text:
        return None
    for words, first, last in rule.relative_dates:
        if words in text:
            return _shift(r.published, first), _shift(r.published, last)
    return None


def _lone(r: Report) -> bool:
    """``r`` names one side only: someone did something."""
    return len(set(sides(r).values())) < 2


def pair_windows(a: Report, b: Report, rule: Rules | None = None) -> tuple[Window, Window]:
    """The two reports' :func:`window`\\ s, as they are compared: when either names one side only, a
    report the text gives no time for is its day's news (``stated_slack_days`` before its report),
    not the half year before it: "the United States imposed sanctions" undated is not every US
    sanction of the half year, nor every event of the US and one other. When neither report's own
    words date the event, a report the text gives no time for is the news of its last
    ``carried_window_days`` (the half year is for a background mention meeting the report that
    dates the event: "defended the October 7 attacks" and "on 7 October"). Two reports of one lasting
    event (:func:`_lasting_pair`) keep their whole :func:`window`; any other pair compares each
    report's own window (a lasting report's reach is for another report of the invasion only)."""
    rule = rule or rules()
    if _lasting_pair(a, b, rule):  # two mentions of one invasion: each reaches as far as it may
        return window(a, rule), window(b, rule)
    wa, wb = _own_window(a, rule), _own_window(b, rule)
    if _lone(a) or _lone(b):
        wa, wb = (_news(r, w, rule) for r, w in ((a, wa), (b, wb)))
    elif not (a.date_text and b.date_text):  # no words date the event: the report's last days only
        wa, wb = (_recent(r, w, rule) if o.date_text is None else w for r, w, o in ((a, wa, b), (b, wb, a)))
    return wa, wb


def _recent(r: Report, w: Window, rule: Rules) -> Window:
    if r.basis != "report" or r.published is None:
        return w
    return max(w[0], _shift(r.published, -rule.carried_window_days)), w[1]


def _lasting_pair(a: Report, b: Report, rule: Rules) -> bool:
    """Two reports of lasting events' classes (an invasion and the war it began are one) that name
    the same invader, a state, as their source (by side): each :func:`lasting`, or one of them
    naming the invader alone with a date of its own ("the Russian invasion, which began on 24
    February")."""
    if a.event_class not in rule.lasting_classes or b.event_class not in rule.lasting_classes:
        return False
    if not all(lasting(r, rule) or _own_date(r, rule) for r in (a, b)):
        return False
    if not (lasting(a, rule) or lasting(b, rule)):
        return False
    sa, sb = sides(a), sides(b)
    return bool({sa[k] for k in a.source if kind(sa[k]) == "state"}
                & {sb[k] for k in b.source if kind(sb[k]) == "state"})


def _same_day(a: Report, b: Report, rule: Rules | None = None) -> bool:
    """Both reports give the event one day, and the same: a stated day (in their words or their
    statement's), or for a report without a time its report's day (its day's news). A day that is
    not in the report's own words (its statement's or its report's) may be up to
    ``stated_slack_days`` after a day the other's words give: the government that tells of a dialogue
    the next day dates it by its own statement, where the host's readout gave the day itself. Two
    days neither report's words give must be the same."""
    da, db = _news_day(a), _news_day(b)
    if da is None or db is None:
        return False
    if da == db:
        return True
    slack = timedelta(days=(rule or rules()).stated_slack_days)
    pairs = ((a, da, b, db), (b, db, a, da))
    return any(_carried(x) and _worded(y) and dy < dx <= dy + slack for x, dx, y, dy in pairs)


def _kinds_apart(a: Report, b: Report) -> bool:
    """Two kinds of one type (a visit and a meeting, a call and a videoconference) stated on two
    different days are two events, whatever slack a day has: the visit's arrival on Monday is not
    Tuesday's meeting it holds."""
    if a.event_class == b.event_class or not (a.basis == b.basis == "stated"):
        return False
    return bool(a.date and b.date and len(a.date) == len(b.date) == 10 and a.date != b.date)


def _worded(r: Report) -> bool:
    """``r``'s day is in its own words ("on July 19")."""
    return r.basis == "stated" and r.date_text is not None


def _carried(r: Report) -> bool:
    """``r``'s day is not in its own words: its report's, or the statement's it comes under."""
    return r.basis == "report" or (r.basis == "stated" and r.date_text is None)


def _news_day(r: Report) -> date | None:
    if r.basis == "report":
        return r.published
    span = _span(r.date) if r.date else None
    return span[0] if span and span[2] else None


def _news(r: Report, w: Window, rule: Rules) -> Window:
    if r.basis != "report" or r.published is None:
        return w
    return max(w[0], _shift(r.published, -_news_days(r, rule))), r.published


def _news_days(r: Report, rule: Rules) -> int:
    """How far back a report without a time reaches as its report's news: ``stated_slack_days``, or
    for an attack (``condemned_types``) ``carried_window_days``: an attack is told after the fact, in
    the condemnations of the next days (a Council's press statement three days on), where a sanction
    or a meeting is told by its own announcement."""
    if r.plover in rule.condemned_types and r.plover not in rule.statement_types:
        return rule.carried_window_days
    return rule.stated_slack_days


@lru_cache(maxsize=REPORTS_CACHED)
def _day(r: Report) -> date | None:
    """The day the offices of ``r``'s actors are read on: its stated day, else its report's."""
    span = _span(r.date) if r.date else None
    return span[0] if span and span[2] else r.published


@lru_cache(maxsize=65536)
def _side(key: str, day: date | None) -> str:
    """The side ``key`` stands for: the highest body it acts for that day (Putin: Russia; Treasury:
    the United States; the Security Council: the UN), else itself."""
    bodies = acts_for(key, day)
    if not bodies:
        return key
    return min([b for b in bodies if not acts_for(b, day)] or bodies)


def _sides_on(actors: frozenset[str], day: date | None) -> dict[str, str]:
    return {k: _side(k, day) for k in actors}


@lru_cache(maxsize=REPORTS_CACHED)
def sides(r: Report) -> dict[str, str]:
    """Each participant of ``r`` and the side it stands for on the report's day."""
    return _sides_on(r.participants, _day(r))


def side_keys(r: Report) -> list[str]:
    """The distinct sides of ``r``'s participants, sorted. Two reports that :func:`actors_agree`
    share two of them, or share one and name at most ``max_extra_participants`` more between them
    (the old rule's shape over actors, now over sides): what a candidate index files and looks up by,
    and a shared actor besides. Two reports of a ``condemned_types`` event may name one more: the
    person :func:`_condemners` sets aside (:func:`may_agree` lets them through)."""
    return sorted(set(sides(r).values()))


@lru_cache(maxsize=REPORTS_CACHED)
def anchors(r: Report) -> frozenset[str]:
    """``r``'s participants, the states its leaders lead and the leaders of its states, on ``r``'s
    day (:func:`kg.identity.sides.leader_anchors`): what the candidate keys file it under and look
    up. Two reports the rules link share one of these (:func:`kg.identity.sides.anchored`: a leader
    of both days is in both sets)."""
    day = _day(r)
    return frozenset().union(*(leader_anchors(k, day) for k in r.participants))


def actors_agree(a: dict[str, str], b: dict[str, str], max_extra: int = 1, on: date | None = None,
                 on_b: date | None = None) -> bool:
    """Whether two reports' participants (actor -> side, :func:`sides`) can be one event's: one actor
    named by both, or a leader in one and the state he leads that day in the other
    (:func:`kg.identity.sides.anchored`);
    the sides that only one names number at most ``max_extra`` or at most as many as
    the shared sides (one shared actor among many is weak evidence; two leaders of a five-leader call
    are not the five); and no side is two different people in the two reports (a ministers' meeting
    is not the leaders' meeting of the same day; a spokesperson and the one they speak for on day ``on``
    are one; ``b``'s actors read on day ``on_b`` when given)."""
    if not anchored(a.keys(), on, b.keys(), on if on_b is None else on_b):
        return False
    sa, sb = set(a.values()), set(b.values())
    if len(sa ^ sb) > max(max_extra, len(sa & sb)):
        return False
    for side in sa & sb:
        people_a = {k for k, v in a.items() if v == side and kind(k) == "person"}
        people_b = {k for k, v in b.items() if v == side and kind(k) == "person"}
        if people_a and people_b and not _speaks_for(people_a, on, people_b, on):
            return False
    return True


def may_agree(r: Report, actors: frozenset[str], max_extra: int = 1) -> bool:
    """Whether an event naming ``actors`` can agree with ``r``'s participants (both read on ``r``'s
    day): a cheap test before the event's other facts are read (for a ``condemned_types`` report,
    also with each set of persons :func:`_condemners` may set aside from both: ``r``'s sources when
    all are persons, or some of the event's persons)."""
    if not anchors(r) & actors:
        return False
    return _may_agree(r, _sides_on(actors, _day(r)), max_extra)


def may_agree_with(r: Report, other: Report, max_extra: int = 1) -> bool:
    """:func:`may_agree` with another report, its actors read on its own day as the rules read them
    (a president named before and after taking office)."""
    if not (anchors(r) & other.participants or anchors(other) & r.participants):
        return False
    return _may_agree(r, sides(other), max_extra, _day(other))


def _may_agree(r: Report, theirs: dict[str, str], max_extra: int, their_day: date | None = None) -> bool:
    day = _day(r)
    mine = sides(r)
    if actors_agree(mine, theirs, max_extra, day, their_day):
        return True
    if r.plover not in rules().condemned_types:
        return False
    people = sorted(k for k in theirs if kind(k) == "person")
    if len(people) > MAX_CONDEMNERS:
        return True  # too many sets to try: let the rules decide
    drops = [frozenset(c) for n in range(1, len(people) + 1) for c in combinations(people, n)]
    if r.source and all(kind(k) == "person" for k in r.source):
        drops.append(r.source)
    for drop in drops:
        x = {k: v for k, v in mine.items() if k not in drop}
        y = {k: v for k, v in theirs.items() if k not in drop}
        if x and y and actors_agree(x, y, max_extra, day, their_day):
            return True
    return False


def _speaks_for(xs: Collection[str], dx: date | None, ys: Collection[str], dy: date | None) -> bool:
    """An actor of ``xs`` is one of ``ys``, or one acts for the other (the UK and its Foreign
    Secretary, a spokesperson and the principal; not two ministers of one government, nor an organ
    and an officer of one body)."""
    return any(x == y or y in acts_for(x, dx) or x in acts_for(y, dy) for x in xs for y in ys)


def _one_statement(a: Report, b: Report) -> bool:
    """Two reports of a statement can be one: both name the speaker and the speakers match
    (:func:`_speaks_for`); the ones it is about match when both name one, and when either does
    not, the speaker is the same actor and both reports state the day."""
    da, db = _day(a), _day(b)
    if not _speaks_for(a.source, da, b.source, db):
        return False
    if a.target and b.target:
        return _speaks_for(a.target, da, b.target, db)
    return bool(a.source & b.source) and a.basis == b.basis == "stated"


def _condemners(a: Report, b: Report, sa: dict[str, str], sb: dict[str, str]) -> frozenset[str]:
    """The sources to set aside when two reports of a ``condemned_types`` event name one target on one
    stated day but sources of different sides, and one report's sources are all persons: the official
    who condemned the event read as its author (:func:`participants_agree`). Empty otherwise."""
    if not (a.basis == b.basis == "stated" and a.target and b.target and a.source and b.source):
        return frozenset()
    if not {sa[k] for k in a.target} & {sb[k] for k in b.target}:
        return frozenset()
    if {sa[k] for k in a.source} & {sb[k] for k in b.source}:
        return frozenset()
    people = [r.source for r in (a, b) if all(kind(k) == "person" for k in r.source)]
    return people[0] if len(people) == 1 else frozenset()


def participants_agree(a: Report, b: Report, symmetric: bool, max_extra: int = 1,
                       statement: bool = False, condemned: bool = False) -> bool:
    """The participants agree (:func:`actors_agree`), a directed event is not reversed (compared by
    side), and a ``statement`` (one speaker's words about someone) is one (:func:`_one_statement`).
    In a ``condemned`` type, the persons :func:`_condemners` finds are set aside first."""
    sa, sb = sides(a), sides(b)
    if condemned:
        drop = _condemners(a, b, sa, sb)
        if drop:
            sa = {k: v for k, v in sa.items() if k not in drop}
            sb = {k: v for k, v in sb.items() if k not in drop}
            a = replace(a, source=a.source - drop, target=a.target - drop, participants=a.participants - drop)
            b = replace(b, source=b.source - drop, target=b.target - drop, participants=b.participants - drop)
    if not actors_agree(sa, sb, max_extra, _day(a), _day(b)):
        return False
    if statement and not _one_statement(a, b):
        return False
    if symmetric:
        return not another_person(sa, sb)

    def meet(xs: frozenset[str], x_sides: dict, ys: frozenset[str], y_sides: dict) -> bool:
        return bool({x_sides[x] for x in xs} & {y_sides[y] for y in ys})

    crossed = meet(a.source, sa, b.target, sb) or meet(a.target, sa, b.source, sb)
    aligned = meet(a.source, sa, b.source, sb) or meet(a.target, sa, b.target, sb)
    return not crossed or aligned


def places_differ(a: str, b: str) -> bool:
    """Two place names that cannot be one event's place: in different states as far as the place
    list and the gazetteer know ("Geneva" and "Vienna"), not a city and its region or state
    ("Anchorage" and "Alaska"), nor two names of which one is unknown."""
    if a.casefold() == b.casefold():
        return False
    sa, sb = state_of_place(a), state_of_place(b)
    return bool(sa and sb and sa != sb)


def refusal(a: Report, b: Report, rule: Rules | None = None, *, across: bool = True) -> str | None:
    """Why reports ``a`` and ``b`` are not one real-world event (the first rule that refuses the
    link: ``"document"``, ``"type"``, ``"class"``, ``"modality"``, ``"place"``, ``"date"``,
    ``"participants"``), or None when they are. With ``across`` False, two reports of one document
    are compared as if they were of two (:func:`one_document_repeats`)."""
    rule = rule or rules()
    if a.doc == b.doc and across:
        return "document"
    if not rule.types_compatible(a.plover, b.plover):
        return "type"
    if not rule.classes_compatible(a.event_class, b.event_class):
        return "class"
    if not rule.modalities_compatible(a.modality, b.modality):
        return "modality"
    if a.place and b.place and places_differ(a.place, b.place):
        return "place"
    wa, wb = pair_windows(a, b, rule)
    if wa[1] < wb[0] or wb[1] < wa[0] or _kinds_apart(a, b):
        return "date"
    symmetric = a.plover in rule.symmetric_types and b.plover in rule.symmetric_types
    if symmetric and (_lone(a) or _lone(b)) and not _same_day(a, b, rule):
        return "date"
    statement = a.plover in rule.statement_types or b.plover in rule.statement_types
    condemned = a.plover in rule.condemned_types and b.plover in rule.condemned_types
    if not participants_agree(a, b, symmetric, rule.max_extra_participants, statement, condemned):
        return "participants"
    return None


def same_event(a: Report, b: Report, rule: Rules | None = None) -> bool:
    """Whether reports ``a`` and ``b`` (of different documents) tell of one real-world event."""
    return refusal(a, b, rule) is None


def one_document_repeats(a: Report, b: Report, rule: Rules | None = None) -> bool:
    """Two reports of one document that tell one event twice (its extraction did not merge them: a
    headline and its sentence, two wordings of one strike): the same type, modality and sides, one
    day given alike (the same stated day, or both dated by their report), and nothing else the rules
    refuse, and the same class unless the rules tell neither class apart (``class_groups``). Anything
    less and the document has told two events apart (a visit and the meeting it holds, the plan of
    a meeting and the meeting)."""
    if a.doc != b.doc or a.iri == b.iri or a.plover != b.plover or a.modality != b.modality:
        return False
    if side_keys(a) != side_keys(b) or a.basis != b.basis or a.date != b.date:
        return False
    rule = rule or rules()
    grouped = a.event_class in rule.class_group or b.event_class in rule.class_group
    if a.event_class != b.event_class and grouped:  # a visit and the meeting it holds: two kinds of one type
        return False
    if a.basis == "stated" and not (a.date and len(a.date) == 10):
        return False
    return refusal(a, b, rule, across=False) is None


def rwe_iri(members: Iterable[str]) -> str:
    """A real-world event's IRI: from its smallest report IRI, so any order gives the same one."""
    first = min(members)
    return RWE + hashlib.sha1(first.encode("utf-8")).hexdigest()[:16]
