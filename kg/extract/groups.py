"""Group actors a text names by description rather than by name: a region's collective of people
("Arab ministers", "European leaders") and a group named by who backs or leads it ("pro-Russian
separatists", "the Saudi-led coalition"). Run by the mention finder after names are resolved."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import ActorMention, DocState


def regional_groups(state: DocState) -> None:
    """A regional adjective the gazetteer does not know on a collective of people ("Arab ministers",
    "European leaders"), not of states ("African nations")."""
    index, doc = state.index, state.doc
    for ent in doc.ents:
        if ent.label_ != "NORP" or ent.start in index.by_token:
            continue
        head = ent.root.head
        plural = (head.lemma_.lower() + "s", head.lower_)
        collective = any(w in state.lang.roles.person_collectives for w in plural)
        if collective and head.i == ent.end and head.i not in index.by_token:
            name = f"{ent.text} {head.text}"
            key = index.of_name(name[:1].upper() + name[1:], "group")
            index.add(ent.start, head.i + 1, key, "group")


def _sponsor(state: DocState, m: ActorMention) -> int | None:
    """Where the words that make a state the backer or leader of a group start ("pro-Russian",
    "Saudi-led"), or None."""
    doc = state.doc
    if m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ == "pro":
        return m.start - 2
    e = m.end
    if e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in state.lang.words.sponsor_participles:
        return m.start
    return None


def _group_noun(state: DocState, start: int, limit: int = 4) -> Token | None:
    """The group noun the words from ``start`` lead up to ("... militant groups"), or None."""
    words = state.lang.words
    nouns = words.armed_group_nouns | words.coalition_nouns
    doc = state.doc
    for tok in doc[start : min(len(doc), start + limit + 3)]:
        if tok.pos_ == "NOUN" and (tok.lower_ in nouns or tok.lemma_.lower() in nouns):
            return tok
        if tok.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and tok.text != "-" and tok.i > start + 1:
            return None
    return None


def sponsored_groups(state: DocState) -> None:
    """ "pro-Russian separatists", "the Saudi-led coalition": a group of its own, which the state backs
    or leads (its affiliation), not the state itself."""
    index, doc = state.index, state.doc
    #: (how the state describes it, the state) -> the group: "pro-Russian militants" after "pro-Russian
    #: separatists" are the same group
    seen: dict[tuple[str, str], str] = {}
    for m in sorted(index.mentions, key=lambda m: m.start):
        actor = index.actors[m.key]
        if m.chars or m.beside or actor.kind != "state" or m.how not in ("name", "demonym", "metonym"):
            continue
        start = _sponsor(state, m)
        noun = _group_noun(state, m.end) if start is not None else None
        if noun is None or any(index.by_token.get(i, m) is not m for i in range(m.end, noun.i)):
            continue
        label = " ".join(doc[start : noun.i + 1].text.split()).replace(" - ", "-").replace("- ", "-")
        how = doc[start].lower_ if start < m.start else doc[m.end + 1].lower_
        key = seen.get((how, m.key)) or index.of_name(label, "group")
        seen[(how, m.key)] = key
        index.actors[key].affiliation = index.actors[key].affiliation or m.key
        index.mentions.remove(m)
        for i in range(m.start, m.end):
            index.by_token.pop(i, None)
        index.add(start, noun.i + 1, key, "group")
        index.add_beside(m.start, m.end, m.key, m.how)  # the state is named, as the group's leader
