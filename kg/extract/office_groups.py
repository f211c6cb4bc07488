"""Office holders named by a plural title and their states ("the Foreign Ministers of Poland, Ukraine
and the United Kingdom met"): each state in the list stands for the person the document names with
that office for it, who is the one taking part. Part of the appositions pass."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import DocState


def _plural_title(of: Token, titles: tuple[tuple[str, ...], ...]) -> str | None:
    """The title a plural noun before "of" names ("Foreign Ministers" -> "foreign minister")."""
    doc = of.doc
    head = doc[of.i - 1] if of.i else None
    if head is None or head.tag_ not in ("NNS", "NNPS") and not head.lower_.endswith("s"):
        return None
    single = head.lemma_.lower() if head.lemma_.lower() != head.lower_ else head.lower_[:-1]
    for n in (3, 2, 1):
        start = of.i - n
        if start < 0:
            continue
        words = (*(t.lower_ for t in doc[start : of.i - 1]), single)
        if words in titles:
            return " ".join(words)
    return None


def _listed(of: Token) -> list[Token]:
    """The object of "of" and the words joined to it ("of Poland, Ukraine and the United Kingdom")."""
    objs = [c for c in of.children if c.dep_ == "pobj"]
    return [*objs, *(c for o in objs for c in o.conjuncts)]


def office_groups(state: DocState) -> None:
    """Each state after a plural title names the one person of the document who holds that office
    for it (its affiliation and role say so); a state with no such person stays the state."""
    doc, index, gaz = state.doc, state.index, state.gazetteer
    titles = state.lang.roles.titles
    for of in (t for t in doc if t.lower_ == "of" and t.dep_ == "prep"):
        title = _plural_title(of, titles)
        if title is None:
            continue
        for tok in _listed(of):
            m = index.at(tok)
            if m is None or index.actors[m.key].kind != "state":
                continue
            office = gaz.normalise_title(title, m.key) or title
            holders = [
                a.key
                for a in index.actors.values()
                if a.kind == "person"
                and a.affiliation == m.key
                and a.role
                and (gaz.normalise_title(a.role, m.key) or a.role.lower()) == office
            ]
            if len(holders) == 1:
                index.add(m.start, m.end, holders[0], "title")
