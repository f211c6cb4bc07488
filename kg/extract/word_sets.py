"""How ``ontology/`` yaml lists become the frozen word classes of kg/extract/language.py and
kg/extract/date_words.py: lowercased sets, counted phrases and alternations of words."""

from __future__ import annotations

import re
from types import MappingProxyType


def lowered(items) -> frozenset[str]:
    """A yaml list as a set of lowercase words (an absent list, the empty set)."""
    return frozenset(str(w).lower() for w in items or ())


def counted(d: dict | None) -> MappingProxyType:
    """``{word: number}``, lowercase."""
    return MappingProxyType({str(k).lower(): int(v) for k, v in (d or {}).items()})


def words_pattern(words) -> re.Pattern:
    """``\\b(w1|w2|...)\\b``, longest first, case-insensitive."""
    alts = sorted({str(w) for w in words}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in alts) + r")\b", re.I)
