"""Numbers around an event: casualties, money, weapons, troops, durations."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.language import Language
from kg.model import Quantity


def number(text: str, lang: Language) -> float | None:
    """The value a number phrase says ("3", "two", "1.5 million"), None when it says none ("dozens")."""
    q = lang.words.quantities
    t = text.lower().replace(",", "")
    m = re.search(r"(\d+(?:\.\d+)?)", t)
    value = float(m[1]) if m else None
    if value is None:
        for w, n in lang.words.numbers.items():
            if re.search(rf"\b{w}\b", t):
                value = float(n)
                break
    for w, scale in q.scale.items():
        if re.search(rf"\b{w}\b", t):
            return (value or 1.0) * scale
    if any(re.search(rf"\b{w}\b", t) for w in q.vague_scale):
        return None
    return value


#: Dependents that open another clause: their numbers belong to other events.
_OTHER_CLAUSE = {"conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "csubj"}
_MAX_CLAUSE = 80


def _clause(root: Token) -> set[int]:
    """Token indices of ``root``'s own clause (bounded, so a run-on sentence stays linear)."""
    found: set[int] = {root.i}
    todo = [c for c in root.children if c.dep_ not in _OTHER_CLAUSE]
    while todo and len(found) < _MAX_CLAUSE:
        tok = todo.pop()
        found.add(tok.i)
        todo.extend(c for c in tok.children if c.dep_ not in _OTHER_CLAUSE)
    return found


def quantities_of(trigger: Token, lang: Language, ents=None) -> list[Quantity]:
    """Numbers in the trigger's clause (its subtree, or its verb's), with what they count."""
    root = (
        trigger
        if trigger.pos_ in ("VERB", "AUX")
        else trigger.head
        if trigger.head.pos_ == "VERB"
        else trigger
    )
    if root is trigger and trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        root = trigger.head  # "a $500 million aid package"
    doc = trigger.doc
    q = lang.words.quantities
    out: list[Quantity] = []
    seen: set[int] = set()
    subtree = _clause(root)
    for ent in doc.ents if ents is None else ents:
        if (
            ent.start not in subtree
            or ent.label_ not in ("MONEY", "CARDINAL", "QUANTITY", "TIME")
            or ent.start in seen
        ):
            continue
        seen.add(ent.start)
        text = ent.text
        context = (
            " ".join(t.text for t in doc[ent.start : min(ent.end + 3, len(doc))]) + " " + ent.root.head.text
        )
        if ent.label_ == "MONEY":
            unit = next((u for s, u in q.currency.items() if s in text.lower()), None)
            out.append(Quantity("money", number(text, lang), text, unit))
            continue
        if ent.label_ == "TIME" and not re.search(r"minute|hour", text, re.I):
            continue
        kind = next((k for k, rx in q.kinds if rx.search(context)), None)
        if kind:
            unit = (
                "minutes"
                if kind == "duration" and "minute" in context
                else "hours"
                if kind == "duration"
                else None
            )
            out.append(Quantity(kind, number(text, lang), text, unit))
    for tok in (doc[i] for i in sorted(subtree)):
        if tok.i in seen or not re.fullmatch(r"\d+-(minute|hour|day)", tok.text.lower()):
            continue
        out.append(Quantity("duration", number(tok.text, lang), tok.text, tok.text.split("-")[1] + "s"))
    return out
