"""Document ids: readable slugs that never collide silently.

An id is a slug of the file stem, or of a JSON Lines record's ``id`` or ``url`` (ASCII, lowercase,
at most 80 characters). Two inputs can give the same slug (``report é.txt`` and ``Report.txt``, two
URLs alike in their first 80 characters): the first keeps it, each later one takes the slug plus a
short hash of its full path or URL, and a warning names both inputs. The same input read twice is a
duplicate, not a collision."""
from __future__ import annotations

import hashlib
import logging
import re

log = logging.getLogger("kg.documents")

LIMIT = 80


def _hash(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def slug(text: str, limit: int = LIMIT) -> str:
    """``text`` as ASCII letters, digits and ``-``, lowercase, at most ``limit`` characters; a hash of
    it when nothing is left. (Actor keys are slugs too: the rule stays as it is, so IRIs stay.)"""
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:limit].strip("-") or _hash(text)


class DuplicateInput(ValueError):
    """The same input (path or URL) was already read in this run."""


class DocumentIds:
    """Hands out document ids for one run: each origin (full path, URL, file and record id) its own."""

    def __init__(self) -> None:
        self._owner: dict[str, str] = {}  # id -> the origin that holds it
        self._given: dict[str, str] = {}  # origin -> its id

    def assign(self, readable: str, origin: str) -> str:
        """The id for the input ``origin`` whose readable name is ``readable``."""
        if origin in self._given:
            raise DuplicateInput(f"the same document as before (id '{self._given[origin]}')")
        ident = slug(readable)
        if ident in self._owner:
            first = self._owner[ident]
            ident = f"{ident[:LIMIT - 9]}-{_hash(origin, 8)}"
            log.warning("%s: document id '%s' is taken by %s; this one is '%s'",
                        origin, slug(readable), first, ident)
        self._owner[ident] = origin
        self._given[origin] = ident
        return ident
