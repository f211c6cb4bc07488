"""The conditions a deed is told on that make it a threat to whoever must meet them: "will withdraw its
troops unless Iraq pays", and for a threat, "would respond if X attacked again" (a hostile deed as the
condition) or "will fight on until X gives up"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Trigger, TypeRules
from kg.plover import plover_scheme


def _hostile(clause: Token, positions: dict[int, Trigger]) -> bool:
    """The clause tells of a hostile deed ("if Ethiopia attacked again"), not of talk ("if X asks")."""
    deeds = [positions[t.i].plover for t in clause.subtree if t.i in positions]
    return any(plover_scheme()[p].quad == "MaterialConflict" for p in deeds)


def _threatens(mark: str, clause: Token, positions: dict[int, Trigger], rules: TypeRules) -> bool:
    if mark == "unless":
        return True
    if mark == "if":
        return rules.promised_harm and _hostile(clause, positions)
    return mark == "until" and rules.promised_harm


def threat_conditions(tok: Token, positions: dict[int, Trigger], rules: TypeRules) -> list[Token]:
    """The clauses of ``tok`` whose subjects its event threatens, if they do not comply."""
    return [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and _threatens(m.lower_, c, positions, rules) for m in c.children)
    ]
