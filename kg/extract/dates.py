"""Date expressions resolved against the publication date (the calendar words are in
ontology/language.yaml).

A value is "YYYY-MM-DD", "YYYY-MM" or "YYYY". A weekday names the most recent such day on or before
publication, or the next one when the event lies in the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kg.date_spans import span
from kg.extract.language import Words, load_language


@dataclass(frozen=True)
class _Grammar:
    words: Words
    iso: re.Pattern
    day_month_year: re.Pattern
    month_day_year: re.Pattern
    day_month: re.Pattern
    month_day: re.Pattern
    month_year: re.Pattern
    month: re.Pattern
    year: re.Pattern
    today: re.Pattern
    yesterday: re.Pattern
    ago: re.Pattern
    last: re.Pattern
    weekday: re.Pattern
    span: re.Pattern  # "two days", "a day": a span before or after another date
    long_span: re.Pattern  # "20 months", "a year", "one-year": a span of months or years
    days_month: re.Pattern  # "11 and 12 March", "3-5 March": a run of days
    month_days: re.Pattern  # "March 3-5", "March 3 and 4"
    dateline: re.Pattern  # "NEW YORK, Mar 20 (Reuters) -", "4 March 2024 –"
    story_shift: re.Pattern  # "two days later", "the next day": from the day told before


@cache
def _grammar() -> _Grammar:
    w = load_language().words
    names = sorted(w.months, key=len, reverse=True)
    m = r"(" + "|".join(names) + r")\.?"
    counts = "|".join(sorted({*w.numbers, *w.articles}, key=len, reverse=True))
    vague = "|".join(sorted(w.vague_numbers, key=len, reverse=True))
    nth = r"(?:st|nd|rd|th)?"
    bare_place = r"[A-Z][\w.'\u2019-]*(?:[ ][A-Z][\w.'\u2019-]*)*"
    place = r"(?:" + bare_place + r",[ ]*)*"
    agency = r"(?:[ ]*\([^)\n]{1,40}\))?"  # "(Reuters)"
    next_day = "|".join(map(re.escape, sorted(w.next_day_phrases, key=len, reverse=True)))
    dash = r"[ ]*(?:-|\u2013|\u2014|--)[ ]"
    day = r"(?i:" + m + r" \d{1,2}" + nth + r"(?:,? \d{4})?|\d{1,2}" + nth + r" " + m + r"(?:,? \d{4})?)"
    return _Grammar(
        words=w,
        iso=re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        day_month_year=re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? " + m + r",? (\d{4})\b"),
        month_day_year=re.compile(r"\b" + m + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b"),
        day_month=re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? " + m + r"\b"),
        month_day=re.compile(r"\b" + m + r" (\d{1,2})(?:st|nd|rd|th)?\b"),
        month_year=re.compile(r"\b" + m + r",? (\d{4})\b"),
        month=re.compile(r"\b" + m + r"\b"),
        year=re.compile(r"\b(1[89]\d\d|20\d\d)\b"),
        today=re.compile(r"\b(" + "|".join(re.escape(p) for p in w.today_phrases) + r")\b"),
        yesterday=re.compile(r"\b(" + "|".join(re.escape(p) for p in w.yesterday_phrases) + r")\b"),
        ago=re.compile(r"\b(\d+|" + counts + "|" + vague + r") (day|week|month|year)s? ago\b"),
        # "the past year", "the last week": a stretch of time up to now, not a calendar unit
        last=re.compile(r"(?<!the )\b(last|next|this) (week|month|year)\b"),
        weekday=re.compile(r"\b(last |next |this |on )?(" + "|".join(w.weekdays) + r")\b"),
        span=re.compile(r"^(\d+|" + counts + r") (day|days)$"),
        long_span=re.compile(r"^(\d+|" + counts + r")[ -](month|year)s?$"),
        days_month=re.compile(r"\b(\d{1,2})" + nth + r"\s*(?:-|–|and|to)\s*\d{1,2}" + nth + r" " + m + r"\b"),
        # "GENEVA (10 March 2024) -": a press release's place with its day in brackets
        dateline=re.compile(
            r"[ \t]*(?:" + place + r"(?P<day>" + day + r")" + agency
            + r"|" + bare_place + r"[ ]*\((?P<bracketed>" + day + r")\))" + dash
        ),
        story_shift=re.compile(
            r"\b(?:(" + next_day + r")|(\d+|" + counts + r") days? (" + "|".join(w.day_shift_words) + r"))\b"
            r"([ ]+[a-z0-9])?"
        ),
        month_days=re.compile(r"\b" + m + r" (\d{1,2})" + nth + r"\s*(?:-|–|and|to)\s*\d{1,2}" + nth + r"\b"),
    )


def _ymd(d: date) -> str:
    return d.isoformat()


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def day_span(text: str) -> int | None:
    """The number of days a span names ("two days", "a day", "3 days"), else None."""
    g = _grammar()
    m = g.span.match(text.lower())
    return g.words.count(m[1]) if m else None


def month_span(text: str) -> int | None:
    """The number of months a span of months or years names ("20 months", "a year", "two years",
    "one-year"), else None."""
    g = _grammar()
    m = g.long_span.match(text.lower())
    n = g.words.count(m[1]) if m else None
    return None if n is None else n * (12 if m[2] == "year" else 1)


def shift_months(value: str, months: int) -> str:
    """The month of a date moved by ``months`` ("2023-10-06" and -20: "2022-02")."""
    y, m = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 1
    k = y * 12 + m - 1 + months
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def resolve(text: str, published: date | None, future: bool = False) -> str | None:
    """The date a phrase names, or None when it names none or needs a publication date it lacks."""
    g = _grammar()
    months = g.words.months
    t = " ".join(text.lower().replace("\u2019", "'").split())
    # a run of days ("on 11 and 12 March") dates an event by its first day
    t = g.days_month.sub(lambda m: f"{m[1]} {m[2]}", t)
    t = g.month_days.sub(lambda m: f"{m[1]} {m[2]}", t)
    m = g.iso.search(t)
    if m:
        d = _safe(int(m[1]), int(m[2]), int(m[3]))
        return _ymd(d) if d else None
    m = g.day_month_year.search(t)
    if m:
        d = _safe(int(m[3]), months[m[2]], int(m[1]))
        return _ymd(d) if d else None
    m = g.month_day_year.search(t)
    if m:
        d = _safe(int(m[3]), months[m[1]], int(m[2]))
        return _ymd(d) if d else None
    m = g.month_year.search(t)
    if m:
        return f"{int(m[2]):04d}-{months[m[1]]:02d}"
    if published is None:
        m = g.year.search(t)
        return m[1] if m else None
    m = g.day_month.search(t) or g.month_day.search(t)
    if m:
        day, month = (int(m[1]), months[m[2]]) if m.re is g.day_month else (int(m[2]), months[m[1]])
        d = _near(published, month, day, future)
        return _ymd(d) if d else None
    if g.yesterday.search(t) and not g.weekday.search(t):  # "overnight Thursday" is Thursday's
        return _ymd(published - timedelta(days=1))
    if re.search(r"\btomorrow\b", t):
        return _ymd(published + timedelta(days=1))
    if g.today.search(t) and not g.weekday.search(t):  # "late on Friday" is Friday's
        return _ymd(published)
    m = g.ago.search(t)
    if m:
        n = g.words.count(m[1])
        if n is None:
            return None
        unit = m[2]
        if unit == "day":
            return _ymd(published - timedelta(days=n))
        if unit == "week":
            # "a week ago": that day, as precise as the phrase ("took effect a week ago")
            return _ymd(published - timedelta(days=7 * n))
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        # "two years ago": about the same month that many years back
        return f"{published.year - n:04d}-{published.month:02d}"
    m = g.last.search(t)
    if m:
        step = {"last": -1, "next": 1, "this": 0}[m[1]]
        if m[2] == "week":
            d = published + timedelta(days=7 * step)
            return f"{d.year:04d}-{d.month:02d}"
        if m[2] == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{published.year + step:04d}"
    m = g.weekday.search(t)
    if m:
        target = g.words.weekdays[m[2]]
        ahead = (m[1] or "").strip() == "next" or future and (m[1] or "").strip() != "last"
        if ahead:
            delta = (target - published.weekday()) % 7
            return _ymd(published + timedelta(days=delta or 7 if (m[1] or "").strip() == "next" else delta))
        delta = (published.weekday() - target) % 7
        if (m[1] or "").strip() == "last" and delta == 0:
            delta = 7
        return _ymd(published - timedelta(days=delta))
    m = g.month.search(t)
    # "may" is the month where it is capitalised or a preposition of time precedes it, else the verb
    modal = not re.search(r"\bMay\b", text) and not re.search(
        r"\b(in|of|since|until|by|early|late|mid) may\b", t
    )
    if m and not (m[1] == "may" and modal):
        month = months[m[1]]
        year = published.year
        # "last May" written in May is a year back; "next May" a year ahead
        before = re.search(r"\blast " + re.escape(m[1]) + r"\b", t) is not None
        after = re.search(r"\bnext " + re.escape(m[1]) + r"\b", t) is not None
        if after or (future and not before):
            if month < published.month or (after and month == published.month):
                year += 1
        elif month > published.month or (before and month == published.month):
            year -= 1
        return f"{year:04d}-{month:02d}"
    m = g.year.search(t)
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


def dateline(text: str, published: date | None) -> tuple[int, date] | None:
    """The day named by a dateline that opens ``text`` ("NEW YORK, Mar 20 (Reuters) - ...",
    "4 March 2024 – ...") and where the dateline ends, when the publication date (or the dateline's
    own year) fixes it."""
    m = _grammar().dateline.match(text)
    if m is None:
        return None
    value = resolve(m["day"] or m["bracketed"], published)
    if value is None or len(value) != 10:
        return None
    return m.end(), date.fromisoformat(value)


def story_shift(text: str) -> int | None:
    """How many days from the day told just before a sentence's phrase puts its events: 0 for "hours
    later", 1 for "the next day", -2 for "two days earlier" (not "two days after the attack", which
    counts from the attack); None when it says nothing of the kind."""
    g = _grammar()
    t = text.lower()
    if g.words.same_day.search(t):
        return 0
    for m in g.story_shift.finditer(t):
        if m[4] and m[0].split()[-2] in ("after", "before"):
            continue  # "two days after the attack": counted from the attack
        if m[1]:
            return g.words.next_day_phrases[m[1]]
        n = g.words.count(m[2])
        return None if n is None else n * g.words.day_shift_words[m[3]]
    return None


def needs_publication(text: str) -> bool:
    """True for a relative expression ("on Monday", "last week") that only a publication date fixes."""
    return resolve(text, None) is None and resolve(text, date(2000, 1, 1)) is not None


def shift(value: str, days: int) -> str:
    """A full date moved by ``days`` (a month or year value is left as it is)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


def end_of(value: str) -> date:
    """The last day a date literal covers ("2024-10" ends on 31 October, "2024" on 31 December)."""
    covered = span(value[:10])
    if covered is None:
        raise ValueError(f"not a date: {value!r}")
    return covered[1]
