"""Numbers around an event: casualties, money, weapons, troops, durations."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.model import Quantity

_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "hundred": 1e2,
    "dozen": 12,
    "dozens": None,
    "hundreds": None,
    "thousands": None,
}
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "fifty": 50,
}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "dollars": "USD", "euros": "EUR", "pounds": "GBP"}
_KINDS = [
    (
        "casualties",
        re.compile(
            r"\b(people|civilians|soldiers|killed|dead|died|wounded|injured|casualties|"
            r"lives|children|troops killed)\b",
            re.I,
        ),
    ),
    ("weapons", re.compile(r"\b(drones?|missiles?|rockets?|shells?|bombs?|munitions|jets|tanks)\b", re.I)),
    ("troops", re.compile(r"\b(troops|soldiers|personnel|forces)\b", re.I)),
    ("duration", re.compile(r"\b(minutes?|hours?|days?|weeks?)\b", re.I)),
]


def number(text: str) -> float | None:
    t = text.lower().replace(",", "")
    m = re.search(r"(\d+(?:\.\d+)?)", t)
    value = float(m[1]) if m else None
    if value is None:
        for w, n in _WORDS.items():
            if re.search(rf"\b{w}\b", t):
                value = float(n)
                break
    for w, scale in _SCALE.items():
        if re.search(rf"\b{w}\b", t):
            if scale is None:
                return None
            value = (value or 1.0) * scale
            break
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


def quantities_of(trigger: Token, ents=None) -> list[Quantity]:
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
            unit = next((u for s, u in _CURRENCY.items() if s in text.lower()), None)
            out.append(Quantity("money", number(text), text, unit))
            continue
        if ent.label_ == "TIME" and not re.search(r"minute|hour", text, re.I):
            continue
        kind = next((k for k, rx in _KINDS if rx.search(context)), None)
        if kind:
            unit = (
                "minutes"
                if kind == "duration" and "minute" in context
                else "hours"
                if kind == "duration"
                else None
            )
            out.append(Quantity(kind, number(text), text, unit))
    for tok in (doc[i] for i in sorted(subtree)):
        if tok.i in seen or not re.fullmatch(r"\d+-(minute|hour|day)", tok.text.lower()):
            continue
        out.append(Quantity("duration", number(tok.text), tok.text, tok.text.split("-")[1] + "s"))
    return out
