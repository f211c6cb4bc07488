"""A state's armed forces as a side of their own where a text tells of a coup: in a story of a coup
("the military overthrew the government", "the junta arrested the former prime minister") the
military acts against its own state's government, so "the military", "the army", "the junta",
"Myanmar's military" are no longer that state but one group of the text, labelled "<demonym>
<noun>" ("Burmese military", "Malian junta"), affiliated with the state and coded with its CAMEO code
and MIL. Where a text tells of no coup a state's forces stay the state. Run by the mention finder
after names, demonyms and factions are resolved (language.yaml ``juntas``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.extract.factions import demonym
from kg.extract.state import ActorMention, DocState
from kg.extract.word_sets import lowered
from kg.resources import load_yaml

#: How the words before a noun qualify it ("the Burmese military", "Myanmar's army").
_MODIFIERS = ("amod", "compound", "nmod", "poss")


@dataclass(frozen=True)
class JuntaWords:
    #: lemmas that tell of a coup ("coup", "junta", "putsch")
    coup_words: frozenset[str]
    #: nouns (lower case) for a state's armed forces as a whole ("military", "army", "junta")
    forces: frozenset[str]
    #: the CAMEO role of the group
    role: str


@cache
def junta_words() -> JuntaWords:
    d = load_yaml("language.yaml").get("juntas") or {}
    return JuntaWords(
        lowered(d.get("coup_words")),
        lowered(d.get("forces")),
        str(d.get("role") or "MIL"),
    )


def _coup_state(state: DocState, w: JuntaWords) -> str | None:
    """The state whose coup the text tells of: the state named most in the sentences with a word of a
    coup, else in the whole text (the first named on a tie); None where it names no state."""
    def named(sents: list) -> dict[str, int]:
        counts: dict[str, int] = {}
        for m in state.index.mentions:
            in_one = any(s.start <= m.start < s.end for s in sents)
            if in_one and state.index.actors[m.key].kind == "state" and not m.chars:
                counts[m.key] = counts.get(m.key, 0) + 1
        return counts

    told = [s for s in state.doc.sents if any(_coup_word(t, w) for t in s)]
    counts = named(told) or named(list(state.doc.sents))
    first = {m.key: m.start for m in sorted(state.index.mentions, key=lambda m: -m.start)}
    return min(counts, key=lambda k: (-counts[k], first[k])) if counts else None


def _coup_word(tok: Token, w: JuntaWords) -> bool:
    return tok.lemma_.lower() in w.coup_words or tok.lower_ in w.coup_words


def _forces(tok: Token, w: JuntaWords) -> bool:
    """The noun names a state's armed forces as the head of its phrase ("the military seized power"),
    not as a word before another ("military officers", "the army chief", "a military takeover")."""
    if tok.lower_ not in w.forces or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"))


def _owner(state: DocState, tok: Token) -> ActorMention | None:
    """The state named before the noun ("the Burmese military", "Myanmar's army"), or None."""
    for c in tok.children:
        m = state.index.at(c) if c.dep_ in _MODIFIERS and c.i < tok.i else None
        if m is not None and not m.chars and state.index.actors[m.key].kind == "state":
            return m
    return None


def junta_parties(state: DocState) -> None:
    w = junta_words()
    doc, index = state.doc, state.index
    if not any(_coup_word(t, w) for t in doc):
        return
    home = _coup_state(state, w)
    if home is None:
        return
    key = ""
    for tok in doc:
        if not _forces(tok, w) or tok.i in index.by_token:
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children):
            continue  # "the army of Mali": a name the text spells out
        owner = _owner(state, tok)
        if any(
            index.at(c) is not None and index.at(c) is not owner for c in tok.children if c.i < tok.i
        ):
            continue  # "the Houthi military", "Wagner's army": another actor's
        if owner is not None and owner.key != home:
            continue  # another state's forces than the one whose coup the text tells of
        key = key or _actor(state, home, tok.lower_, w)
        start = min([tok.i, *(owner.start for _ in [0] if owner is not None)])
        if owner is not None:
            index.drop(owner)
            index.add_beside(owner.start, owner.end, owner.key, owner.how)
        det = [c.i for c in tok.children if c.dep_ == "det" and c.i < start]
        index.add(min([start, *det]), tok.i + 1, key, "group")


def _actor(state: DocState, country: str, noun: str, w: JuntaWords) -> str:
    entry = state.gazetteer.entries.get(country)
    label = f"{demonym(entry) or state.index.actors[country].label} {noun}"
    cameo = state.index.actors[country].cameo
    return state.own_actor(label, "group", cameo + w.role if cameo else None, country)
