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


def earlier_talks(tok: Token, plover: str, lang: Language) -> bool:
    """The meeting or call ``tok`` names is one a sequel noun follows up."""
    return lang.lexicon.rules(plover).talks and followed_up(tok, lang.words.sequel_nouns) is not None
