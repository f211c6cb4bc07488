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
from kg.identity.link import window
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
    return [f"{r.plover}/{s}/{b}" for s in sides for b in buckets]


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
    return out + [f"{t}/{s}/{b}" for t in sorted(rule.compatible_with(r.plover) & rule.condemned_types)
                  for s in condemned for b in buckets]
