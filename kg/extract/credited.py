"""Deeds credited to whoever is thanked or praised for them: "thanked Qatar for the release of the
hostages", "commended Ethiopia on the pardon of the journalists" (Qatar released, Ethiopia pardoned). A
deed noun that names no doer of its own, in the "for" or "on" phrase of a verb of crediting
(triggers.yaml crediting_verbs), was done by the verb's object, as a verb in that phrase is ("thanked
Qatar for releasing them": kg.extract.reference). A possessive pronoun on the deed stands for the one
credited ("thanked Algeria for its support": Algeria's support), not for the one who thanks."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon


def credited(phrase: Token, lex: Lexicon, actors_at: Callable[[Token], list[str]]) -> list[str]:
    """The actors a verb of crediting credits with the deed noun ``phrase`` (none if it credits none)."""
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "on"):
        return []
    holder = prep.head
    # the parser hangs the phrase on the verb ("thanked X for Y") or on its object ("commended X on Y")
    verb = holder.head if holder.dep_ == "dobj" else holder
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.crediting_verbs:
        return []
    return [a for c in verb.children if c.dep_ == "dobj" for a in actors_at(c)]


def credited_doers(phrase: Token, source: list[str], lex: Lexicon,
                   actors_at: Callable[[Token], list[str]]) -> list[str]:
    """The doers of the deed noun ``phrase``: those a verb of crediting credits with it where it names
    none of its own or only a possessive pronoun ("thanked Algeria for its support"), else ``source``."""
    if source and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in phrase.children):
        return source
    return credited(phrase, lex, actors_at) or source
