"""Event triggers to events: type from the lexicon, roles from the dependency parse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorIndex, Publisher, Roles
from kg.extract.dates import resolve, shift
from kg.extract.lexicon import Lexicon, Trigger, headline_match, match, matches, titlecase
from kg.extract.modality import modality_of
from kg.extract.places import place_of
from kg.extract.quantities import quantities_of
from kg.model import Mention, Quantity, Sentence

_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "dative", "iobj", "oprd")
_INHERIT = ("xcomp", "conj", "advcl", "pcomp", "relcl")
_RELATIVE = {"who", "which", "that", "whom"}
_DATE_WORDS = {"overnight", "yesterday", "today", "tonight", "tomorrow"}
_AFTER = re.compile(r"^(a|one|two|three|four|five|six|\d+) (day|days)$")
_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Heads of "both sides", "the two countries": a pair of parties, not of people.
_PARTY_WORDS = {
    "sides",
    "countries",
    "nations",
    "governments",
    "parties",
    "neighbours",
    "neighbors",
    "belligerents",
}
#: People of a place: "civilians in Lebanon" stand for the state.
_PEOPLE = {"civilians", "citizens", "nationals", "people", "residents", "population", "refugees", "children"}
#: Nouns a named armed group or movement stands before ("the M23 rebel group").
_GROUP_NOUNS = {
    "group",
    "movement",
    "militia",
    "faction",
    "organisation",
    "organization",
    "alliance",
    "rebels",
}
#: Types whose agent may be the speaker of reported speech when the clause names none.
_SPEECH_ACTS = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONCEDE", "CONSULT"}


@dataclass
class Draft:
    """One event mention, before repeated mentions are merged."""

    spec: Trigger
    plover: str
    cameo: str
    event_class: str | None
    mode: str | None
    trigger: Mention
    sentence: Sentence
    token: int
    participants: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    modality: str = "asserted"
    date: str | None = None
    date_text: str | None = None
    speaker: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    place: str | None = None
    is_verb: bool = False
    anaphoric: bool = False
    subordinate: bool = False
    #: a present-tense headline ("EU Agrees New Sanctions"): it reports what the body tells
    headline: bool = False


def share_sentence_dates(drafts: list[Draft]) -> None:
    """Undated events of a sentence happen when its dated main event does ("When they met last week,
    X refused ...")."""
    dated = [
        d
        for d in drafts
        if d.date
        and d.modality == "asserted"
        and not d.subordinate
        and not _AFTER.match((d.date_text or "").lower())
    ]
    for d in drafts:
        if d.date is None and d.modality == "asserted" and dated and not d.subordinate:
            d.date, d.date_text = dated[0].date, dated[0].date_text


def _adopt(d: Draft, what: Trigger) -> None:
    """A promise takes the type of what is promised ("pledged aid" is an AID event, planned)."""
    d.plover, d.cameo, d.event_class, d.mode = what.plover, what.cameo, what.event_class, what.mode
    if what.plover == "THREATEN" and d.modality == "planned":
        d.modality = "asserted"  # "vowed to retaliate": the vow is the threat, made now
    if what.symmetric:
        d.participants, d.source, d.target = _uniq(d.source + d.participants + d.target), [], []


def _circumstance(tok: Token, owner: Token) -> bool:
    """ "pledged closer ties at a summit": the summit is where the pledge was made, not what it is."""
    cur = tok
    while cur.i != owner.i and cur.head is not cur:
        if cur.dep_ == "prep" and cur.lower_ in ("at", "during"):
            return True
        cur = cur.head
    return False


def _uniq(keys):
    return list(dict.fromkeys(k for k in keys if k))


class EventFinder:
    """Finds the event mentions of a document sentence by sentence, in reading order (pronouns and
    "the two men" refer back to the people of earlier events)."""

    def __init__(
        self, doc: Doc, index: ActorIndex, lexicon: Lexicon, roles: Roles, publisher: Publisher, published
    ) -> None:
        self.doc = doc
        self.index = index
        self.lex = lexicon
        self.roles = roles
        self.publisher = publisher
        self.published = published
        self.last_group: list[str] = []
        self._positions: dict[int, Trigger] = {}
        self.history: list[Draft] = []
        self.plurals: list[tuple[int, list[str]]] = []
        self.ents = list(doc.ents)
        self.text = doc.text
        self._headline = False
        self._undated: set[int] = set()
        self._owners: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ actors of a token

    def prep_actors(self, tok: Token, preps: tuple[str, ...]) -> list[str]:
        """The actors named by the objects of ``tok``'s prepositions ``preps`` ("talks *between X and Y*")."""
        return [a for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj" for a in self.actors_at(p)]

    def actors_at(self, tok: Token, depth: int = 0, conj: bool = True) -> list[str]:
        if depth > 4:
            return []
        out: list[str] = []
        m = self.index.at(tok)
        low = tok.lower_
        if m is not None and not m.modifier:
            out.append(m.key)
        elif low in _RELATIVE and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            out += self.actors_at(tok.head.head, depth + 1)
        elif tok.pos_ == "PRON" and low in ("it", "its", "itself"):
            out += self._it(tok)
        elif tok.pos_ == "PRON" and low in ("we", "they", "them", "us", "their", "our"):
            appos = [c for c in tok.children if c.dep_ == "appos"]
            if appos:
                out += self.actors_at(appos[0], depth + 1)
            elif low in self.roles.plural_pronouns:
                out += self._plural_before(tok.i)
        elif tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            out += self._collective(tok, depth)
        if conj:
            for c in tok.children:
                if c.dep_ == "conj":
                    out += self.actors_at(c, depth + 1)
        out = _uniq(out)
        if len(out) >= 2 and any(c.dep_ == "conj" for c in tok.children):
            self.plurals.append((tok.i, out))
        return out

    def _group_owner(self, tok: Token, depth: int) -> list[str]:
        """ "the army", "the ministry" with no owner named: the owner named with the same word before
        ("Sudan's army ... the army"); remembers owners as it goes."""
        owners = [
            a
            for c in tok.children
            if c.dep_ in ("poss", "amod", "compound", "nmod")
            for a in self.actors_at(c, depth + 1, conj=False)
        ]
        word = tok.lemma_.lower()
        if owners:
            self._owners[word] = owners
            return []
        if (
            word in self._owners
            and word not in ("leader", "official", "minister", "diplomat", "ally", "member", "partner")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and len(list(tok.children)) == 1
        ):
            return list(self._owners[word])
        return []

    def _it(self, tok: Token) -> list[str]:
        """ "it", "its": the state or body that says so ("Germany said it would ..."), else the last one
        named as an agent in this sentence or the one before."""
        cur = tok
        for _ in range(6):
            if cur.head is cur:
                break
            via, cur = cur.dep_, cur.head
            if (
                via in ("ccomp", "xcomp", "conj", "advcl", "relcl")
                and cur.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "nsubj" and c.i < tok.i for c in cur.children)
            ):
                subj = [k for k in self.subjects(cur) if self._body(k)]
                if subj:
                    return subj[:1]
        start = tok.sent.start
        for m in sorted(self.index.mentions, key=lambda m: -m.start):
            head = self.doc[m.start : m.end].root
            if (
                start <= m.start < tok.i
                and not m.locative
                and not m.modifier
                and self._body(m.key)
                and (head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "poss" and head.head.dep_ == "nsubj")
            ):
                return [m.key]
        return []

    def _antecedent(self, tok: Token, spec: Trigger) -> list[str]:
        """The parties of talks told of before: "The talks ended without agreement" (the talks, and
        the agreement they did not reach, are those of the last meeting with two or more parties);
        or those urged to hold them ("urged Kiir and Machar to return to dialogue")."""
        cur = tok
        for _ in range(4):
            if cur.head is cur or cur.dep_ not in ("pobj", "prep", "dobj", "xcomp", "conj"):
                break
            via, cur = cur.dep_, cur.head
            if via == "xcomp" and cur.lemma_.lower() in self.lex.object_control:
                urged = [a for c in cur.children if c.dep_ == "dobj" for a in self.actors_at(c)]
                if len(urged) >= 2:
                    return urged
                break
        if tok.dep_ == "pobj" and tok.head.lower_ == "without" and tok.head.head.pos_ == "VERB":
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i not in self._positions:
                return []
            own = self.prep_actors(subj, ("between", "among", "with"))
            if own:
                return own
            noun = subj
        else:
            return []
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
            return []
        since = self._since(tok.i)
        for d in reversed(self.history):
            if d.plover == "CONSULT" and len(d.participants) >= 2:
                if self.doc[d.token].sent.start >= since:
                    return list(d.participants)
                break
        return []

    def _accused(self, tok: Token) -> list[str]:
        """The object of "accuse X of", "blame X for", "charge X with": the agent of the event inside."""
        cur = tok
        for _ in range(4):
            if cur.head is cur:
                return []
            via, cur = cur.dep_, cur.head
            if via == "prep" and cur.i in self._positions and self._positions[cur.i].plover == "ACCUSE":
                return []
            if cur.dep_ == "prep" and cur.lower_ in ("of", "for", "with") and cur.head.pos_ == "VERB":
                verb = cur.head
                spec = self._positions.get(verb.i)
                if spec is None or spec.plover != "ACCUSE":
                    return []
                return [a for c in verb.children if c.dep_ == "dobj" for a in self.actors_at(c)]
        return []

    def _body_meets(self, tok: Token, participants: list[str]) -> bool:
        """ "The Security Council will hold an emergency meeting": a body meets as one."""
        if (
            len(participants) != 1
            or tok.dep_ != "dobj"
            or tok.head.lemma_.lower() not in self.lex.light_verbs
        ):
            return False
        actor = self.index.actors.get(participants[0])
        return actor is not None and actor.kind in ("igo", "org", "group")

    def _requester(self, n: Token) -> tuple[list[str], list[str]] | None:
        """ "met at the request of Russia and China", "at the invitation of X": X asks, and whoever does
        what the request is for is asked."""
        if not (n.dep_ == "pobj" and n.head.lower_ in ("at", "upon", "on", "following", "after")):
            return None
        source = self.prep_actors(n, ("of", "from", "by")) or [  # or "at Kiir's request"
            a for c in n.children if c.dep_ == "poss" for a in self.actors_at(c)]
        if not source:
            return None
        verb = n.head.head
        target = self.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []
        return source, [k for k in target if k not in source]

    def _body(self, key: str) -> bool:
        actor = self.index.actors.get(key)
        return actor is not None and actor.kind in ("state", "igo", "org", "group")

    def _plural_before(self, i: int) -> list[str]:
        """ "they", "their": the group named last before ("Egypt and Qatar ... their mediation")."""
        found = [(j, keys) for j, keys in self.plurals if j < i and self.doc[j].sent.start >= self._since(i)]
        if found:
            return list(max(found)[1])
        return list(self.last_group)

    def _since(self, i: int) -> int:
        start = self.doc[i].sent.start
        return self.doc[start - 1].sent.start if start > 0 else 0

    def _collective(self, tok: Token, depth: int) -> list[str]:
        """Actors a group noun names: "the leaders of Chile and Peru", "Iranian forces", "both sides"."""
        lemma = tok.lemma_.lower()
        word = tok.lower_
        phrase = tuple(t.lower_ for t in tok.doc[tok.left_edge.i : tok.i + 1])
        pair = any(p in self.roles.pairs for p in (phrase, phrase[-3:], phrase[-2:]))
        if pair and not any(c.dep_ in ("prep", "poss", "amod", "compound") for c in tok.children):
            if word in _PARTY_WORDS or not self.last_group:
                # "both sides", "the two countries": the pair named last ("between India and Pakistan")
                found = [
                    keys
                    for j, keys in self.plurals
                    if j < tok.i and self.doc[j].sent.start >= self._since(tok.i)
                ]
                if found:
                    return list(found[-1])
            return list(self.last_group)
        if word in _GROUP_NOUNS:
            # "the M23 rebel group", "the Wagner mercenary group"
            named = [
                m.key
                for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                for m in [self.index.at(c)]
                if m is not None
                and not m.modifier
                and self._body(m.key)
                and self.index.actors[m.key].kind in ("group", "org")
            ]
            if named:
                return named
        is_group = (
            word in self.roles.collectives
            or lemma + "s" in self.roles.collectives
            or word in self.roles.state_agents
            or lemma in self.roles.state_agents
        )
        if not is_group:
            return []
        out: list[str] = self._group_owner(tok, depth)
        if out:
            return out
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                found = self.actors_at(c, depth + 1, conj=True)
                if not found and c.dep_ == "compound":
                    # "Russian fighter jets", "Chinese coast guard ships"
                    found = [
                        a
                        for t in c.subtree
                        if t.i < c.i and t.dep_ in ("amod", "poss", "compound")
                        for a in self.actors_at(t, depth + 1, conj=False)
                    ]
                out += found
            elif c.dep_ == "prep" and (c.lower_ in ("of", "from") or c.lower_ == "in" and word in _PEOPLE):
                # "the leaders of Chile", "civilians in Lebanon"
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += self.actors_at(p, depth + 1)
        if (
            not out
            and word in ("men", "leaders", "sides", "women", "presidents", "ministers")
            and any(
                c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "nummod" and c.lower_ == "two"
                for c in tok.children
            )
        ):
            out += self.last_group
        return out

    def subjects(self, verb: Token, depth: int = 0) -> list[str]:
        """The actors doing what ``verb`` says: its subject, else the subject it shares with the verb
        it depends on ("were scheduled to meet", "who pledged", "refused to accept", "thanked X for
        accepting" -> X)."""
        deps = _SUBJ if depth == 0 else (*_SUBJ, "nsubjpass")
        out: list[str] = []
        has_subject = False
        for s in verb.children:
            if s.dep_ in deps:
                has_subject = True
                out += self.actors_at(s)
        if out or has_subject or depth > 3 or verb.head is verb:
            return out
        if verb.dep_ == "relcl":
            return self.actors_at(verb.head)
        if verb.dep_ == "acl":
            return [
                a
                for c in verb.head.children
                if c.dep_ in ("poss", "prep") and c.lower_ != "of"
                for t in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
                if c.dep_ == "poss" or c.lower_ == "by"
                for a in self.actors_at(t)
            ]
        if verb.dep_ not in (*_INHERIT, "pobj"):
            return out
        head, via = verb.head, verb.dep_
        while (
            head.pos_ not in ("VERB", "AUX")
            and head.dep_ in ("prep", "pobj", "dobj", "pcomp")
            and head.head is not head
        ):
            via = head.dep_
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return out
        accuse = self._positions.get(head.i)
        if accuse is not None and accuse.plover == "ACCUSE" and via in ("advcl", "xcomp", "prep", "pcomp"):
            # "accused the RSF of shelling a market, killing 12": the accused did it, not the accuser
            return [a for c in head.children if c.dep_ == "dobj" for a in self.actors_at(c)]
        if via == "prep" or via == "xcomp" and head.lemma_.lower() in self.lex.object_control:
            objs = [a for c in head.children if c.dep_ == "dobj" for a in self.actors_at(c)]
            if objs:
                return objs
        return self.subjects(head, depth + 1)

    # ------------------------------------------------------------------ one sentence

    def sentence_triggers(self, sent: Span) -> list[tuple[Token, Trigger]]:
        found = []
        self._headline = titlecase(sent)
        for tok in sent:
            m = self.index.at(tok)
            if m is not None and m.end - m.start > 1 and m.how in ("name", "ner"):
                continue  # a word of a name: "Rapid Support Forces", "Peace Council"
            spec = match(self.lex, tok)
            if self._headline and m is None:
                spec = headline_match(self.lex, tok) or spec
            if spec and not self._idiom(tok):
                found.append((tok, spec))
        return found

    def _idiom(self, tok: Token) -> bool:
        """ "agreed to stay in close touch": the complement is a set phrase, not an event."""
        for c in tok.children:
            if c.dep_ in ("xcomp", "prep", "dobj"):
                text = " ".join(t.lower_ for t in c.subtree)
                if any(f" {idiom}" in f" {text}" for idiom in self.lex.idioms):
                    return True
        return False

    def drafts(self, sent: Span, sentence: Sentence) -> list[Draft]:
        triggers = self.sentence_triggers(sent)
        positions = {tok.i: spec for tok, spec in triggers}
        self._positions = positions
        by_token: dict[int, Draft] = {}
        absorbed: list[tuple[Draft, int, bool]] = []
        dates = self._date_expressions(sent)
        adopted: dict[int, Trigger] = {}
        for tok, spec in triggers:
            owner = self._absorber(tok, spec, positions)
            if owner is not None and positions[owner.i].adopts and not _circumstance(tok, owner):
                adopted[owner.i] = spec  # the last, most embedded: "vowed to help defend"
        for tok, spec in triggers:
            d = self._draft(tok, spec, sentence, positions)
            if d is None and spec.needs_target:
                # "welcomed the ceasefire": not a visit (no guest), so the next sense ("welcomed": praise)
                for alt in matches(self.lex, tok):
                    if alt is not spec and alt.plover != spec.plover:
                        d = self._draft(tok, alt, sentence, positions)
                        if d is not None and not (d.target or alt.symmetric):
                            d = None  # a fallback sense needs someone it is directed at
                        if d is not None:
                            positions[tok.i] = spec = alt
                            break
            if d is None:
                continue
            if tok.i in adopted:
                _adopt(d, adopted[tok.i])
            self._date(d, tok, dates, positions)
            owner = self._absorber(tok, spec, positions)
            if owner is not None:
                absorbed.append((d, owner.i, positions[owner.i].plover == spec.plover))
                continue
            by_token[tok.i] = d
            persons = [
                k
                for k in d.participants
                if self.index.actors.get(k) and self.index.actors[k].kind == "person"
            ]
            if len(persons) >= 2 and d.plover in ("CONSULT", "AGREE"):
                self.last_group = persons
        for d, owner, same in absorbed:
            host = by_token.get(owner)
            if host is None:
                if same:  # "will release hostages, while Israel will free prisoners": a story of its own
                    by_token[d.token] = d
                continue
            host.date, host.date_text = host.date or d.date, host.date_text or d.date_text
            if same:
                host.participants = _uniq(host.participants + d.participants)
                if not host.is_verb or d.event_class in ("Videoconference", "PhoneCall"):
                    host.event_class, host.mode = d.event_class or host.event_class, d.mode or host.mode
            else:
                extra = [k for k in d.target + d.participants if k not in host.source and k not in d.source]
                if not host.spec.symmetric:
                    host.target = _uniq(host.target + extra)
                host.participants = _uniq(host.participants + extra)
                host.event_class = host.event_class or d.event_class
        out = sorted(by_token.values(), key=lambda d: d.token)
        self._in_call(out)
        self.history.extend(out)
        for d in out:
            d.subordinate = self._subordinate(d)
        return out

    def _in_call(self, drafts: list[Draft]) -> None:
        """ "Macron spoke with Netanyahu and urged restraint": what one party of a call or meeting asks,
        praises or condemns there without naming whom, is said to the other party."""
        meetings = [d for d in drafts if d.plover == "CONSULT" and d.modality == "asserted" and d.is_verb]
        for d in drafts:
            if (
                d.plover not in _SPEECH_ACTS
                or d.plover == "CONSULT"
                or d.target
                or not d.source
                or not d.is_verb
            ):
                continue
            tok = self.doc[d.token]
            for m in meetings:
                others = [k for k in m.participants if k not in d.source]
                if (
                    others
                    and set(d.source) <= set(m.participants)
                    and (tok.head.i == m.token or tok.dep_ != "conj")
                ):
                    d.target = others
                    d.participants = _uniq(d.participants + others)
                    break

    def _subordinate(self, d: Draft) -> bool:
        """An event inside "after ...", "before ...", "since ..." has a time of its own."""
        tok = self.doc[d.token]
        for anc in tok.ancestors:
            if anc.lower_ in ("after", "before", "since", "until", "than", "during") or anc.dep_ in (
                "relcl",
                "acl",
            ):
                return True
        return any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in tok.children
        )

    def _absorber(self, tok: Token, spec: Trigger, positions: dict[int, Trigger]) -> Token | None:
        """The event word this one is part of: "refused to accept", "talk by video link",
        "agreed to meet to discuss", "were killed in the shelling"."""
        for prep in tok.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "during", "through"):
                for p in prep.children:
                    other = positions.get(p.i)
                    if p.dep_ == "pobj" and other is not None and other.plover == spec.plover == "ASSAULT":
                        return p
        cur = tok
        for step in range(4):
            if cur.head is cur or cur.dep_ not in (
                "xcomp",
                "ccomp",
                "pcomp",
                "pobj",
                "prep",
                "dobj",
                "advcl",
                "compound",
            ):
                return None
            via = cur.dep_
            cur = cur.head
            other = positions.get(cur.i)
            if other is None:
                continue
            if other.absorbs and via != "advcl":
                return cur
            if (
                step == 0
                and other.plover == spec.plover
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                and (
                    via in ("xcomp", "advcl")
                    or spec.plover == "CONSULT"
                    and tok.head.lower_ in ("via", "by", "over")
                )
            ):
                return cur
        return None

    def _span_of(self, tok: Token, spec: Trigger) -> tuple[int, int]:
        start = tok.i - len(spec.prefix)
        return self.doc[start].idx, tok.idx + len(tok.text)

    def _draft(self, tok: Token, spec: Trigger, sentence: Sentence, positions) -> Draft | None:
        is_verb = tok.pos_ in ("VERB", "AUX")
        requester = None if is_verb or spec.plover != "REQUEST" else self._requester(tok)
        if requester is not None:
            source, target, between = requester[0], requester[1], []
        elif self._headline and tok.pos_ == "PROPN" and spec.pos == "VERB":
            source, target, between = self._flat_roles(tok)
        elif is_verb:
            source, target, between = self._verb_roles(tok, spec)
        else:
            source, target, between = self._noun_roles(tok, spec)
        accused = self._accused(tok) if spec.plover not in ("ACCUSE",) else []
        if accused:
            # "Sharif accused India of striking ...": India strikes; the accuser only says so
            source = accused
            target = [k for k in target if k not in accused]
        modality, negated = modality_of(tok, self.lex.speech_verbs, spec.modality)
        if requester is not None:
            modality = "asserted"  # the request came first, whatever is still to come of it
            self._undated.add(tok.i)
        if spec.plover == "THREATEN" and modality == "planned" and self._said_by(tok) is not None:
            modality = "asserted"  # "warned that it would retaliate": the warning is the threat, made now
        plover, cameo, cls = spec.plover, spec.cameo, spec.event_class
        if spec.modal:
            modality = "asserted"
            speaker = self._speaker(tok)
            target, source = (
                source,
                [speaker] if speaker else ([self.publisher.country] if self.publisher.country else []),
            )
        if negated:
            if spec.negated_as:
                plover, cameo, cls = spec.negated_as
                modality = "asserted"
            elif plover != "REJECT":
                modality = "negated"
        source, target, between = _uniq(source), _uniq(target), _uniq(between)
        target = [k for k in target if k not in source]
        if spec.needs_target and not (target or between or accused):
            return None
        symmetric = spec.symmetric and plover == spec.plover
        if symmetric and not is_verb and len(_uniq(source + between + target)) < 2:
            between += self._antecedent(tok, spec)
        if symmetric:
            participants = _uniq(source + between + target)
            if len(participants) == 1 and not is_verb and tok.dep_ in ("pobj", "dobj"):
                participants = _uniq(participants + self._governing_subject(tok))
            if (
                len(participants) < 2
                and not is_verb
                and not any(c.dep_ == "poss" for c in tok.children)
                and not self._body_meets(tok, participants)
            ):
                return None
            source, target = [], []
        else:
            participants = _uniq(source + target + between)
        speaker = self._speaker(tok)
        if (
            speaker
            and not source
            and target
            and not symmetric
            and not spec.modal
            and speaker not in target
            and plover in _SPEECH_ACTS
        ):
            source = [speaker]
            participants = _uniq([speaker] + participants)
        if not participants:
            return None
        if spec.breadth and not (source and (target or between)):
            return None
        start, end = self._span_of(tok, spec)
        trig = Mention(start, end, self.text[start:end], sentence.index)
        d = Draft(
            spec=spec,
            plover=plover,
            cameo=cameo,
            event_class=cls,
            mode=spec.mode,
            trigger=trig,
            sentence=sentence,
            token=tok.i,
            participants=participants,
            source=source,
            target=target,
            modality=modality,
            is_verb=is_verb,
        )
        d.speaker = speaker if speaker not in source else None
        d.anaphoric = not is_verb and any(
            c.dep_ == "poss"
            and c.pos_ == "PRON"
            or c.dep_ == "det"
            and c.lower_ in ("the", "this", "that", "these", "those")
            for c in tok.children
        )
        d.quantities = quantities_of(tok, self.ents)
        place = place_of(tok)
        if place is not None:
            m = self.index.at(place.root)
            if m is None or m.key not in participants:  # "drones at Ukraine": the target, not a place
                d.place = place.text
        return d

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
            (source if i < v.i else target).append(m.key)
        return _uniq(source), _uniq(target), []

    def _verb_roles(self, v: Token, spec: Trigger):
        # "were killed by", and participles: "negotiations mediated by Egypt"
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in v.children)
        source: list[str] = []
        target: list[str] = []
        between: list[str] = []
        if passive:
            for c in v.children:
                if c.dep_ == "agent":
                    source += [a for p in c.children if p.dep_ == "pobj" for a in self.actors_at(p)]
                elif c.dep_ == "nsubjpass":
                    target += self.actors_at(c)
            if spec.mode == "withdraw" and not source:
                source, target = target, []  # "Armenian troops were withdrawn": they withdraw
        else:
            source = self.subjects(v)
            if v.dep_ == "amod" and v.tag_ == "VBG" and v.head.pos_ == "NOUN" and not spec.topic:
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
            if c.dep_ in _OBJ and not spec.topic:
                # a meeting's object is a party itself ("welcomed Trump", not "welcomed Trump's efforts")
                target += self.actors_at(c) or ([] if spec.symmetric else self._object_owner(c, spec))
                target += self._noun_source(c)
            elif c.dep_ == "prep":
                objs = [a for p in c.children if p.dep_ == "pobj" for a in self._pobj_actors(p, spec)]
                if c.lower_ in ("between", "among"):
                    between += objs
                elif c.lower_ in spec.target_preps:
                    target += objs
        return source, target, between

    def _object_owner(self, obj: Token, spec: Trigger) -> list[str]:
        """Whose the object is, when it is no actor itself: "attacked a Russian refinery" (Russia),
        "fired 47 missiles and 270 drones at Ukraine" (the object's own "at")."""
        # ("closed its border with Belarus": its own is no target)
        out = [a for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in self.actors_at(c)]
        if not out and spec.plover in ("ASSAULT", "COERCE", "SANCTION", "THREATEN"):
            out = [
                a
                for c in obj.children
                if c.dep_ in ("amod", "compound") and self.index.at(c) is not None
                for a in self.actors_at(c, conj=False)
            ]
        if not out and spec.plover in ("SUPPORT", "ACCUSE", "REJECT"):
            # "welcomed the cessation of hostilities between India and Pakistan": the parties to it
            out = [
                a
                for t in obj.subtree
                if t.dep_ == "prep" and t.lower_ in ("between", "among") and t.i > obj.i
                for p in t.children
                if p.dep_ == "pobj"
                for a in self.actors_at(p)
            ]
        if not out and obj.i not in self._positions:  # an event object's own "on X" is that event's
            for t in (obj, *obj.conjuncts):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in spec.target_preps and c.lower_ != "of":
                        out += [a for p in c.children if p.dep_ == "pobj" for a in self._pobj_actors(p, spec)]
        return out

    def _noun_source(self, noun: Token) -> list[str]:
        """Who did what an object event noun names is the target ("condemned Russia's attacks")."""
        spec = self._positions.get(noun.i)
        if spec is None or self.index.at(noun) is not None:
            return []
        own = [
            a
            for c in noun.children
            if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i and self.index.at(c) is not None
            for a in self.actors_at(c)
        ]
        if own:
            return own
        if any(
            c.dep_ == "det" and c.lower_ in ("these", "those", "this", "that", "such") for c in noun.children
        ):
            # "condemns these attacks": the attacks told of before
            earlier = next((d for d in reversed(self.history) if d.plover == spec.plover and d.source), None)
            return list(earlier.source) if earlier else []
        return []

    def _pobj_actors(self, p: Token, spec: Trigger) -> list[str]:
        m = self.index.at(p)
        if m is not None and m.locative and spec.plover not in ("ASSAULT", "MOBILIZE", "COERCE", "THREATEN"):
            return []
        out = self.actors_at(p)
        if not out:
            # "a breach of Estonia's airspace", "raids on Syria's ports"
            out = [a for c in p.children if c.dep_ == "poss" for a in self.actors_at(c)]
        if not out and p.i not in self._positions and p.pos_ == "NOUN":
            # "with respect to Venezuela", "in relation to Iran"
            out = self.prep_actors(p, ("to", "of", "with", "on"))
        if not out and spec.plover in ("ASSAULT", "MOBILIZE", "COERCE"):
            # "strikes on power plants in Kharkiv": the place names the state attacked
            for t in p.subtree:
                m = self.index.at(t)
                if m is None or not (m.locative or self.index.actors[m.key].kind == "state"):
                    continue
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "PROPN":
                    continue  # part of a place name: "the Gulf of Finland", "the Sea of Japan"
                out.append(m.key)
        return out

    def _noun_roles(self, n: Token, spec: Trigger):
        source: list[str] = []
        target: list[str] = []
        between: list[str] = []
        phrase = n
        if n.dep_ == "compound" and n.head.pos_ == "NOUN" and n.head.i not in self._positions:
            phrase = n.head  # "a military aid package for Ukraine"
        elif (
            n.dep_ == "pobj"
            and n.head.lower_ == "of"
            and n.head.head.pos_ == "NOUN"
            and n.head.head.i not in self._positions
            and n.head.head.dep_ in ("dobj", "nsubjpass")
            and self.index.at(n.head.head) is None
        ):
            phrase = n.head.head  # "waged a campaign of cyber attacks", "launched a wave of strikes"
        children = list(n.children) + ([c for c in phrase.children if c.i != n.i] if phrase is not n else [])
        for c in children:
            if c.dep_ == "poss" and spec.mode == "release" and c.pos_ == "PRON":
                target += self.actors_at(c)  # "his release": he is the one released
            elif c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < n.i:
                m = self.index.at(c)
                if m is not None and not (m.locative and spec.symmetric) or c.dep_ == "poss":
                    source += self.actors_at(c)
            elif c.dep_ == "acl" and c.lemma_.lower() in ("attend", "join") and spec.symmetric:
                # "a summit ... attended by President Trump"
                between += [
                    a
                    for g in c.children
                    if g.dep_ == "agent"
                    for p in g.children
                    if p.dep_ == "pobj"
                    for a in self.actors_at(p)
                ]
            elif c.dep_ == "appos" and c.i > n.i:
                # headlines: "France expels Iranian envoy"
                target += self.actors_at(c)
            elif c.dep_ == "prep":
                objs = [a for p in c.children if p.dep_ == "pobj" for a in self._pobj_actors(p, spec)]
                if c.lower_ == "by" or c.lower_ == "from" and "from" not in spec.target_preps:
                    source += objs
                elif c.lower_ in ("between", "among"):
                    between += objs
                elif c.lower_ in spec.target_preps:
                    target += objs
        if not source and n.dep_ in ("compound", "appos") and n.head.pos_ in ("NOUN", "PROPN"):
            for c in n.head.children:
                if c.dep_ in ("poss", "amod", "compound") and c.i != n.i and self.index.at(c) is not None:
                    source += self.actors_at(c)
        light_pobj = (
            phrase.dep_ == "pobj"
            and phrase.head.lower_ in ("to", "on", "upon")
            and phrase.head.head.pos_ == "VERB"
            and phrase.head.head.lemma_.lower() in self.lex.light_verbs
        )
        if light_pobj and not source:
            source = self.subjects(phrase.head.head)  # "agreed to a truce", "agreed on a ceasefire"
        elif (
            not source
            and phrase.dep_ == "pobj"
            and spec.plover in _SPEECH_ACTS
            and phrase.head.lower_ in ("in", "of")
            and phrase.head.head.pos_ == "VERB"
            and phrase.head.head.i not in self._positions
        ):
            source = self.subjects(phrase.head.head)  # "stands in solidarity with", "spoke in support of"
        if not source and phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ in ("VERB", "AUX"):
            head = phrase.head
            if phrase.dep_ == "nsubjpass":
                # "new sanctions were imposed by the EU"
                source = [
                    a
                    for c in head.children
                    if c.dep_ == "agent"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for a in self.actors_at(p)
                ]
            elif head.lemma_.lower() in self.lex.light_verbs:
                source = self.subjects(head)
            if not target:
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ in spec.target_preps and c.lower_ not in ("of",):
                        target += [
                            a for p in c.children if p.dep_ == "pobj" for a in self._pobj_actors(p, spec)
                        ]
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
                if n.head.lower_ != "for":
                    target += [
                        a for c in verb.children if c.dep_ in ("dobj", "dative") for a in self.actors_at(c)
                    ]
        return source, target, between

    def _governing_subject(self, n: Token) -> list[str]:
        cur = n
        for _ in range(4):
            if cur.head is cur:
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                return self.subjects(cur)
        return []

    def _said_by(self, tok: Token) -> Token | None:
        """The verb of saying (in the past or present, not itself to come) whose complement the verb
        ``tok`` is: "warned that it would retaliate" -> "warned"."""
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ccomp":
            return None
        head = tok.head
        if (
            head.pos_ == "VERB"
            and (head.lemma_.lower() in self.lex.speech_verbs or head.lemma_.lower() == "threaten")
            and not self._has_modal(head)
            and not any(c.dep_ == "neg" for c in head.children)
        ):
            return head
        return None

    def _reporting_verbs(self, tok: Token) -> list[Token]:
        """Verbs of saying that report the clause of ``tok``: its head ("said it had rejected") or a
        verb of saying hung on it ("rejected the plan, a spokesman told reporters")."""
        out = []
        said = self._said_by(tok)
        if said is not None:
            out.append(said)
        for c in tok.children:
            if (
                c.dep_ in ("parataxis", "ccomp", "advcl")
                and c.pos_ == "VERB"
                and c.lemma_.lower() in self.lex.speech_verbs
                and c.i > tok.i
            ):
                out.append(c)
        return out

    def _speaker(self, tok: Token) -> str | None:
        cur = tok
        for _ in range(8):
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    for to in c.children:
                        for p in to.children:
                            if p.dep_ == "pobj" and self.actors_at(p):
                                return self.actors_at(p)[0]
                if (
                    c.dep_ in ("parataxis", "ccomp")
                    and c.lemma_.lower() in self.lex.speech_verbs
                    and c.pos_ == "VERB"
                    and c is not tok
                ):
                    subj = self.subjects(c)
                    if subj:
                        return subj[0]
            if cur.head is cur:
                return None
            via = cur.dep_
            cur = cur.head
            if via == "conj" and cur.lemma_.lower() in self.lex.speech_verbs:
                return None  # "X said ..., and Y did": Y's clause is not reported speech
            if (
                cur.lemma_.lower() in self.lex.speech_verbs
                and cur.pos_ == "VERB"
                and via in ("ccomp", "parataxis")
            ):
                subj = self.subjects(cur)
                return subj[0] if subj else None
        return None

    # ------------------------------------------------------------------ dates

    def _date_expressions(self, sent: Span) -> list[tuple[Token, str]]:
        out = []
        seen: set[int] = set()
        doc = self.doc
        for ent in self.ents:
            if ent.start < sent.start or ent.end > sent.end:
                continue
            if ent.label_ in ("DATE", "TIME"):
                start = ent.start
                if start > sent.start and doc[start - 1].like_num and doc[start - 1].text.isdigit():
                    start -= 1  # "11 September 2025" where the NER took only "September 2025"
                out.append((ent.root, doc[start : ent.end].text))
                seen.update(range(start, ent.end))
        for tok in sent:
            if tok.i not in seen and tok.lower_ in _DATE_WORDS:
                out.append((tok, tok.text))
        return out

    def _has_modal(self, tok: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in tok.children)

    def _object_event_end(self, verb: Token, positions) -> int | None:
        """Where the verb's object ends when that object is itself an event word."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in positions), None)
        return obj.right_edge.i if obj is not None else None

    def _offset(self, root: Token, text: str, dates, future: bool) -> str | None:
        """An event "a day after ...": a day before the date of the rest of the sentence."""
        rel = next(
            (c.lower_ for c in root.children if c.dep_ == "prep" and c.lower_ in ("after", "before")), None
        )
        if rel is None and root.dep_ == "npadvmod":
            # "a day after Iran fired ...": "after" marks the clause the measure hangs from
            rel = next(
                (
                    c.lower_
                    for c in root.head.children
                    if c.dep_ == "mark" and c.lower_ in ("after", "before")
                ),
                None,
            )
        m = _AFTER.match(text.lower())
        if rel is None or m is None:
            return None
        days = int(m[1]) if m[1].isdigit() else _NUM[m[1]]
        main = next((resolve(t, self.published, future) for r, t in dates if r.i != root.i), None)
        if main is None:
            return None
        return shift(main, -days if rel == "after" else days)

    def _anchor(self, tok: Token, positions) -> Token:
        """The word a date expression attaches to: the nearest event word or verb above it."""
        cur = tok
        for _ in range(6):
            if cur.head is cur:
                return cur
            cur = cur.head
            if cur.i in positions or cur.pos_ in ("VERB", "AUX"):
                return cur
        return cur

    def _date(self, d: Draft, tok: Token, dates, positions) -> None:
        if tok.i in self._undated:
            return  # "met on Monday at the request of X": the request was made before, when is not said
        # "pledged on Friday to send aid": the pledge is past even if the aid is not
        future = d.modality == "planned" and not (tok.tag_ in ("VBD", "VBN") and not self._has_modal(tok))
        anchors = {tok.i}
        own_time = any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in tok.children
        )
        if d.is_verb and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB" and not own_time:
            anchors.add(tok.head.i)  # "opened the summit on Tuesday, urging allies to ..."
        cur = tok
        if not d.is_verb:
            for _ in range(4):
                if cur.head is cur:
                    break
                cur = cur.head
                if cur.pos_ in ("VERB", "AUX"):
                    anchors.add(cur.i)
                    break
                if cur.i in positions:
                    break
        after_object = self._object_event_end(tok, positions) if d.is_verb else None
        for root, text in dates:
            if after_object is not None and root.i == after_object + 1:
                continue  # "denounced the raid yesterday": the date is the raid's
            anchor = self._anchor(root, positions)
            if anchor.i in anchors or root.head.i in anchors:
                value = resolve(text, self.published, future)
                if value is None and _AFTER.match(text.lower()):
                    value = self._offset(root, text, dates, future)
                if value:
                    d.date, d.date_text = value, text
                    return
        if d.is_verb and d.modality == "asserted" and not own_time:
            # "rejected the proposal, a spokesman told reporters on Friday": with no time of its own,
            # what is reported happened by the time it was said
            speech = {v.i for v in self._reporting_verbs(tok)}
            for root, text in dates:
                if speech and (self._anchor(root, positions).i in speech or root.head.i in speech):
                    value = resolve(text, self.published, False)
                    if value:
                        d.date, d.date_text = value, text
                        return
        # "two days after a convoy was hit": two days before the sentence's own date
        cur = tok
        for _ in range(6):
            if cur.head is cur:
                break
            cur = cur.head
            if cur.lower_ in ("after", "before"):
                span = " ".join(t.lower_ for t in cur.children if t.dep_ == "npadvmod" for t in t.subtree)
                m = _AFTER.match(span)
                if m:
                    days = int(m[1]) if m[1].isdigit() else _NUM[m[1]]
                    main = next(
                        (
                            resolve(text, self.published, future)
                            for root, text in dates
                            if root.i not in {t.i for t in cur.subtree}
                        ),
                        None,
                    )
                    if main:
                        d.date = shift(main, -days if cur.lower_ == "after" else days)
                        d.date_text = f"{span} {cur.lower_}"
                return
