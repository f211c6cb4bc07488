"""Concern aimed at a deed. A word of concern or alarm must be aimed at some party ("deeply concerned
about the humanitarian situation in Gaza", "alarmed by the floods" accuse no one); it is aimed when what
it is about names a hostile deed: a hostile event word ("concern over the attack", "alarmed at the
crackdown") or one of the ``harm_nouns`` of ontology/triggers.yaml ("expressed concern about the use of
force against protesters", "concerned that the violence continues"). It is then an accusation by whoever
feels it of whoever did the deed, named or not. With no doer named, a deed a state does on its own
ground (a type flagged ``home_ground``: "gravely concerned about the declaration of a state of emergency
in the Maldives") is blamed on the state its phrase places it in."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.state import DocState, SentenceTriggers
from kg.plover import plover_scheme

#: Dependencies of a word of concern whose phrases say what it is about: its prepositions ("concern
#: about", "alarmed at", "concerned by"), its clause ("concern that ..."), its object ("deplored X").
_ABOUT = ("prep", "agent", "ccomp", "acl", "dobj")


def _about(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The phrases that say what the word of concern ``tok`` is about, and those of the stance noun it
    voices ("expressed concern over X": the noun's "over")."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    out: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.dep_ not in _ABOUT or c.dep_ in ("prep", "agent") and c.lower_ not in preps:
                continue
            if c.dep_ == "dobj" and h is tok:
                continue  # (the stance noun itself, read above)
            out.append(c)
    return out


def _harm_word(t: Token, positions: dict, harm: frozenset[str]) -> bool:
    spec = positions.get(t.i)
    if spec is not None and plover_scheme().sign(spec.plover) < 0:
        return True
    return t.lemma_.lower() in harm or t.lower_ in harm


def _harm_among(words: list[Token], phrase: Token, positions: dict, lex) -> bool:
    """One of ``words`` is a hostile event word or a one-word harm noun, or ``phrase``'s words hold a
    harm phrase of several words ("use of force")."""
    single = frozenset(w for w in lex.harm_nouns if " " not in w)
    if any(_harm_word(t, positions, single) for t in words):
        return True
    text = " ".join(t.lower_ for t in phrase.subtree)
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in lex.harm_nouns if " " in p)


def harm_within(state: DocState, phrase: Token) -> bool:
    """Some word of ``phrase`` names a hostile deed or a harm done to people ("the use of force
    against protesters", "any armed groups attempting a coup")."""
    st = _triggers_of(state, phrase)
    positions = st.positions if st is not None else {}
    return _harm_among(list(phrase.subtree), phrase, positions, state.lang.lexicon)


def about_harm(state: DocState, tok: Token) -> bool:
    """What the word of concern ``tok`` is about names a hostile deed or a harm done to people."""
    return any(harm_within(state, p) for p in _about(tok, state.lang.lexicon.concern_preps))


def _triggers_of(state: DocState, tok: Token) -> SentenceTriggers | None:
    """The trigger record of the sentence ``tok`` is in."""
    for st in state.triggers:
        if st.span.start <= tok.i < st.span.end:
            return st
    return None


def _of_chain(noun: Token) -> list[Token]:
    """The noun and the nouns its "of" phrases lead to ("the declaration of a state of emergency")."""
    chain = [noun]
    for _ in range(3):
        nxt = [p for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
        if not nxt:
            break
        chain.append(nxt[0])
    return chain


def names_harm(state: DocState, st: SentenceTriggers, noun: Token) -> bool:
    """The noun names a hostile deed or a harm done to people, itself or through its "of" phrases
    ("the strike on the station", "violence against protesters", "the use of force")."""
    return _harm_among(_of_chain(noun), noun, st.positions, state.lang.lexicon)


def home_ground(ds, st: SentenceTriggers, noun: Token) -> list[str]:
    """The state a deed done on home ground is placed in, its doer unnamed: the noun or a noun of its
    "of" chain ("the declaration of a state of emergency in the Maldives", "the crackdown in Minsk")
    names a deed of a ``home_ground`` type, and the noun's phrase places it in a state."""
    chain = _of_chain(noun)
    lex = ds.lex
    if not any((s := st.positions.get(n.i)) is not None and lex.rules(s.plover).home_ground for n in chain):
        return []
    return ds._place_in_phrase(noun)
