"""Event mentions that tell of nothing done, dropped once their modality is decided
(:func:`kg.extract.modality.decide_modality`): an aim that is not asserted ("resolve to support
Ukraine"); what one party is said not to do where no other party is named ("will not give in to
attacks", "denied backing the rebels": an event that did not happen is coded between the parties it did
not happen between, "X did not meet Y"); help only offered, needed or possible, for no party named
("stands ready to support efforts to end the violence"); a threat made to no one ("will not tolerate
such attempts") or one not made ("Hamas can never threaten Israel again"); a word that must be aimed at
a party and is aimed at none ("concerned about the situation"); an outcome only hoped for or asked ("an
accord can be reached"); deeds spoken of in general ("attacks against peacekeepers may constitute war
crimes")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.concerns import about_harm
from kg.extract.conditions import condition_hangs_from
from kg.extract.dangers import is_danger, warned_state
from kg.extract.language import ModalityWords
from kg.extract.senses import to_infinitive
from kg.extract.state import DocState, Draft
from kg.extract.threat_aims import aimless_threat, unmade_threat


def undone(state: DocState, d: Draft, drafts: list[Draft]) -> bool:
    """The draft tells of nothing done (the module's list), among the other ``drafts`` kept."""
    one = len(set(d.participants)) < 2
    return bool(
        d.purpose and (d.modality != "asserted" or _aim_only(state, state.doc[d.token], drafts))
        or _in_aim(state, d, drafts)
        or d.modality == "negated" and one
        or d.modality == "hypothetical" and one and _needs_two(state, d)
        or d.modality == "hypothetical" and state.lang.lexicon.rules(d.plover).outcome
        and not _offered_on_condition(state, d)
        or not d.target and one and (_unaimed(state, d) or aimless_threat(state, d))
        or _generic(state, d)
        or is_danger(state, d)
        or warned_state(state, d)
        or unmade_threat(state, d)
    )


def come_to_say(tok: Token, words: ModalityWords) -> bool:
    """The infinitive says what its subject came together with others for ("came to Washington to
    sign", "joined the talks to back Ukraine"): the verb of coming (``gathering_verbs``) does not
    govern it as a plan would; whether it was done is the aim's (``_aim_only``)."""
    if tok.dep_ != "advcl" or not to_infinitive(tok):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return tok.head.lemma_.lower() in words.gathering



def _offered_on_condition(state: DocState, d: Draft) -> bool:
    """The draft is the main clause of a condition ("will release the prisoners if Hamas frees the
    hostages"): an offer made on terms, not a hope."""
    tok = state.doc[d.token]
    return any(condition_hangs_from(verb, state.lang.modality) for verb in (tok, tok.head, tok.head.head))


def _unaimed(state: DocState, d: Draft) -> bool:
    """The draft is of a word that must be aimed at a party and is aimed at none: no target named, and
    what it is about names no hostile deed ("concerned about the situation"; "concerned about the use
    of force against protesters" is aimed at whoever uses it, kg.extract.concerns)."""
    return d.spec.aimed and not about_harm(state, state.doc[d.token])


def _needs_two(state: DocState, d: Draft) -> bool:
    """The draft is help someone must give, or talks held between parties: talks only asked for,
    wished or said to be possible, with a single party named and none said to hold them, tell of
    nothing done ("urged all sides to engage with the envoy", "if such a meeting takes place"); one
    party's own offer of talks is made ("Qatar offered to discuss the demand")."""
    return _help(state, d) or state.lang.lexicon.rules(d.plover).talks and not d.source


def _help(state: DocState, d: Draft) -> bool:
    """The draft is of a kind of help that someone must give (support, aid, cooperation), not a deed."""
    rules = state.lang.lexicon.rules(d.plover)
    return rules.agent_needed and not rules.deed and not rules.promised_harm


def _generic(state: DocState, d: Draft) -> bool:
    """A bare plural event noun that a modal classing verb says something of speaks of such deeds in
    general ("attacks against peacekeepers may constitute war crimes"), not of one that was done."""
    tok = state.doc[d.token]
    if tok.dep_ == "acl":  # "attacks targeting peacekeepers may constitute ...": the noun it qualifies
        tok = tok.head
    if tok.tag_ != "NNS" or any(
        c.dep_ in ("det", "poss", "nummod")
        or c.dep_ in ("amod", "compound") and state.index.at(c) is not None
        for c in tok.children
    ):
        return False  # "the attacks", "Russia's attacks", "Russian strikes": deeds done
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.lemma_.lower() in state.lang.modality.classing
        and any(c.tag_ == "MD" for c in verb.children)
    )


def _in_aim(state: DocState, d: Draft, drafts: list[Draft]) -> bool:
    """What a deed is said to be for is wanted, not done, down to what it would have others do ("eased
    the embargo to help the army fight the militants"); the ability to do a deed is not the deed
    ("restricting its ability to fight a war")."""
    tok = state.doc[d.token]
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in state.lang.lexicon.means_nouns:
        return to_infinitive(tok)
    head = tok.head
    return (
        tok.dep_ in ("ccomp", "xcomp")
        and head.lemma_.lower() in state.lang.lexicon.object_control
        and to_infinitive(head)
        and _aim_only(state, head, drafts)
    )


def _aim_only(state: DocState, tok: Token, drafts: list[Draft]) -> bool:
    """An infinitive of purpose on a clause says what the deed was for, not that it was done ("sent
    troops to support the government", "issued licences to support firms"); but what a meeting or a
    call was held to do is done in it ("called the President to congratulate him"), and so are words
    one came to say ("came to Washington to sign the declaration": ``gathering_verbs``)."""
    if tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    lex = state.lang.lexicon
    said = [x for x in drafts if x.token == tok.i and lex.rules(x.plover).speech_act]
    if said and come_to_say(tok, state.lang.modality):
        return False
    if _by_force(tok.head, state.lang.modality):
        return False
    return not any(x.token == tok.head.i and lex.rules(x.plover).talks for x in drafts)


def _by_force(verb: Token, words: ModalityWords) -> bool:
    """The verb uses a means of force (``force_verbs``, ``force_means``) on its object: what it is done
    for is done by it ("fired tear gas to disperse the crowd", "opened fire to break up the rally")."""
    if verb.lemma_.lower() not in words.force_verbs:
        return False
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        before = verb.doc[c.i - 1].lower_ if c.i > 0 else ""
        if c.lemma_.lower() in words.force_means or f"{before} {c.lower_}" in words.force_means:
            return True
    return False
