"""Who acts and who is acted on, read through the words around an event noun: the agents of a
passive ("by a wave of Russian drones"), a promise that takes in what it governs ("pledged aid"),
a receiver ("received aid from X"), a traveller ("arrived in X for talks"), the named owner of a
deed ("Russia's aggression"), a target aimed at ("war against X"), the other side of a hyphenated
pair ("the Israel-Hamas war"). A part of the role reader (kg.extract.roles)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.lexicon import Trigger
from kg.extract.reference import Discourse, uniq
from kg.extract.role_words import Roles
from kg.extract.state import Draft
from kg.plover import plover_scheme


def claiming_verb(noun: Token, roles: Roles, deeds: Collection[int] = ()) -> Token | None:
    """The verb by which its subject owns the deed ``noun`` names ("X claimed responsibility for the
    attack", "claimed responsibility for both attacks", "X claimed the attack"), or None. With the
    positions of the sentence's deed words, also a relative claim on the nearest of them before it
    ("the attacks ..., for which X has claimed responsibility")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in roles.claim_verbs & roles.owning_speech_verbs:
        return noun.head  # "X has claimed an attack on the resort", "admitted the strike"
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return _relative_claim(noun, roles, deeds) if deeds else None
    owned = noun.head.head
    if owned.lemma_.lower() not in roles.responsibility_nouns or owned.dep_ != "dobj":
        return None
    verb = owned.head
    return verb if verb.lemma_.lower() in roles.claim_verbs else None


def _claimed_by(t: Token, roles: Roles) -> bool:
    """A participle of claiming with its agent, set off by a comma ("..., claimed by Y")."""
    return (
        t.tag_ == "VBN"
        and t.lemma_.lower() in roles.claim_verbs & roles.owning_speech_verbs
        and t.i > 0
        and t.doc[t.i - 1].is_punct
        and any(c.dep_ == "agent" for c in t.children)
    )


def _relative_claim(noun: Token, roles: Roles, deeds: Collection[int]) -> Token | None:
    """ "the attacks in X that killed 16, for which Y has claimed responsibility": the claim whose "for
    which" follows the deed noun with no other deed word between them (but those of its own clause)."""
    # "the attacks that killed 16": the words of its own clause
    own = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    for t in noun.doc[noun.i + 1 : noun.sent.end]:
        if _claimed_by(t, roles):
            return t  # "the kidnapping of X on Friday, claimed by Y"
        if t.i in deeds and t.i not in own:
            return None
        if t.lower_ != "which" or t.dep_ != "pobj" or t.head.lower_ != "for":
            continue
        verb = t.head.head
        if verb.lemma_.lower() in roles.responsibility_nouns:
            verb = verb.head
        nouns = roles.responsibility_nouns
        owned = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
        return verb if owned and verb.lemma_.lower() in roles.claim_verbs else None
    return None


class Agency(Discourse):
    """The agent phrases of ``RoleReader`` (a mixin over ``Discourse``)."""

    def _accused(self, tok: Token) -> list[str]:
        """The object of "accuse X of", "blame X for", "charge X with": the agent of the event inside."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return []
            via, cur = cur.dep_, cur.head
            spec = self.positions.get(cur.i)
            if via == "prep" and spec is not None and self.lex.rules(spec.plover).blame:
                return []
            if cur.dep_ == "prep" and cur.lower_ in ("of", "for", "with") and cur.head.dep_ == "dobj":
                accused = cur.head  # "accuses the army of launching raids", the "of" hung on the army
                spec = self.positions.get(accused.head.i)
                if spec is not None and self.lex.rules(spec.plover).blame:
                    return self.actors_at(accused)
            if cur.dep_ == "prep" and cur.lower_ in ("of", "for", "with") and cur.head.pos_ == "VERB":
                verb = cur.head
                spec = self.positions.get(verb.i)
                if spec is None or not self.lex.rules(spec.plover).blame:
                    return []
                own = self.positions.get(tok.i)
                if cur.lower_ == "for" and verb.lemma_.lower() in self.roles.calling_verbs and (
                    own is not None and own.symmetric
                ):
                    return []  # "summoned the envoy for a meeting": what the call is for, no charge
                # "accused India of striking", and passive: "India was accused of striking"
                return [
                    a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in self.actors_at(c)
                ]
        return []

    def _adopter(self, verb: Token) -> bool:
        """The verb is an event word that what it governs is part of: a promise that takes its type
        ("pledged aid"), or one that absorbs it ("vowed retaliation")."""
        spec = self.positions.get(verb.i)
        return spec is not None and (spec.adopts or spec.absorbs)

    def _agents(self, verb: Token) -> list[str]:
        """The actors of a passive verb's "by" phrase."""
        return [
            a
            for g in verb.children
            if g.dep_ == "agent"
            for p in g.children
            if p.dep_ == "pobj"
            for a in self._agent_at(p)
        ]

    def holders(self, of: Token) -> list[str]:
        """Who holds the people an "of" phrase names ("of hostages held by Hamas", "of those detained by
        the junta"): the ones who free them in a release."""
        held = [h for p in prep_objects(of) for h in p.children if h.dep_ == "acl" and h.tag_ == "VBN"]
        return [a for h in held for a in self._agents(h)]

    def whose(self, of: Token) -> list[str]:
        """The states an "of" phrase names its people for ("of Israeli hostages": Israel's)."""
        owners = [m for p in prep_objects(of) for m in p.children if m.dep_ == "amod"]
        return [a for m in owners for a in self.actors_at(m)]

    def _agent_at(self, p: Token) -> list[str]:
        """The actors an agent phrase names, read through a noun of amount ("by a wave of Russian
        drones", "by a group of gunmen from X")."""
        out = self.actors_at(p)
        if out or p.lemma_.lower() not in self.roles.amount_nouns:
            return out
        return [
            a
            for c in p.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for o in c.children
            if o.dep_ == "pobj"
            for a in self.actors_at(o) or self._agent_at(o)
        ]

    def _received(self, noun: Token, spec: Trigger) -> tuple[list[str], list[str]] | None:
        """ "Iraq received military aid from Iran": whom a receiving verb's object is given by (its
        "from") and to (its subject); None where the noun is no such object."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.roles.receiving_verbs or spec.symmetric:
            return None
        givers = self.prep_actors(verb, ("from",)) + self.prep_actors(noun, ("from",))
        if not givers and self.lex.rules(spec.plover).own_forces:
            return self.subjects(verb), []  # "the soldiers received reinforcements": their side's
        return givers, self.subjects(verb)

    def _claimants(self, verb: Token) -> list[str]:
        """Who owns a deed by claiming it: the verb's subjects, a spokesperson's body for the spokesperson
        ("Al-Shabab spokesman X claimed responsibility": al-Shabab)."""
        if any(c.dep_ == "agent" for c in verb.children):
            return self._agents(verb)  # "the attack, claimed by X"
        speakers = self.words.spokespeople
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            words = [c for c in subject.subtree if c.i < subject.i]
            if any(w.lower_ in speakers for w in (subject, *words)):
                bodies = [k for w in words if w.lower_ not in speakers for k in self.actors_at(w)]
                if bodies:
                    return list(dict.fromkeys(bodies))
        return self._placed_owner(verb) or self.subjects(verb)

    def _placed_owner(self, verb: Token) -> list[str]:
        """ "ISIS in Afghanistan, which has claimed responsibility": a place owns no deed; the relative
        clause on a place phrase is about the actor the place phrase is on."""
        if verb.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in self.words.relative_pronouns for c in verb.children
        ):
            return []
        place = verb.head
        m = self.index.at(place)
        if m is None or not m.locative or place.dep_ != "pobj" or place.head.head.i == place.head.i:
            return []
        owner = place.head.head  # "ISIS in Afghanistan", or "destroying ISIS in Afghanistan"
        owners = [o for o in owner.children if o.dep_ == "dobj" and o.i < place.i and owner.pos_ == "VERB"]
        return [a for o in owners or [owner] for a in self.actors_at(o)]

    def _destination(self, verb: Token, travellers: list[str]) -> list[str]:
        """ "X arrived in Pakistan for talks", "flew to Kyiv for a meeting": the state a traveller
        went to hosts the meeting; the traveller is the one who came."""
        if not travellers or verb.lemma_.lower() not in self.roles.travel_verbs or verb.i in self.positions:
            return []  # ("flew to Moscow for talks": the flight is the visit, an event of its own)
        return [
            a
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.actors_at(p)
            if a not in travellers
        ]

    def named_owner(self, tok: Token, source: list[str]) -> bool:
        """An event noun whose owner is named, not a pronoun ("Russia's aggression"): the owner did it,
        a deed even with no one named it is aimed at."""
        return tok.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "poss" and c.pos_ != "PRON" and (m := self.index.at(c)) is not None and m.key in source
            for c in tok.children
        )

    def stated_stance(self, tok: Token, source: list[str]) -> bool:
        """An event noun of a named owner that a verb of saying again or stressing takes as its object
        ("reiterated the United States' concern", "emphasized Britain's commitment"): the owner's own
        stated stance, an event even with no one named it is aimed at."""
        verb = tok.head
        return (
            tok.dep_ == "dobj"
            and verb.lemma_.lower() in self.lex.expressing_verbs | self.lex.stressing_verbs
            and self.named_owner(tok, source)
        )

    def _aimed_at(self, tok: Token, target: list[str]) -> bool:
        """Whether the event word names a target with a preposition that aims it ("war against X",
        "a campaign on X"), not one of a mutual deed ("fighting with X")."""
        return bool(target) and any(a in target for a in self.prep_actors(tok, self.roles.aimed_preps))

    def _hyphen_pair(self, c: Token) -> list[str]:
        """The other side of a hyphenated pair the parse hangs on one name ("the Israel-Hamas war")."""
        return [
            k
            for cc in c.children
            if cc.dep_ == "compound" and cc.i < c.i and self.doc[cc.i + 1].text == "-"
            for k in self.actors_at(cc)
        ]

    def _guest_first(
        self, verb: Token, spec: Trigger, hosts: list[str], guests: list[str]
    ) -> tuple[list[str], list[str]]:
        """A host verb's roles turned round ("X received Y", "Y was hosted by X": Y visits X, so Y is
        the source and X the target); the place a guest is welcomed to stays the host's side ("welcomed
        Y to Paris"). Other verbs' roles as they are."""
        if not (spec.hosts and hosts and guests):
            return hosts, guests
        places = self.prep_actors(verb, ("to", "in", "at"))
        came = [k for k in guests if k not in places]
        return came or hosts, uniq(hosts + [k for k in guests if k in places])

    def _deed_doers(self, n: Token) -> list[str]:
        """Who would do the deed a noun names: its owner or a name before it ("Israel's attack", "any
        Israeli attack"), or the object of its "from" or "by" ("attacks from the North")."""
        spec = self.positions.get(n.i)
        out = [
            a
            for c in n.children
            if c.dep_ in ("poss", "amod", "compound") and not self.struck_place(c, spec)
            for a in self.actors_at(c)
        ]
        return out + self.prep_actors(n, ("from", "by"))

    def _light_to(self, phrase: Token) -> bool:
        """The noun is the object of a light verb's "to", "on" or "upon" ("agreed to a truce")."""
        return (
            phrase.dep_ == "pobj"
            and phrase.head.lower_ in ("to", "on", "upon")
            and phrase.head.head.pos_ == "VERB"
            and phrase.head.head.lemma_.lower() in self.lex.light_verbs
        )

    def _light_subjects(self, verb: Token, spec: Trigger) -> tuple[list[str], list[str]]:
        """Source and target of an event noun in the "to" or "on" phrase of a light verb, from the
        verb's subject: who "agreed to a truce" makes it; who "agreed to a demand" or "a request" is
        asked, not the asker; what "led to protests" brought them about and does not do them, and an
        event against someone is against its owner ("X's overthrow of Y led to protests": against X)."""
        subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
        if verb.lemma_.lower() in self.lex.result_verbs:
            hostile = plover_scheme().sign(spec.plover) < 0 and not self.lex.rules(spec.plover).deed
            return [], [a for s in subjects for a in self._deed_doers(s)] if hostile else []
        if self.lex.rules(spec.plover).demand:
            return [], self.subjects(verb)
        return self.subjects(verb), []

    def _agent_below(self, n: Token) -> list[str]:
        """ "an attack on a military post by members of X": the parser may hang the agent's "by" on the
        noun of a phrase inside the event noun's own; it is still the agent of the event."""
        for prep in n.children:
            if prep.dep_ != "prep" or prep.lower_ == "by":
                continue
            for obj in (p for p in prep.children if p.dep_ == "pobj" and self._agentless(p)):
                for by in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
                    found = [a for p in by.children if p.dep_ == "pobj" for a in self.actors_at(p)]
                    if found:
                        return found
        return []

    def _agentless(self, obj: Token) -> bool:
        """A noun whose "by" may name the agent of the event word above it: no actor, and not a noun for
        a deed of its own ("support for efforts by X": X's efforts, not X's support)."""
        return self.index.at(obj) is None and obj.lemma_.lower() not in self.lex.conduct_nouns

    def _demonym_before(self, tok: Token) -> list[str]:
        """The state or group whose demonym stands right before a deed word the parse gave no agent
        ("killed in Russian shelling", "the Pakistani strikes"): it did the deed."""
        m = self.index.at(self.doc[tok.i - 1]) if tok.i > 0 else None
        if m is None or m.how != "demonym" or m.end != tok.i or m.modifier:
            return []
        return [m.key] if self.index.actors[m.key].kind in ("state", "group") else []

    def _by_after(self, noun: Token) -> Token | None:
        """ "condemned the detentions of 12 staff members by the Houthis": a "by" after a deed noun, in
        the same stretch of nouns (no verb between), that the parser hung elsewhere; None if none. The
        stretch is measured in words other than names and brackets ("the attack on <a long name>
        (MONUSCO) and <another> (FARDC) positions by the M23")."""
        words = 0
        for t in noun.doc[noun.i + 1 : noun.sent.end]:
            described = t.tag_ == "VBG" and t.dep_ == "acl"  # "a satellite using missile technology by X"
            if t.pos_ in ("VERB", "AUX") and not described or t.text in (";", ":") or t.i in self.positions:
                return None
            if t.lower_ == "by" and t.dep_ in ("prep", "agent"):
                return t
            words += not (t.is_bracket or t.pos_ == "PROPN" or self.index.at(t) is not None)
            if words >= 24:
                return None
        return None

    def _agents_after(self, noun: Token, spec: Trigger) -> tuple[list[str], list[str]]:
        """The agents that "by" phrase names, and the side a name's own phrase aims the deed at
        ("an invasion by Russia of Ukraine": the parser hangs "of Ukraine" on Russia)."""
        by = self._by_after(noun)
        objs = [p for p in by.children if p.dep_ == "pobj"] if by is not None else []
        agents = [a for p in objs for a in self._agent_at(p)]
        named = [p for p in objs if (m := self.index.at(p)) is not None and m.end == p.i + 1]
        aimed = [
            a
            for p in named
            for c in p.children
            if c.dep_ == "prep" and c.lower_ in spec.target_preps
            for o in c.children
            if o.dep_ == "pobj"
            for a in self._pobj_actors(o, spec)
            if a not in agents
        ]
        return agents, aimed

    def _weapon_owner(self, verb: Token, spec: Trigger) -> list[str]:
        """Whose the weapon or strike that did a deed is, when it is the verb's subject: "a Russian
        missile struck X" (Russia), "Israeli airstrikes hit Y", "a drone launched by X hit Y"."""
        if not self.lex.rules(spec.plover).deed:
            return []
        out: list[str] = []
        for s in verb.children:
            if s.dep_ != "nsubj" or s.lemma_.lower() not in self.roles.weapons:
                continue
            for c in s.children:
                owner = c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < s.i
                if owner and self.index.at(c) is not None and not self.struck_place(c, spec):
                    out += self.actors_at(c, conj=False)
                elif c.dep_ == "acl" and c.tag_ == "VBN":
                    out += self._agents(c)
        return uniq(out)

    def _side_named(self, n: Token) -> list[str]:
        """The actors a noun's own modifiers name ("the Iranian side", "Ecuadorean security forces",
        "Russia's troops"); a bare "the troops" names none."""
        return uniq(
            [
                m.key
                for c in n.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                and c.i < n.i
                and (m := self.index.at(c)) is not None
            ]
        )

    def initiated(self, tok: Token, participants: list[str]) -> list[str]:
        """The parties of a meeting that sought it ("had a telephone conversation with X at the
        Iranian side's initiative", "met Y at the invitation of X"): the side named with an initiative
        noun, read as one of the parties or the state it is of; [] where none is named."""
        holders = [tok] + ([tok.head] if tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") else [])
        sides: list[str] = []
        for c in (c for h in holders for c in h.children):
            if c.dep_ != "prep" or c.lower_ not in ("at", "on", "upon"):
                continue
            for n in prep_objects(c):
                if n.lemma_.lower() not in self.roles.initiative_nouns:
                    continue
                named = [p for p in n.children if p.dep_ == "poss"]
                named += [
                    p for o in n.children if o.dep_ == "prep" and o.lower_ == "of" for p in prep_objects(o)
                ]
                sides += [a for p in named for a in self.actors_at(p) or self._side_named(p)]
        lead = [k for k in participants if k in sides or self.index.actors[k].affiliation in sides]
        return lead if len(lead) < len(participants) else []

    def doers(self, verb: Token) -> list[str]:
        """Who does a deed whose participle stands before a noun for those who act with force
        ("invading Russian forces", "the attacking troops"): the forces' side. The parser may read the
        participle as a gerund with the noun its object; as the agent of a passive ("atrocities
        committed by invading Russian forces") the phrase can only name who did it."""
        noun = verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "agent" and verb.tag_ == "VBG":
            objs = [o for o in verb.children if o.dep_ == "dobj" and o.i > verb.i]
            if len(objs) != 1 or any(c.dep_ == "det" for c in objs[0].children):
                return []
            noun = objs[0]
        elif verb.dep_ != "amod" or verb.tag_ != "VBG" or verb.i > noun.i:
            return []
        if noun.lemma_.lower() not in self.roles.doer_nouns:
            return []
        return self._side_named(noun)

    def movers(self, noun: Token, of: Token) -> list[str]:
        """Who moves in a movement an "of" phrase names the forces of ("the withdrawal of U.S. troops",
        "the entry of Ecuadorean security forces into the embassy"); [] for other nouns and phrases."""
        if noun.lemma_.lower() not in self.roles.mover_nouns:
            return []
        return [
            a
            for p in prep_objects(of)
            if p.lemma_.lower() in self.roles.doer_nouns
            for a in self._side_named(p)
        ]

    def each_other(self, d: Draft) -> list[Draft]:
        """ "X and Y accused each other", "both sides blamed the other": each did it to the other, two
        directed events. ("the other" as the object itself, not "the other parties".)"""
        tok = self.doc[d.token]
        if d.spec.symmetric or len(d.source) < 2 or d.target or not self.mutual(tok):
            return [d]
        return [replace(d, source=[k], target=[o for o in d.source if o != k]) for k in d.source]

    def mutual_pair(self, tok: Token) -> list[str]:
        """Who does a mutual deed whose words name no one ("X and Y clashed, each side blaming the
        other", "the countries accuse each other"): the pair named last, each doing it to the other
        (``each_other``); none for another deed."""
        return self.pair_before(tok.i) if self.mutual(tok) else []

    def mutual(self, tok: Token) -> bool:
        """The word is done by each of its doers to the other ("accused each other", "blamed the
        other", "accused one another")."""
        near = [c for c in tok.children] + [g for c in tok.children if c.dep_ == "prep" for g in c.children]
        heads = {tok.i, *(c.i for c in tok.children if c.dep_ == "prep")}
        return any(
            t.lower_ in ("other", "another")
            and (
                any(c.lower_ in ("each", "one") for c in (*t.children, t.doc[t.i - 1]))
                or t.doc[t.i - 1].lower_ == "the" and t.dep_ in ("dobj", "pobj") and t.head.i in heads
            )
            for n in near
            for t in (n, *n.children)
        )

    def names_fighters(self, m) -> bool:
        """A state named on the fighters who fight it: "Niger rebels", "Syrian insurgents" are not the
        state's own."""
        if self.index.actors[m.key].kind != "state" or m.end >= len(self.doc):
            return False
        nxt = self.doc[m.end]
        while nxt.i + 1 < len(self.doc) and nxt.lower_ in self.words.armed_words:
            nxt = self.doc[nxt.i + 1]  # "Nigerian armed group", "Syrian Islamist militants"
        fighters = self.words.armed_group_nouns
        # ("Russian fighter jets" are the state's)
        weapons = nxt.dep_ == "compound" and nxt.head.lower_ in self.roles.state_agents
        return nxt.lower_ in fighters and not weapons


def prep_objects(prep: Token) -> list[Token]:
    """A preposition's objects, and those of one joined to it ("to the families and to the people")."""
    joined = [p for p in prep.children if p.dep_ == "conj" and p.pos_ == "ADP"]
    return [o for p in (prep, *joined) for o in p.children if o.dep_ == "pobj"]
