"""Truces: what a ceasefire, truce, armistice or cessation of hostilities tells by what is done to it
(triggers.yaml ``truces``). A truce one side declares or observes is its concession (the plain
sense of the truce words); one sought, needed or agreed to is the request or agreement its verb tells
("wants a ceasefire", "agreed to a truce"); one kept, respected or carried out stands from before and
is no event ("comply with the ceasefire", "the ceasefire must be respected"); and one two sides make
together is their agreement ("a ceasefire reached on Saturday", "a truce brokered by Egypt", "a
bilateral ceasefire", "the cessation of hostilities between X and Y")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, Trigger
from kg.extract.senses import acts_as_verb, prep_head, taking

#: prepositions through which a verb or noun of seeking takes the truce it seeks ("agreed to", "the
#: need for")
_SOUGHT_PREPS = ("to", "on", "about", "for")
#: prepositions through which a word of keeping takes the truce it keeps ("comply with", "adherence
#: to", "the observance of")
_KEPT_PREPS = ("with", "to", "of")


def _words(lex: Lexicon, key: str) -> frozenset[str]:
    return lex.truces.get(key, frozenset())


def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def truce_noun(tok: Token, spec: Trigger, lex: Lexicon) -> Token | None:
    """The noun naming the truce an event word is part of: the word itself ("ceasefire"), or the first
    word of the phrase it ends ("cessation of hostilities"); None for a verb or a word of no truce."""
    if acts_as_verb(tok) or tok.i < len(spec.prefix):
        return None
    words = _words(lex, "words")
    joined = tok.doc[max(tok.i - 2, 0) : tok.i + 1].text.lower()  # "cease-fire" as three tokens
    if _is(tok, words) or joined in words:
        return tok
    first = tok.doc[tok.i - len(spec.prefix)]
    return first if spec.prefix and _is(first, words) else None


def _sought(noun: Token, lex: Lexicon) -> bool:
    """A truce a verb or noun of making or seeking one has as its object, also through "to", "on",
    "about" or "for" ("agreed to a ceasefire", "reach a truce", "Cambodia wants a cease-fire", "the need
    for a ceasefire", "Rebels Sign Truce"), or one naming the subject or kind of a noun ("cease-fire
    talks")."""
    seekers = _words(lex, "seekers")
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ in seekers for c in noun.children):
        return True  # "Rebel Group Sign Truce": a title's verb parsed as part of the name
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        return _is(noun.head, _words(lex, "topics"))  # "cease-fire talks", "truce monitoring mission"
    head = taking(noun, _SOUGHT_PREPS)
    return head is not None and _is(head, seekers)


def _kept(noun: Token, lex: Lexicon) -> bool:
    """A truce that a word of keeping has as its object, its passive subject or the object of its
    preposition ("respect the ceasefire", "the truce must be observed", "comply with the truce", "the
    implementation of the truce")."""
    head = noun.head if noun.dep_ == "nsubjpass" else taking(noun, _KEPT_PREPS)
    return head is not None and head.i != noun.i and _is(head, _words(lex, "keepers"))


def untold_truce(tok: Token, spec: Trigger, lex: Lexicon) -> bool:
    """The event word names a truce that is no event of its own: sought or agreed to (the verb tells
    the request or the agreement), the subject of another noun, or kept from before."""
    noun = truce_noun(tok, spec, lex)
    return noun is not None and (_sought(noun, lex) or _kept(noun, lex))


def _joint(noun: Token, anchor: Token, lex: Lexicon) -> bool:
    """The truce is one two sides made together: reached, signed or brokered (a passive or participle of
    ``makers``), joint (``joint`` on it or on the noun whose "of" it is), or "between" two sides."""
    makers = _words(lex, "makers")
    if noun.dep_ in ("nsubjpass", "nsubj") and _is(noun.head, makers):
        return True  # "if a truce were reached"; a truce makes nothing ("the truce reached Monday")
    if any(c.dep_ in ("acl", "relcl", "amod") and _is(c, makers) for c in noun.children):
        return True  # "a ceasefire reached on Saturday", "the truce they signed", "an Egypt-brokered truce"
    owner = prep_head(noun, ("of",))
    joint = _words(lex, "joint")
    if any(c.dep_ == "amod" and _is(c, joint) for t in (noun, owner) if t is not None for c in t.children):
        return True  # "a bilateral ceasefire", "the joint announcement of a ceasefire"
    # "a cessation of hostilities between X and Y"
    return any(c.dep_ == "prep" and c.lower_ == "between" for t in {noun, anchor} for c in t.children)


def _agreement(lex: Lexicon, lemma: str, pos: str) -> Trigger | None:
    """The agreement sense of the truce words (their symmetric entry), said of the word ``lemma``."""
    for word in sorted(_words(lex, "words")):
        for t in lex.candidates(word):
            if t.symmetric and not t.prefix:
                return replace(t, lemma=lemma, pos=pos, prep=())
    return None


def _made_truce(tok: Token, lex: Lexicon) -> bool:
    """A participle or relative clause of making that says who made the truce it hangs on ("a truce
    brokered by Qatar between X and Y", "the ceasefire the two sides signed")."""
    return (
        acts_as_verb(tok)
        and tok.dep_ in ("acl", "relcl")
        and _is(tok, _words(lex, "makers"))
        and _is(tok.head, _words(lex, "words"))
    )


def truce_sense(tok: Token, spec: Trigger, lex: Lexicon) -> Trigger:
    """Where two sides made a truce together, the truce word's concession sense, and the sense of the
    verb that says who made it ("brokered by Qatar": a mediation), become the agreement sense of the
    truce words (their symmetric entry); any other sense stays."""
    if _made_truce(tok, lex):
        agreed = _agreement(lex, tok.lemma_.lower(), "VERB")
        return agreed if agreed is not None and agreed.plover != spec.plover else spec
    if spec.symmetric or spec.mode != "ceasefire":
        return spec
    noun = truce_noun(tok, spec, lex)
    if noun is None or not _joint(noun, tok, lex):
        return spec
    return _agreement(lex, spec.lemma, "NOUN") or spec
