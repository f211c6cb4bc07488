"""A single capitalised word before a deed noun that no list knows ("Garissa attack", "the Kismayo
bombing"): the NER often takes it for a person, but such a word names where the deed was done. A
person it is only where the text names someone with it in a longer name ("Jamal Khashoggi")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.language import Language

#: dependencies of a word that modifies the noun after it
_MODIFIER = ("compound", "amod", "nmod")


def _deed_noun(tok: Token, lang: Language) -> bool:
    """A noun the lexicon holds as a word for a deed (an act in the field: "attack", "bombing")."""
    lex = lang.lexicon
    found = lex.candidates(tok.lower_) + lex.candidates(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and any(t.plover and lex.rules(t.plover).deed for t in found)


def _named_in_full(word: str, span: Span) -> bool:
    """The text names a person with ``word`` as part of a longer name elsewhere."""
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e.start != span.start and word in {t.text for t in e}
        for e in span.doc.ents
    )


def deed_place_word(span: Span, lang: Language) -> bool:
    """The one-word name ``span`` stands before a deed noun and names no one the text names in full:
    where the deed was done ("Garissa attack kills 12"), not who did it."""
    if len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    # ("the Garissa university attack": the noun the modifiers end in)
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    return (
        tok.dep_ in _MODIFIER
        and tok.i < head.i
        and _deed_noun(head, lang)
        and not _named_in_full(tok.text, span)
    )
