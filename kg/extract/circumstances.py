"""Phrases of the circumstances of an act, not of what it is ("at a summit", "amid the fighting", "in
the face of an assault"): an event word in one is no part of the act it hangs from."""

from __future__ import annotations


def circumstance(prep, words) -> bool:
    """A preposition of the circumstances of an act, not of what it is ("at a summit", "amid the
    fighting", "in the face of an assault"): ``circumstance_preps`` and ``circumstance_nouns``."""
    return prep.dep_ == "prep" and (
        prep.lower_ in words.circumstance_preps
        or prep.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ in words.circumstance_nouns for c in prep.children)
    )


def in_circumstance(tok, owner, words) -> bool:
    """The word lies in a phrase of the circumstances of ``owner``, a word above it ("pledged support
    in the face of an assault": the assault is no part of the pledge)."""
    cur = tok
    while cur.i != owner.i and cur.head.i != cur.i:
        if circumstance(cur, words):
            return True
        cur = cur.head
    return False
