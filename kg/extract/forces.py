"""A state's police as a party of their own beside their state: "Thai police fired tear gas", "police
in Nepal opened fire", "Kenya's police arrested". The discourse reads such a phrase as the state it
serves (kg.extract.reference); an event it takes part in holds the force too, one actor per state and
force, labelled "<demonym> <label>" ("Thai police"; "Thailand police" is another of its names),
affiliated with the state and coded with its CAMEO code and the force's role (language.yaml
``home_forces``). Only where the phrase itself names the state: "the police" of a story stay its
state. A part of ``Discourse`` (a mixin: it uses its ``state`` and ``index``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.documents import slug
from kg.extract.factions import demonym
from kg.extract.word_sets import lowered
from kg.model import Actor
from kg.resources import load_yaml


@dataclass(frozen=True)
class HomeForce:
    #: the force's label after the demonym ("police", "security forces")
    label: str
    #: head nouns (lower case) that name it
    heads: frozenset[str]
    #: words one of which must stand before the head ("security" forces); empty: none needed
    before: frozenset[str]
    #: its CAMEO role
    role: str


@cache
def home_forces() -> tuple[HomeForce, ...]:
    d = load_yaml("language.yaml").get("home_forces") or {}
    return tuple(
        HomeForce(
            str(label),
            lowered(spec.get("heads")),
            lowered(spec.get("before")),
            str(spec.get("role") or ""),
        )
        for label, spec in d.items()
    )


def force_of(tok: Token) -> HomeForce | None:
    """The home force a noun names as the head of its phrase ("riot police", "security forces"), not
    as a word before another ("a police station", "security forces commander"); None for other words."""
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")):
        return None
    named = [f for f in home_forces() if tok.lower_ in f.heads]
    if not named:
        return None  # most nouns: no need to read the words before them
    before = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i}
    return next((f for f in named if not f.before or before & f.before), None)


class Forces:
    """The home forces part of ``Discourse``."""

    def with_force(self, tok: Token, found: list[str]) -> list[str]:
        """The actors a group noun names (``found``), with the force beside the one state they are when
        the noun names that state's home force and its phrase names the state ("Thai police": the force
        and Thailand; "the police": the state alone)."""
        force = force_of(tok)
        if force is None or len(found) != 1 or self.index.actors[found[0]].kind != "state":
            return found
        if not self._names_state(tok, found[0]):
            return found  # "the police": no state named on the force
        key = self._force_actor(found[0], force)
        if not any(m.key == key and m.start == tok.i for m in self.index.mentions):
            self.index.add_beside(tok.i, tok.i + 1, key, "group")
        return [key, *found]

    def _names_state(self, tok: Token, country: str) -> bool:
        """The noun's phrase names the state ("Thai police", "Kenya's police", "police in Nepal")."""
        found = (self.index.at(t) for t in tok.subtree if t.i != tok.i)
        return any(m is not None and m.key == country for m in found)

    def _force_actor(self, country: str, force: HomeForce) -> str:
        """The force of the state, added on first use; its key."""
        state = self.index.actors[country]
        entry = self.state.gazetteer.entries.get(country)
        label = f"{demonym(entry) or state.label} {force.label}"
        key = slug(label)
        if key not in self.index.actors:
            cameo = state.cameo + force.role if state.cameo else None
            other = f"{state.label} {force.label}"
            self.index.actors[key] = Actor(
                key=key, label=label, kind="org", cameo=cameo, affiliation=country,
                names=[other] if other != label else [],
            )
        return key
