"""Candidate keys: where a report is filed and where a new report looks, so that every pair
:func:`kg.identity.link.same_event` can link shares a key (a superset; the rules decide).

A key is (type, sides, date bucket):

- **sides** (:func:`kg.identity.participants.side_keys`): two reports whose participants agree share a side
  (no shared side leaves more than ``max_extra_participants`` sides named by only one, unless that
  is 2 or more: then :func:`side_part` is None and callers fall back to blocking by actor). When they
  share two sides they share the key of that pair (``p``); when they share one, they name few sides
  between them (``|A| + |B| <= max(max_extra, 1) + 2``) and one actor (the rules ask for one in
  common), so a report of ``n`` sides is filed under ``aN`` of each of its actors when
  ``n <= max(max_extra, 1) + 1``, and looks up ``aK`` of each of its actors for every
  ``K <= max(max_extra, 1) + 2 - n``. By actor, not by side: "Trump and the United States" (one
  side) looks up the two-side reports naming Trump or the United States, not every two-side report
  with a side of the United States (Biden's, the Treasury's); and an actor is the same key on both
  reports' days, where its side may not be (a president before and after taking office).
- **condemned** (``condemned_types``): two stated reports of such a type whose sources differ but
  name a target of one side may link once the person sources of one of them are set aside
  (:func:`kg.identity.participants.participants_agree`), whatever sides those persons add. Such a report is
  also filed under ``cP/<target side>`` when its sources are all persons, else ``cO/<target side>``,
  and looks up the other one: the pair always shares one.
- **halves** (:mod:`kg.identity.halves`): two reports of an attack of one day that name only its
  author and only its victim, or only victims of one side, share no actor. A report that names its
  author alone is filed under ``hA/<day>`` for the day its report gives the event
  (:func:`kg.identity.link._news_day`), one that names its victim alone under ``hV/<day>`` and
  ``vS/<victim's side>/<day>``; each looks up the other half's key, and a victim the other
  victims' side, of that day and the days of slack around it, and for a half named in passing as
  past (background) the ``carried_window_days`` before its report (no date bucket: days are asked).
- **one party** (``symmetric_types``): a report that names one side only and names the event in
  passing as past (background) may be one party of an event another report, whose own words give
  its day, names with many sides (:func:`kg.identity.participants.one_party_of`). Such a mention is
  filed under ``o1/<actor>/<day of its report>``, and a report of more sides than the ``aN`` keys
  reach whose words give its day under ``oM/<actor>/<day>``; the mention looks up ``oM`` from
  ``background_window_days`` before its report to the slack after, the other ``o1`` from the slack
  before its day to ``background_window_days`` after.
- **date bucket**: a report's window (:func:`kg.identity.link.window`) is filed at the narrowest
  level (:data:`LEVELS` days) whose buckets are as wide as the window (one or two buckets), ``any``
  when it has no bounds; a lookup asks, at every level, each bucket its window touches, and ``any``.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from itertools import combinations
from urllib.parse import quote

from kg.identity.days import ALWAYS, NEVER
from kg.identity.halves import attack, author_only, victim_only
from kg.identity.link import _background, _news_day, _worded, window
from kg.identity.participants import anchors, side_keys, sides
from kg.identity.report import Report
from kg.identity.rules import Rules, rules
from kg.identity.sides import kind

LEVELS = (4, 32, 256, 2048)  # bucket widths in days
ANY = "any"
KEYS_CACHED = 1 << 20  # reports whose filed keys are kept: a link asks for each one's two or three times,
# a re-link twice (its pairs, then the index)


@lru_cache(maxsize=65536)
def _quoted(key: str) -> str:
    return quote(key, safe="")


def side_part(r: Report, rule: Rules, *, lookup: bool) -> list[str] | None:
    """The side part of ``r``'s keys: filed (``lookup`` False) or looked up; None when the rules
    allow a link without a shared side (``max_extra_participants`` of 2 or more)."""
    extra = rule.max_extra_participants
    if extra >= 2:
        return None
    sides = [_quoted(s) for s in side_keys(r)]
    n, most = len(sides), max(extra, 1) + 2  # most: sides of two reports that share one
    actors = [_quoted(a) for a in sorted(anchors(r))]
    out = [f"p/{a}/{b}" for a, b in combinations(sides, 2)]
    if lookup:
        out += [f"a{k}/{a}" for k in range(1, most + 1 - n) for a in actors]
    elif n < most:
        out += [f"a{n}/{a}" for a in actors]
    return out


def condemned_part(r: Report, rule: Rules, *, lookup: bool) -> list[str]:
    """The keys of ``r`` as a report whose person sources may be set aside (see the module's
    docstring): none unless it is a stated report of a ``condemned_types`` type with a source and a
    target."""
    if not (r.plover in rule.condemned_types and r.basis == "stated" and r.source and r.target):
        return []
    people = all(kind(k) == "person" for k in r.source)
    mark = "cO" if people == lookup else "cP"
    of = sides(r)
    return [f"{mark}/{_quoted(s)}" for s in sorted({of[k] for k in r.target})]


def halves_part(r: Report, rule: Rules, *, lookup: bool) -> list[str]:
    """The keys of ``r`` as one half of an attack (see the module's docstring), whole keys with
    their day: none unless it is an attack that names its author alone or its victim alone."""
    if not attack(r, rule):
        return []
    day = _news_day(r)
    if day is None:
        return []
    one = len(set(sides(r).values())) == 1
    if author_only(r) and one:
        marks = ["hV"] if lookup else ["hA"]
    elif victim_only(r):
        marks = (["hA" if lookup else "hV"] if one else []) + [f"vS/{_quoted(s)}" for s in
                                                             sorted(set(sides(r).values()))]
    else:
        return []
    slack = rule.stated_slack_days if lookup else 0
    background = lookup and _background(r, rule)
    back = rule.carried_window_days if background else slack
    ahead = max(slack, rule.carried_window_days) if lookup and not background else slack
    days = range(day.toordinal() - back, day.toordinal() + ahead + 1)
    return [f"{m}/{d}" for m in marks for d in days]


def party_part(r: Report, rule: Rules, *, lookup: bool) -> list[str]:
    """The keys of ``r`` as one party of a symmetric event named in passing, or as the event of many
    parties such a mention may be one of (see the module's docstring), whole keys with their day."""
    if r.plover not in rule.symmetric_types:
        return []
    day = _news_day(r)
    if day is None:
        return []
    n = len(side_keys(r))
    slack = rule.stated_slack_days if lookup else 0
    if n == 1 and _background(r, rule):  # a passing mention: the days before its report
        mark, back, ahead = ("oM" if lookup else "o1"), (rule.background_window_days if lookup else 0), slack
    elif n >= max(rule.max_extra_participants, 1) + 2 and _worded(r):  # and the mentions of the days after
        mark, back, ahead = ("o1" if lookup else "oM"), slack, (rule.background_window_days if lookup else 0)
    else:
        return []
    days = range(day.toordinal() - back, day.toordinal() + ahead + 1)
    return [f"{mark}/{_quoted(a)}/{d}" for a in sorted(anchors(r)) for d in days]


def _buckets(lo: date, hi: date, width: int) -> range:
    return range(lo.toordinal() // width, hi.toordinal() // width + 1)


def filed_buckets(r: Report, rule: Rules) -> list[str]:
    """The date buckets ``r`` is filed under."""
    lo, hi = window(r, rule)
    if lo == NEVER or hi == ALWAYS:
        return [ANY]
    days = (hi - lo).days + 1
    for width in LEVELS:
        if width >= days:
            return [f"{width}:{b}" for b in _buckets(lo, hi, width)]
    return [ANY]


def lookup_buckets(r: Report, rule: Rules) -> list[str] | None:
    """The date buckets a lookup for ``r`` asks; None when its window has no bounds (every bucket)."""
    lo, hi = window(r, rule)
    if lo == NEVER or hi == ALWAYS:
        return None
    return [f"{w}:{b}" for w in LEVELS for b in _buckets(lo, hi, w)] + [ANY]


def filed_keys(r: Report, rule: Rules) -> list[str]:
    """Every key ``r`` is filed under (its own type; none without participants)."""
    if rule is rules():
        return list(_filed_keys_cached(r))
    return _filed_keys(r, rule)


@lru_cache(maxsize=KEYS_CACHED)
def _filed_keys_cached(r: Report) -> tuple[str, ...]:
    """:func:`filed_keys` under the project's rules, kept (the candidates of a link, then its clusters)."""
    return tuple(_filed_keys(r, rules()))


def _filed_keys(r: Report, rule: Rules) -> list[str]:
    sides = side_part(r, rule, lookup=False) if r.participants else []
    if not sides:
        return []
    sides += condemned_part(r, rule, lookup=False)
    buckets = filed_buckets(r, rule)
    return ([f"{r.plover}/{s}/{b}" for s in sides for b in buckets]
            + [f"{r.plover}/{h}" for h in halves_part(r, rule, lookup=False)]
            + [f"{r.plover}/{o}" for o in party_part(r, rule, lookup=False)])


def lookup_keys(r: Report, rule: Rules) -> list[str] | None:
    """Every key a lookup for ``r`` asks (each type it may be linked with); None when the keys
    cannot find every report it may be linked with (a window without bounds, or rules that link
    reports without a shared side)."""
    if not r.participants:
        return []
    sides = side_part(r, rule, lookup=True)
    buckets = lookup_buckets(r, rule)
    if sides is None or buckets is None:
        return None
    out = [f"{t}/{s}/{b}" for t in sorted(rule.compatible_with(r.plover)) for s in sides for b in buckets]
    condemned = condemned_part(r, rule, lookup=True)
    attacks = sorted(rule.compatible_with(r.plover) & rule.condemned_types)
    return (out + [f"{t}/{s}/{b}" for t in attacks for s in condemned for b in buckets]
            + [f"{t}/{h}" for t in attacks for h in halves_part(r, rule, lookup=True)]
            + [f"{r.plover}/{o}" for o in party_part(r, rule, lookup=True)])
