"""What a word of support gives: backing in words (SUPPORT), in kind (aid) or in another's operation
(work done with it), told by the words around it (triggers.yaml ``support_kinds``): a word said of
the support ("practical support", "supported them financially"), what is supported ("supported
refugees", "support for pandemic recovery", "support to the operation"), what a clause of its
means or aim handles ("backed Kyiv by sending weapons", "support to facilitate deliveries of aid")
and who gives it ("USAID supported local clinics")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, SupportKind, Trigger
from kg.extract.senses import acts_as_verb
from kg.extract.state import ActorIndex

#: prepositions of the noun's object ("support for X", "support to X", "support of X")
_OBJECT_PREPS = ("for", "to", "of")
#: prepositions of a phrase of means or manner ("by sending", "with arms", "in addressing needs")
_MEANS_PREPS = ("by", "through", "with", "in")
#: clauses of a phrase, which say more than who it names
_CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp")


def kind_of_support(tok: Token, spec: Trigger, index: ActorIndex, lex: Lexicon) -> Trigger:
    """The sense of a word of support: the first kind of backing in kind whose words fit, else ``spec``."""
    if (
        not lex.support_kinds
        or tok.lemma_.lower() not in lex.support_words and tok.lower_ not in lex.support_words
        or spec.prefix
        or spec.money
        or spec.plover != lex.type_with("words_given")
        or _voiced(tok, lex)
    ):
        return spec
    said = _words(_said_of(tok))
    things = _words(t for t in _supported(tok) if not _named(t, index))
    handled = _words(t for t in _handled(tok) if not _named(t, index))
    doers = _words(_doers(tok))
    for kind in lex.support_kinds:
        if _fits(kind, said, things | handled, doers):
            s = kind.sense
            return replace(spec, plover=s.plover, cameo=s.cameo, event_class=s.event_class)
    return spec


def _fits(kind: SupportKind, said: set[str], things: set[str], doers: set[str]) -> bool:
    return bool(kind.modifiers & said or kind.things & things or kind.doers & doers)


def _voiced(tok: Token, lex: Lexicon) -> bool:
    """Support said in words: the noun is the object of a verb that voices or stresses a stance
    ("expressed support for the victims", "underlined UK support")."""
    return (
        not acts_as_verb(tok)
        and tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in lex.expressing_verbs | lex.stressing_verbs
    )


def _words(tokens) -> set[str]:
    """The lemma and form of each token and of the nouns compounded with it ("rescue operations")."""
    out: set[str] = set()
    for t in tokens:
        for w in (t, *(c for c in t.children if c.dep_ == "compound")):
            out.update((w.lemma_.lower(), w.lower_))
    return out


def _named(tok: Token, index: ActorIndex) -> bool:
    """A word of a name ("the UN Mission in Darfur"): a party, not a kind of thing."""
    m = index.at(tok)
    return tok.pos_ == "PROPN" or m is not None and m.how in ("name", "ner")


def _antecedent(tok: Token) -> Token:
    """A relative pronoun's noun ("refugees, many of whom ..."), through a partitive "of"."""
    if tok.lower_ not in ("which", "that", "who", "whom"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lower_ in ("which", "whom"):
                        return _antecedent(p)
        return tok
    verb = tok.head
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else tok


def _with_conjuncts(tokens) -> list[Token]:
    return [o for t in tokens for o in (_antecedent(t), *t.conjuncts)]


def _passive(tok: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "acl" and tok.tag_ == "VBN"


def _said_of(tok: Token) -> list[Token]:
    """Words said of the support itself: the noun's adjectives and nouns before it, the verb's adverbs."""
    deps = ("advmod",) if acts_as_verb(tok) else ("amod", "compound")
    return [c for c in tok.children if c.dep_ in deps]


def _supported(tok: Token) -> list[Token]:
    """What is supported: the verb's object or passive subject, the noun's for/to/of object, and
    what those name through "of"."""
    if acts_as_verb(tok):
        found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not found and _passive(tok):
            if tok.dep_ == "acl":
                found = [tok.head]  # "refugees supported by Moldova"
            elif tok.dep_ == "xcomp":  # "many of whom continue to be supported"
                found = [c for c in tok.head.children if c.dep_ == "nsubj"]
    else:
        found = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
    found = _with_conjuncts(found)
    # "thousands of refugees", "the needs of the displaced"
    return found + [p for t in found for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]


def _handled(tok: Token) -> list[Token]:
    """What a clause of the support's means or aim handles, or a phrase of its means names ("by sending
    weapons", "to facilitate deliveries of aid", "in addressing humanitarian needs", "with arms")."""
    clauses = [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ in ("VERB", "AUX")]
    found = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _MEANS_PREPS:
            for p in c.children:
                if p.dep_ == "pcomp":
                    clauses.append(p)
                elif p.dep_ == "pobj":
                    found.append(p)
    for clause in clauses:
        for o in clause.children:
            if o.dep_ == "dobj":
                found.append(o)
                found += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"]
    return _with_conjuncts(found)


def _doers(tok: Token) -> list[Token]:
    """The words of the doer's phrase, without its clauses ("the U.S. Agency for International
    Development (USAID)"): the verb's subject (or that of the verb it completes), the noun's owner."""
    if acts_as_verb(tok):
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj and tok.dep_ in ("xcomp", "conj"):
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    else:
        subj = [c for c in tok.children if c.dep_ == "poss"]
    return [w for s in subj for w in _phrase(s)]


def _phrase(tok: Token) -> list[Token]:
    return [tok, *(w for c in tok.children if c.dep_ not in _CLAUSES for w in _phrase(c))]
