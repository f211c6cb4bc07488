"""Talks that a meeting or call follows up ("the call was a continuation of their talks last week"):
held before it and apart from it, with a time of their own (``sequel_nouns`` in
ontology/language.yaml). A fight that continues is the same fight ("the continuation of clashes")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.language import Language


def _noun_word(tok: Token) -> str:
    """The noun with a hyphenated first part the tokenizer split off ("follow - up")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def followed_up(tok: Token, sequel_nouns: frozenset[str]) -> Token | None:
    """The sequel noun ``tok`` hangs from through a preposition ("a continuation of their talks",
    "a follow-up of sorts on the talks"), or None."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "a follow-up on the talks on 7 May and the call on 30 May"
    for _ in range(2):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return None
        noun = cur.head.head
        if _noun_word(noun) in sequel_nouns or noun.lemma_.lower() in sequel_nouns:
            return noun
        cur = noun
    return None


def _talks_word(tok: Token, lang: Language) -> bool:
    """The word names talks (a meeting, a call, a visit) by a noun of the lexicon."""
    return tok.pos_ == "NOUN" and any(
        t.pos in (None, "NOUN") and lang.lexicon.rules(t.plover).talks
        for t in lang.lexicon.candidates(tok.lemma_.lower())
    )


def followed_by_talks(tok: Token, lang: Language) -> bool:
    """The talks noun ``tok`` is what talks told as its subject follow (``sequel_verbs``: "today's
    meeting followed on from their meeting in Vancouver last week", "the call follows their talks in
    Rome"): the followed talks were held before. Not so what a person follows ("observers followed
    the talks closely")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        cur = cur.head
    verb = cur.head
    if cur.dep_ not in ("dobj", "prep") or verb.i == cur.i:
        return False
    if verb.lemma_.lower() not in lang.words.sequel_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.i != tok.i and _talks_word(c, lang) for c in verb.children)


def earlier_talks(tok: Token, plover: str, lang: Language) -> bool:
    """The meeting or call ``tok`` names is one a sequel noun or verb follows up."""
    return lang.lexicon.rules(plover).talks and (
        followed_up(tok, lang.words.sequel_nouns) is not None or followed_by_talks(tok, lang)
    )
