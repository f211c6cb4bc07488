"""Words that are no part of a name: letters for a seat or an honour written after a person's name
("Jane Roe MP", "John Doe KC"), a venue named by its noun alone ("told the House"), and, in a
title-case headline, capitalised common words the text also writes in lower case ("Violence Erupts",
"Secretary-General Gravely Concerned over ..."). Read by the mention finder (language.yaml
``name_words``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.word_sets import lowered
from kg.resources import load_yaml

#: where a document's lower-case words are kept once computed
_LOWER_KEY = "kg_lower_words"


@dataclass(frozen=True)
class NameWords:
    #: post-nominal letters, as written ("MP", "KC", "OBE")
    post_nominals: frozenset[str]
    #: nouns of venues that "the" alone makes a place's name ("the House", "the Palace")
    venue_nouns: frozenset[str]
    #: lower-case nouns of venues a name may qualify ("the Westgate shopping centre")
    venue_heads: frozenset[str]


@cache
def name_words() -> NameWords:
    d = load_yaml("language.yaml").get("name_words") or {}
    return NameWords(
        frozenset(str(w) for w in d.get("post_nominals") or ()),
        lowered(d.get("venue_nouns")),
        lowered(d.get("venue_heads")),
    )


def post_nominal(tok: Token) -> bool:
    """ "MP" in "Jane Roe MP": letters after a name for a seat or an honour."""
    return tok.text.rstrip(".") in name_words().post_nominals


def name_end(doc: Doc, start: int, end: int) -> int:
    """The end of a person's name ``[start, end)`` without the post-nominal letters after it."""
    while end - start > 1 and post_nominal(doc[end - 1]):
        end -= 1
    return end


def only_letters(ent: Span) -> bool:
    """ "KC" the NER read as an organisation: nothing but post-nominal letters."""
    return all(post_nominal(t) or t.is_punct for t in ent)


def bare_venue(ent: Span) -> bool:
    """ "told the House", "at the Palace": a venue's noun alone after "the" names a place."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and ent[0].lower_ in name_words().venue_nouns
    )


def lower_words(doc: Doc) -> frozenset[str]:
    """The words the text writes in lower case (not at a sentence's start), as written and as lemmas."""
    known = doc.user_data.get(_LOWER_KEY)
    if known is None:
        lower = [t for t in doc if t.is_alpha and t.is_lower and not t.is_sent_start]
        known = doc.user_data[_LOWER_KEY] = frozenset({t.text for t in lower} | {t.lemma_ for t in lower})
    return known


def written_lower(tok: Token) -> bool:
    """A capitalised word of a headline the text also writes in lower case ("Gravely", "Erupts")."""
    words = lower_words(tok.doc)
    return tok.is_alpha and not tok.is_upper and (tok.lower_ in words or tok.lemma_.lower() in words)


def all_written_lower(ent: Span, glue: frozenset[str]) -> bool:
    """Every word of ``ent`` but ``glue`` (articles, prepositions) is a common word of the text:
    "Violence Erupts", "Militants Attack" in a headline name no one."""
    words = [t for t in ent if t.is_alpha and t.lower_ not in glue]
    return bool(words) and all(written_lower(t) for t in words)
