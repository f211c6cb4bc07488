"""Accusations made by attributing a hostile deed: a reported clause whose point is who did the deed
("officials said the attack was carried out by X", "police say X carried out the bombing", "the
ministry said the blast was the work of X", "they say X was behind the raid") is the speaker's
accusation of the doer, beside the deed itself. A doer who is the speaker's own side makes no
accusation ("Pakistan said its forces carried out the strikes": a claim of its own deed), nor does
a denied attribution ("said X had not carried out the attack"). The words are ``attributions`` in
ontology/triggers.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.extract.reference import uniq
from kg.extract.state import Draft, SentenceTriggers
from kg.extract.word_sets import lowered
from kg.model import Mention
from kg.plover import plover_scheme
from kg.resources import load_yaml

#: dependencies along which a clause is still part of what a verb of saying reports ("said that the
#: attack was carried out by X", "indicated they had proof that the act was conducted by X")
_REPORTED = ("ccomp", "acl", "xcomp", "conj", "dobj", "pobj", "prep")


@dataclass(frozen=True)
class AttributionWords:
    """The words that say who did a deed."""

    #: verbs (with their particle) whose object is the deed done: "carry out", "perpetrate"
    verbs: frozenset[str]
    #: nouns whose "of" names the doer of the deed that "is" them: "the work of X"
    nouns: frozenset[str]
    #: prepositions by which the doer "is" at the deed's origin: "X was behind the attack"
    preps: frozenset[str]


@cache
def attribution_words() -> AttributionWords:
    """triggers.yaml ``attributions``."""
    d = load_yaml("triggers.yaml").get("attributions") or {}
    return AttributionWords(lowered(d.get("verbs")), lowered(d.get("nouns")), lowered(d.get("preps")))


def _phrase(verb: Token) -> str:
    """The verb's lemma with its particle ("carry out")."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *prt])


def _hostile(ds, st: SentenceTriggers, n: Token) -> bool:
    """The noun names a hostile deed: an event word of a hostile deed ("the attack", "the bombing") or
    a word of blame ("the crime", "this terrorist act")."""
    spec = st.positions.get(n.i)
    if spec is not None and ds.lex.rules(spec.plover).deed and plover_scheme().sign(spec.plover) < 0:
        return True
    blame = ds.lex.blame_words
    return n.lemma_.lower() in blame or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in blame for c in n.children
    )


def _objects(t: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def attribution(ds, st: SentenceTriggers, t: Token) -> tuple[list[Token], list[Token]]:
    """The hostile deeds the clause headed by ``t`` attributes and the words naming who did them, or
    two empty lists."""
    words = attribution_words()
    if any(c.dep_ == "neg" for c in t.children):
        return [], []
    deeds: list[Token] = []
    found: list[Token] = []
    if t.pos_ == "VERB" and _phrase(t) in words.verbs:
        deeds = _objects(t, ("nsubjpass",))  # "the attack was carried out by X"
        if deeds:
            found = [p for a in _objects(t, ("agent",)) for p in _objects(a, ("pobj",))]
        else:  # "X carried out the attack"
            deeds, found = _objects(t, ("dobj",)), _objects(t, ("nsubj",))
    elif t.lemma_.lower() == "be":
        subjects = _objects(t, ("nsubj",))
        for attr in _objects(t, ("attr",)):  # "the bombing was the work of X"
            if attr.lemma_.lower() in words.nouns:
                deeds = subjects
                ofs = [of for of in _objects(attr, ("prep",)) if of.lower_ == "of"]
                found = [p for of in ofs for p in _objects(of, ("pobj",))]
        for prep in _objects(t, ("prep",)):  # "X was behind the attack"
            if prep.lower_ in words.preps:
                deeds, found = _objects(prep, ("pobj",)), subjects
    deeds = [d for d in deeds if _hostile(ds, st, d)]
    return (deeds, found) if deeds and found else ([], [])


def _speech_verb(ds, t: Token) -> Token | None:
    """The verb of saying whose report the clause headed by ``t`` is part of, or None."""
    cur = t
    while cur.dep_ in _REPORTED and cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in ds.lex.speech_verbs:
            return None if any(c.dep_ == "neg" for c in cur.children) else cur
    return None


def _actors(ds, tok: Token) -> list[str]:
    """The actors a doer's phrase names: itself, else a name or demonym on it ("a Turkish drone")."""
    found = ds.actors_at(tok)
    if found:
        return found
    marks = (ds.index.at(c) for c in tok.children if c.dep_ in ("amod", "compound", "poss"))
    return [m.key for m in marks if m is not None]


@dataclass(frozen=True)
class Attribution:
    """A speaker's report of who did a hostile deed: ``verb`` of saying, its speakers, the doers named
    (none of the speakers' own side) and the deed words."""

    verb: Token
    source: list[str]
    target: list[str]
    deeds: list[Token]


def attributions(ds, st: SentenceTriggers) -> list[Attribution]:
    """The sentence's reported attributions of hostile deeds to another than the speaker."""
    out: list[Attribution] = []
    for t in st.span:
        deeds, named = attribution(ds, st, t)
        verb = _speech_verb(ds, t) if named else None
        if verb is None:
            continue
        source = [k for k in ds.subjects(verb) if k not in ds.index.media]
        target = uniq([a for n in named for a in _actors(ds, n)])
        if source and target and not set(target) & set(source):  # else a claim of one's own deed
            out.append(Attribution(verb, source, target, deeds))
    return out


def untold_deeds(ds, st: SentenceTriggers, a: Attribution, drafts: list[Draft]) -> list[Draft]:
    """The attributed deeds no draft tells ("the bombing was the work of X"), done by the doers."""
    drafted = {x.token for x in drafts}
    return [x for n in a.deeds if n.i not in drafted for x in [_deed(ds, st, n, a.target)] if x is not None]


def _deed(ds, st: SentenceTriggers, n: Token, doers: list[str]) -> Draft | None:
    """The attributed deed itself where no draft tells it ("the bombing was the work of X"): done by
    the doers, aimed at whoever its own phrases of aim name ("the raid on X")."""
    spec = st.positions.get(n.i)
    if spec is None:
        return None
    preps = ds.lex.rules(spec.plover).target_preps
    aimed = [a for p in n.children if p.dep_ == "prep" and p.lower_ in preps for o in _objects(p, ("pobj",))
             for a in ds.actors_at(o)]
    target = [k for k in uniq(aimed) if k not in doers]
    trigger = Mention(n.idx, n.idx + len(n.text), n.text, st.sentence.index)
    return Draft.of(spec, trigger, st.sentence, n.i, uniq(doers + target), list(doers), target, False)

