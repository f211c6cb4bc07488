"""Threats that name no one they are made to. A threat is made to someone, and one told with no party
named is mostly no threat ("will not tolerate such provocations", "threatens regional stability"). But
a threat to answer a deed is aimed at whoever does it, named or not ("vowed to retaliate", "warned of
grave consequences"), and so is a commitment to a deed of force still to come ("will take action
against those who ...", "vowed to continue the campaign") or a threat to do harm to people or to what
they own ("threatened to break up their camps")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.dangers import names_a_party
from kg.extract.language import Language
from kg.extract.state import DocState, Draft
from kg.plover import plover_scheme


def aimless_threat(state: DocState, d: Draft) -> bool:
    """The draft is a threat made to no one: a threat is made to someone; a threat to answer a deed
    ("vowed revenge", "vowed to retaliate", "warned of consequences") is aimed at its doer, named or
    not, and so is one of a deed still to come (``_vowed``)."""
    lex = state.lang.lexicon
    if not lex.rules(d.plover).promised_harm:
        return False
    tok = state.doc[d.token]
    words = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    words += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(w.lemma_.lower() in lex.answer_words or w.lower_ in lex.answer_words for w in words):
        return False
    return not _vowed(state, d, tok)


def _vowed(state: DocState, d: Draft, tok: Token) -> bool:
    """A threat made of a deed still to come is a threat even to no one named: a commitment to act
    ("will take action against those who ...", "vowed to continue the campaign"), or a verb of
    threatening that says what is threatened to whom ("threatened to break up their camps", "threatened
    them with sanctions"); the verb with a thing as its object endangers it ("threatens regional
    stability"), and a threat to do a thing to a thing ("threatening to leak it") names no one it is
    made to. What one will not tolerate or allow is a threat only to someone named."""
    if not d.is_verb:
        return False
    if d.adopted is not None:  # a promise of force, not of an inquiry ("committed to investigating")
        return any(_harm(state, a.plover) for a in d.absorbed)
    if d.spec.future:
        return not d.spec.negated_only
    # ("threatened both countries with sanctions": the parse may hang the "with" on the object)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "prep" and c.lower_ == "with"
        or c.dep_ == "xcomp" and any(o.dep_ == "dobj" and _party_word(state, o) for o in c.children)
        for c in tok.children
    ) or any(c.dep_ == "prep" and c.lower_ == "with" for o in objects for c in o.children)


def _party_word(state: DocState, noun: Token) -> bool:
    """The noun names a party, or a thing a party owns ("their camps", "journalists")."""
    return noun.pos_ in ("NOUN", "PROPN") and names_a_party(state, noun)


def _harm(state: DocState, plover: str) -> bool:
    """The type is one of force, or a threat of it."""
    rules = state.lang.lexicon.rules(plover)
    return plover_scheme()[plover].quad == "MaterialConflict" or rules.promised_harm


def unmade_threat(state: DocState, d: Draft) -> bool:
    """A threat said not to be made, or only one that could be made, is none: a threat told is made
    ("warned it would retaliate": asserted), and "they cannot threaten Israel", "Hamas can never
    threaten Israel again", "where it cannot be threatened by Russia" tell of none."""
    return state.lang.lexicon.rules(d.plover).promised_harm and d.modality != "asserted"


def conditional_threat(tok: Token, plover: str, lang: Language) -> bool:
    """A threatening verb told as done whose only condition is the one it sets on the other party ("has
    threatened both countries with sanctions if they renew hostilities", "warned Iran of consequences
    unless it stops"): the threat is made. Not where a condition opens the verb or a verb above it ("if
    Russia threatens Finland"), nor where an auxiliary or a negation governs it ("would threaten")."""
    words = lang.modality
    if not lang.lexicon.rules(plover).promised_harm:
        return False

    def opens(t: Token) -> bool:
        return any(c.dep_ == "mark" and c.lower_ in words.conditions for c in t.children)

    if tok.pos_ != "VERB" or tok.dep_ in ("advcl", "xcomp", "ccomp") or opens(tok):
        return False
    if any(c.dep_ in ("aux", "neg") and (c.lower_ in words.aux or c.dep_ == "neg") for c in tok.children):
        return False
    own = [c for c in tok.children if c.dep_ == "advcl" and opens(c)]
    return bool(own) and not any(opens(a) or a.dep_ == "advcl" for a in tok.ancestors)
