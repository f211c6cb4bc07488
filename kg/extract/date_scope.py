"""What a date expression of a sentence tells the time of, beyond the clause it hangs from: none for
a date that bounds a first or largest thing ("the first visit since 2021"), the noun it determines
for a possessive date ("Sunday's attack"), however the parser hangs either.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.date_words import DateWords
from kg.extract.senses import to_infinitive


def bounds_a_rank(span: Span, doc: Doc, words: DateWords) -> bool:
    """A date after "since" that bounds a first, latest or largest thing ("the first visit since
    2021", "the heaviest shelling since June 1", "the ninth sanctions package since May") tells no
    time of it; "clashes since 24 July" began
    then."""
    preps = words.bound_preps
    prep = span[0] if span[0].lower_ in preps else doc[span.start - 1] if span.start else None
    if prep is None or prep.lower_ not in preps:
        return False
    # the words of the clause or noun it hangs from, and of their arguments
    near = [c for c in prep.head.children if c.i != prep.i]
    near += [g for c in near if c.dep_ != "prep" for g in c.children]
    # and the adjectives before a noun among them ("the ninth sanctions tranche since ...")
    near += [t for c in list(near) if c.pos_ == "NOUN" for t in c.subtree if t.dep_ == "amod" and t.i < c.i]
    ranks = words.rank_words
    return any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" or t.lower_ in ranks for t in near)


def possessor(doc: Doc, end: int) -> Token | None:
    """The noun a possessive date ending before token ``end`` determines ("Sunday's rocket attack":
    the attack; "yesterday's talks"), else None: the last noun of the nouns and adjectives after the
    possessive ending."""
    if end >= len(doc) or doc[end].tag_ != "POS":
        return None
    run = list(doc[end + 1 : end + 6])
    run = run[: next((j for j, t in enumerate(run) if t.pos_ not in ("NOUN", "PROPN", "ADJ")), len(run))]
    return next((t for t in reversed(run) if t.pos_ in ("NOUN", "PROPN")), None)


def told_as_recent(tok: Token, texts: list[str], words: DateWords) -> bool:
    """An event word told as happening some time before the report, on no day: "recent" or
    "recently" on it ("the recent attacks", "have recently met", "lately"), or one of the date
    expressions of its clause (``texts``, none of which gives a date) is a stretch up to the report
    ("in recent weeks", "over the past two days")."""
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in words.recent_words for c in tok.children):
        return True
    marks = words.recent_words | words.stretch_words
    return any(marks & set(t.lower().split()) for t in texts)


def deciding_noun(clause: Token | None) -> set[int]:
    """The noun whose infinitive clause ``clause`` is ("Azerbaijan's decision last week to launch an
    operation", "the order on Monday to storm the town"): a date of that noun is the time of what the
    clause tells, for an event told as done; nothing for any other clause."""
    if clause is None or clause.dep_ != "acl" or clause.head.pos_ != "NOUN" or not to_infinitive(clause):
        return set()
    return {clause.head.i}
