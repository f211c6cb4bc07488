"""Event mentions: each trigger becomes a draft event with its sense, roles (kg.extract.roles), evidence
and attributes (numbers, place), sentence by sentence in reading order, so that "the two men", "they" and
"these attacks" refer back to what came before. Words part of another event ("refused to accept") are
absorbed into it; a promise takes the type of what it promises ("pledged aid": AID). The fourth pass."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.tokens import Token

from kg.extract import requests
from kg.extract.backoff import Backoff
from kg.extract.circumstances import in_circumstance
from kg.extract.commenters import only_speaks_of
from kg.extract.conditions import deterrent, threat_conditions, ultimatum
from kg.extract.crowds import crowd_parties, protest_demands
from kg.extract.demands import ending_demands, refused_requests
from kg.extract.elaboration import elaborate
from kg.extract.groups import demonstration_target, protesters_key
from kg.extract.joint_deeds import joint_deed
from kg.extract.judgements import judgements
from kg.extract.lexicon import Trigger
from kg.extract.parties import complete
from kg.extract.places import event_place
from kg.extract.press import press_apart, speaks_to_press, without_press
from kg.extract.promises import agreed_work, joint_promise
from kg.extract.quantities import quantities_of
from kg.extract.reference import uniq
from kg.extract.requests import asked_for, asked_to_say, clause_subject, necessity_clause, sides_named
from kg.extract.roles import RoleReader
from kg.extract.senses import acts_as_verb, matches, to_infinitive
from kg.extract.speakers import reported_on, speaker_of
from kg.extract.speech import has_future_aux, refuses
from kg.extract.state import DocState, Draft, SentenceTriggers
from kg.extract.statements import adopt, deny_claims, implied_accusations
from kg.extract.venues import meeting_parties
from kg.extract.verdicts import verdicts
from kg.model import Mention
from kg.plover import plover_scheme

#: Dependencies climbed from an event word to the event word it may be part of.
_ABSORB_DEPS = ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "compound")


class EventDrafter(RoleReader, Backoff):
    """Drafts the event mentions of a document, sentence by sentence."""

    def __init__(self, state: DocState) -> None:
        super().__init__(state)
        self.text = state.doc.text
        self.ents = list(state.doc.ents)
        self.headline = False

    def drafts(self, st: SentenceTriggers) -> list[Draft]:
        triggers = st.triggers
        positions = st.positions
        self.positions = positions
        self.headline = st.headline
        self.note_pairs(st.span)
        sentence = st.sentence
        by_token: dict[int, Draft] = {}
        absorbed: list[tuple[Draft, int, bool]] = []
        adopted: dict[int, Trigger] = {}
        undrafted: list[tuple[Token, Trigger]] = []
        for tok, spec in triggers:
            owner = self._part_of(tok, spec, positions)
            if owner is not None and positions[owner.i].adopts:
                adopted[owner.i] = spec  # the last, most embedded: "vowed to help defend"
        for tok, spec in triggers:
            d = self._draft(tok, spec, sentence)
            if d is None and spec.needs_target:
                # "welcomed the ceasefire": not a visit (no guest), so the next sense ("welcomed": praise)
                for alt in matches(self.lex, tok):
                    if alt is not spec and alt.plover != spec.plover:
                        d = self._draft(tok, alt, sentence)
                        if d is not None and not (d.target or alt.symmetric or self._of_event(tok)):
                            d = None  # a fallback sense needs someone or some event it is directed at
                        if d is not None:
                            positions[tok.i] = spec = alt
                            break
            if d is None:
                undrafted.append((tok, spec))
                continue
            if spec.adopts and tok.i not in adopted and not d.target and len(d.participants) < 2:
                continue  # "the militia swore to stay the course": a promise of no event, to no one
            if tok.i in adopted:
                adopt(d, adopted[tok.i], self.lex)
            owner = self._part_of(tok, spec, positions)
            if owner is not None:
                absorbed.append((d, owner.i, adopted.get(owner.i, positions[owner.i]).plover == spec.plover))
                continue
            by_token[tok.i] = d
            persons = [
                k
                for k in d.participants
                if self.index.actors.get(k) and self.index.actors[k].kind == "person"
            ]
            if len(persons) >= 2 and self.lex.rules(d.plover).gathers:
                self.last_group = persons
        for d, owner, same in absorbed:
            host = by_token.get(owner)
            if host is None:
                if same:  # "will release hostages, while Israel will free prisoners": a story of its own
                    by_token[d.token] = d
                continue
            host.absorbed.append(d)
            if same:
                host.participants = uniq(host.participants + d.participants)
                if not (host.adopted or host.spec).symmetric:  # "vowed retaliation against Israel"
                    host.target = uniq(host.target + [k for k in d.target if k not in host.source])
                if not host.is_verb or d.event_class in ("Videoconference", "PhoneCall"):
                    host.event_class, host.mode = d.event_class or host.event_class, d.mode or host.mode
            else:
                extra = [k for k in d.target + d.participants if k not in host.source and k not in d.source]
                if not host.spec.symmetric:
                    host.target = uniq(host.target + extra)
                host.participants = uniq(host.participants + extra)
                host.event_class = host.event_class or d.event_class
        drafted = [x for d in by_token.values() for x in self.each_other(d)]
        promised = [y for x in drafted for y in joint_promise(self.lex, x, self.doc, self.actors_at)]
        promised = [y for x in promised for y in joint_deed(self.lex, x, self.doc, self.actors_at)]
        drafted = elaborate(promised, self.doc)
        drafted = verdicts(self, st, judgements(self, st, deny_claims(self, st, drafted)))
        # "the regime must end its repression", "ignored calls by X for a ceasefire"
        demands = ending_demands(self, st, drafted) + refused_requests(self, st, drafted)
        out = sorted([*drafted, *demands, *implied_accusations(self, st, drafted)], key=lambda d: d.token)
        out = [d for d in out if asked_to_say(self.doc[d.token], d.spec, positions, self.lex) is None]
        loose = [(t, s) for t, s in undrafted if self._absorber(t, s, positions) is None]
        out = complete(self.state, st, out, loose, self._span_of, partial(self._backoff, st))
        # "told reporters on a call", "spoke to the BBC": talk with the press alone is no meeting
        out = [
            d
            for d in out
            if not (d.spec.symmetric and len(d.participants) < 2 and speaks_to_press(self, self.doc[d.token]))
            and not (d.spec.mutual and len(d.participants) < 2)  # "the president spoke again": a speech
        ]
        for d in out:
            without_press(d, self.index.media)
        self.history.extend(out)
        for d in out:
            d.subordinate = self._subordinate(d)
        return out

    def _of_event(self, tok: Token) -> bool:
        """Its object is an event word ("welcomed the release")."""
        return any(c.dep_ == "dobj" and c.i in self.positions for c in tok.children)

    def _parsed_roles(self, tok: Token, spec: Trigger):
        """Source, target and parties of an event word as its parse gives them."""
        if self.headline and tok.pos_ == "PROPN" and spec.pos == "VERB":
            return self._flat_roles(tok)
        if acts_as_verb(tok) or tok.pos_ == "ADJ":
            return self._verb_roles(tok, spec)
        return self._noun_roles(tok, spec)

    def _named_agent(self, c: Token) -> bool:
        """The word is the agent of its verb, or a subject that may name one ("they", "Moscow",
        "people"); a subject that is a thing ("the measures will freeze ...") names none."""
        if c.dep_ == "agent":
            return True
        if c.dep_ != "nsubj":
            return False
        agents = self.words.people_words | self.roles.collectives | self.roles.state_agents
        return c.pos_ != "NOUN" or bool({c.lower_, c.lemma_.lower()} & agents)

    def _subordinate(self, d: Draft) -> bool:
        """An event inside "after ...", "before ...", "since ..." has a time of its own."""
        tok = self.doc[d.token]
        own = self.words.own_time_marks
        for anc in tok.ancestors:
            if anc.lower_ in own or anc.lower_ in ("than", "during") or anc.dep_ in ("relcl", "acl"):
                return True
        return any(c.dep_ == "mark" and c.lower_ in own for c in tok.children)

    def _part_of(self, tok: Token, spec: Trigger, positions: dict[int, Trigger]) -> Token | None:
        """The event word this one is part of (``_absorber``), unless it lies in a phrase of that word's
        circumstances ("pledged support in the face of an assault": the assault is not pledged)."""
        owner = self._absorber(tok, spec, positions)
        return None if owner is None or in_circumstance(tok, owner, self.words) else owner

    def _absorber(self, tok: Token, spec: Trigger, positions: dict[int, Trigger]) -> Token | None:
        """The event word this one is part of: "refused to accept", "talk by video link",
        "agreed to meet to discuss", "were killed in the shelling"."""
        for prep in tok.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "during", "through"):
                for p in prep.children:
                    other = positions.get(p.i)
                    same = other is not None and other.plover == spec.plover
                    if p.dep_ == "pobj" and same and self.lex.rules(spec.plover).nests:
                        return p
        told = asked_to_say(tok, spec, positions, self.lex)
        if told is not None:
            return told  # "X should make clear that violence is unacceptable": what X is to say
        needs = positions.get(tok.head.i)
        if needs is not None and needs.impersonal and necessity_clause(tok.head) == tok:
            return tok.head  # "there is a need for X to withdraw": the withdrawal is what is asked
        asker = requests.asked_with(tok, spec, positions, self.lex)
        if asker is not None:
            return asker  # "urged X to stop the attacks and withdraw": the withdrawal is asked too
        cur, purpose = tok, False
        for step in range(4):
            if cur.head.i == cur.i or cur.dep_ not in _ABSORB_DEPS:
                return None
            via = cur.dep_
            purpose = purpose or via == "advcl"  # "committed to work together to deliver a summit"
            cur = cur.head
            other = positions.get(cur.i)
            if other is None:
                # "it is vital that X release them": what a word of necessity said of "it" needs
                needs = [a for a in cur.children if a.dep_ == "acomp" and a.i in positions]
                if needs and asked_for(tok, needs[0], spec, positions, self.lex):
                    return needs[0]
                continue
            agreed = acts_as_verb(cur) and agreed_work(self.lex, tok, spec, other)
            if not purpose and (other.absorbs or agreed):
                return cur  # "refused to accept"; "agreed to work together": the agreement alone
            if asked_for(tok, cur, spec, positions, self.lex):
                return cur
            if (
                step == 0
                and other.plover == spec.plover
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                and (
                    via in ("xcomp", "advcl", "compound")  # "bombing raids": one event
                    or self.lex.rules(spec.plover).talks
                    and tok.head.lower_ in ("via", "by", "over")
                )
            ):
                return cur
        return None

    def _blamed_deed(self, tok: Token, rules) -> bool:
        """A deed a statement condemns happened, whoever did it ("condemned the attack on the convoy",
        "alarmed at the assault on the city", "concern over the shelling")."""
        if not rules.deed or acts_as_verb(tok):
            return False
        head = tok.head
        if tok.dep_ == "pobj" and (head.lower_ in ("of", "for") or head.lower_ in self.lex.concern_preps):
            head = head.head  # "his condemnation of the attack"
        elif tok.dep_ != "dobj":
            return False
        other = self.positions.get(head.i)
        return other is not None and self.lex.rules(other.plover).blame

    def _impersonal(self, tok: Token, spec: Trigger) -> bool:
        """A predicate adjective whose subject is no actor: "it" ("it is imperative that ...") or a
        thing ("a ceasefire is imperative"); not "X is committed to ...", whose subject holds it."""
        if spec.impersonal:
            return necessity_clause(tok) is not None  # "it is vital that ...", "there is a need to ..."
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp":
            return False
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "expl")]
        return bool(subjects) and all(
            c.lower_ == "it" or c.pos_ in ("NOUN", "PROPN") and self.index.at(c) is None for c in subjects
        )

    def _asked_impersonally(self, tok: Token) -> list[str]:
        """Those an impersonal demand is of: the actors named in its subject ("implementation by X")
        and in the subject of its clause ("that X and Y work together")."""
        words = [t for c in tok.head.children if c.dep_ == "nsubj" and c.lower_ != "it" for t in c.subtree]
        # (the clause's words before its head: its subject, however the parse hung it)
        need = necessity_clause(tok)
        clauses = [c for c in (*tok.head.children, *tok.children) if c == need or c.dep_ == "ccomp"]
        words += [t for c in clauses for t in c.subtree if t.i < c.i]
        found = []
        for t in words:
            m = self.index.at(t)
            if m is not None and not (m.modifier or m.locative):
                found.append(m.key)
        subject = clause_subject(need) if need is not None else None
        if subject is not None:
            found += self.actors_at(subject)  # "for the government and the parties to work together"
        return uniq(found)

    def _span_of(self, tok: Token, spec: Trigger) -> tuple[int, int]:
        start = tok.i - len(spec.prefix)
        return self.doc[start].idx, tok.idx + len(tok.text)

    def _draft(self, tok: Token, spec: Trigger, sentence) -> Draft | None:
        is_verb = acts_as_verb(tok)
        requester = None if is_verb or not self.lex.rules(spec.plover).demand else self._requester(tok)
        if requester is not None:
            source, target, between = requester[0], requester[1], []
        elif self.headline and tok.pos_ == "PROPN" and spec.pos == "VERB":
            source, target, between = self._flat_roles(tok)
        elif is_verb or tok.pos_ == "ADJ":
            source, target, between = self._verb_roles(tok, spec)
        else:
            source, target, between = self._noun_roles(tok, spec)
            source = uniq(self.voicers(tok, spec, source) + source)  # "he reiterated U.S. support"
        rules = self.lex.rules(spec.plover)
        if rules.symmetric and not (source or target or between):
            between = meeting_parties(self, tok)  # "the partnership agreed at the UK-France Summit"
        if not (source or target or between) and is_verb and not spec.symmetric:
            source = self.mutual_pair(tok)  # "each side blamed the other" (kg.extract.agency)
        if not target and rules.speech_act and not rules.symmetric:
            # "expressed concern that X continues", "claimed that X had", "asked that X": whom it is about
            target = self._clause_subjects(tok)
        if rules.by_protesters and not source and not is_verb:
            # "days of protests in Nicaragua", "protests against the president": by the text's
            # protesters, at the state where they happen; only an event aimed or placed somewhere
            target = target or self._place_in_phrase(tok)
            source = [protesters_key(self.state)] if target else []
        if rules.by_protesters and not target:
            target = demonstration_target(self.state, tok, source)  # "protesters filled the streets of Kyiv"
        if rules.crowd_target and not (source and target):  # "fired on the crowd", "a crackdown on protests"
            source, target = crowd_parties(self.state, tok, source, target, is_verb, self._place_in_phrase)
        if not (source or target or between) and not is_verb:
            # "the vicious attack in Iraq", "pardons of activists in Egypt": the state where it happened
            where = self._place_in_phrase(tok)
            if rules.place_target:
                target = where
            elif rules.place_agent:
                source = where  # a release or a protest in a state is that state's (or its people's)
            else:
                between = where
        clause = tok if is_verb else tok.head
        official = rules.official and self.publisher.readout and self.publisher.country
        if not is_verb and (tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            official = False  # "all foreign funding has to stop", "short of support": nobody's in particular
        if not source and official and not any(self._named_agent(c) for c in clause.children):
            # "sanctions were imposed on X", "the measures will freeze X's assets" in the publisher's
            # own statement: the publisher's
            source = self._publisher_state()
        accused = self._accused(tok) if not self.lex.rules(spec.plover).blame else []
        if rules.complicit and self._backs_a_hostile_deed(tok):
            return None  # "fined for aiding the blockade": complicity, not an endorsement
        if accused and rules.alleged:
            return None  # "accused Baku of sponsoring the gunmen": what the accusation says
        if accused:
            # "Sharif accused India of striking ...": India strikes; the accuser only says so
            source = accused
            target = [k for k in target if k not in accused]
        if rules.demand and self._impersonal(tok, spec):
            # "it is imperative that X and Y work together", "full implementation by X is imperative":
            # no one in the sentence asks; the speaker (else the statement's voice) asks it of them all
            speaker = speaker_of(self, tok)
            asked = uniq(source + target + self._asked_impersonally(tok))
            clause = necessity_clause(tok) if spec.impersonal else None
            subject = clause_subject(clause) if clause is not None else None
            if subject is not None and not asked:
                return None  # "it is critical that the deal brings relief": no party is told
            source = [speaker] if speaker else reported_on(self, tok) or self._publisher_voice(tok)
            target = [k for k in asked if k not in source]
        elif spec.modal:
            # "X must stop": the speaker (else the publisher's country) demands it of X
            speaker = speaker_of(self, tok)
            people = self.roles.collectives | self.roles.state_agents
            preps = self.lex.speaker_preps
            sides = [p for c in tok.children if c.dep_ == "nsubj" for p in sides_named(c, people, preps)]
            target, source = (
                # "the hostages must be released": asked on their behalf; "leaders in X should ...": of X
                source or target or [a for p in sides for a in self.actors_at(p)],
                [speaker] if speaker else self._publisher_voice(tok),
            )
        conditions = threat_conditions(tok, self.positions, rules, spec.plover, spec.future)
        threatened = [a for c in conditions for a in self.subjects(c)]
        threat = bool(conditions) and plover_scheme()[spec.plover].quad != "VerbalCooperation"
        deterred = threat and deterrent(conditions, self.positions)  # "we will strike back if attacked"
        if threat and (threatened or rules.promised_harm or ultimatum(conditions) or deterred):
            # "will withdraw its troops unless Iraq pays": what is done unless the other complies is a
            # threat to the other; force on a condition no party is to meet stays what it is ("the
            # strikes will continue until the targets are destroyed")
            harm = self.lex.type_with("promised_harm")
            spec = replace(
                spec, plover=harm, cameo=plover_scheme().root_of(harm), event_class="Threat", mode=None,
                needs_target=spec.needs_target and not deterred,
            )
            target = target + threatened
            if not source and tok.pos_ == "NOUN":  # "more sanctions will come unless X ...", said by Y: Y's
                source = [k for k in [speaker_of(self, tok)] if k]
        if (spec.existential or spec.answers) and not source:  # "there will be consequences", "any
            # attack will be met with force", said by Y: Y's threat
            source = [k for k in [speaker_of(self, tok)] if k]
        source = source or (self._demonym_before(tok) if rules.deed else [])  # "in Russian shelling"
        if rules.deed:  # who only speaks of a deed does not do it ("Council Condemns Attack in X")
            source = [k for k in source if not only_speaks_of(self.index, k, tok, self.positions, self.lang)]
        source, target, between = press_apart(source, target, between, self.index.media, spec.plover)
        source, target, between = uniq(source), uniq(target), uniq(between)
        target = [k for k in target if k not in source]
        owned = rules.deed and self.named_owner(tok, source)  # "Russia's aggression": Russia's deed
        owned = owned or self.stated_stance(tok, source)  # "reiterated the UK's concern about X"
        if spec.needs_target and not (target or between or accused or owned or refuses(tok, self.lang)):
            return None
        symmetric = spec.symmetric
        if symmetric and not is_verb and len(uniq(source + between + target)) < 2:
            between += self._antecedent(tok, spec)
            if not source + between + target and rules.deed and not spec.needs_target:
                between += self.pair_before(tok.i)  # "India and Pakistan ... reports of skirmishes"
        if symmetric:
            participants = uniq(source + between + target)
            if len(participants) == 1 and not is_verb and tok.dep_ in ("pobj", "dobj"):
                participants = uniq(participants + self._governing_subject(tok))
            if (
                len(participants) < 2
                and not is_verb
                and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
                and not self._body_meets(tok, participants)
            ):
                return None
            if not self.lex.rules(spec.plover).symmetric:
                if self._aimed_at(tok, target):
                    # one wages it on the other ("Russia's war against Ukraine"); "the war against X": not X
                    source = source or [k for k in participants if k not in target][:1]
                else:
                    # a mutual deed ("clashes between X and Y", "X fought Y"): led, as event coders read
                    # it, by the side named first (the subject, else the first of "between X and Y")
                    source, target = participants[:1], participants[1:]
            elif spec.event_class == "Visit" and source and not set(source) & set(target):
                pass  # a visit is the visitor's: "X's visit to Y", "a visit by X"
            elif participants == source:
                pass  # "X and Y agreed to ...", "X repeated its pledge": each did it, at no one
            elif not (source and target and not set(source) & set(target)):
                # "talks between X and Y": nobody leads; "X met Y", "X called Y", "X held talks with
                # Y", "X discussed it in a call with Y": X did
                source, target = [], []
            source, target = self._guest_first(tok, spec, source, target)
            if lead := self.initiated(tok, participants):  # "at the Iranian side's initiative"
                source, target = lead, [k for k in participants if k not in lead]
        else:
            participants = uniq(source + target + between)
        speaker = speaker_of(self, tok)
        if (
            speaker
            and not source
            and target
            and not symmetric
            and not spec.modal
            and speaker not in target
            and self.lex.rules(spec.plover).speech_act
        ):
            source = [speaker]
            participants = uniq([speaker] + participants)
        elif (
            speaker
            and not participants
            and plover_scheme()[spec.plover].quad == "MaterialCooperation"
            and any(has_future_aux(t, self.lang) for t in (tok, tok.head))
        ):
            # "X said the security guarantees would include a force": what X's side offers, with no
            # agent of its own, is X's
            source, participants = [speaker], [speaker]
        if not participants:
            return None
        if not source and not spec.symmetric and rules.agent_needed and not self._blamed_deed(tok, rules):
            return None  # "in need of aid", "the threat posed to Somalia": no one gives or threatens
        if spec.breadth and not (source and (target or between)):
            return None
        start, end = self._span_of(tok, spec)
        d = Draft(
            spec=spec,
            plover=spec.plover,
            cameo=spec.cameo,
            event_class=spec.event_class,
            mode=spec.mode,
            trigger=Mention(start, end, self.text[start:end], sentence.index),
            sentence=sentence,
            token=tok.i,
            participants=participants,
            source=source,
            target=target,
            is_verb=is_verb,
            requested=requester is not None,
            adopted=spec if threat else None,
            # "resolve to support Ukraine", "steps to end the war": an aim, an event only if it happened;
            # not what a noun of promising or planning says will be done ("the pledge to withdraw")
            purpose=is_verb
            and tok.dep_ in ("advcl", "acl")
            and to_infinitive(tok)
            and not (tok.dep_ == "acl" and self.lang.modality.governors.get(tok.head.lemma_) == "planned"),
        )
        if spec.joint_work_as and is_verb and self._bare_infinitive_subjects(tok):
            d.plover, d.cameo, d.event_class = spec.joint_work_as  # "helped Iran build the plant"
            d.mode = None
        if spec.aimless_as and not target:
            d.plover, d.cameo, d.event_class, d.mode = spec.aimless_as  # "fired a missile into the sea"
        d.speaker = speaker if speaker not in source else None
        # "the talks", "their meeting" point back; "the G20 summit" is named by its own name
        named = any(c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" for c in tok.children)
        pointing = {"this", "that", "these", "those"} | (set() if named else {"the"})
        d.anaphoric = not is_verb and any(
            c.dep_ == "poss" and c.pos_ == "PRON" or c.dep_ == "det" and c.lower_ in pointing
            for c in tok.children
        )
        d.quantities = quantities_of(tok, self.lang, self.ents)
        d.place = event_place(tok, self.lang, self.index, participants, spec.target_preps)
        return d


def draft_events(state: DocState) -> None:
    """Pass: the event mentions of every sentence (``state.drafts``)."""
    drafter = EventDrafter(state)
    for st in state.triggers:
        state.drafts.extend(drafter.drafts(st))
    protest_demands(state)  # "marched ... demanding reforms": what the protest is for
