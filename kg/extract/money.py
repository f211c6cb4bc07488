"""Amounts of money an event word governs ("pledged $200 million", "a $5 billion appeal")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

#: how an amount hangs on a verb (its object) and on a noun (its modifiers)
_OBJECTS = ("dobj", "nsubjpass")
_MODIFIERS = ("nummod", "compound", "quantmod", "nmod")


def is_amount(tok: Token, currency: Collection[str]) -> bool:
    """The word names an amount of money: tagged as money, or a number of a currency ("30 million euros")."""
    if tok.ent_type_ == "MONEY":
        return True
    near = [tok, *tok.children]
    return any(w.lower_ in currency for w in near) and any(w.like_num for w in tok.subtree)


def governs_money(tok: Token, currency: Collection[str]) -> bool:
    """The verb's object is an amount of money, or one that has an amount ("committed a $5 million
    package", "announced an increase of $18 million"), or the noun is one that has an amount ("a $5
    billion appeal") or that an amount is counted in ("$18 million in support", "£30 million of support")."""
    counted = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and is_amount(tok.head.head, currency)
    if tok.pos_ == "NOUN" and counted:
        return True
    for c in tok.children:
        if c.dep_ in _OBJECTS and (
            is_amount(c, currency)
            or any(m.dep_ in _MODIFIERS and is_amount(m, currency) for m in c.children)
            or any(is_amount(p, currency) for p in _of_objects(c))
        ):
            return True
        if c.dep_ in _MODIFIERS and tok.pos_ == "NOUN" and is_amount(c, currency):
            return True
    return False


def _of_objects(tok: Token) -> list[Token]:
    """The objects of the word's "of" phrases ("an increase of $18 million")."""
    ofs = [m for m in tok.children if m.dep_ == "prep" and m.lower_ == "of"]
    return [p for m in ofs for p in m.children if p.dep_ == "pobj"]
