"""Publication dates as metadata writes them: ISO 8601, YYYYMMDD, RFC 2822 (RSS)."""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from kg.errors import DocumentError

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)|\s*(\d{4})(\d{2})(\d{2})(?!\d)")
_RFC2822 = re.compile(r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\b")


def parse_date(value: object, where: str = "") -> date | None:
    """The calendar date of a timestamp, as written (its own time zone kept).

    Accepts ``2025-08-19``, ``2025-08-19T10:00:00Z`` (any ISO 8601 date-time), ``20250819`` and
    RFC 2822 as RSS writes it (``Tue, 19 Aug 2025 10:00:00 GMT``). Empty means no date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = _ISO.match(text)
    try:
        if m:
            y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
            return date(int(y), int(mo), int(d))
        if _RFC2822.match(text):
            return parsedate_to_datetime(text).date()
    except (ValueError, TypeError, IndexError) as exc:
        raise DocumentError(f"{where}bad date {value!r}: {exc}") from None
    raise DocumentError(f"{where}bad date {value!r}: expected YYYY-MM-DD, an ISO 8601 timestamp "
                        "or an RFC 2822 one ('Tue, 19 Aug 2025 10:00:00 GMT')")
