"""The parties of an event noun, from the words that hang from it and its phrase: its owner ("Iran's
detention of the crew"), its prepositions ("talks with X", "an attack by X on Y"), a participle's agent
("strikes carried out by Israel"), the verb whose object it is ("imposed sanctions", "agreed to a
truce"), the requester of "at the request of", and the states its phrase places it in ("the attack in
Iraq"). A part of the role reader (``kg.extract.roles``, which reads a verb's roles)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agency import claiming_verb, prep_objects
from kg.extract.credited import credited_doers
from kg.extract.lexicon import Trigger
from kg.extract.nested import NestedTargets
from kg.extract.reference import uniq
from kg.extract.repelled import repelling_verb
from kg.extract.senses import mutual_with


class NounRoles(NestedTargets):
    """Reads the roles of event nouns (a mixin of ``RoleReader``, which reads those of verbs)."""

    def _requester(self, n: Token) -> tuple[list[str], list[str]] | None:
        """ "met at the request of Russia and China", "at the invitation of X": X asks, and whoever does
        what the request is for is asked."""
        if not (n.dep_ == "pobj" and n.head.lower_ in ("at", "upon", "on", "following", "after")):
            return None
        source = self.prep_actors(n, ("of", "from", "by")) or [  # or "at Kiir's request"
            a for c in n.children if c.dep_ == "poss" for a in self.actors_at(c)
        ]
        verb = n.head.head
        target = self.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []
        if not source:
            # "sent troops after a request for help from X": "from X" hung on what is asked for; X asks
            wanted = [o for c in n.children if c.lower_ == "for" for o in prep_objects(c)]
            source = [a for o in wanted for a in self.prep_actors(o, ["from"]) if a not in target]
        if not source:
            return None
        return source, [k for k in target if k not in source]

    def _place_in_phrase(self, n: Token) -> list[str]:
        """States a noun's own phrase places it in ("the attack in Iraq", "pardons of activists in Egypt")."""
        out: list[str] = []
        for t in n.subtree:
            if (
                t.i == n.i
                or t.dep_ != "pobj"
                or t.head.lower_ not in ("in", "inside", "across", "throughout")
            ):
                continue
            between = [a for a in t.ancestors if a.i != n.i and n in a.ancestors]
            if any(a.pos_ == "VERB" for a in between):
                continue  # "the ceasefire ... measures adopted in Minsk": where the measures were adopted
            m = self.index.at(t)
            if m is not None and self.index.actors[m.key].kind == "state":
                out.append(m.key)
        return out

    def _phrase_roles(self, n: Token, spec: Trigger, children: list[Token]):
        """Source, target and parties named by words that hang from an event noun or its phrase."""
        source: list[str] = []
        target: list[str] = []
        between: list[str] = []
        # "his arrest", "the envoy's expulsion": the owner undergoes it; "Iran's detention of the crew":
        # an "of" phrase names who undergoes it, and the owner does it
        patient_owner = spec.owner_undergoes and not any(
            c.dep_ == "prep" and c.lower_ == "of" and prep_objects(c) for c in n.children
        )
        for c in children:
            if c.dep_ == "poss" and (patient_owner or spec.mode == "release" and c.pos_ == "PRON"):
                target += self.actors_at(c)  # "his release": he is the one released
            elif c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < n.i:
                m = self.index.at(c)
                if m is not None and self.names_fighters(m):
                    continue
                pair = self._hyphen_pair(c)
                if pair and m is not None and spec.symmetric:
                    between += pair + self.actors_at(c)  # "the Israel-Hamas war": both sides of it
                elif self.struck_place(c, spec):
                    # "the Kharkiv attack", "a Mogadishu bombing": where the deed was done, as "the
                    # attack in Kharkiv" (its target), not who did it
                    target += self.actors_at(c) if self.lex.rules(spec.plover).place_target else []
                elif m is not None and not (m.locative and spec.symmetric) or c.dep_ == "poss":
                    source += self.actors_at(c)
            elif c.dep_ == "acl" and c.lemma_.lower() in ("attend", "join") and spec.symmetric:
                # "a summit ... attended by President Trump"
                between += self._agents(c)
            elif c.dep_ == "acl" and c.tag_ == "VBN" and not spec.symmetric:
                # "sanctions reimposed by Washington", "strikes carried out by Israel"; "the attack
                # perpetrated against a convoy of X": whom the participle aims it at
                source += self._agents(c)
                target += self._agent_places(c, spec)  # "attacks perpetrated by X in Cameroon"
                target += [
                    a
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in spec.target_preps and p.lower_ != "by"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for a in self._pobj_actors(o, spec)
                ]
            elif c.dep_ == "appos" and c.i > n.i:
                # headlines: "France expels Iranian envoy"
                target += self.actors_at(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    agents, aimed = self._by_agents(p, spec)
                    source += agents
                    target += aimed
            elif c.dep_ == "prep" and c.lower_ == "of" and self.movers(n, c):
                source += self.movers(n, c)  # "the withdrawal of U.S. troops": the troops' side moves
            elif c.dep_ == "prep" and c.lower_ == "of" and n.lemma_.lower() in self.roles.of_doer_nouns:
                source += [a for p in prep_objects(c) for a in self.actors_at(p)]  # "the resignation of X"
            elif c.dep_ == "prep" and c.lower_ == "of" and spec.mode == "release":
                source += self.holders(c)  # "the release of hostages held by Hamas": Hamas frees them
                target += self.whose(c)
            elif c.dep_ == "prep":
                objs = [a for p in prep_objects(c) for a in self._pobj_actors(p, spec)]
                if c.lower_ == "from" and "from" not in spec.target_preps:
                    source += objs
                elif c.lower_ in ("between", "among") or mutual_with(c, spec):
                    between += objs
                elif c.lower_ in spec.target_preps:
                    target += objs
        return source, target, between

    def _manner_with(self, phrase: Token, spec: Trigger) -> list[str]:
        """A joint event noun in a manner phrase "in ... with Y" ("X acted in coordination with Y", "X,
        in consultation with Y, decided"): the doer, the verb's subject (or the subject the phrase is
        set off after), does it together with Y."""
        if not (self.lex.rules(spec.plover).joint and phrase.dep_ == "pobj" and phrase.head.lower_ == "in"):
            return []
        withs = [c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "with"]
        partners = [p for c in withs for p in prep_objects(c)]
        if phrase.head.dep_ != "prep" or not any(self.index.at(p) is not None for p in partners):
            return []
        head = phrase.head.head
        if head.pos_ == "PUNCT" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # (a phrase set off by commas the parser hangs on the comma)
        said = self.positions.get(head.i)
        if said is not None and self.lex.rules(said.plover).speech_act and any(
            c.dep_ == "dobj" and self.index.at(c) is not None for c in head.children
        ):
            return []  # "I commend X for its work, in coordination with Y": words to X are no joint deed
        if head.pos_ in ("VERB", "AUX"):
            # (not a participle's: "Working with Y, X hopes ..." is read with the clause it sits in)
            return [] if head.dep_ == "advcl" and head.tag_ == "VBG" else self.subjects(head)
        if head.dep_ == "nsubj" and head.i < phrase.i:
            return self.actors_at(head)
        return []

    def _holds_deeds(self, holder: Token) -> bool:
        """A noun (no event word or actor) whose own phrases name the parties of the event words of its
        "of": a verb's object ("waged a campaign of attacks"), a light verb's "to" ("led to days of
        protests"), or a noun of amount ("a series of talks")."""
        return (
            holder.pos_ == "NOUN"
            and holder.i not in self.positions
            and (holder.dep_ in ("dobj", "nsubjpass") or self._light_to(holder)
                 or holder.lemma_.lower() in self.roles.amount_nouns)
            and self.index.at(holder) is None
        )

    def _relative_light_verb(self, noun: Token) -> Token | None:
        """The light verb of a relative clause on the noun whose object the noun is ("the warnings (that)
        we issued", "the support it has given"): no event word itself, with a subject of its own and no
        other object; None where there is none."""
        for v in noun.children:
            if v.dep_ != "relcl" or v.pos_ != "VERB" or v.i in self.positions:
                continue
            if v.lemma_.lower() not in self.lex.light_verbs:
                continue
            deps = {c.dep_: c for c in v.children}
            subject = deps.get("nsubj")
            if "nsubjpass" in deps or subject is None or subject.lower_ in self.words.relative_pronouns:
                continue
            obj = deps.get("dobj")
            if obj is None or obj.lower_ in self.words.relative_pronouns:
                return v
        return None

    def _dative_actors(self, verb: Token, spec: Trigger) -> list[str]:
        """The actors of a verb's "to" phrase (or another of the trigger's target prepositions) or
        dative: whom what it makes is aimed at ("issued a warning to Iran")."""
        return [
            a
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ in spec.target_preps and c.lower_ != "of"
            for p in c.children
            if p.dep_ == "pobj"
            for a in self._pobj_actors(p, spec)
        ]

    def _noun_roles(self, n: Token, spec: Trigger):
        phrase = n
        while phrase.dep_ == "conj" and phrase.head.pos_ == "NOUN" and phrase.head.i != phrase.i:
            phrase = phrase.head  # "offered peace and solidarity": the first noun's place in the clause
        if phrase is n and n.dep_ == "compound" and n.head.pos_ == "NOUN" and n.head.i not in self.positions:
            phrase = n.head  # "a military aid package for Ukraine"
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and self._holds_deeds(n.head.head):
            # "waged a campaign of cyber attacks", "reports of exchanges of fire between X and Y"
            phrase = n.head.head
        source, target, between = self._phrase_roles(n, spec, list(n.children))
        if not target and spec.negated_only:  # "no let-up in operations against X": aimed at X
            deeds = [o for c in n.children if c.dep_ == "prep" and c.lower_ == "in" for o in prep_objects(c)]
            target = [a for o in deeds for a in self._phrase_roles(o, spec, list(o.children))[1]]
        if phrase is not n:
            # "the killing of civilians by X and killings by Y": a role a conjoined noun names itself is
            # its own; the others it shares with the noun of the phrase
            # (the phrase's "of" that holds the noun is no role of it: "a campaign of attacks")
            shared = self._phrase_roles(n, spec, [c for c in phrase.children if c.i not in (n.i, n.head.i)])
            source, target, between = source or shared[0], target or shared[1], between + shared[2]
        if not source:
            source = self._agent_below(n)
        if not source and self.lex.rules(spec.plover).deed:
            source, aimed = self._agents_after(n, spec)  # "the detentions of X by the Houthis"
            target = target or aimed
        claimed = claiming_verb(n, self.roles, self.positions) if not source else None
        if claimed is not None:
            source = self._claimants(claimed)  # "X claimed responsibility for the attack": X did it
        if not source and n.dep_ in ("compound", "appos") and n.head.pos_ in ("NOUN", "PROPN"):
            for c in n.head.children:
                if c.dep_ in ("poss", "amod", "compound") and c.i != n.i and self.index.at(c) is not None:
                    source += [] if self.struck_place(c, spec) else self.actors_at(c)
        light_pobj = self._light_to(phrase)
        if light_pobj:  # "agreed to a truce", "agreed to Israel's request"
            doers, aimed = self._light_subjects(phrase.head.head, spec)
            source, target = source or doers, target or [a for a in aimed if a not in source]
        elif (
            not source
            and phrase.dep_ == "pobj"
            and self.lex.rules(spec.plover).speech_act
            and phrase.head.lower_ in ("in", "of")
            and phrase.head.head.pos_ == "VERB"
            and phrase.head.head.i not in self.positions
        ):
            source = self.subjects(phrase.head.head)  # "stands in solidarity with", "spoke in support of"
        elif not source and self._manner_with(phrase, spec):
            # "X imposed sanctions in coordination with Y": the doer of the deed works with Y
            source = self._manner_with(phrase, spec)
        source = credited_doers(phrase, source, self.lex, self.actors_at)  # "thanked X for its release of Y"
        received = self._received(phrase, spec)
        if received is not None:
            source, target = uniq(source + received[0]), uniq(target + received[1])
        elif not source and (made := self._relative_light_verb(phrase)) is not None:
            # "the warnings we have issued to X", "the aid that Y sent to Z": the relative clause's light
            # verb makes the noun; its subject does it, its dative is whom it is aimed at
            source = self.subjects(made)
            if not target:
                target += [a for a in self._dative_actors(made, spec) if a not in source]
        elif not source and phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ in ("VERB", "AUX"):
            head = phrase.head
            if phrase.dep_ == "nsubjpass":
                # "new sanctions were imposed by the EU"; not "the attack was condemned by the UN"
                lemma = head.lemma_.lower()
                done = lemma in self.lex.light_verbs or lemma in self.roles.claim_verbs or self._adopter(head)
                source = self._agents(head) if done or not self.lex.candidates(lemma) else []
            elif self._adopter(head) or head.lemma_.lower() in self.lex.light_verbs and not (
                head.lemma_.lower() in self.lex.topic_verbs and self.lex.rules(spec.plover).deed
            ):
                # "imposed sanctions", "pledged aid to X": who pledged gives it; not who discussed a war
                source = self.subjects(head)
            elif self.lex.rules(spec.plover).speech_act and not spec.symmetric and head.lemma_.lower() in (
                self.lex.expressing_verbs | self.lex.stressing_verbs
            ):
                # "reiterated the call", "confirmed the invitation to X": who says it again makes it
                source = self.subjects(head)
            if not target:
                # "issued a warning to Iran", "paid tribute to Poland": the light verb's "to" (a dative)
                target += self._dative_actors(head, spec)
        elif not source and spec.symmetric and n.dep_ == "pobj" and n.head.dep_ == "prep":
            verb = n.head.head
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children)
            if verb.pos_ in ("VERB", "AUX") and (
                n.head.lower_ in ("for", "to", "during")
                or indefinite
                and n.head.lower_ in ("in", "at", "over")
            ):
                # "told his counterpart in a phone call": the teller and the told
                source = self.subjects(verb)
                # ("summoned the ambassador for a meeting", "invited X for talks": the one called comes)
                if n.head.lower_ != "for" or verb.lemma_.lower() in self.roles.calling_verbs:
                    target += [
                        a for c in verb.children if c.dep_ in ("dobj", "dative") for a in self.actors_at(c)
                    ]
                target = target or self._destination(verb, source)  # (a venue is no party: "talks with X")
        if not target:  # "concern over attacks by X", "support for efforts by X to mediate"
            target = self.nested_targets(n, spec, source)
        if not target and (rv := repelling_verb(self.lex, self.positions, n)) is not None:
            target = [k for k in self.subjects(rv) if k not in source]  # "X repelled an attack": on X
        return source, target, between
