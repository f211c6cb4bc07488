"""A state's leader named by a word for one alone: "the Turkish leader", "Georgia's leader" stands for
the head of state or government of that state whom the text named before ("Turkish President X ...
the Turkish leader urged ..."), not for the state; the state word only says whose leader. With no
such person named before, the mention stays the state's (as for "the Georgian government"). So do
the states of "the leaders of Russia and the US" when the text named each one's head before.
A pass of the pipeline, after the affiliations of people are known (kg.extract.people)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import ActorMention, DocState


def state_leaders(state: DocState) -> None:
    """Pass: "the [state] leader" -> the person named before as that state's head."""
    index, roles = state.index, state.lang.roles
    if not roles.leader_words:
        return
    for m in sorted(index.mentions, key=lambda m: m.start):
        noun = _leader_noun(state, m)
        if noun is None:
            continue
        person = _head_named_before(state, m.key, m.start)
        if person is not None:
            index.add(noun.i, noun.i + 1, person, "title")
            m.modifier = True  # "Turkish" only qualifies the office, as in "the Turkish President"
    _leaders_of(state)


def _leaders_of(state: DocState) -> None:
    """ "The leaders of Russia and the US discussed ...": the heads of those states named before,
    where the text named one for every state of the list."""
    index, doc = state.index, state.doc
    nouns = {w + "s" for w in state.lang.roles.leader_words}
    lists: dict[int, list[ActorMention]] = {}
    for m in index.mentions:
        tok = doc[m.end - 1]
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.lower_ not in nouns:
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in nouns:
            lists.setdefault(tok.head.head.i, []).append(m)
        elif tok.dep_ == "conj" and tok.head.lower_ in nouns and _has_of(tok.head):
            lists.setdefault(tok.head.i, []).append(m)  # the parse may join "the US" to "leaders"
    for found in lists.values():
        heads = [_head_named_before(state, m.key, m.start) or _head_by_office(state, m, m.start)
                 for m in found]
        if len(found) < 2 or not all(heads) or len(set(heads)) < len(heads):
            continue
        for m, person in zip(found, heads, strict=True):
            if index.actors[m.key].kind == "state" and not (m.modifier or m.locative):
                m.key, m.how = person, "title"


def _head_by_office(state: DocState, m: ActorMention, before: int) -> str | None:
    """The person last named before token ``before`` who held a leader's office of the state ``m``
    names on the report's day, as the gazetteer has it (:meth:`kg.gazetteer.Gazetteer.holder`)."""
    index, day = state.index, state.document.published
    if index.actors[m.key].kind != "state" or day is None:
        return None
    holders = {h.key for o in state.lang.roles.leader_offices if (h := state.gazetteer.holder(o, m.key, day))}
    named = [x for x in index.mentions if x.start < before and x.key in holders]
    return max(named, key=lambda x: x.start).key if named else None


def _leader_noun(state: DocState, m: ActorMention) -> Token | None:
    """The singular word for a leader that the state's name or demonym qualifies, with no name of
    its own after it ("the Turkish leader said", not "Turkish leader Erdogan", "the leaders")."""
    index, doc = state.index, state.doc
    if index.actors[m.key].kind != "state" or m.how not in ("name", "demonym") or m.modifier or m.locative:
        return None
    tok = doc[m.end - 1]
    noun = tok.head
    if tok.dep_ not in ("amod", "compound", "poss") or noun.i <= tok.i or noun.i in index.by_token:
        return None
    if noun.lower_ not in state.lang.roles.leader_words or noun.tag_ != "NN":
        return None
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
        return None
    return noun


def _head_named_before(state: DocState, key: str, before: int) -> str | None:
    """The person last named before token ``before`` who holds an office of ``leader_offices`` of
    the state ``key`` by their role in the text."""
    index, gaz, offices = state.index, state.gazetteer, state.lang.roles.leader_offices
    found = None
    for m in sorted(index.mentions, key=lambda m: m.start):
        if m.start >= before:
            break
        actor = index.actors[m.key]
        if actor.kind != "person" or actor.affiliation != key or not actor.role:
            continue
        if (gaz.normalise_title(actor.role, key) or "") in offices:
            found = m.key
    return found


def _has_of(noun: Token) -> bool:
    return any(c.lower_ == "of" for c in noun.children)
