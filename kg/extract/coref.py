"""Later mentions of people already named: a surname alone the NER missed, and "he", "she", "his"
resolved to the most salient person before them. The second extraction pass."""

from __future__ import annotations

from kg.extract.state import DocState


def bare_surnames(state: DocState) -> None:
    """A surname alone the NER missed ("accused Machar of ..."), after the full name came before."""
    index, doc = state.index, state.doc
    first: dict[str, int] = {}
    for m in index.mentions:
        if index.actors[m.key].kind == "person" and m.how == "name":
            first.setdefault(m.key, m.start)
    for tok in doc:
        key = index.surnames.get(tok.lower_)
        if (
            key is None
            or tok.i in index.by_token
            or tok.pos_ != "PROPN"
            or not tok.text[:1].isupper()
            or first.get(key, len(doc)) >= tok.i
        ):
            continue
        index.add(tok.i, tok.i + 1, key, "name")


def pronouns(state: DocState) -> None:
    """he/she/his -> the most salient person before it (last subject, else last mention)."""
    index, doc = state.index, state.doc
    people = sorted(
        (m for m in index.mentions if index.actors[m.key].kind == "person"), key=lambda m: m.start
    )
    if not people:
        return
    subject = ("nsubj", "nsubjpass")
    j = 0
    last_subject = last = None
    for tok in doc:
        while j < len(people) and people[j].start <= tok.i:
            m = people[j]
            last = m.key
            if doc[m.end - 1].dep_ in subject or doc[m.start].dep_ in subject:
                last_subject = m.key
            j += 1
        if (
            tok.pos_ == "PRON"
            and tok.lower_ in state.lang.roles.person_pronouns
            and tok.i not in index.by_token
        ):
            key = last_subject or last
            if key:
                index.add(tok.i, tok.i + 1, key, "pronoun")


def resolve_references(state: DocState) -> None:
    """Pass: surnames alone and personal pronouns become mentions of the people named before."""
    bare_surnames(state)
    pronouns(state)
