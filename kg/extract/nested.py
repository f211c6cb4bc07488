"""Targets inside what an event word governs, where the parse puts them in a nested clause or event:
the subject or owner of a gerund after a preposition of the word's target ("concern about Iran
developing missiles") or of an infinitive that completes an event noun, the other party of a deed its
source commits to or backs ("commitment to working with Egypt", "commitment to cooperation with
India"), and the doer of an event noun after such a preposition ("concern over attacks by X", "support
for efforts by X to mediate"). Only a political actor, and none of the source's own side."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agency import prep_objects
from kg.extract.lexicon import Trigger
from kg.extract.owners import Owners
from kg.extract.reference import uniq
from kg.extract.senses import to_infinitive
from kg.plover import plover_scheme

#: a gerund's doer: "Iran developing", "Iran's developing"
_DOERS = ("nsubj", "nsubjpass", "poss")
_POLITICAL = ("state", "igo", "org", "group", "person")


class NestedTargets(Owners):
    """The targets the role reader (``roles.RoleReader``) finds one level down, where the word's own
    phrases name none."""

    def nested_targets(self, tok: Token, spec: Trigger, source: list[str]) -> list[str]:
        """Whom a directed event word with a source and no target of its own is aimed at, read from the
        gerund or event noun one of its target prepositions governs."""
        if not source or spec.symmetric or spec.topic or spec.undergoes:
            return []
        blame = self.lex.rules(spec.plover).blame
        found: list[str] = []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in spec.target_preps):
            for o in (*prep_objects(prep), *(g for g in prep.children if g.dep_ == "pcomp")):
                if o.pos_ == "VERB" and o.tag_ == "VBG":
                    found += self._clause_party(o, spec, blame)
                elif self._deed_noun(o):
                    found += self._deed_party(o, blame)
        for o in (c for c in tok.children if c.dep_ == "dobj" and self._deed_noun(c)):
            found += self._deed_party(o, True)  # "condemned their conduct": whose the deed is
        if tok.pos_ == "NOUN":  # "commitment to work with Egypt", "support for Kenya to join the bloc"
            for g in (c for c in tok.children if c.dep_ == "acl" and to_infinitive(c)):
                found += self._clause_party(g, spec, blame)
        return self._not_own_side(found, source)

    def _deed_noun(self, n: Token) -> bool:
        """An event word, or a noun for what someone does ("efforts", "actions", "conduct")."""
        if n.pos_ != "NOUN" or self.index.at(n) is not None:
            return False
        return n.i in self.positions or n.lemma_.lower() in self.lex.conduct_nouns

    def _clause_party(self, g: Token, spec: Trigger, blame: bool) -> list[str]:
        """The doer a gerund names ("about Iran developing missiles"); with none, the source does it and
        its other party is the target ("commitment to working with Egypt", "committed to supporting
        the Afghan people's efforts"), except for a blame (what no one named does blames no one) and a
        hostile deed ("committed to defeating ISIS" backs no one)."""
        doers = [c for c in g.children if c.dep_ in _DOERS]
        if doers:
            return [a for c in doers for a in self.actors_at(c)]
        if blame:
            return []
        own = self.positions.get(g.i)
        if own is None:  # a verb of no known event: only its partner ("working with Egypt"), no victim
            return self._prep_parties(g, ["with"])
        if plover_scheme().sign(own.plover) <= 0:
            return []  # "committed to defeating ISIS": no one the commitment backs
        objs = [c for c in g.children if c.dep_ == "dobj"]
        out = [a for c in objs for a in self.actors_at(c) or self._deed_party(c, True)]
        return out + self._prep_parties(g, [p for p in own.target_preps if p != "of"])

    def _deed_party(self, n: Token, doers_only: bool) -> list[str]:
        """Who does the deed a noun names (its owner, a name before it, its "by", the agent of its
        participle: "mediation led by Angola"); with none named, the other party of a cooperative deed the
        source commits to ("commitment to cooperation with India"), unless ``doers_only`` (a blame is
        only ever of the doer)."""
        doers = [
            a
            for c in n.children
            if c.i < n.i and (c.dep_ == "poss" or c.dep_ in ("amod", "compound") and self.index.at(c))
            and not self.struck_place(c, self.positions.get(n.i))
            for a in self.actors_at(c)
        ]
        doers += self.prep_actors(n, ("by",))
        doers += [a for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in self._agents(c)]
        if doers or doers_only:
            return doers
        own = self.positions.get(n.i)
        if own is None or own.symmetric and not self.lex.rules(own.plover).joint:
            return []
        if plover_scheme().sign(own.plover) <= 0:
            return []  # "support for attacks on X": X is no one backed
        return self._prep_parties(n, [p for p in own.target_preps if p != "of"])

    def _prep_parties(self, tok: Token, preps: list[str]) -> list[str]:
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in preps
            for p in prep_objects(c)
            if (m := self.index.at(p)) is None or not m.locative
            for a in self.actors_at(p)
        ]

    def _not_own_side(self, found: list[str], source: list[str]) -> list[str]:
        """The political actors found, without the source, those who act for it and whom it acts for."""
        owners = (self.index.actors.get(k) for k in source)
        sides = set(source) | {a.affiliation for a in owners if a is not None and a.affiliation}
        out = []
        for k in uniq(found):
            actor = self.index.actors.get(k)
            if actor is None or actor.kind not in _POLITICAL or k in self.index.media:
                continue
            if k in sides or actor.affiliation and actor.affiliation in sides:
                continue
            out.append(k)
        return out
