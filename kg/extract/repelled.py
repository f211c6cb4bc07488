"""Deeds a verb of repelling answers: in "troops repelled an attack by the militants", "rebels have been
battling against an offensive by the army", "forces fought off a Russian assault", the deed named as
the verb's object is the event, done by its own doer to the verb's subject; the verb only tells that
the subject withstood it. So the verb's event runs from the deed's doer to the subject, and a deed
noun that names no target of its own is aimed at the subject. The verbs are ``repelling_verbs`` of
ontology/triggers.yaml; a verb of them whose object names no hostile deed ("fought the rebels",
"repelled the militants") keeps its subject as the one who acts."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, Trigger
from kg.plover import plover_scheme

#: prepositions and particles that hold what a verb of repelling withstands ("battled against",
#: "fought off")
_AGAINST = ("against", "off")


def _hostile_deed(lex: Lexicon, positions: dict[int, Trigger], n: Token) -> bool:
    """The noun is an event word for a hostile act in the field ("attack", "offensive", "crackdown")."""
    spec = positions.get(n.i)
    return (
        n.pos_ == "NOUN"
        and spec is not None
        and lex.rules(spec.plover).deed
        and plover_scheme().sign(spec.plover) < 0
    )


def _repelling_word(lex: Lexicon, verb: Token) -> str | None:
    """The particle or preposition that makes ``verb`` one of repelling ("" for a verb that is one
    alone, "off" for "fought off"), or None."""
    lemma = verb.lemma_.lower()
    if lemma in lex.repelling_verbs:
        return ""
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    return next((w for w in sorted(words) if f"{lemma} {w}" in lex.repelling_verbs), None)


def repelled_deeds(lex: Lexicon, positions: dict[int, Trigger], verb: Token) -> list[Token]:
    """The hostile deed nouns a verb of repelling takes as its object, or after "against"/"off"."""
    if verb.pos_ not in ("VERB", "AUX") or _repelling_word(lex, verb) is None:
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [
        p
        for c in verb.children
        if c.dep_ in ("prep", "prt") and c.lower_ in _AGAINST
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return [o for o in objs if _hostile_deed(lex, positions, o)]


def repelling_verb(lex: Lexicon, positions: dict[int, Trigger], n: Token) -> Token | None:
    """The verb of repelling whose object the deed noun ``n`` is ("repelled [an attack]"), or None."""
    verb = n.head.head if n.dep_ == "pobj" and n.head.lower_ in _AGAINST else n.head
    if n.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if n in repelled_deeds(lex, positions, verb) else None
