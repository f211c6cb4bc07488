"""A state's body named with its state before it: "the U.S. Department of State", "Britain's Foreign
Office", "the US Treasury Department". The whole name is one mention of the body (and so one of its
names), not a mention of the state beside a mention of the body."""

from __future__ import annotations

from kg.extract.state import ActorMention, DocState


def _state_before(state: DocState, m: ActorMention) -> ActorMention | None:
    """The mention of the body's own state straight before it ("U.S.", "Britain's"), or None."""
    doc, index = state.doc, state.index
    body = index.actors[m.key]
    at = m.start - 1
    if at >= 0 and doc[at].tag_ == "POS":
        at -= 1
    before = index.by_token.get(at) if at >= 0 else None
    if before is None or before.end != at + 1 or before.chars or before.how not in ("name", "demonym"):
        return None
    return before if before.key == body.affiliation else None


def _agency_word_after(state: DocState, m: ActorMention) -> int:
    """The end of a body's name that runs on in a capitalised word for a body ("the US Treasury
    Department"), else the mention's own end."""
    doc = state.doc
    e = m.end
    if e >= len(doc) or e in state.index.by_token or not doc[e].text[:1].isupper():
        return e
    return e + 1 if doc[e].lower_ in state.lang.words.institution_words else e


def prefixed_bodies(state: DocState) -> None:
    """Pass part: a state's body named with its state before it, or with a word for a body after it,
    is one mention over the whole name."""
    index = state.index
    for m in list(index.mentions):
        actor = index.actors[m.key]
        if m.beside or m.chars or actor.kind != "org" or not actor.in_gazetteer or not actor.affiliation:
            continue
        before = _state_before(state, m)
        end = _agency_word_after(state, m)
        if before is None and end == m.end:
            continue
        start = before.start if before is not None else m.start
        if before is not None:
            index.drop(before)
        index.drop(m)
        index.add(start, end, m.key, m.how, locative=m.locative, modifier=m.modifier)
