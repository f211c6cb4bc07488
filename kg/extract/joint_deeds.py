"""Deeds done with a partner. A deed its doers do "together with", "in concert with" or "alongside"
another actor ("Ethiopian troops, together with Somali forces, launched an operation", "the US, in
concert with the UK, is imposing costs on Russia", "Hezbollah is fighting alongside the Syrian army")
tells two events: the deed, and the work together between its doers and that partner (triggers.yaml
``joint_deeds``), as PLOVER codes joint military or economic action (COOPERATE). Words are no deed
("X, together with Y, condemned the attack" is a joint statement), nor is a deed told in the passive
("he was killed along with his guards"), and a partner who is the deed's target is none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.lexicon import Lexicon, Trigger
from kg.extract.reference import uniq
from kg.extract.state import Draft

_SUBJECTS = ("nsubj",)


@cache
def _phrases(raw: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in raw)


def _sense(lex: Lexicon) -> Trigger | None:
    """The first plain sense of the word ``joint_deeds.sense`` (no preposition, object or subject)."""
    word = str(lex.joint_deeds.get("sense") or "")
    plain = [t for t in lex.candidates(word) if t.plover and not (t.prep or t.object or t.subject)]
    return plain[0] if plain else None


def _phrase_objects(tok: Token, phrases: tuple[tuple[str, ...], ...], on_subject_only: bool) -> list[Token]:
    """The objects of the partner phrases hung on ``tok`` (unless ``on_subject_only``) or on its subject."""
    doc, out = tok.doc, []
    verb = tok.head if tok.dep_ == "dobj" else tok  # "imposing sanctions": the light verb's phrases
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    anchors = subjects if on_subject_only else [tok, verb, *subjects]
    for last in tok.sent:
        for words in phrases:
            start = last.i - len(words) + 1
            if start < tok.sent.start or last.lower_ != words[-1]:
                continue
            if tuple(t.lower_ for t in doc[start : last.i + 1]) != words:
                continue
            head = doc[start].head
            head = head.head if head.pos_ == "PUNCT" else head  # "X, in concert with Y, ...": on the comma
            if head in anchors:
                objects = [p for p in last.children if p.dep_ == "pobj"]
                out += objects + [c for p in objects for c in p.children if c.dep_ == "conj"]
    return out


def joint_deed(lex: Lexicon, d: Draft, doc: Doc, actors_at: Callable[[Token], list[str]]) -> list[Draft]:
    """The draft, and the work together its deed with a partner tells (see the module's text)."""
    cfg = lex.joint_deeds
    sense = _sense(lex) if cfg else None
    if sense is None or d.plover == sense.plover or lex.rules(d.plover).speech_act or not d.source:
        return [d]
    tok = doc[d.token]
    verb = tok.head if tok.dep_ == "dobj" else tok
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in (*tok.children, *verb.children)):
        return [d]
    objects = _phrase_objects(tok, _phrases(tuple(cfg.get("phrases") or ())), False)
    objects += _phrase_objects(tok, _phrases(tuple(cfg.get("subject_phrases") or ())), True)
    partners = [k for p in objects for k in actors_at(p) if k not in d.target]
    makers = [k for k in uniq(d.source) if k not in partners]
    if not partners or not makers:
        return [d]
    work = replace(
        d,
        spec=sense,
        plover=sense.plover,
        cameo=sense.cameo,
        event_class=sense.event_class,
        mode=sense.mode,
        adopted=None,
        source=[],
        target=[],
        participants=uniq(makers + partners),
        absorbed=[],
    )
    return [d, work]
