"""A name followed by the acronym the gazetteer knows it by: "the Tehrik-e-Taliban (TTP)", where the
NER split the hyphenated name into parts ("Tehrik", "Taliban") and took each for an actor of its own.
The parts are mentions of the acronym's actor, not second actors beside it."""

from __future__ import annotations

from kg.extract.state import DocState

#: kinds of actor an acronym in brackets may stand for (a person's "(Japan)" names their state)
_BODIES = ("org", "group", "igo")


def _name_before(doc, paren: int) -> range:
    """The tokens of the word before the bracket, joined with no space between them."""
    start = paren - 1
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return range(start, paren)


def acronym_names(state: DocState) -> None:
    """Pass part: the parts of a hyphenated name before its known acronym name the acronym's actor."""
    doc, index = state.doc, state.index
    for tok in doc[1:-2]:
        if tok.text != "(" or doc[tok.i + 2].text != ")":
            continue
        acronym = doc[tok.i + 1]
        m = index.by_token.get(acronym.i)
        if m is None or not acronym.text.isupper() or index.actors[m.key].kind not in _BODIES:
            continue
        words = _name_before(doc, tok.i)
        if len(words) < 3 or not any(doc[i].text == "-" for i in words):
            continue
        for i in words:
            part = index.by_token.get(i)
            if part is not None and part.key != m.key and index.actors[part.key].kind in _BODIES:
                part.key = m.key
