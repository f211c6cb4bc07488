"""Whether two reports are one real-world event, and the real-world events a set of reports makes.

A real-world event is a connected component of the relation :func:`same_event` over reports of
different documents. The relation depends on the two reports only, so the components (and the IRI
each takes from its smallest report IRI) do not depend on the order the documents came in.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from kg.identity.days import ALWAYS, NEVER, REPORTS_CACHED, Window, date_span, shift
from kg.identity.halves import halves, victims_alike
from kg.identity.participants import participants_agree, places_differ, side_keys, sides
from kg.identity.report import Report
from kg.identity.rules import Rules, rules
from kg.identity.sides import kind

RWE = "https://w3id.org/dipkg/rwe/"


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
    years) and names a state as its source (its invader: "20 months into Russia's full-scale
    invasion" names no other side, and is still that invasion)."""
    rule = rule or rules()
    if r.event_class not in rule.lasting_classes:
        return False
    of = sides(r)
    return any(kind(of[k]) == "state" for k in r.source)


def _own_date(r: Report, rule: Rules) -> bool:
    """The event's own words give its date ("which began on 24 February"), not its report or the
    statement it comes under, and that date ends more than ``carried_window_days`` before its
    report: a day closer to it is, as often, the day of the sentence's news ("spoke yesterday
    about the invasion")."""
    if not (_worded(r) and r.published):
        return False
    span = date_span(r.date or "")
    return bool(span and span[1] < shift(r.published, -rule.carried_window_days))


def _lasting_window(r: Report, rule: Rules) -> Window:
    pub = r.published
    if pub is None:
        return _own_window(r, rule)
    hi = shift(pub, rule.undated_window_days) if r.modality == "planned" else pub
    return shift(pub, -rule.lasting_window_days), hi


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
    span = date_span(r.date) if r.date else None
    near = _relative(r, rule)
    if near:  # "earlier this week", "last week": the days the words name, whatever day they resolved to
        return _by_report(r, *near, rule)
    if span and r.basis == "report":
        end = pub or span[1]
        # its day's news only (pair_windows), unless named in passing as past (any day of the half year
        # up to its report)
        if (_lone(r) or r.plover in rule.statement_types) and not _background(r, rule):
            return shift(end, -_news_days(r, rule)), end
        return shift(end, -rule.report_window_days), end
    if span:
        lo, hi, day = span
        slack = rule.stated_slack_days if day else 0
        lo, hi = shift(lo, -slack), shift(hi, slack)
        if day and r.date_text is None and r.modality == "asserted" and r.plover not in rule.statement_types:
            lo = shift(span[0], -rule.carried_window_days)  # the day of the statement it comes under
        return _by_report(r, lo, hi, rule)
    if pub is None:
        return NEVER, ALWAYS
    if r.modality == "asserted":
        return shift(pub, -rule.undated_window_days), pub
    return shift(pub, -rule.stated_slack_days), shift(pub, rule.undated_window_days)


def _by_report(r: Report, lo: date, hi: date, rule: Rules) -> Window:
    """The days ``lo`` to ``hi`` as ``r``'s report bounds them: no later than the report when asserted
    (it had happened), no earlier than its day's news when planned (it had not happened yet)."""
    pub = r.published
    if pub and r.modality == "asserted":
        hi = max(lo, min(hi, pub))
    elif pub and r.modality == "planned":
        lo = min(hi, max(lo, shift(pub, -rule.stated_slack_days)))
    return lo, hi


def _relative(r: Report, rule: Rules) -> Window | None:
    """The days ``r``'s date words name read against its report (``relative_dates``: "last week",
    "earlier this week"), the first listed phrase they hold; None without such words."""
    text = (r.date_text or "").lower()
    if r.published is None or not text:
        return None
    for words, first, last in rule.relative_dates:
        if words in text:
            return shift(r.published, first), shift(r.published, last)
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
        wa, wb = (_news(r, w, rule, o) for r, w, o in ((a, wa, b), (b, wb, a)))
    elif not (a.date_text and b.date_text):  # no words date the event: the report's last days only
        wa, wb = (_recent(r, w, rule, o) if o.date_text is None else w
                  for r, w, o in ((a, wa, b), (b, wb, a)))
    return wa, wb


def _background(r: Report, rule: Rules) -> bool:
    """``r`` is an asserted deed its report names in passing as already past, with no time of its
    own ("following the attack in Nairobi", "the leaders of the coup"): its report's day is the
    latest it can have happened on. Not a statement: a statement without a time is said that day; nor
    a lasting event (a war: its own rules, :func:`lasting`, reach back as far as it lasts)."""
    return (r.background and r.basis == "report" and r.modality == "asserted"
            and r.plover not in rule.statement_types and r.event_class not in rule.lasting_classes)


def _prior(r: Report, w: Window, rule: Rules, other: Report) -> Window | None:
    """A background report's window against ``other``, a report that is no background mention itself
    (two passing mentions have nothing to date them by): the ``background_window_days`` up to its
    report."""
    if not _background(r, rule) or _background(other, rule) or r.published is None:
        return None
    return max(w[0], shift(r.published, -rule.background_window_days)), w[1]


def _recent(r: Report, w: Window, rule: Rules, other: Report) -> Window:
    if r.basis != "report" or r.published is None:
        return w
    prior = _prior(r, w, rule, other)
    if prior:
        return prior
    return max(w[0], shift(r.published, -rule.carried_window_days)), w[1]


def _lasting_pair(a: Report, b: Report, rule: Rules) -> bool:
    """Two reports of lasting events' classes (an invasion and the war it began are one) that name
    the same invader, a state, as their source (by side): each :func:`lasting` or with a date of its
    own ("the Russian invasion, which began on 24 February"), and at least one of them :func:`lasting`
    and naming the invaded state besides the invader."""
    if a.event_class not in rule.lasting_classes or b.event_class not in rule.lasting_classes:
        return False
    if not all(lasting(r, rule) or _own_date(r, rule) for r in (a, b)):
        return False
    if not any(lasting(r, rule) and not _lone(r) for r in (a, b)):
        return False  # one names the invaded too: two mentions of "Russia's war" alone may be two wars
    sa, sb = sides(a), sides(b)
    return bool({sa[k] for k in a.source if kind(sa[k]) == "state"}
                & {sb[k] for k in b.source if kind(sb[k]) == "state"})


def _war_by_name(a: Report, b: Report, rule: Rules) -> bool:
    """One report is a lasting event named by its invader alone and no day of its own ("20 months into
    Russia's full-scale invasion"), the other of a class that does not last (an attack): the war a
    statement names is not the strike of the day it is made, though both are the invader's."""
    lone = [r for r in (a, b) if lasting(r, rule) and _lone(r) and not _worded(r)]
    return len(lone) == 1 and all(r.event_class not in rule.lasting_classes for r in (a, b) if r not in lone)


def _deeds_apart(a: Report, b: Report, rule: Rules) -> bool:
    """The reports' classes name two different deeds (:meth:`Rules.deeds_differ`: an arrest and a
    seizure, a weapons test and a deployment, an accusation and a condemnation) and the reports do
    not name the same sides: one doer does several deeds of a type in a day, and a report that
    names the doer alone ("the authorities detained him") is not the other deed of the doer and
    its target ("forced the airliner to land"). The same sides in both (the Secretary-General's
    praise and his endorsement, no one else named) may still be one statement told two ways."""
    if not rule.deeds_differ(a.event_class, b.event_class):
        return False
    return set(sides(a).values()) != set(sides(b).values())


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


def _halves_day(a: Report, b: Report, rule: Rules) -> bool:
    """Two halves of an attack (:mod:`kg.identity.halves`) give it one day (:func:`_same_day`), or one
    names it in passing as past (:func:`_background`) in a report of the ``carried_window_days`` after
    the day the other gives it ("the group, which claimed the attack", told days later)."""
    if _same_day(a, b, rule):
        return True
    for x, y in ((a, b), (b, a)):
        dy = _news_day(y)
        if (_background(x, rule) and not _background(y, rule) and x.published and dy
                and dy <= x.published <= shift(dy, rule.carried_window_days)):
            return True
    return False


def _mentioned_after(a: Report, b: Report, rule: Rules) -> Report | None:
    """The one of the two reports that names the event in passing as already past
    (:func:`_background`: "welcomed the Juba Peace Agreement", "since the summit") in a report of the
    ``background_window_days`` after the day the other report's own words give it ("signed today",
    "on 3 October"), which is no passing mention itself; None when neither does. Such a mention
    names one event known to its readers, often by one party or none besides its speaker's, and has
    no day of its own to be its day's news by."""
    for x, y in ((a, b), (b, a)):
        dy = _news_day(y)
        if (_background(x, rule) and not _background(y, rule) and _worded(y) and x.published and dy
                and dy <= x.published <= shift(dy, rule.background_window_days)):
            return x
    return None


def _stated_days_apart(a: Report, b: Report) -> bool:
    """Both reports state a day of their own (in their words or their statement's), and two different
    days: no slack of a day joins them."""
    if not (a.basis == b.basis == "stated"):
        return False
    return bool(a.date and b.date and len(a.date) == len(b.date) == 10 and a.date != b.date)


def _kinds_apart(a: Report, b: Report) -> bool:
    """Two kinds of one type (a visit and a meeting, a call and a videoconference) stated on two
    different days are two events, whatever slack a day has: the visit's arrival on Monday is not
    Tuesday's meeting it holds. A report without a class names no other kind (a generic class does:
    "arrives for talks" on Tuesday is not Monday's arrival)."""
    if not (a.event_class and b.event_class):
        return False
    return a.event_class != b.event_class and _stated_days_apart(a, b)


def _said_apart(a: Report, b: Report, rule: Rules) -> bool:
    """Two statements (``statement_types``) stated on two different days are two statements, whatever
    slack a day has (the call of Tuesday and the call of Wednesday each repeat the demand)."""
    statements = a.plover in rule.statement_types and b.plover in rule.statement_types
    return statements and _stated_days_apart(a, b) and not _told_next_day(a, b, rule)


def _told_next_day(a: Report, b: Report, rule: Rules) -> bool:
    """Two statements of one class (a condemnation and a condemnation), one dated by the words of its
    report ("condemned on Wednesday"), the other by the statement or dateline it comes under, up to
    ``stated_slack_days`` later (:func:`_same_day`): the statement published the next morning, or
    across a time zone, that the other report dates by the day it was made."""
    return bool(a.event_class and a.event_class == b.event_class and _same_day(a, b, rule))


def _struck_apart(a: Report, b: Report, rule: Rules) -> bool:
    """Two attacks (``condemned_types``) whose own words give each a day, two different days, are two
    attacks, whatever slack a day has: in a war a strike comes every day, and "the attack earlier
    today" of Saturday's statement is not "Sunday's attack" of Sunday's."""
    attacks = a.plover in rule.condemned_types and b.plover in rule.condemned_types
    return attacks and _worded(a) and _worded(b) and _stated_days_apart(a, b)


def _worded(r: Report) -> bool:
    """``r``'s day is in its own words ("on July 19")."""
    return r.basis == "stated" and r.date_text is not None


def _carried(r: Report) -> bool:
    """``r``'s day is not in its own words: its report's, or the statement's it comes under."""
    return r.basis == "report" or (r.basis == "stated" and r.date_text is None)


def _news_day(r: Report) -> date | None:
    if r.basis == "report":
        return r.published
    span = date_span(r.date) if r.date else None
    return span[0] if span and span[2] else None


def _news(r: Report, w: Window, rule: Rules, other: Report) -> Window:
    if r.basis != "report" or r.published is None:
        return w
    prior = _prior(r, w, rule, other)
    if prior:
        return prior
    return max(w[0], shift(r.published, -_news_days(r, rule))), r.published


def _news_days(r: Report, rule: Rules) -> int:
    """How far back a report without a time reaches as its report's news: ``stated_slack_days``, or
    for an attack (``condemned_types``) ``carried_window_days``: an attack is told after the fact, in
    the condemnations of the next days (a Council's press statement three days on), where a sanction
    or a meeting is told by its own announcement."""
    if r.plover in rule.condemned_types and r.plover not in rule.statement_types:
        return rule.carried_window_days
    return rule.stated_slack_days


def refusal(a: Report, b: Report, rule: Rules | None = None, *, across: bool = True) -> str | None:
    """Why reports ``a`` and ``b`` are not one real-world event (the first rule that refuses the
    link: ``"document"``, ``"type"``, ``"class"``, ``"modality"``, ``"place"``, ``"date"``,
    ``"participants"``), or None when they are. Two reports of an attack of one day that share no
    side may be its halves (:mod:`kg.identity.halves`: the author in one, the victim in the other).
    With ``across`` False, two reports of one document are compared as if they were of two
    (:func:`one_document_repeats`)."""
    rule = rule or rules()
    if a.doc == b.doc and across:
        return "document"
    if not rule.types_compatible(a.plover, b.plover):
        return "type"
    if (not rule.classes_compatible(a.event_class, b.event_class) or _war_by_name(a, b, rule)
            or _deeds_apart(a, b, rule)):
        return "class"
    if not rule.modalities_compatible(a.modality, b.modality):
        return "modality"
    if a.place and b.place and places_differ(a.place, b.place):
        return "place"
    wa, wb = pair_windows(a, b, rule)
    if (wa[1] < wb[0] or wb[1] < wa[0] or _kinds_apart(a, b) or _said_apart(a, b, rule)
            or _struck_apart(a, b, rule)):
        return "date"
    symmetric = a.plover in rule.symmetric_types and b.plover in rule.symmetric_types
    mention = _mentioned_after(a, b, rule) if symmetric else None
    if symmetric and (_lone(a) or _lone(b)) and not (_same_day(a, b, rule) or mention is not None):
        return "date"
    statement = a.plover in rule.statement_types or b.plover in rule.statement_types
    condemned = a.plover in rule.condemned_types and b.plover in rule.condemned_types
    one_day = condemned and _same_day(a, b, rule)
    unarmed = rule.unarmed_kinds if one_day else frozenset()
    if not participants_agree(a, b, symmetric, rule.max_extra_participants, statement, condemned, unarmed,
                              one_day=lambda: one_day or _same_day(a, b, rule), mention=mention):
        if condemned and (one_day and victims_alike(a, b, rule)
                          or halves(a, b, rule) and (one_day or _halves_day(a, b, rule))):
            return None  # one attack told in halves (kg.identity.halves): the clusters weigh it
        return "participants"
    return None


def same_event(a: Report, b: Report, rule: Rules | None = None) -> bool:
    """Whether reports ``a`` and ``b`` (of different documents) tell of one real-world event."""
    return refusal(a, b, rule) is None


def told_alike(a: Report, b: Report, rule: Rules) -> bool:
    """Two reports of one document of the same type and modality, and of the same class unless the
    rules tell neither class apart (``class_groups``: a visit and the meeting it holds are two kinds
    of one type, so two events; a generic class, ``generic_classes``, tells nothing apart: the
    readout's title "telephone conversation" and its "talks"): what any two tellings of one event
    in one document share."""
    if a.doc != b.doc or a.iri == b.iri or a.plover != b.plover or a.modality != b.modality:
        return False
    grouped = a.event_class in rule.class_group or b.event_class in rule.class_group
    generic = a.event_class in rule.generic_classes or b.event_class in rule.generic_classes
    return a.event_class == b.event_class or not grouped or generic


def one_document_repeats(a: Report, b: Report, rule: Rules | None = None) -> bool:
    """Two reports of one document that tell one event twice (its extraction did not merge them: a
    headline and its sentence, two wordings of one strike): the same type, modality and sides, one
    day given alike (the same stated day, or both dated by their report), and nothing else the rules
    refuse, and the same class unless the rules tell neither class apart (``class_groups``). Anything
    less and the document has told two events apart (a visit and the meeting it holds, the plan of
    a meeting and the meeting)."""
    rule = rule or rules()
    if not told_alike(a, b, rule):
        return False
    if side_keys(a) != side_keys(b) or a.basis != b.basis or a.date != b.date:
        return False
    if a.basis == "stated" and not (a.date and len(a.date) == 10):
        return False
    return refusal(a, b, rule, across=False) is None


def rwe_iri(members: Iterable[str]) -> str:
    """A real-world event's IRI: from its smallest report IRI, so any order gives the same one."""
    first = min(members)
    return RWE + hashlib.sha1(first.encode("utf-8")).hexdigest()[:16]
