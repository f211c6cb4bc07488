"""Group actors a text names by description rather than by name: a region's collective of people
("Arab ministers", "European leaders") and a group named by who backs or leads it ("pro-Russian
separatists", "the Saudi-led coalition"), and the people who protest ("demonstrators stormed the
building"), one party of a text. Run by the mention finder after names are resolved."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.factions import demonym as adjective_of
from kg.extract.factions import faction_parties
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
            index.unarmed.add(key)
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



def described_groups(state: DocState) -> None:
    """Groups named by who backs or leads them ("pro-Russian separatists"), then sides named by the
    state, people or creed they are of ("Syrian rebels", "Kurdish fighters": kg.extract.factions)."""
    sponsored_groups(state)
    faction_parties(state)


def protesters_key(state: DocState, demonym: str = "") -> str:
    """The one party of a text's protesters, labelled with their state's demonym where the text gives
    one ("Belarusian protesters"); of this document alone (one report's protesters are not another's)."""
    index = state.index
    if index.protesters is None:
        label = f"{demonym} {state.lang.protesters}".strip()
        index.protesters = state.own_actor(label, "group")
        index.unarmed.add(index.protesters)
    return index.protesters


def _acting(tok: Token, counters: frozenset[str]) -> bool:
    """The noun (or the first of the nouns it is joined to, or the number that counts it) does what
    its clause tells: the subject of a verb or the agent of a passive ("protesters stormed", "was
    stormed by protesters", "thousands of protesters marched")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    counter = of.head if of is not None else None
    counts = counter is not None and (
        counter.pos_ == "NUM" or counter.ent_type_ == "CARDINAL" or counter.lemma_.lower() in counters
    )
    if counts and of.head.i < tok.i:
        tok = of.head  # "thousands of protesters", "a group of demonstrators"
    return tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _demonym_of_place(state: DocState, tok: Token) -> tuple[str, str | None]:
    """The demonym of the state a noun's "in" phrase names ("protesters in Burundi": Burundian) and the
    state, or ("", None)."""
    for o in (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children):
        m = state.index.at(o)
        named = m is not None and m.how == "name" and not m.chars
        entry = state.gazetteer.entries.get(m.key) if named else None
        if entry is not None and entry.kind == "state" and entry.demonyms:
            return adjective_of(entry), m.key
    return "", None


def demonstration_target(state: DocState, tok: Token, source: list[str]) -> list[str]:
    """Whom the text's protesters demonstrate against where the words name no one: the state their
    demonstration is held in ("protesters filled the streets of Kyiv": Ukraine), else the state they are
    of ("Belarusian protesters marched"); nothing for any other doer."""
    index = state.index
    if index.protesters is None or index.protesters not in source:
        return []
    subjects = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    held = [
        m.key for t in tok.subtree if t.i not in subjects
        for m in [index.at(t)]
        if m is not None and m.locative and index.actors[m.key].kind == "state"
    ]
    home = [index.protesters_home] if index.protesters_home in index.actors else []
    return list(dict.fromkeys(held))[:1] or home


def _demo(state: DocState, word: str, noun: str, verb: bool = True) -> bool:
    """The word names a demonstration in the lexicon ("march", "rally", "to the streets") that a crowd
    named by ``noun`` does by itself: an entry that lists the noun among its subjects, or one that asks
    for no subject nor target ("took to the streets"; not "supporters rallied to celebrate")."""
    return any(
        t.plover == state.lang.protest_type and t.mode == state.lang.demo_mode
        and (noun in t.subject or not t.subject and not t.needs_target)
        and (not verb or t.pos in (None, "VERB"))
        for t in state.lang.lexicon.candidates(word)
    )


def _demonstrating(state: DocState, verb: Token, noun: str) -> bool:
    """The verb tells of a demonstration: a word of one ("marched"), a phrase of one in its
    prepositions ("took to the streets"), or one its purpose clause names ("gathered ... to protest")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _demo(state, verb.lemma_.lower(), noun):
        return True
    for c in verb.children:
        if c.dep_ == "prep" and _demo(state, " ".join(t.lower_ for t in c.subtree), noun, False):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and _demo(state, c.lemma_.lower(), noun):
            return True
    return False


def _crowd(state: DocState, tok: Token, counters: frozenset[str], crowds: frozenset[str]) -> int | None:
    """Where the phrase of people who demonstrate starts, for a crowd noun that is the subject of a verb
    of demonstrating ("thousands of people took to the streets", "students marched"); else None."""
    if tok.lower_ not in crowds or tok.pos_ not in ("NOUN", "PRON", "NUM"):
        return None
    if any(state.index.at(t) is not None for t in tok.subtree):
        return None  # "supporters of the president": whose they are, the text names
    kinds = [p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if any(p.lower_ not in crowds for p in kinds):
        return None  # "thousands of farmers": a crowd of a kind of its own
    head = tok
    of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if of is not None and of.head.i < tok.i and (of.head.pos_ == "NUM" or of.head.lemma_.lower() in counters):
        head = of.head
    if head.dep_ != "nsubj" or not _demonstrating(state, head.head, head.lower_):
        return None
    return min(t.i for t in head.subtree if t.i <= tok.i)


def protester_parties(state: DocState) -> None:
    """ "Demonstrators stormed the building", "Belarusian protesters marched": people who protest, named
    by no name of their own, are one party of the text (not the state a demonym before them names),
    labelled with the first demonym the text gives them: where they act, where a crowd demonstrates
    ("thousands of people took to the streets"), and, in a text where they do, where a deed befalls
    them ("police detained dozens of demonstrators")."""
    index, doc, nouns = state.index, state.doc, state.lang.words.protester_nouns
    found: list[tuple[int, Token]] = []
    named: list[ActorMention] = []  # the demonyms before them, which name where they are from
    demonym, home = "", None
    acting = False
    for tok in doc:
        if tok.lower_ not in nouns or tok.pos_ not in ("NOUN", "PROPN") or tok.i in index.by_token:
            continue
        acting = acting or _acting(tok, state.lang.words.crowd_counters)
        start = tok.i
        for c in tok.children:
            m = index.at(c)
            if c.dep_ not in ("amod", "compound") or m is None or m.how != "demonym" or m.end != tok.i:
                continue
            if index.actors[m.key].kind == "state":
                start, demonym = m.start, demonym or doc[m.start : m.end].text
                home = home or m.key
                named.append(m)
        if not demonym:
            demonym, home = _demonym_of_place(state, tok)
        found.append((start, tok))
    crowds = [
        (start, tok) for tok in doc
        for start in [_crowd(state, tok, state.lang.words.crowd_counters, state.lang.words.crowd_nouns)]
        if start is not None
    ]
    if not acting and not crowds:
        return  # "police detained 20 protesters" alone: people a deed befalls, no party of their own
    ends = {start: max(t.i for s, t in crowds if s == start) for start, _ in crowds}
    found += [(start, tok) for start, tok in crowds if ends[start] == tok.i]  # "thousands of people": once
    for m in named:
        index.drop(m)
    index.protesters_home = home
    for start, tok in found:
        index.add(start, tok.i + 1, protesters_key(state, demonym), "group")
