"""Days of reports: the days a date literal covers, shifting a day safely, and the day a report's
actors are read on (:mod:`kg.identity.link` and :mod:`kg.identity.participants` share them)."""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from kg.date_spans import span
from kg.identity.report import Report

NEVER, ALWAYS = date.min, date.max
Window = tuple[date, date]
REPORTS_CACHED = 1 << 20  # reports whose facts are kept: a re-link of 1M reads each several times


def date_span(value: str) -> tuple[date, date, bool] | None:
    """The days a date literal covers, and whether it names one day."""
    covered = span(value[:10]) if isinstance(value, str) else None
    if covered is None:
        return None
    first, last = covered
    return first, last, first == last


def shift(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return NEVER if days < 0 else ALWAYS


@lru_cache(maxsize=REPORTS_CACHED)
def day_of(r: Report) -> date | None:
    """The day the offices of ``r``'s actors are read on: its stated day, else its report's."""
    span = date_span(r.date) if r.date else None
    return span[0] if span and span[2] else r.published
