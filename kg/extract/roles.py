"""Source, target and the parties of an event verb, from the dependency parse: the subject and object
of a verb, the agent of a passive, the accused of "accused X of", the words around a headline verb;
and the small questions the events pass asks of an event word's roles (whether it backs a hostile
deed, a body meets as one, a statement word's "that"-clause names its target). The roles of an event
noun are read by ``kg.extract.noun_roles``, which this reader builds on."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agency import prep_objects
from kg.extract.lexicon import Trigger
from kg.extract.listed import listed_members
from kg.extract.noun_roles import NounRoles
from kg.extract.reference import uniq
from kg.extract.repelled import repelled_deeds
from kg.extract.requests import obligated
from kg.extract.senses import answered_deeds, for_clause, mutual_with, purpose_clause
from kg.extract.split_objects import split_objects
from kg.plover import plover_scheme

_OBJ = ("dobj", "dative", "iobj", "oprd")


class RoleReader(NounRoles):
    """Reads the roles of event words; the events pass drafts events with it."""

    def _backs_a_hostile_deed(self, tok: Token) -> bool:
        """What the word backs is a hostile deed ("supporting the invasion", "support of the war")."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return any(
            o.i in self.positions
            and o.pos_ == "NOUN"
            and self.lex.rules(self.positions[o.i].plover).deed
            and plover_scheme().sign(self.positions[o.i].plover) < 0
            for o in objs
        )

    def _body_meets(self, tok: Token, participants: list[str]) -> bool:
        """ "The Security Council will hold an emergency meeting": a body meets as one; "X is in Berlin
        for consultations with key allies": X meets others the text names only by what they are."""
        talks = self.lex.rules(self.positions[tok.i].plover).talks
        if len(participants) == 1 and talks and self._with_unnamed(tok):
            return True
        if (
            len(participants) != 1
            or tok.dep_ != "dobj"
            or tok.head.lemma_.lower() not in self.lex.light_verbs
        ):
            return False
        actor = self.index.actors.get(participants[0])
        return actor is not None and actor.kind in ("igo", "org", "group")

    def _with_unnamed(self, tok: Token) -> bool:
        """The meeting noun is held "with" parties named by a noun of their kind ("allies", "officials")
        and by no actor's name."""
        others = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        return any(
            o.dep_ == "pobj"
            and o.pos_ == "NOUN"
            and (o.lower_ in self.lang.parties or o.lemma_.lower() in self.lang.parties)
            and not any(self.index.at(t) for t in o.doc[o.left_edge.i : o.i + 1])
            for o in others
        )

    def _flat_roles(self, v: Token):
        """Roles in a headline the parser cannot read: the actors named before the verb in its clause
        are its subject, those after it (up to a comma or a new clause) its object."""
        sent = v.sent
        stops = {",", ";", ":", "-", "—", "–", "as", "after", "while", "amid", "before", "but", "and"}
        start = v.i
        while start > sent.start and self.doc[start - 1].lower_ not in stops:
            start -= 1
        end = v.i + 1
        while end < sent.end and self.doc[end].lower_ not in stops:
            end += 1
        source, target = [], []
        for i in range(start, end):
            m = self.index.at(self.doc[i])
            if m is None or m.modifier or (i > v.i and m.locative and self.doc[i - 1].lower_ not in ("to",)):
                continue
            if self.names_fighters(m):
                continue
            scene = i < v.i and m.locative and self.scene_of(m.end, v.i)  # "Kharkiv Attack Kills 12"
            (source if i < v.i and not scene else target).append(m.key)
        return uniq(source), uniq(target), []

    def _verb_roles(self, v: Token, spec: Trigger):
        # "were killed by", and participles: "negotiations mediated by Egypt"
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in v.children) and not (
            # "X ignored calls by Y": an active verb's "by" belongs to its object, not to the verb
            any(c.dep_ == "nsubj" for c in v.children)
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        )
        source: list[str] = []
        target: list[str] = []
        between: list[str] = []
        held_in: list[str] = []
        if passive:
            stray = self._stray_agents(v)
            for c in [*v.children, *stray]:
                if c.dep_ == "agent" or c in stray:
                    source += [a for p in c.children if p.dep_ == "pobj" for a in self._agent_at(p)]
                    if not source and c in stray:  # "... using force by the police in Tbilisi"
                        source += self._force_placed(c)
                elif c.dep_ == "nsubjpass":  # "Kenya's proposal was rejected by Somalia": as its object's
                    ownerless = spec.topic or spec.symmetric  # as an active verb's object
                    target += self.actors_at(c) or ([] if ownerless else self._object_owner(c, spec))
            if source and v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                # "X attacked the town but was repelled by Y": the subject X shares undergoes what an
                # agent named does (not "X ... is committed to Z", which X does)
                shared = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
                target += [a for c in shared for a in self.actors_at(c) if a not in source]
            if (spec.mode == "withdraw" or self.lex.rules(spec.plover).own_forces) and not source:
                # "Armenian troops were withdrawn", "police were deployed": the forces' side moves them
                source, target = target, []
            elif spec.experiencer:  # "Chile was appalled by Peru's raid": Chile blames Peru
                felt = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                source, target = target, source + [a for p in felt for a in self._noun_source(p)]
            if not source and v.lemma_.lower() in self.roles.calling_verbs:
                source = self.prep_actors(v, ("to",))  # "was summoned to the French foreign ministry"
        else:
            # "the inadmissibility of opening fire at X by the Ukrainian army": a gerund used as a noun
            # names its doer in a "by" phrase, not in the clause it hangs from
            by = [a for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
                  for p in prep_objects(c) if p.tag_ != "VBG" for a in self._agent_at(p)]
            nominal = v.tag_ == "VBG" and v.dep_ in ("pcomp", "pobj") and by
            source = by if nominal else self.subjects(v) or self._weapon_owner(v, spec)
            ev = self.antecedent_event(v) if not source and self.lex.rules(spec.plover).deed else None
            if ev is not None:  # "an attack by X on Y, which killed 20": X killed them
                source, target = self._noun_roles(ev, self.positions[ev.i])[:2]
            doers = self.doers(v)
            if doers:  # "invading Russian forces": the forces invade
                source = doers
            elif v.dep_ == "amod" and v.tag_ == "VBG" and v.head.pos_ == "NOUN" and not spec.topic:
                # "accused India of striking civilian areas", parsed as a participle on its object
                target += self.actors_at(v.head) or self._object_owner(v.head, spec)
            if spec.symmetric and len(source) < 2:
                # a long subject the parser broke up ("President X and Russian President Y met"): every
                # actor named in it takes part
                for c in v.children:
                    if c.dep_ == "nsubj":
                        source += [
                            m.key
                            for t in c.subtree
                            for m in [self.index.at(t)]
                            if m is not None and not m.locative and not m.modifier and m.how != "pronoun"
                        ]
        for c in v.children:
            if self._voiced_stance(v, c, spec):
                # "conveyed the United States' disappointment over X": the owner holds the stance
                owners = [o for o in c.children if o.dep_ == "poss" and o.pos_ != "PRON"]
                source += [a for o in owners for a in self.actors_at(o)]
                preps = [o for o in c.children if o.dep_ == "prep" and o.lower_ in spec.target_preps]
                target += [a for o in preps for p in prep_objects(o) for a in self._pobj_actors(p, spec)]
            elif c.dep_ in _OBJ and not spec.topic and c.pos_ != "ADP":
                # a meeting's object is a party itself ("welcomed Trump", not "welcomed Trump's efforts")
                # ("recalled its envoy to Somalia": the state of the post)
                named = ([] if spec.symmetric else self.post_of(c)) or self.actors_at(c)
                target += named or ([] if spec.symmetric else self._object_owner(c, spec))
                target += [] if spec.symmetric else self._noun_source(c)
                if self.lex.rules(spec.plover).demand:  # "stressed the need for X to withdraw": X is asked
                    target += [a for s in obligated(c, self.lex) for a in self.actors_at(s)]
                if spec.money:  # "announced $5 million in funding for Chad": whom the money is for
                    preps = [t for t in c.subtree if t.dep_ == "prep" and t.lower_ in spec.target_preps]
                    target += [a for t in preps for p in prep_objects(t) for a in self._pobj_actors(p, spec)]
            elif c.dep_ in ("ccomp", "acomp") and c.pos_ == "ADJ" and spec.object and c.lower_ in spec.object:
                # "will hold Iran accountable", parsed as a clause: Iran is held so
                target += [a for s in c.children if s.dep_ == "nsubj" for a in self.actors_at(s)]
                target += [a for o in v.children if o.dep_ == "dobj" for a in self.actors_at(o)]
            elif c.dep_ == "prep" and any(p.lower_ == "behalf" for p in c.children):
                # "on behalf of the government, I condemn": the speaker acts for it
                source += [a for p in c.children for a in self.prep_actors(p, ("of",))]
            elif c.dep_ == "prep" or c.dep_ == "dative" and c.pos_ == "ADP":  # "gave money to X"
                objs = [a for p in prep_objects(c) for a in self._pobj_actors(p, spec)]
                if objs and c.lower_ == "with" and spec.symmetric:  # "... with A in X and B in Y"
                    objs += [
                        a
                        for j in split_objects(v)
                        for a in self.actors_at(j, conj=False)
                        if self.index.actors[a].kind == "person"
                    ]
                if c.lower_ in ("between", "among") or mutual_with(c, spec):
                    between += objs
                elif c.lower_ in spec.target_preps:
                    if c.lower_ == "in" and self._held_in(v, spec, passive):
                        held_in += [a for a in objs if self.index.actors[a].kind == "state"]
                        objs = [a for a in objs if a not in held_in]
                    target += objs
            elif c.dep_ in ("advcl", "xcomp") and spec.money and purpose_clause(c):
                # "pledged $5 million to support the mission in Chad": what the money is for receives it
                objs = [o for o in c.children if o.dep_ == "dobj"]
                target += [a for o in objs for t in o.subtree for a in self.actors_at(t)]
            elif c.dep_ in ("advcl", "ccomp") and self.lex.rules(spec.plover).demand and for_clause(c):
                # "called for Japan to withdraw": whom the call is for
                target += [a for s in c.children if s.dep_ == "nsubj" for a in self.actors_at(s)]
            elif c.dep_ == "agent" and not passive and not spec.topic and not spec.symmetric:
                # "ignored calls by Y": those whose calls (the object) were ignored
                target += [a for p in c.children if p.dep_ == "pobj" for a in self.actors_at(p)]
        target = target if passive else self.place_yields(v, spec, target)  # "a Syrian camp in Turkey"
        if held_in:  # "were detained in Minsk": by the state there, unless an agent is named
            source, target = (source, target + held_in) if source else (held_in, target)
        elif not source and self._held_at_home(v, spec, passive, target):
            source = [self.home]  # "the opposition leader was arrested on Monday": by the story's state
        if not target and not passive:  # "retook towns that X captured": X took them from the retakers
            target = [k for k in self.retaken_from(v, spec) if k not in source]
        if not target and not passive and v.lemma_.lower() in self.lex.object_control:
            target = self._bare_infinitive_subjects(v)  # "helped Iran complete the plant": Iran is helped
        if not target:  # "concern about Iran developing missiles", "commitment to working with X"
            target = self.nested_targets(v, spec, source)
        if spec.answers:  # "will respond to any attack from the North": the North is threatened
            target += [a for d in answered_deeds(self.lex, v) for a in self._deed_doers(d)]
        repelled = [] if passive else repelled_deeds(self.lex, self.positions, v)
        if repelled:  # "repelled an attack by X", "fought off a Russian assault": X attacks them
            doers = [a for d in repelled for a in self._deed_doers(d)]
            source, target = uniq(doers + target), uniq(source)
        if spec.undergoes and not passive:  # "Russia will face consequences": Russia is threatened
            source, target = [], uniq(source + target)
        listed = listed_members(v, self.words.listing_verbs, self.actors_at)
        if listed:  # "those detained include X": X was detained
            source, target = [k for k in source if k not in listed], uniq(target + listed)
        return source, target, between

    def _stray_agents(self, v: Token) -> list[Token]:
        """The "by" phrase of a passive with no agent of its own that the parser hung on a manner
        participle after it ("were dispersed using force by the police"): the passive's agent; not a
        "by" with a gerund ("using force by firing into the crowd": how it was done)."""
        if any(c.dep_ == "agent" for c in v.children):
            return []
        return [
            p
            for c in v.children
            if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > v.i
            for p in c.children
            if p.dep_ == "prep"
            and p.lower_ == "by"
            and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in p.children)
        ]

    def _force_placed(self, by: Token) -> list[str]:
        """A home force named by no one's name ("the police") in a stray "by" phrase: the state whose
        place the participle it hangs on puts it in ("using force by the police in the capital,
        Tbilisi"), as "police in Tbilisi" are Georgia's."""
        nouns = [p for p in by.children if p.dep_ == "pobj"]
        home = self.words.domestic_agents
        if not any(n.lemma_.lower() in home or n.lower_ in home for n in nouns):
            return []
        ins = [c for c in by.head.children if c.dep_ == "prep" and c.lower_ == "in"]
        places = [o for c in ins for o in prep_objects(c)]
        found = [a for o in places for a in self.actors_at(o) if self.index.actors[a].kind == "state"]
        return uniq(found)[:1]

    def _held_in(self, v: Token, spec: Trigger, passive: bool) -> bool:
        """A custody verb in the passive or as a participle with no agent ("40 people were arrested in
        Minsk", "the journalists detained in Ukraine"): the place it happens in names the holder."""
        if spec.mode != "arrest" or not self.lex.rules(spec.plover).custody_place_agent:
            return False
        if any(c.dep_ == "agent" for c in v.children):
            return False
        return passive or (v.tag_ == "VBN" and v.dep_ in ("acl", "amod", "relcl"))

    def _held_at_home(self, v: Token, spec: Trigger, passive: bool, target: list[str]) -> bool:
        """A custody verb in a finite passive clause with no agent and no place ("two suspects were
        detained on Monday"), of people no other state is named for ("two French citizens were
        detained" names France's people, held by whoever holds them): held by the story's home state."""
        if not (self.home and passive and self.home not in target and self._held_in(v, spec, passive)):
            return False
        held = [c for c in v.children if c.dep_ == "nsubjpass"]
        if not held or v.dep_ in ("acl", "amod", "relcl"):
            return False
        named = [m for h in held for t in h.subtree if (m := self.index.at(t)) is not None]
        return not any(self.index.actors[m.key].kind == "state" and m.key != self.home for m in named)

    def _bare_infinitive_subjects(self, v: Token) -> list[str]:
        """The object of a verb of control before a bare infinitive, which the parser makes the
        infinitive's subject ("helped Iran complete the plant", "let the monitors enter")."""
        return [
            a
            for c in v.children
            if c.dep_ in ("ccomp", "xcomp")
            and c.tag_ == "VB"
            and not any(m.dep_ in ("mark", "aux") for m in c.children)
            for s in c.children
            if s.dep_ == "nsubj" and s.i < c.i
            for a in self.actors_at(s)
        ]

    def _voiced_stance(self, v: Token, obj: Token, spec: Trigger) -> bool:
        """The object is the stance the trigger's verb of expression voices ("expressed disappointment")."""
        return (
            obj.dep_ == "dobj"
            and bool(spec.object)
            and bool({obj.lemma_.lower(), obj.lower_} & set(spec.object))
            and v.lemma_.lower() in self.lex.expressing_verbs
        )

    def _clause_subjects(self, tok: Token) -> list[str]:
        """The subject of the "that"-clause a statement word (or the verb that holds it) governs."""
        holders = [tok] + (
            [tok.head] if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP") else []
        )
        for h in holders:
            for c in h.children:
                if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
                    found = [
                        a for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in self.actors_at(s)
                    ]
                    if found:
                        return found
        return []
