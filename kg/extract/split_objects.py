"""Objects of a verb that the parser hung elsewhere because a place follows each: "met with President
A in Kinshasa and President B in Kigali" reads "President B" as joined to "Kinshasa" or to "met"."""

from __future__ import annotations

from spacy.tokens import Token

#: prepositions of the place that splits the objects
_PLACE_PREPS = ("in", "at")


def split_objects(v: Token) -> list[Token]:
    """Nouns that are more objects of ``v``'s first prepositional object: joined to the place after
    that object, or joined to the verb itself with a place of their own."""
    places = [
        o
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    ]
    out = [j for p in places for j in p.conjuncts if j.pos_ == "PROPN" and j.i > p.i]
    out += [
        j
        for j in v.children
        if j.dep_ == "conj"
        and j.pos_ == "PROPN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in j.children)
        and any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in j.children)
    ]
    return out


def placed_apart(v: Token) -> bool:
    """ "met A in X and B in Y": the objects joined after ``v``'s preposition each have a place of
    their own, so each is met apart."""
    objs = [o for c in v.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(
        len(group) > 1 and all(_placed(t) for t in group)
        for o in objs
        for group in [[o, *o.conjuncts]]
    )


def _placed(t: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in t.children)
