"""The days a date literal covers: ``2024-10-05`` one day, ``2024-10`` the month, ``2024`` the year.
Extraction, identity, the network projection and the Gephi writer all read partial ISO dates this way."""
from __future__ import annotations

import calendar
import re
from datetime import date

ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def span(value: str) -> tuple[date, date] | None:
    """The first and last day ``value`` (YYYY, YYYY-MM or YYYY-MM-DD) covers; None for anything else,
    an impossible day or month included."""
    m = ISO_DATE.fullmatch(value)
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if d:
            day = date(y, mo, d)
            return day, day
        if mo:
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
