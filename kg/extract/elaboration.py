"""Participial clauses that say how a deed was done ("the United States stepped up its pressure on
Caracas, imposing sanctions on its generals"): the event the clause names is aimed at whom the main
clause names when it names no one itself, and a main event word that names no deed of its own
(``vague`` in ontology/triggers.yaml) gives way to it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reference import uniq
from kg.extract.senses import clause_verb
from kg.extract.state import Draft


def _how(host: Token, tok: Token) -> bool:
    """``tok`` lies in a participial clause ("..., imposing sanctions") of the clause of ``host``."""
    verb = clause_verb(tok)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i == clause_verb(host).i


def elaborate(drafts: list[Draft], doc) -> list[Draft]:
    """Give the events of participial clauses the target of their main clause; drop vague main events
    the clause spells out. Returns the drafts kept."""
    dropped: set[int] = set()
    for host in drafts:
        if not host.target:
            continue
        for d in drafts:
            if d is host or not _how(doc[host.token], doc[d.token]):
                continue
            if set(d.source) - set(host.source):
                continue  # done by someone else: a deed of its own
            if not d.target and not d.spec.symmetric:
                d.target = [k for k in host.target if k not in d.source]
                d.participants = uniq(d.participants + d.target)
            if host.spec.vague:
                dropped.add(id(host))
    return [d for d in drafts if id(d) not in dropped]
