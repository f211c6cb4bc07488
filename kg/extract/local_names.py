"""Local names: a name a group goes by only in a text about its country ("the Maoists" are Nepal's
Communist Party (Maoist) in a story about Nepal, India's CPI (Maoist) in one about India). The gazetteer
lists them as ``dip:localName``; the text's country decides which group a mention is. The pass after the
mention finder: a name it made up from the same words ("Maoist rebels") gives way to the group."""

from __future__ import annotations

from collections import Counter

from kg.extract.state import DocState


def _countries(state: DocState) -> Counter:
    """How often the text names each state (by name, demonym, capital or place)."""
    index = state.index
    return Counter(m.key for m in index.mentions if index.actors[m.key].kind == "state")


def _group_of(candidates: list, counts: Counter):
    """The candidate whose country the text names most, or None (no country named, or a tie)."""
    ranked = sorted(((counts.get(e.country, 0), e) for e in candidates if e.country), key=lambda x: -x[0])
    if not ranked or ranked[0][0] == 0 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]


def local_names(state: DocState) -> None:
    """ "the Maoists", "Maoist rebels": a local name on its own, or as the adjective of a noun for
    fighters (armed_group_nouns), is the group of that name whose country the text names most."""
    index, doc, gaz = state.index, state.doc, state.gazetteer
    fighters = state.lang.words.armed_group_nouns
    counts: Counter | None = None
    for tok in doc:
        candidates = gaz.by_local_name(tok.text)
        if not candidates:
            continue
        head = tok.head
        noun = head.i == tok.i + 1 and tok.dep_ in ("amod", "compound") and head.lower_ in fighters
        if not noun and (tok.pos_ not in ("PROPN", "NOUN") or tok.dep_ in ("amod", "compound", "nmod")):
            continue  # "Maoist ideology", "a Maoist past": a modifier of something else
        end = head.i + 1 if noun else tok.i + 1
        if counts is None:
            counts = _countries(state)
        entry = _group_of(candidates, counts)
        if entry is not None and _free(state, tok.i, end):
            index.add(tok.i, end, index.of_entry(entry), "name")


def _free(state: DocState, start: int, end: int) -> bool:
    """No name holds the tokens, or only a name the NER made of these very words ("Maoist rebels"),
    which is taken back."""
    index = state.index
    held = {id(m): m for i in range(start, end) if (m := index.by_token.get(i)) is not None}
    for m in held.values():
        if index.actors[m.key].in_gazetteer or m.start < start or m.end > end:
            return False
    for m in held.values():
        index.drop(m)
        if not any(x.key == m.key for x in index.mentions):
            del index.actors[m.key]
    return True
