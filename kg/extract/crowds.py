"""Force used on a demonstration or a crowd is used on the people in it: "troops crushed the protests",
"police opened fire on the rally", "fired tear gas to disperse the crowd", "a crackdown on the
protests", "the demonstrations were broken up". With no party of its own named, such a deed (of a type
flagged ``crowd_target`` in triggers.yaml) is aimed at the text's protesters (kg.extract.groups), who
hold the demonstration; a deed done to anything else ("shelled the town", "seized the ship") is not.
A demand told by a participle as what a demonstration is for ("marched ... demanding reforms") is part
of the protest, not a request of its own (``protest_demands``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.groups import protesters_key
from kg.extract.senses import to_infinitive
from kg.extract.state import DocState

#: the relations by which a word names what a deed is done to: its object, the subject of its passive,
#: and the object of a preposition it governs ("fired on the crowd", "a crackdown on protests")
_DONE_TO = ("dobj", "nsubjpass")
_AIMING_PREPS = ("on", "upon", "at", "against", "into", "of")


def _protest(state: DocState, tok: Token) -> bool:
    """The noun names a demonstration: a protest word of the lexicon ("protests", "the rally")."""
    if tok.lower_ in state.lang.words.protester_nouns:
        return False  # the people, not the demonstration: "arrested 20 protesters" makes no party of them
    senses = state.lang.lexicon.candidates(tok.lemma_.lower())
    return tok.pos_ in ("NOUN", "PROPN") and any(
        t.plover == state.lang.protest_type and t.pos != "VERB" for t in senses
    )


def _told(state: DocState) -> bool:
    """The text tells of a demonstration somewhere (a protest word other than a noun for protesters:
    "as protests roiled the country"): the protesters a deed befalls are those who held it."""
    words = [tok for st in state.triggers for tok, _ in st.triggers]
    return any(_protest(state, tok) or _protest_verb(state, tok) for tok in words)


def _gathered(state: DocState, tok: Token) -> bool:
    """The noun names a demonstration, a crowd gathered ("the crowd", "a gathering") or the people who
    protest ("the demonstrators")."""
    words = state.lang.words
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in words.gathered_nouns | words.protester_nouns:
        return True
    return _protest(state, tok)


def _home(state: DocState) -> list[str]:
    """The state the text's protesters are of ("Belarusian protesters", "protesters in Burundi")."""
    home = state.index.protesters_home
    return [home] if home is not None and home in state.index.actors else []


def _done_to(tok: Token) -> list[Token]:
    """The nouns a deed word is done to, and those its counting word counts ("dispersed thousands of
    demonstrators": the demonstrators)."""
    found = [c for c in tok.children if c.dep_ in _DONE_TO]
    found += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in _AIMING_PREPS
              for o in c.children if o.dep_ == "pobj"]
    found += [o for n in list(found) for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
    return found


def crowd_target(state: DocState, tok: Token) -> list[str]:
    """The text's protesters, where the deed word (or the verb of its purpose: "fired tear gas to
    disperse the crowd") is done to a demonstration or a crowd and to no actor named; else nothing."""
    aims = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and to_infinitive(c)]
    words = [tok, *aims]
    done_to = [n for w in words for n in _done_to(w)]
    mentions = [state.index.at(t) for n in done_to for t in n.subtree]
    named = {m.key for m in mentions if m is not None and not m.locative}
    if named - {state.index.protesters}:
        return []  # "broke up the rally of the Awami League": whom, the words name
    if named:
        return list(named)
    if state.index.protesters is None and not any(_protest(state, n) for n in done_to) and not _told(state):
        return []  # "fired on the crowd" in a text of no protest: no party of protesters to make
    kept_from = [v for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "from"
                 for v in c.children if v.dep_ == "pcomp" and v.pos_ == "VERB"]
    if not any(_gathered(state, n) for n in done_to) and not any(
        _protest_verb(state, v) or v.lower_ in state.lang.words.gathered_nouns for v in kept_from
    ):
        return []  # "kept people from marching", "prevented people from gathering": from protesting
    return [protesters_key(state)]  # "to disperse the demonstrators", "crushed the protests"


def _protest_verb(state: DocState, verb: Token) -> bool:
    """The verb is one of demonstrating in the lexicon ("marched", "rallied", "protested")."""
    return verb.pos_ == "VERB" and any(
        t.plover == state.lang.protest_type for t in state.lang.lexicon.candidates(verb.lemma_.lower())
    )


def protest_demands(state: DocState) -> None:
    """A demand told by a participle as what a demonstration is for ("marched through the capital
    demanding a new government", "protesters calling for the president to resign", "protesting against
    the president and demanding his resignation") is part of that
    protest, not a request of its own: the protest is aimed at whom the demand asks, where it names
    no one else. A demand said by a verb of its own ("the protesters demanded that ...") stays one."""
    lang = state.lang
    protests = {d.token: d for d in state.drafts if d.plover == lang.protest_type}
    kept = []
    for d in state.drafts:
        tok = state.doc[d.token]
        protest = protests.get(tok.head.i)
        crowd = [tok.head] if tok.dep_ == "acl" else [c for c in tok.children if c.dep_ == "nsubj"]
        by_protest = protest is not None or _protest_verb(state, tok.head) or any(
            c.lower_ in lang.words.protester_nouns for c in crowd  # "(with) protesters calling for"
        )
        if (
            not by_protest
            or not (d.is_verb and lang.lexicon.rules(d.plover).demand)
            or tok.tag_ != "VBG"
            or tok.dep_ not in ("advcl", "acl", "xcomp", "conj", "pcomp")
        ):
            kept.append(d)
            continue
        if protest is not None and not protest.target:
            protest.target = [k for k in d.target if k not in protest.source]
            protest.participants = list(dict.fromkeys([*protest.participants, *protest.target]))
    state.drafts = kept


def crowd_parties(state: DocState, tok: Token, source: list[str], target: list[str], is_verb: bool,
                  place: Callable[[Token], list[str]]) -> tuple[list[str], list[str]]:
    """The source and target of a deed of force done to the text's protesters, or with no target named
    done to a demonstration or a crowd: aimed at the protesters, by its doer, else by the state its
    phrase places it in ("a crackdown on protests in Minsk"), else, for a noun, the state the protesters
    are of ("a crackdown on Belarusian protesters"). A verb with no doer told ("laws restricting
    protests") and a deed done to anyone else keep the parties they have."""
    crowd = target or [k for k in crowd_target(state, tok) if k not in source]
    if not crowd or crowd != [state.index.protesters]:
        return source, target
    if not source:
        source = place(tok) or ([] if is_verb else _home(state))
    return source, crowd if source else target
