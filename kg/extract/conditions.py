"""The conditions a deed is told on that make it a threat to whoever must meet them: "will withdraw its
troops unless Iraq pays", "more sanctions will come unless Cuba changes course"; for a threat or a deed
of force still to come, a hostile deed as the condition ("would respond if X attacked again", "we will
strike you if you strike us") or a demand to meet ("will fight on until X gives up", "the strikes will
go on until Hamas frees the hostages"), or one not to be met ("if they do not settle"). A verb of
threatening told now takes any condition, of its own or of what it threatens ("threatened to use force
if any country pressures it", "threatened to attack the capital unless the government resigns")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.language import Language, ModalityWords
from kg.extract.lexicon import Trigger, TypeRules
from kg.plover import plover_scheme


def _hostile(clause: Token, positions: dict[int, Trigger]) -> bool:
    """The clause tells of a hostile deed ("if Ethiopia attacked again"), not of talk ("if X asks")."""
    deeds = [positions[t.i].plover for t in clause.subtree if t.i in positions]
    return any(plover_scheme()[p].quad == "MaterialConflict" for p in deeds)


def _refused(clause: Token) -> bool:
    """The condition is that its subject does not do something ("if they do not settle their issues"):
    a demand to comply, as "unless" makes it."""
    return any(c.dep_ == "neg" for c in clause.children)


def _threatens(
    mark: str, clause: Token, positions: dict[int, Trigger], rules: TypeRules, force: bool, said: bool
) -> bool:
    if mark == "unless":
        return True
    if mark == "if":
        # a verb of threatening says its condition is what the threatened must not do, or do
        # ("threatened to use force if any country pressures it")
        return said or (rules.promised_harm or force) and (_hostile(clause, positions) or _refused(clause))
    return mark == "until" and (rules.promised_harm or force)


_WILL = ("will", "would", "'ll", "wo")
_MARKS = ("if", "unless", "until")


def _force_ahead(verb: Token, plover: str) -> bool:
    """A deed of force its doer will do, still to come ("we will strike you", "would hit back"); not
    one a text lays down ("all military agreements shall be suspended until ...")."""
    return (
        plover_scheme()[plover].quad == "MaterialConflict"
        and any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def threat_conditions(
    tok: Token, positions: dict[int, Trigger], rules: TypeRules, plover: str, ahead: bool = False
) -> list[Token]:
    """The clauses of ``tok`` whose subjects its event threatens, if they do not comply. An event noun
    takes the conditions of the verb it is the subject or object of ("more sanctions would come unless
    X changes course", "will impose sanctions unless X halts"), or says is there ("there would be
    consequences if X attacked")."""
    # ("there would be a strong response if X attacked": what "there" will be)
    there = tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children)
    verb = tok.head if tok.pos_ == "NOUN" and (tok.dep_ in ("nsubj", "dobj") or there) else tok
    force = _force_ahead(verb, plover)
    # a threat told now, not an answer still to come ("will respond if X asks for talks": ``ahead``)
    said = rules.promised_harm and verb is tok and tok.pos_ == "VERB" and not ahead
    # a verb of threatening takes the conditions of what it threatens to do ("threatened to attack the
    # capital unless the government resigns")
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")] if said else [verb]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "advcl"
        and any(
            m.dep_ == "mark" and _threatens(m.lower_, c, positions, rules, force, said) for m in c.children
        )
        or inverted_condition(c)
        and _threatens("if", c, positions, rules, force, said)
    ] + [c for h in heads for c in as_long_as(h) if _threatens("until", c, positions, rules, force, said)]


def opens_condition(mark: Token, conditions: frozenset[str], words: ModalityWords) -> bool:
    """The word is a subordinator of ``conditions`` ("if it holds"), not of a likening ("as if")."""
    likened = mark.i > 0 and mark.nbor(-1).lower_ in words.likening
    return mark.dep_ == "mark" and mark.lower_ in conditions and not likened


def condition_hangs_from(tok: Token, words: ModalityWords) -> bool:
    """A condition hangs from the word ("if the truce holds, Israel will lift the blockade"); a question
    ("whether ...") is none."""
    if_words = words.conditions - words.questions
    return any(
        c.dep_ == "advcl" and any(opens_condition(m, if_words, words) for m in c.children)
        for c in tok.children
    )


def as_long_as(verb: Token) -> list[Token]:
    """The clauses of ``verb`` told by "as long as" or "so long as" ("the crackdown will continue as long
    as the opposition continues its activities"): a condition of its going on, as "until" is of its end."""
    return [
        c
        for a in verb.children
        if a.dep_ == "advmod" and a.lower_ == "long"
        for c in a.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
    ]


def inverted_condition(clause: Token) -> bool:
    """The clause is a condition told by putting "should" or "were" first ("should X fail to comply",
    "were X to attack"), with no mark: an "if" clause."""
    if clause.dep_ not in ("advcl", "conj", "ccomp"):  # (the parser may join it as a clause of its own)
        return False
    first = min(clause.subtree, key=lambda t: t.i)
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        first.lower_ in ("should", "were")
        and first.head.i == clause.i
        and bool(subjects)
        and first.i < min(subjects)
        and not any(c.dep_ in ("mark", "cc") for c in clause.children)
    )


def on_condition(tok: Token, lang: Language | None = None) -> bool:
    """A verb of threatening said on a condition of its own or of what it threatens ("threatened them
    with sanctions if they do not settle"): the condition is the threat's, which is made now, unless
    the verb is itself only what may be ("would threaten X if", with ``lang``)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    if lang is not None and any(c.dep_ == "aux" and c.lower_ in lang.modality.aux for c in tok.children):
        return False
    return tok.pos_ == "VERB" and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _MARKS for m in c.children)
        for h in heads
        for c in h.children
    )


def ultimatum(conditions: list[Token]) -> bool:
    """One of the conditions is one to comply with ("unless Iraq pays"), a threat whoever is to meet it."""
    return any(m.dep_ == "mark" and m.lower_ == "unless" for c in conditions for m in c.children)


def deterrent(conditions: list[Token], positions: dict[int, Trigger]) -> bool:
    """One of the conditions is a hostile deed done to the one who would answer it, told by a pronoun
    ("if we are attacked", "if you strike us") or by no word ("if attacked"); not to a party named ("if
    Peru is attacked": a pledge of defence). Force promised in answer is a threat, to whoever would do
    the deed, named or not."""
    return any(
        c.i in positions
        and plover_scheme()[positions[c.i].plover].quad == "MaterialConflict"
        and (
            any(x.dep_ in ("nsubjpass", "dobj") and x.pos_ == "PRON" for x in c.children)
            or c.tag_ == "VBN" and not any(x.dep_.startswith("nsubj") for x in c.children)
        )
        for c in conditions
    )
