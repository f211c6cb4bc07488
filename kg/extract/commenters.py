"""Who only speaks of a deed: the subject of a verb of saying that reports the event word ("..., the
minister said"), or of a statement that comments on it ("X condemns the attack", "welcomed the
offensive"). Such a speaker is no agent of the deed unless the deed's own phrase names them."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, Trigger

_NAME_PARTS = ("appos", "compound")


def _clause_subject(tok: Token) -> Token:
    """The subject word a name belongs to ("spokesman X said": "X" hangs on "spokesman")."""
    while tok.dep_ in _NAME_PARTS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def comments_on(
    subj: Token, tok: Token, positions: Mapping[int, Trigger], lex: Lexicon, owning: frozenset[str]
) -> bool:
    """The name ``subj`` is the subject of a verb that reports or comments on the event word ``tok``
    ("the strikes were ordered ..., the minister said"; "X condemned the attack on Y")."""
    subj = _clause_subject(subj)
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.i == tok.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex.speech_verbs:
        if verb.dep_ == "parataxis":  # "..., the minister said."
            return verb.head.i == tok.i or verb.head in tok.ancestors
        return any(
            c.dep_ in ("ccomp", "parataxis") and (c.i == tok.i or c in tok.ancestors) for c in verb.children
        )
    spec, deed = positions.get(verb.i), positions.get(tok.i)
    if spec is None or deed is None or lemma in owning:
        return False
    return (
        lex.rules(spec.plover).speech_act
        and lex.rules(deed.plover).deed
        and not deed.symmetric
        and any(c.dep_ == "dobj" and (c.i == tok.i or c in tok.ancestors) for c in verb.children)
    )
