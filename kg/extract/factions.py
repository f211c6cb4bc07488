"""Sides of their own that a text names by no name of theirs but by the state they fight or oppose
in, or by a people or creed: "Syrian rebels", "Venezuela's opposition", "the Maoist rebels in Nepal",
"Kurdish fighters", "the Nepalese Maoists". Each is one group of the text per state (people, creed)
and role, labelled "<demonym> <noun>", with the state's CAMEO code and the role after it as the
gazetteer's groups have: a side apart from the state, never the state itself. "The opposition" with
no state named is the opposition the text names nearest (or one of its own). A group the gazetteer
names ("Houthi rebels", "M23 rebels") stays that group, and a state's own forces ("Syrian troops")
stay the state. Run by the mention finder after names, demonyms and backed groups are resolved
(language.yaml ``factions``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from spacy.tokens import Token

from kg.extract.state import ActorMention, DocState
from kg.extract.word_sets import lowered
from kg.resources import load_yaml

#: How the words before a noun qualify it ("Syrian rebels", "Venezuela's opposition").
_MODIFIERS = ("amod", "compound", "nmod", "poss")
_PLURAL = ("NNS", "NNPS")


@dataclass(frozen=True)
class FactionWords:
    #: noun (lemma) -> the CAMEO role of the side it names ("rebel": REB, "opposition": OPP)
    side_nouns: MappingProxyType
    #: side nouns that name the whole side in the singular ("the opposition")
    collective: frozenset[str]
    #: heads naming fighters of a side only with a people's or creed's word ("Kurdish fighters")
    fighter_heads: frozenset[str]
    #: plural heads naming a side only with a side noun before them ("rebel forces")
    side_heads: frozenset[str]
    #: prepositions whose object names the state a side is in ("the rebels in Nepal")
    place_preps: frozenset[str]
    #: the roles of armed sides ("the rebels", "the militants" may name them; not an opposition)
    armed: frozenset[str]


@cache
def faction_words() -> FactionWords:
    d = load_yaml("language.yaml").get("factions") or {}

    nouns = {str(k).lower(): str(v).upper() for k, v in (d.get("side_nouns") or {}).items()}
    return FactionWords(
        MappingProxyType(nouns), lowered(d.get("collective")), lowered(d.get("fighter_heads")),
        lowered(d.get("side_heads")), lowered(d.get("place_preps")),
        frozenset(str(r).upper() for r in d.get("armed") or ()),
    )


@dataclass
class _Side:
    """A phrase that names a side: its head, role, the state it is of and the words of its label."""

    head: Token
    role: str  # "" for a people named by a plural of its own ("the Nepalese Maoists")
    state: ActorMention | None
    #: the state is named before the noun ("Syrian rebels"), not after it ("rebels in Syria")
    before: bool
    people: str  # the people's or creed's words, lower case ("kurdish", "maoists"), or ""
    #: the words of its label before the noun (a people's or creed's: "Kurdish")
    words: list[Token]
    noun: str  # the noun the label ends in ("rebels", "opposition"; "" where it is among ``words``)


def demonym(entry) -> str:
    """A state's demonym as an adjective: the one whose plural the gazetteer also holds ("Iraqi" beside
    "Iraqis", not the variant "Iraqui"), else its first; "" where it has none."""
    forms = entry.demonyms if entry is not None else []
    return next((d for d in forms if d + "s" in forms), forms[0] if forms else "")


def _modifiers(head: Token) -> list[Token]:
    """The words before a noun that qualify it, and those that qualify them ("Bangladesh's
    opposition parties": Bangladesh, opposition)."""
    out = [c for c in head.lefts if c.dep_ in _MODIFIERS]
    out += [g for c in out for g in c.lefts if g.dep_ in _MODIFIERS]
    return sorted(out, key=lambda t: t.i)


def _people_word(tok: Token) -> bool:
    """A people's or creed's name the gazetteer does not know as an actor ("Kurdish", "Maoist",
    "Shiite"); not a participle the NER runs into one ("Suspected Islamist")."""
    return (
        tok.ent_type_ == "NORP" and tok.text[:1].isupper() and tok.is_alpha
        and not tok.lower_.endswith("ed")
    )


def _people_noun(tok: Token) -> bool:
    """A plural name of a people or of the followers of a creed ("Kurds", "Maoists", "Islamists")."""
    named = tok.ent_type_ == "NORP" or tok.lower_.endswith("ists")
    return tok.tag_ in _PLURAL and tok.text[:1].isupper() and tok.is_alpha and named


class _Finder:
    def __init__(self, state: DocState) -> None:
        self.state, self.index, self.doc = state, state.index, state.doc
        self.w = faction_words()
        self.creeds = state.lang.words.armed_words
        #: (state, people, role) -> the side's actor
        self.seen: dict[tuple[str, str, str], str] = {}
        #: the side's actor -> its role
        self.roles: dict[str, str] = {}
        #: a word of the name of a group or organisation the text names ("shabab") -> where it is named
        self.group_words: dict[str, list[ActorMention]] = {}
        for m in self.index.mentions:
            actor = self.index.actors[m.key]
            if actor.kind == "group" or actor.kind == "org" and not actor.in_gazetteer:
                words = {w for name in self._names(m.key) for w in re.findall(r"[a-z]+", name.lower())}
                for w in words:
                    self.group_words.setdefault(w, []).append(m)

    def _names(self, key: str) -> list[str]:
        entry = self.state.gazetteer.entries.get(key)
        return [entry.label, *entry.names] if entry is not None else [self.index.actors[key].label]

    def _state_at(self, tok: Token) -> ActorMention | None:
        m = self.index.at(tok)
        if m is None or m.chars or m.beside or m.how not in ("name", "demonym"):
            return None
        return m if self.index.actors[m.key].kind == "state" else None

    def _named(self, head: Token, mods: list[Token]) -> bool:
        """A named actor other than a state qualifies the noun or stands beside it ("Houthi rebels",
        "M23 rebels", "militants from the X group", "two militant groups, X and Y"): the side is
        that actor, no side of a state."""
        beside = [
            c for c in head.children if c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in ("of", "from")
        ]
        words = [head, *mods, *(t for c in beside for t in c.subtree)]
        return any(
            m is not None and self.index.actors[m.key].kind != "state"
            for t in words
            for m in [self.index.at(t)]
        )

    def called(self, head: Token) -> None:
        """ "Shabab fighters", "the Kurdish rebels" after "the Kurdish People's Protection Units": a
        word of a name the text gives a group, on fighters, names that group (the one named nearest
        before them, else first after them)."""
        if head.i in self.index.by_token or head.tag_ not in _PLURAL:
            return
        if not ({head.lemma_.lower(), head.lower_} & (self.w.fighter_heads | set(self.w.side_nouns))):
            return
        for t in _modifiers(head):
            free = _people_word(t) and t.i not in self.index.by_token
            named = self.group_words.get(t.lower_) if free else None
            if named and all(i not in self.index.by_token for i in range(t.i, head.i + 1)):
                m = min(named, key=lambda m: (m.start > head.i, abs(m.start - head.i)))
                self.index.add(t.i, head.i + 1, m.key, "group")
                return

    def _noun(self, head: Token, mods: list[Token], people: list[Token], state) -> tuple[str, str] | None:
        """The role of the side the noun names and the noun its label ends in ("rebel forces": REB,
        "rebels"), or None where it names none."""
        lemma, word, w = head.lemma_.lower(), head.lower_, self.w
        if lemma in w.side_nouns and (head.tag_ in _PLURAL or lemma in w.collective):
            return w.side_nouns[lemma], _plural(lemma, w)
        if head.tag_ not in _PLURAL:
            return None
        marked = [t.lemma_.lower() for t in mods if t.lemma_.lower() in w.side_nouns]
        if word in w.side_heads and marked:
            return w.side_nouns[marked[0]], _plural(marked[0], w)  # "rebel forces", "opposition parties"
        if word in w.fighter_heads and people:
            return "REB", word  # "Kurdish fighters", "Shiite militias"
        if state is not None and state.end <= head.i and _people_noun(head):
            hit = self.state.gazetteer.lookup(head.text)
            if hit is None or hit[0].kind != "state":
                return "", head.text  # "the Nepalese Maoists", "Iraqi Kurds"; not "Syrians"
        return None

    def _place(self, head: Token) -> ActorMention | None:
        """The state a side's "in" phrase names ("the rebels in Nepal")."""
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in self.w.place_preps]
        found = [self.index.at(o) for p in preps for o in p.children if o.dep_ == "pobj"]
        return next((
            m for m in found
            if m is not None and not m.chars and m.how in ("name", "demonym")
            and self.index.actors[m.key].kind == "state"
        ), None)

    def _group_of(self, home: str, head: Token) -> bool:
        """The text names one armed group the gazetteer places in the state, not in the noun's sentence."""
        keys = {
            m.key for m in self.index.mentions
            for e in [self.state.gazetteer.entries.get(m.key)]
            if e is not None and e.kind == "group" and e.country == home
        }
        near = {m.key for m in self.index.mentions if head.sent.start <= m.start < head.sent.end}
        return len(keys) == 1 and not keys & near

    def _armed_group_near(self, head: Token) -> bool:
        """The text names an armed group the gazetteer knows before the noun, or in its sentence or
        the two after it (a lede's "Islamist insurgents" the text names further on)."""
        end = head.sent.end
        for _ in range(2):
            end = self.doc[end].sent.end if end < len(self.doc) else end
        return any(
            m.start < end and a.kind == "group" and a.in_gazetteer
            for m in self.index.mentions
            for a in [self.index.actors[m.key]]
        )

    def side(self, head: Token) -> _Side | None:
        if head.pos_ not in ("NOUN", "PROPN") or head.i in self.index.by_token:
            return None
        qualifies = head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN")
        over = head.head if qualifies else None
        if over is not None and (over.tag_ not in _PLURAL or over.lower_ in self.w.side_heads):
            # "opposition leader X", "an opposition rally": one of its people or deeds; "opposition
            # forces": the noun it qualifies heads the side's phrase ("opposition protests": the side)
            return None
        mods = _modifiers(head)
        if self._named(head, mods):
            return None
        states = [m for t in mods for m in [self._state_at(t)] if m is not None]
        people = [t for t in mods if t.i not in self.index.by_token and _people_word(t)]
        state = states[0] if states else None
        found = self._noun(head, mods, people, state)
        if found is None:
            return None
        role, noun = found
        before = state is not None
        if state is None and not people:
            # "the rebels", "the opposition", "militants in Iraq": whom they are, the text says
            # elsewhere (where they are is not who they are)
            return None
        state = state or self._place(head)
        if state is not None and role and self._group_of(state.key, head):
            return None
        if not before and all(t.lower_ in self.creeds for t in people) and self._armed_group_near(head):
            # "Islamist militants", "the rebels in Somalia" with no people nor state before them: the
            # armed group the text names (kg.extract.reference)
            return None
        folk = " ".join(t.lower_ for t in people) if people else noun.lower() if role == "" else ""
        words = [*people, head] if role == "" else people
        return _Side(head, role, state, before, folk, words, noun if role else "")

    def label(self, s: _Side) -> str:
        words = [t.text if _people_word(t) or _people_noun(t) else t.lower_ for t in s.words]
        if s.noun:
            words.append(s.noun)
        if s.state is not None and (s.before or not s.people):
            if s.before and s.state.how == "demonym":
                adjective = self.doc[s.state.start : s.state.end].text
            else:
                entry = self.state.gazetteer.entries.get(s.state.key)
                adjective = demonym(entry) or self.index.actors[s.state.key].label
            words = [adjective, *words]
        return " ".join(words)

    def actor(self, s: _Side) -> str:
        home = s.state.key if s.state is not None else ""
        anchor = (home, s.people, "" if s.people else s.role)
        if anchor in self.seen:
            return self.seen[anchor]
        label = self.label(s)
        cameo = self.index.actors[home].cameo if home else None
        key = self.state.own_actor(
            label, "group", cameo + s.role if cameo and s.role else None, (home or None) if s.role else None,
        )
        self.seen[anchor], self.roles[key] = key, s.role
        if s.role not in self.w.armed:
            self.index.unarmed.add(key)
        return key

    def mint(self, s: _Side) -> None:
        marks = [t for t in _modifiers(s.head) if t.lemma_.lower() in self.w.side_nouns]
        start = min(t.i for t in (*s.words, *marks, s.head))
        if s.state is not None and s.before:
            start = min(start, s.state.start)
        inside = [self.index.by_token.get(i) for i in range(start, s.head.i + 1)]
        if any(m is not None and m is not s.state for m in inside):
            return  # another name stands inside the phrase
        key = self.actor(s)
        if s.state is not None and s.before:
            # the state is named, as where the side is from, not as the side ("the government" after
            # "Venezuela's opposition" is Venezuela's)
            self.index.drop(s.state)
            self.index.add_beside(s.state.start, s.state.end, s.state.key, s.state.how)
        self.index.add(start, s.head.i + 1, key, "group")

    def bare(self, tok: Token) -> None:
        """ "the opposition", "opposition parties" with no state named: the side of that role the text
        names nearest before them (else first after them); "the opposition" with none named is one of
        its own, "opposition leaders" of no side named are people of no party."""
        lemma = tok.lemma_.lower()
        if lemma not in self.w.collective or tok.i in self.index.by_token or tok.pos_ != "NOUN":
            return
        head = tok
        if tok.dep_ == "compound" and tok.head.lower_ in self.w.side_heads and tok.head.tag_ in _PLURAL:
            head = tok.head  # "opposition supporters"
        elif not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return  # "growing opposition", "opposition to the plan"
        if head.i in self.index.by_token or any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            return
        role = self.w.side_nouns[lemma]
        sides = sorted(
            (m for m in self.index.mentions if self.roles.get(m.key) == role),
            key=lambda m: (m.start > tok.i, abs(m.start - tok.i)),
        )
        if not sides and head is not tok:
            return  # "opposition leaders", "opposition activists" of no side the text names: people
        own = _Side(head, role, None, False, "", [], _plural(lemma, self.w))
        key = sides[0].key if sides else self.actor(own)
        self.index.add(tok.i, head.i + 1, key, "group")


def _plural(lemma: str, w: FactionWords) -> str:
    """The noun a side's label ends in: "rebels" for "rebel", "opposition" as it is."""
    return lemma if lemma in w.collective else lemma + "s"


def faction_parties(state: DocState) -> None:
    finder = _Finder(state)
    for tok in state.doc:
        finder.called(tok)
    found = [s for tok in state.doc for s in [finder.side(tok)] if s is not None]
    for s in found:
        finder.mint(s)
    # "the opposition" first, so that "opposition supporters" told before it are its people too
    for tok in sorted(state.doc, key=lambda t: t.dep_ == "compound"):
        finder.bare(tok)
