"""Dates of events: explicit and relative date expressions resolved against the publication date.

A value is "YYYY-MM-DD", "YYYY-MM" or "YYYY". A weekday names the most recent such day on or before
publication, or the next one when the event lies in the future.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
    "several": None,
    "few": None,
}
_M = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)

_TODAY = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening)|earlier today|overnight|"
    r"late on|hours ago|this week)\b"
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? " + _M + r",? (\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b" + _M + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? " + _M + r"\b")
_MONTH_DAY = re.compile(r"\b" + _M + r" (\d{1,2})(?:st|nd|rd|th)?\b")
_MONTH_YEAR = re.compile(r"\b" + _M + r",? (\d{4})\b")
_MONTH = re.compile(r"\b" + _M + r"\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AGO = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) "
    r"(day|week|month|year)s? ago\b"
)
_LAST = re.compile(r"\b(last|next|this) (week|month|year)\b")
_WEEKDAY = re.compile(
    r"\b(last |next |this |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _ymd(d: date) -> str:
    return d.isoformat()


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(text: str, published: date | None, future: bool = False) -> str | None:
    """The date a phrase names, or None when it names none or needs a publication date it lacks."""
    t = " ".join(text.lower().replace("\u2019", "'").split())
    m = _ISO.search(t)
    if m:
        d = _safe(int(m[1]), int(m[2]), int(m[3]))
        return _ymd(d) if d else None
    m = _DAY_MONTH_YEAR.search(t)
    if m:
        d = _safe(int(m[3]), MONTHS[m[2]], int(m[1]))
        return _ymd(d) if d else None
    m = _MONTH_DAY_YEAR.search(t)
    if m:
        d = _safe(int(m[3]), MONTHS[m[1]], int(m[2]))
        return _ymd(d) if d else None
    m = _MONTH_YEAR.search(t)
    if m:
        return f"{int(m[2]):04d}-{MONTHS[m[1]]:02d}"
    if published is None:
        m = _YEAR.search(t)
        return m[1] if m else None
    m = _DAY_MONTH.search(t) or _MONTH_DAY.search(t)
    if m:
        day, month = (int(m[1]), MONTHS[m[2]]) if m.re is _DAY_MONTH else (int(m[2]), MONTHS[m[1]])
        d = _near(published, month, day, future)
        return _ymd(d) if d else None
    if re.search(r"\byesterday\b", t):
        return _ymd(published - timedelta(days=1))
    if re.search(r"\btomorrow\b", t):
        return _ymd(published + timedelta(days=1))
    if _TODAY.search(t):
        return _ymd(published)
    m = _AGO.search(t)
    if m:
        n = NUMBERS.get(m[1]) if not m[1].isdigit() else int(m[1])
        if n is None:
            return None
        unit = m[2]
        if unit == "day":
            return _ymd(published - timedelta(days=n))
        if unit == "week":
            d = published - timedelta(days=7 * n)
            return f"{d.year:04d}-{d.month:02d}"
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{published.year - n:04d}"
    m = _LAST.search(t)
    if m:
        step = {"last": -1, "next": 1, "this": 0}[m[1]]
        if m[2] == "week":
            d = published + timedelta(days=7 * step)
            return f"{d.year:04d}-{d.month:02d}"
        if m[2] == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{published.year + step:04d}"
    m = _WEEKDAY.search(t)
    if m:
        target = WEEKDAYS[m[2]]
        ahead = (m[1] or "").strip() == "next" or future
        if ahead:
            delta = (target - published.weekday()) % 7
            return _ymd(published + timedelta(days=delta or 7 if (m[1] or "").strip() == "next" else delta))
        delta = (published.weekday() - target) % 7
        if (m[1] or "").strip() == "last" and delta == 0:
            delta = 7
        return _ymd(published - timedelta(days=delta))
    m = _MONTH.search(t)
    if m and not (m[1] == "may" and not re.search(r"\b(in|of|since|until|by|early|late|mid) may\b", t)):
        month = MONTHS[m[1]]
        year = published.year
        if (month > published.month and not future) or (future and month < published.month):
            year += -1 if not future else 1
        return f"{year:04d}-{month:02d}"
    m = _YEAR.search(t)
    return m[1] if m else None


def _near(published: date, month: int, day: int, future: bool) -> date | None:
    """The day-month nearest the publication date on the right side of it."""
    d = _safe(published.year, month, day)
    if d is None:
        return None
    if not future and d > published + timedelta(days=1):
        d = _safe(published.year - 1, month, day)
    elif future and d < published:
        d = _safe(published.year + 1, month, day)
    return d


def needs_publication(text: str) -> bool:
    """True for a relative expression ("on Monday", "last week") that only a publication date fixes."""
    return resolve(text, None) is None and resolve(text, date(2000, 1, 1)) is not None


def shift(value: str, days: int) -> str:
    """A full date moved by ``days`` (a month or year value is left as it is)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value
