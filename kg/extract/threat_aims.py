"""Threats that name no one they are made to. A threat is made to someone, and one told with no party
named is mostly no threat ("will not tolerate such provocations", "threatens regional stability"). But
a threat to answer a deed is aimed at whoever does it, named or not ("vowed to retaliate", "warned of
grave consequences"), and so is a commitment to a deed of force still to come ("will take action
against those who ...", "vowed to continue the campaign") or a threat to do harm to people or to what
they own ("threatened to break up their camps"), a threat to do a deed of conflict ("threatened to use
force") or one made on a condition ("threatened sanctions if they renew hostilities", "more sanctions
will come unless there is a change"): aimed at whoever it would befall or must meet the condition.
Also here: a deed of force its doer says it will do, which is a threat made now (``announced_harm``),
and one its doer stands ready to do (``readied_harm``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.conditions import on_condition, ultimatum
from kg.extract.dangers import names_a_party
from kg.extract.senses import matches
from kg.extract.speech import said_by
from kg.extract.state import DocState, Draft
from kg.plover import plover_scheme


def aimless_threat(state: DocState, d: Draft) -> bool:
    """The draft is a threat made to no one: a threat is made to someone; a threat to answer a deed
    ("vowed revenge", "vowed to retaliate", "warned of consequences", "there will be consequences") is
    aimed at its doer, named or not, and so is one of a deed still to come (``_vowed``)."""
    lex = state.lang.lexicon
    if not lex.rules(d.plover).promised_harm or d.spec.existential:
        return False  # "there will be consequences": for whoever brings them on
    tok = state.doc[d.token]
    words = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "acomp")]
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
    made to, unless the deed is one of conflict ("threatened to use force", "to sever ties") or the
    threat is made on a condition. What one will not allow is a threat only to someone named; what
    one will not tolerate is one to whoever does it when it names a deed ("will not tolerate any
    attempt to seize power", "will not tolerate attacks on its forces", "will not tolerate this"), not a
    state of things ("will not tolerate chaos")."""
    clause = tok if d.is_verb else tok.head if tok.dep_ in ("nsubj", "dobj") else None
    if clause is not None and ultimatum([c for c in clause.children if c.dep_ == "advcl"]):
        return True  # "more sanctions will come unless there is a change": whoever must bring it about
    if readied_harm(state, d, tok):
        return not d.spec.negated_only  # "stands ready to use sanctions against those who ..."
    if not d.is_verb:
        return False
    if on_condition(tok) or any(c.dep_ == "xcomp" and _hostile_deed(state, c) for c in tok.children):
        # "threatened to use force if any country pressures it": aimed at whoever meets the condition;
        # "threatened to use force", "threatened to cut off gas supplies": at whoever it would befall
        return True
    if d.spec.negated_only and not d.spec.future:
        return _refuses_deed(state, tok)
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


def _hostile_deed(state: DocState, verb: Token) -> bool:
    """The verb names a deed of conflict by one of its senses, whatever party it names ("to use force",
    "to sever ties", "to kill the hostages"), not one of talk or of business ("to leave the market",
    "to resign")."""
    objects = {w for c in verb.children if c.dep_ == "dobj" for w in (c.lemma_.lower(), c.lower_)}
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any(
        sense.pos in (None, "VERB")
        and (not sense.object or objects & set(sense.object))
        and (not sense.particle or particles & set(sense.particle))
        and plover_scheme().sign(sense.plover) < 0
        for sense in state.lang.lexicon.by_word.get(verb.lemma_.lower(), ())
    )


def _refuses_deed(state: DocState, tok: Token) -> bool:
    """The word of not tolerating or allowing has an object that names a deed ("will not tolerate
    any attempt to seize power", "will not tolerate this"), not a state of things ("chaos")."""
    return any(c.dep_ == "dobj" and _deed_named(state, c) for c in tok.children)


def _deed_named(state: DocState, noun: Token) -> bool:
    """The object names a deed: "this" or "that" (what was just told), a noun of conduct ("attempts",
    "actions") or a word of a deed of force or threat in its phrase ("any groups attempting a coup", "threats
    from Iran")."""
    if noun.lower_ in ("this", "that"):
        return True
    lex = state.lang.lexicon
    return any(
        t.lemma_.lower() in lex.conduct_nouns
        or any(
            _harm(state, s.plover)
            for s in lex.by_word.get(t.lemma_.lower(), ())
            if s.plover and s.pos in (None, t.pos_)
        )
        for t in noun.subtree
        if t.pos_ in ("NOUN", "VERB")
    )


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
    return _promised_harm(state, d.plover) and d.modality != "asserted"


def harm_told(state: DocState, d: Draft, tok: Token) -> bool:
    """A deed of force its doer says it will do (``announced_harm``) or stands ready to do
    (``readied_harm``): a threat, made now."""
    return announced_harm(state, d, tok) or readied_harm(state, d, tok)


def announced_harm(state: DocState, d: Draft, tok: Token) -> bool:
    """An act of force its own doer says it will carry out against another: the clause of a verb of
    saying whose speaker is the act's source ("vows to fight on" names no one it threatens)."""
    light = tok.dep_ == "dobj" and tok.head.lemma_.lower() in state.lang.lexicon.light_verbs
    verb = tok if d.is_verb else tok.head if light else None  # "will launch more attacks on X"
    if d.adopted is not None or verb is None or not (d.source and d.target):
        return False
    if plover_scheme()[d.plover].quad != "MaterialConflict":
        return False
    said = said_by(verb, state.lang)
    if said is None:
        return False
    # the speaker; in a warning, also whose the speaker is ("Greek officials warned that they may ...")
    lex = state.lang.lexicon
    warns = any(lex.rules(t.plover).promised_harm for t in matches(lex, said))
    if lex.rules(d.plover).decided and not warns:
        return False  # "Russia said it will expel 15 diplomats": a decision told, not a threat
    subjects = [t for c in said.children if c.dep_ == "nsubj" for t in (c.subtree if warns else [c])]
    speakers = {m.key for t in subjects for m in [state.index.at(t)] if m}
    return bool(speakers & set(d.source))


#: Dependencies by which a deed hangs from the word of readiness that governs it ("ready to impose",
#: "readiness to consider sanctions", "prepared to take measures against").
_READY_PATH = ("xcomp", "acl", "dobj", "pobj", "prep", "acomp", "amod")


def readied_harm(state: DocState, d: Draft, tok: Token) -> bool:
    """A deed of force or sanction (not a move of one's own forces) that a word of readiness governs
    (``readiness_words``: "stands ready to impose sanctions", "is prepared to use force", "its
    readiness to consider targeted sanctions"): its doer's readiness to do it is a threat, made now."""
    lex = state.lang.lexicon
    plover = d.spec.plover  # (the sense's own type: the draft may have been made a threat already)
    if plover_scheme()[plover].quad != "MaterialConflict" or lex.rules(plover).own_forces or d.adopted:
        return False
    ready = state.lang.modality.readiness
    for _ in range(4):
        if tok.dep_ not in _READY_PATH or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lex.speech_verbs:
            return False  # what is said is judged on its own
        if tok.lemma_.lower() in ready or tok.lower_ in ready:
            return _own_word(state, d, tok)
    return False


def _own_word(state: DocState, d: Draft, ready: Token) -> bool:
    """The readiness is told by its doer, not of it by another ("Iran said the US was ready to attack
    it" is Iran's claim): no one reports it, or whoever does is among the deed's doers or unnamed."""
    if any(h.lemma_.lower() in state.lang.lexicon.claim_nouns for h in ready.ancestors):
        return False  # "there were reports the insurgents are prepared to mount an assault"
    verbs = [h for h in (ready, *ready.ancestors) if h.pos_ in ("VERB", "AUX")]
    verb = verbs[0] if verbs else None
    said = said_by(verb, state.lang) if verb is not None else None
    if said is None:
        return True
    speakers = {m.key for c in said.children if c.dep_ == "nsubj" for m in [state.index.at(c)] if m}
    return not speakers or bool(speakers & set(d.source))  # ("..., the minister said": its own)


def intolerant_speaker(state: DocState, d: Draft, tok: Token) -> None:
    """Who says their side will not tolerate a deed makes the threat beside that side ("'Israel will
    not tolerate this,' the prime minister said", "the government will not tolerate any attempt at a
    coup, the president said"): the speaker joins the threat's sources."""
    if not (d.spec.negated_only and _promised_harm(state, d.plover)) or d.spec.future:
        return
    if not _refuses_deed(state, tok):
        return  # "will not tolerate chaos": no threat (``_vowed``), whoever says so
    said = said_by(tok, state.lang)
    speakers = [m.key for c in (said.children if said is not None else ()) if c.dep_ == "nsubj"
                for m in [state.index.at(c)] if m and m.key not in d.target]
    d.source = list(dict.fromkeys(d.source + speakers))
    d.participants = list(dict.fromkeys(d.participants + speakers))


def _promised_harm(state: DocState, plover: str) -> bool:
    """The type is the one a promise of harm takes (a threat)."""
    return state.lang.lexicon.rules(plover).promised_harm
