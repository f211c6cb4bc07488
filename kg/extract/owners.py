"""Whose a thing or a deed is: the owner of an event word's object ("attacked a Russian refinery":
Russia), the doer of a deed an object noun names ("condemned Russia's attacks"), and the actors of a
prepositional object ("raids on Syria's ports")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agency import Agency, prep_objects
from kg.extract.lexicon import Trigger


class Owners(Agency):
    """The owners and doers that the role reader (``roles.RoleReader``) reads from objects."""

    def _object_owner(self, obj: Token, spec: Trigger) -> list[str]:
        """Whose the object is, when it is no actor itself: "attacked a Russian refinery" (Russia),
        "fired 47 missiles and 270 drones at Ukraine" (the object's own "at")."""
        # ("closed its border with Belarus": its own is no target)
        out = [a for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in self.actors_at(c)]
        if not out and self.lex.rules(spec.plover).owner_target:
            out = [
                a
                for c in obj.children
                if c.dep_ in ("amod", "compound", "nmod") and self.index.at(c) is not None
                for a in self.actors_at(c, conj=False)
            ] or self._hyphen_owners(obj)
        deed = obj.i in self.positions or obj.lemma_.lower() in self.lex.conduct_nouns
        if not out and self.lex.rules(spec.plover).owner_target and not deed:
            # "raided the offices of X", "shelled the positions of the rebels": an "of" on a thing
            # the deed is done to names its owner, as a possessive does ("raided X's offices"); not
            # on what someone does ("undermined the work of X")
            out = [a for p in self._of_owners(obj) for a in self.actors_at(p)]
        if not out and self.lex.rules(spec.plover).object_parties:
            # "welcomed the cessation of hostilities between India and Pakistan", "welcomed the
            # agreement signed by X", "the decision by X": the parties to it; "praised the efforts of
            # X": whose the deed spoken of is
            out = [
                a
                for t in obj.subtree
                if t.dep_ in ("prep", "agent")
                and t.lower_ in ("between", "among", "by", "of")
                and t.i > obj.i
                and (t.lower_ != "by" or t.head.i == obj.i or t.head.head.i == obj.i)
                and (t.lower_ != "of" or t.head.i == obj.i and obj.i not in self.positions)
                for p in t.children
                if p.dep_ == "pobj" and (t.lower_ != "of" or self._named(p))
                for a in self.actors_at(p)
            ]
        if not out and spec.mode == "occupy" and obj.lemma_.lower() in spec.object:
            # "took over the north of Mali": the ground a force takes is of the state its "of" names
            out = self.prep_actors(obj, ("of",))
        if not out and spec.mode == "occupy":
            out = self._holders(obj)  # "recaptured villages held by X"
        if not out and self.lex.rules(spec.plover).blame:
            # "condemned the suffering caused by Russia's invasion": who did what caused it
            for c in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                for p in (p for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"):
                    out += self.actors_at(p) or self._object_owner(p, spec)
        if not out and not deed:
            # "shelled several towns, including Kharkiv", "detained dozens of activists, including X":
            # the members a thing's "including" phrase names are among what the deed is done to
            # (or on the verb, after its object: "shelled several towns overnight, including Kharkiv")
            after = [c for c in obj.head.children if c.i > obj.i] if obj.dep_ == "dobj" else []
            out = [
                a
                for c in (*obj.children, *after)
                if c.dep_ == "prep" and c.lower_ in self.words.recipient_preps
                for p in prep_objects(c)
                # (a member owned by someone is not that owner: "including Erdogan's adviser")
                if self.index.at(p) is not None or not any(o.dep_ == "poss" for o in p.children)
                for a in self._pobj_actors(p, spec)
            ]
        absorbed = obj.i in self.positions and spec.absorbs and spec.object
        if not out and (obj.i not in self.positions or absorbed):
            # an event object's own "on X" is that event's, and the one's that absorbs it ("vowed war on X")
            preps = (*spec.target_preps, "on") if absorbed else spec.target_preps
            for t in (obj, *obj.conjuncts):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "of":
                        out += [a for p in c.children if p.dep_ == "pobj" for a in self._pobj_actors(p, spec)]
        return out

    def _hyphen_owners(self, obj: Token) -> list[str]:
        """The owner named before a hyphen and a participle of owning on a thing ("a British-flagged
        tanker", "a Liberian-registered ship"): the mention there is no party to what the thing does, but
        the thing is its owner's."""
        doc = obj.doc
        return [
            m.key
            for t in obj.subtree
            if 2 <= t.i < obj.i and t.lower_ in self.lex.owning_participles and doc[t.i - 1].text == "-"
            for m in [self.index.at(doc[t.i - 2])]
            if m is not None and not m.locative
        ]

    def post_of(self, obj: Token) -> list[str]:
        """The state an envoy of no state named is posted to: "recalled its ambassador to Somalia", "its
        envoy in Seoul" (the post's phrase on the envoy, or on the verb the envoy is the object of), not
        the envoy's own state ("recalled its envoy to Nairobi for consultations": home)."""
        if obj.lower_ not in self.lex.envoy_nouns and obj.lemma_.lower() not in self.lex.envoy_nouns:
            return []
        owners = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        if any(c.pos_ != "PRON" and self.index.at(c) is not None for c in owners):
            return []  # "expelled the Russian ambassador to X", "India's envoy in X": the owner's
        own = {a for c in owners for a in self.actors_at(c)}
        preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in self.lex.post_preps]
        if not preps and obj.dep_ == "dobj":
            preps = [c for c in obj.head.children if c.dep_ == "prep" and c.lower_ in self.lex.post_preps
                     and c.i > obj.i]
        return [
            m.key
            for c in preps
            for p in prep_objects(c)
            for m in [self.index.at(p)]
            if m is not None and self.index.actors[m.key].kind == "state" and m.key not in own
        ]

    def place_yields(self, v: Token, spec: Trigger, target: list[str]) -> list[str]:
        """An object that is a place only by the demonym before it ("shelled a Syrian refugee camp in
        Turkey", "a Palestinian camp in Lebanon") is in the state the place phrase names: the demonym
        says whose people are there, not whose ground was struck. An object a side owns is not a place,
        and nothing changes ("shelled Russian troops in Syria": Russia, and Syria where it was done)."""
        objs = [c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if not objs or spec.symmetric or not self.lex.rules(spec.plover).place_target:
            return target
        before = [t for o in objs for t in o.subtree if t.i < o.i]
        spots = {m.key for t in before for m in [self.index.at(t)] if m is not None and m.locative}
        if not spots or {a for o in objs for a in self._object_owner(o, spec)} - spots:
            return target
        placed = {
            m.key
            for c in (*v.children, *(c for o in objs for c in o.children))
            if c.dep_ == "prep" and c.lower_ in self.roles.locative
            for p in prep_objects(c)
            for m in [self.index.at(p)]
            if m is not None and m.locative and self.index.actors[m.key].kind == "state"
        }
        return [a for a in target if a not in spots or a in placed] if placed - spots else target

    def _holders(self, obj: Token) -> list[str]:
        """Who held the ground a force takes, and so loses it: "retook villages held by X", "recaptured
        the town that X seized", "the X-held town"."""
        out: list[str] = []
        for c in (c for c in obj.children if c.lemma_.lower() in self.lex.holding_verbs):
            if c.dep_ == "relcl":
                out += [a for s in c.children if s.dep_ == "nsubj" for a in self.actors_at(s)]
            elif c.dep_ in ("acl", "amod") and c.tag_ == "VBN":
                out += self._agents(c)  # ("the X-held town":) the name before the hyphen
                out += [a for s in c.children if s.dep_ == "npadvmod" for a in self.actors_at(s)]
        return out

    def retaken_from(self, verb: Token, spec: Trigger) -> list[str]:
        """Whom a force took ground from that another force now retakes: "forces retook towns that X
        captured": X took them from those forces (a relative clause of taking on the object of a verb
        of retaking, or a participle: "recaptured villages occupied by X")."""
        if spec.mode != "occupy" or verb.dep_ not in ("relcl", "acl") or verb.head.dep_ != "dobj":
            return []
        retaker = verb.head.head
        return self.subjects(retaker) if retaker.lemma_.lower() in self.lex.retaking_verbs else []

    def _by_agents(self, p: Token, spec: Trigger) -> tuple[list[str], list[str]]:
        """Who an event noun's "by" phrase names as its agents ("attacks by Russia", "by a wave of
        drones", "by members of X"), and whom a phrase the parse hangs on the agent aims the event at
        ("attacks by militias on U.S. troops": the troops are attacked, not the attackers)."""
        agents = self._agent_at(p) or [a for c in p.children if c.dep_ == "poss" for a in self.actors_at(c)]
        if not agents and p.i not in self.positions and p.pos_ == "NOUN":
            agents = self.prep_actors(p, ("of",))
        aimed = [
            a
            for c in p.children
            if c.dep_ == "prep" and c.lower_ in spec.target_preps and c.lower_ not in ("of", "in")
            for o in c.children
            if o.dep_ == "pobj"
            for a in self._pobj_actors(o, spec)
            if a not in agents
        ]
        if not aimed and self.lex.rules(spec.plover).place_target:
            aimed = self._states_in(p, agents)  # "attacks by X in Cameroon": where the deed was done
        return agents, aimed

    def _agent_places(self, verb: Token, spec: Trigger) -> list[str]:
        """The states the agent of a participle on a deed noun is placed in ("attacks perpetrated by X in
        Cameroon"): where the deed was done, its target, not a doer."""
        if not self.lex.rules(spec.plover).place_target:
            return []
        agents = self._agents(verb)
        objs = [p for g in verb.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
        return [a for p in objs for a in self._states_in(p, agents)]

    def _states_in(self, p: Token, agents: list[str]) -> list[str]:
        """The states named in ``p``'s own "in" phrases, other than ``agents``."""
        out = []
        for o in (o for c in p.children if c.dep_ == "prep" and c.lower_ == "in" for o in prep_objects(c)):
            m = self.index.at(o)
            state = m is not None and m.locative and self.index.actors[m.key].kind == "state"
            if state and m.key not in agents:
                out.append(m.key)
        return out

    def _of_owners(self, obj: Token) -> list[Token]:
        """The objects of the "of" phrases on a thing and on those joined to it ("the offices and
        homes of X")."""
        return [p for t in (obj, *obj.conjuncts) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in prep_objects(c)]

    def voicers(self, noun: Token, spec: Trigger, source: list[str]) -> list[str]:
        """The people who voice the stance a state or body owns: "the Secretary reiterated the U.S.
        condemnation of X", "he emphasized America's support for Y": the one who speaks for the owner
        (their own state or body, or one the text gives them none of) is the source too, before it."""
        rules = self.lex.rules(spec.plover)
        verb = noun.head
        if not (source and rules.speech_act) or spec.symmetric or noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return []
        if verb.lemma_.lower() not in self.lex.expressing_verbs | self.lex.stressing_verbs:
            return []
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        owned = {a for c in owners for a in self.actors_at(c)}
        if not set(source) <= owned or any(self.index.actors[k].kind not in ("state", "igo") for k in source):
            return []
        people = self.subjects(verb)
        actors = [self.index.actors[k] for k in people]
        if not people or any(a.kind != "person" or a.affiliation not in (None, *source) for a in actors):
            return []
        return people

    def _named(self, tok: Token) -> bool:
        """An actor not named by a demonym alone ("Egypt", not "the Ukrainian state")."""
        return not any(m is not None and m.how == "demonym" for m in map(self.index.at, (tok, *tok.children)))

    def _owner_of(self, noun: Token) -> list[str]:
        """Whose the things a sanction or attack is aimed at are: "sanctions against Belarusian
        enterprises" (Belarus), "an asset freeze on companies linked to the RSF" (the RSF)."""
        out = [
            a
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.i < noun.i and self.index.at(c) is not None
            for a in self.actors_at(c, conj=False)
        ]
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and not out):
            out = self._agents(acl) + self.prep_actors(acl, ("to", "with"))
        return out

    def _noun_source(self, noun: Token) -> list[str]:
        """Who did what an object event noun names is the target ("condemned Russia's attacks")."""
        spec = self.positions.get(noun.i)
        if spec is None or self.index.at(noun) is not None:
            return []
        own = [
            a
            for c in noun.children
            if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i and self.index.at(c) is not None
            and not self.struck_place(c, spec)
            for a in self.actors_at(c)
        ]
        if own:
            return own
        by = [
            a
            for c in noun.children
            if c.dep_ == "prep"
            and (c.lower_ == "by" or c.lower_ == "from" and "from" not in spec.target_preps)
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.actors_at(p)
        ]
        if spec.mode == "release":  # "demanded the release of the sailors held by the Houthis"
            by = by or [a for c in noun.children if c.lower_ == "of" for a in self.holders(c)]
        by = by or (self._agents_after(noun, spec)[0] if self.lex.rules(spec.plover).deed else [])
        if by:
            return by  # "condemned the provocations by Ukraine", "will not tolerate attacks from Syria"
        if any(
            c.dep_ == "det" and c.lower_ in ("these", "those", "this", "that", "such") for c in noun.children
        ):
            # "condemns these attacks": the attacks told of before
            earlier = next((d for d in reversed(self.history) if d.plover == spec.plover and d.source), None)
            return list(earlier.source) if earlier else []
        return []

    def _pobj_actors(self, p: Token, spec: Trigger) -> list[str]:
        m = self.index.at(p)
        # a visitor arriving "in" a state visits it: the state named is the host (a city may be a venue)
        host = spec.mode == "visit" and p.head.lower_ in spec.target_preps
        host = host and m is not None and m.how == "name"
        if m is not None and m.locative and not (self.lex.rules(spec.plover).place_target or host):
            return []
        out = self.actors_at(p)
        if not out:
            # "a breach of Estonia's airspace", "raids on Syria's ports"
            out = [a for c in p.children if c.dep_ == "poss" for a in self.actors_at(c)]
        if not out and p.i not in self.positions and p.pos_ == "NOUN":
            # "with respect to Venezuela", "in relation to Iran"
            out = self.prep_actors(p, ("to", "of", "with", "on"))
        if not out and p.pos_ == "NOUN" and self.lex.rules(spec.plover).owner_target:
            out = self._owner_of(p)
        if not out and self.lex.rules(spec.plover).place_in_object:
            # "strikes on power plants in Kharkiv": the place names the state attacked
            for t in p.subtree:
                m = self.index.at(t)
                if m is None or not (m.locative or self.index.actors[m.key].kind == "state"):
                    continue
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "PROPN":
                    continue  # part of a place name: "the Gulf of Finland", "the Sea of Japan"
                out.append(m.key)
        if not out and p.dep_ != "conj":  # "to the bereaved families and the Government of Iran"
            out = [a for c in p.conjuncts for a in self._pobj_actors(c, spec)]
        return out
