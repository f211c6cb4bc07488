"""The state or body an actor acts for, as the discourse reads it: the story's home state ("the army",
"officials" with no state named), "his country", the state of whoever reports a clause, a person's
affiliation. A part of ``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token


class Homes:
    """The sides part of ``Discourse`` (a mixin: it uses its ``index``, ``words``, ``home``, ``owners``,
    ``state``, ``actors_at`` and ``_saying_verb``)."""

    def _home_agent(self, tok: Token, word: str, lemma: str) -> list[str]:
        """ "government troops", "the army", "officials" with no state named: the home state's."""
        if self.home is None or not ({word, lemma} & self.words.home_agents):
            return []
        if any(self.index.at(t) is not None for t in tok.subtree if t.i != tok.i):
            return []
        if any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in tok.subtree if t.i < tok.i):
            return []  # "Kurdish security forces": a people's or a body's the text does not name as actor
        if any(c.dep_ in ("poss", "prep") for c in tok.children):
            return []
        if lemma in self.owners and self.owners[lemma] != [self.home]:
            return []  # "Sudan's army ... the army" (not "Somali soldiers ... killed 15 soldiers": one state)
        return [self.home]

    def _home_state(self) -> str | None:
        """The state the story is about: the one it names most (by name, demonym or metonym), the
        first named on a tie; None when no state is named twice or two lead."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self.index.mentions:
            if m.how in ("name", "demonym", "metonym", "ner") and self.index.actors[m.key].kind == "state":
                counts[m.key] = counts.get(m.key, 0) + 1
                first.setdefault(m.key, m.start)
        ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
        if not ranked or counts[ranked[0]] < 2:
            return None
        return ranked[0]

    def _own_state(self, tok: Token, depth: int) -> list[str]:
        """ "his country", "Putin's government": the state of the person who owns the noun."""
        if tok.lower_ in self.words.commanded_nouns:
            return self._commander_side(tok, depth)
        if tok.lower_ not in self.words.own_state_nouns:
            return []
        out: list[str] = []
        for c in tok.children:
            if c.dep_ != "poss":
                continue
            for key in self.actors_at(c, depth + 1, conj=False):
                side = self._side_of(key)
                if side:
                    out.append(side)
        pronoun = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if not out and pronoun:  # (also where "his" is one whose state the text does not say)
            out = self._teller_state(tok)  # "Ghana's president says his country will ...": Ghana
        return out

    def _commander_side(self, tok: Token, depth: int) -> list[str]:
        """ "The commander said his forces took the town": forces a person a possessive pronoun stands
        for commands are the side that person is of (their state or body), where the text or the
        gazetteer knows it; [] otherwise, and for forces owned by a name or by no person."""
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        keys = [k for c in owners for k in self.actors_at(c, depth + 1, conj=False)]
        if not keys or any(self.index.actors[k].kind != "person" for k in keys if k in self.index.actors):
            return []
        sides = [s for k in keys if (s := self._side_of(k))]
        return sides or self._teller_state(tok)

    def _teller_state(self, tok: Token) -> list[str]:
        """The state named in the subject of the verb of saying that reports ``tok``'s clause."""
        verb = self._saying_verb(tok)
        if verb is None:
            return []
        found = [self.index.at(t) for s in verb.children if s.dep_ == "nsubj" for t in s.subtree]
        states = [m.key for m in found if m and self.index.actors[m.key].kind == "state"][:1]
        return states or self._teller_side([m.key for m in found if m])

    def _teller_side(self, keys: list[str]) -> list[str]:
        """ "Mr. X said his country had ...": the state of the person who says so, where it is known."""
        for key in keys:
            side = self._side_of(key)
            if side and self.index.actors[side].kind == "state":
                return [side]
        return []

    def _side_of(self, key: str, kinds: tuple[str, ...] = ("person",)) -> str | None:
        """The state or body an actor of ``kinds`` acts for (its affiliation), added from the gazetteer
        on first use; None where it has none that the text or the gazetteer knows."""
        actor = self.index.actors.get(key)
        side = actor.affiliation if actor is not None and actor.kind in kinds else None
        if side and side not in self.index.actors and side in self.state.gazetteer.entries:
            self.index.of_entry(self.state.gazetteer.entries[side])
        return side if side in self.index.actors else None
