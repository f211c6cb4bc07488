"""Who a word refers to, given what the text has told so far: names, "it", "they", "both sides",
"the army", "the leaders of Chile and Peru", the subject a verb shares with the verb it depends on.
The events pass reads actors through it, sentence by sentence in reading order."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.antecedents import Antecedents
from kg.extract.counted import Counted
from kg.extract.descriptions import Descriptions
from kg.extract.fighters import Fighters
from kg.extract.forces import Forces
from kg.extract.homes import Homes
from kg.extract.issuers import Issuers
from kg.extract.lexicon import Trigger
from kg.extract.partitives import Partitives
from kg.extract.plurals import Plurals
from kg.extract.senses import to_infinitive
from kg.extract.speakers import Speakers
from kg.extract.state import DocState, Draft
from kg.extract.stray_subjects import stray_subject

_SUBJ = ("nsubj", "csubj")
_INHERIT = ("xcomp", "conj", "advcl", "pcomp", "relcl")


def uniq(keys) -> list[str]:
    """The keys in order, each once, without empties."""
    return list(dict.fromkeys(k for k in keys if k))


class Discourse(
    Speakers, Plurals, Issuers, Antecedents, Descriptions, Counted, Homes, Fighters, Partitives, Forces
):
    """The reference state of one document: the groups and pairs named so far, the owners of
    agency nouns, the event mentions drafted so far and the triggers of the current sentence."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.doc = state.doc
        self.index = state.index
        self.lang = state.lang
        self.lex = state.lang.lexicon
        self.roles = state.lang.roles
        self.words = state.lang.words
        self.publisher = state.publisher
        #: the people of the last meeting or agreement ("the two men")
        self.last_group: list[str] = []
        #: the current sentence's triggers by token
        self.positions: dict[int, Trigger] = {}
        self.history: list[Draft] = []
        #: (token, actors) of every coordinated group named ("Egypt and Qatar")
        self.plurals: list[tuple[int, list[str]]] = []
        #: (token, actors) of every pair of names coordinated, event or none ("between India and Pakistan")
        self.pairs: list[tuple[int, list[str]]] = []
        self.owners: dict[str, list[str]] = {}
        self.resolving: set[int] = set()  # first-person pronouns whose speaker is being sought
        self.named_we: list[str] = []  # "We, the Leaders of the G7, ...": who "we" are in the text
        self.home = self._home_state()

    def prep_actors(self, tok: Token, preps: Collection[str]) -> list[str]:
        """The actors named by the objects of ``tok``'s prepositions ``preps`` ("talks *between X and Y*")."""
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.actors_at(p)
        ]

    def actors_at(self, tok: Token, depth: int = 0, conj: bool = True) -> list[str]:
        if depth > 4:
            return []
        out: list[str] = []
        m = self.index.at(tok)
        low = tok.lower_
        if m is not None and not m.modifier:
            out.append(m.key)
        elif (
            low in self.words.relative_pronouns
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ == "relcl"
        ):
            if not self.place_antecedent(tok.head):  # "an attack on Sumy, Ukraine, which killed 34"
                out += self.actors_at(tok.head.head, depth + 1)
        elif tok.pos_ == "PRON" and low in ("it", "its", "itself"):
            out += self.relative_doer(tok) or self._noun_teller(tok) or self._it(tok)
        elif low in self.roles.first_person | self.roles.first_plural and (
            tok.pos_ == "PRON" or not tok.is_upper  # ("We" the parser tags a name; "US" is no pronoun)
        ):
            out += self._first_person(tok, low in self.roles.first_plural)
        elif tok.pos_ == "PRON" and low in ("they", "them", "their"):  # ("we": the first person, above)
            appos = [c for c in tok.children if c.dep_ == "appos"]  # "they, the G7": named; "they both": not
            if named := self.actors_at(appos[0], depth + 1) if appos else []:
                out += named
            elif low in self.roles.plural_pronouns:
                out += (
                    self._bound_owner(tok)
                    or self.relative_doer(tok)
                    or self._noun_teller(tok)
                    or self._teller_group(tok)
                    or self._plural_before(tok.i)
                    or self._body_before(tok)
                )
                if tok.dep_ in ("nsubj", "nsubjpass") and len(out) >= 2:
                    self.plurals.append((tok.i, list(out)))  # "They met ... They agreed": the same group
        elif held := self.partitive(tok, depth) or self.held_before(tok):
            out += held  # "hundreds of protesters", "12 of those detained", "the detainees"
        elif tok.pos_ in ("NOUN", "PROPN", "NUM") and (appositive := self._appositive(tok, depth)):
            out += appositive
        elif tok.pos_ == "PROPN" and (owner := self._proper_owner(tok, depth)):
            out += owner
        elif tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.issued_nouns:
            out += self._issuer(tok, depth)  # "the resolution demands ...": who adopted it
        elif tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            out += self.with_force(tok, self._collective(tok, depth))
        if conj:
            for c in tok.children:
                if c.dep_ == "conj":
                    out += self.actors_at(c, depth + 1)
        out = uniq(out)
        if len(out) >= 2 and any(c.dep_ == "conj" for c in tok.children):
            self.plurals.append((tok.i, out))
        return out

    def _appositive(self, tok: Token, depth: int) -> list[str]:
        """ "the Saudi deputy defence minister, Khalid bin Salman,", "two intelligence services, the GRU
        and the FSB": the name set beside a noun says whom the noun names."""
        return self._kids(tok, lambda c: c.dep_ == "appos" and c.i > tok.i and self.index.at(c), depth)

    def _kids(self, tok: Token, keep, depth: int) -> list[str]:
        return [a for c in tok.children if keep(c) for a in self.actors_at(c, depth + 1)]

    def _proper_owner(self, tok: Token, depth: int, names_only: bool = True) -> list[str]:
        """ "the Treasury's Office of Foreign Assets Control": a body the text names but no list knows
        acts for the body that owns it."""
        return self._kids(tok, lambda c: c.dep_ == "poss" and (c.pos_ == "PROPN" or not names_only), depth)

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
            self.owners[word] = owners
            return []
        if (
            word in self.owners
            and word not in self.words.unowned_nouns
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and len(list(tok.children)) == 1
        ):
            return list(self.owners[word])
        return []

    def _it(self, tok: Token, chained: bool = False) -> list[str]:
        """ "it", "its": the state or body that says so ("Germany said it would ..."), else the last one
        named as an agent in this sentence or the one before, else, for a subject, what the one subject
        "it" of the sentence before stands for."""
        cur = tok
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            via, cur = cur.dep_, cur.head
            urged = [k for k in (self._controlled(cur) if via == "xcomp" else []) if self._body(k)]
            if urged:
                return urged[:1]  # "urged Russia to pull its troops": Russia's
            if (
                via in ("ccomp", "xcomp", "conj", "advcl", "relcl")
                and cur.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "nsubj" and c.i < tok.i for c in cur.children)
            ):
                subj = [k for k in self.subjects(cur) if self._body(k)]
                if subj:
                    return subj[:1]
        for m in self._named_before(tok.i):
            head = self.doc[m.start : m.end].root
            if (
                not m.locative
                and not m.modifier
                and self._body(m.key)
                and (head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "poss" and head.head.dep_ == "nsubj")
            ):
                return [m.key]
        # "North Korea threatened X. It is not believed to ... But there is fear it may attack"
        before = self.doc[tok.sent.start - 1].sent if tok.sent.start > 0 and not chained else []
        its = [t for t in before if t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass")]
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        return self._it(its[0], chained=True) if subject and len(its) == 1 else []

    def _antecedent(self, tok: Token, spec: Trigger) -> list[str]:
        """The parties of talks told of before: "The talks ended without agreement" (the talks, and
        the agreement they did not reach, are those of the last meeting with two or more parties);
        or those urged to hold them ("urged Kiir and Machar to return to dialogue")."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep", "dobj", "xcomp", "conj"):
                break
            via, cur = cur.dep_, cur.head
            if via == "xcomp" and cur.lemma_.lower() in self.lex.object_control:
                urged = [a for c in cur.children if c.dep_ == "dobj" for a in self.actors_at(c)]
                if len(urged) >= 2:
                    return urged
                break
        if tok.dep_ == "pobj" and tok.head.lower_ == "without" and tok.head.head.pos_ == "VERB":
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i not in self.positions:
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
            if self.lex.rules(d.plover).talks and len(d.participants) >= 2:
                if self.doc[d.token].sent.start >= since:
                    return list(d.participants)
                break
        return []

    def _body(self, key: str) -> bool:
        actor = self.index.actors.get(key)
        return actor is not None and actor.kind in ("state", "igo", "org", "group")

    def _since(self, i: int, back: int = 1) -> int:
        """The first token of the sentence ``back`` sentences before the one of the word at ``i`` (or of
        the text's first sentence)."""
        start = self.doc[i].sent.start
        for _ in range(back):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return start

    def _named_before(self, i: int):
        """The mentions from the start of the sentence before the word at ``i`` up to it, latest first."""
        start = self._since(i)
        return (m for m in sorted(self.index.mentions, key=lambda m: -m.start) if start <= m.start < i)

    def _collective(self, tok: Token, depth: int) -> list[str]:
        """Actors a group noun names: "the leaders of Chile and Peru", "Iranian forces", "both sides"."""
        lemma = tok.lemma_.lower()
        word = tok.lower_
        own = self._own_state(tok, depth)
        if own:
            return own
        counted = self.counted_group(tok)
        if counted:
            return counted  # "the two leaders", "both countries", "the two": the last pair of that kind
        phrase = tuple(t.lower_ for t in tok.doc[tok.left_edge.i : tok.i + 1])
        pair = any(p in self.roles.pairs for p in (phrase, phrase[-3:], phrase[-2:]))
        if pair and not any(c.dep_ in ("prep", "poss", "amod", "compound") for c in tok.children):
            if word in self.words.party_words or not self.last_group:
                # "both sides", "the two countries": the pair named last ("between India and Pakistan")
                since = self._since(tok.i)
                found = [k for j, k in self.plurals if j < tok.i and self.doc[j].sent.start >= since] or [
                    k for j, k in self.pairs if j < tok.i and self.doc[j].sent.start >= since
                ]
                if found:
                    return list(found[-1])
            return list(self.last_group)
        described = self.described_before(tok)
        if described:
            return described  # "the kingdom", "the alliance": the state or body named last
        fighters = word in self.words.armed_group_nouns or lemma in self.words.armed_group_nouns
        if word in self.words.group_nouns or fighters:
            # "the M23 rebel group", "the Wagner mercenary group", "Hamas militants"
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
        if fighters:
            named = self._fighters_of(tok)
            if named:
                return named  # "militants of the X movement", "fighters from the X group": that group
            named = self._armed_group_before(tok)
            if named:
                return named
        office = lemma in self.words.institution_words
        owners = self._proper_owner(tok, depth, names_only=False) if office else []
        if owners:
            return owners  # "the Houthis' political office": the Houthis
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
        home = self._home_agent(tok, word, lemma)
        if home:
            return home
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
            elif c.dep_ == "prep" and (
                c.lower_ in ("of", "from")
                or c.lower_ == "in"
                and not out
                and (
                    {word, lemma} & (self.words.people_words | self.words.domestic_agents)
                    or self._domestic(tok)
                )
            ):
                # "the leaders of Chile", "civilians in Lebanon", "police in Zimbabwe", "security forces
                # in Ethiopia" (not "Russian troops in Syria": the troops are Russia's)
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += self.actors_at(p, depth + 1)
                if out and c.lower_ == "of":
                    self.owners[lemma] = out  # "the members of the Council ... the members": the Council's
        the = any(c.dep_ in ("det", "nummod") and c.lower_ in ("the", "two") for c in tok.children)
        if not out and word in self.words.group_heads and the:
            out += self.last_group
        return out

    def _domestic(self, tok: Token) -> bool:
        """ "security forces", "riot police": a force that a word before it says keeps order at home."""
        return any(
            c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ in self.words.domestic_modifiers
            for c in tok.children
        )

    def _titled(self, tok: Token) -> list[str]:
        """ "High Commissioner for Human Rights Volker Turk": the person the title's "for" phrase ends in."""
        if tok.pos_ != "PROPN":
            return []
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN"
            for a in self.actors_at(p)
            if self.index.actors[a].kind == "person"
        ]

    def subjects(self, verb: Token, depth: int = 0) -> list[str]:
        """The actors doing what ``verb`` says: its subject, else the subject it shares with the verb
        it depends on ("were scheduled to meet", "who pledged", "refused to accept", "thanked X for
        accepting" -> X)."""
        deps = _SUBJ if depth == 0 else (*_SUBJ, "nsubjpass")
        out: list[str] = []
        has_subject = False
        for s in verb.children:
            if s.dep_ in deps and s.ent_type_ not in ("DATE", "TIME"):  # ("A statement Thursday called")
                has_subject = True
                out += self.actors_at(s) or self._titled(s)
        # "after the UN last week imposed": a subject the parser hung on the clause's opening word
        stray = None if has_subject else stray_subject(verb, self.words.own_time_marks)
        if stray is not None:
            return self.actors_at(stray)
        if out or has_subject or depth > 3 or verb.head.i == verb.i:
            return out
        if verb.dep_ == "relcl":
            return self.actors_at(verb.head)
        if verb.dep_ == "acl":
            noun = verb.head
            issued = noun.lemma_.lower() in self.words.issued_nouns
            # "the statement of X expressing gratitude": the "of" of an issued text names its issuer
            by = ("by", "of") if issued else ("by",)
            owners = [
                a
                for c in noun.children
                if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in by
                for t in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
                for a in self.actors_at(t)
            ]
            if not owners and issued and noun.dep_ in ("ROOT", "nsubj"):
                return self._issuer(noun, depth)  # "A statement on Tuesday called on X": its issuer's
            if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.light_verbs:
                # "issued a statement welcoming the deal": who issued it welcomes
                return self.subjects(noun.head, depth + 1)
            return owners
        if verb.dep_ not in (*_INHERIT, "pobj", "acomp"):
            return out
        head, via = verb.head, verb.dep_
        finite_conj = via == "conj" and verb.tag_ in ("VBD", "VBZ")
        if finite_conj and head.tag_ == "VB" and head.dep_ in ("ccomp", "acl"):
            # "said that X will go and called for", "underlined the fact that X can end Y and welcomed Z",
            # "recalls that X may be a crime and calls on Y": a finite verb is no conjunct of a bare one
            # under a modal; who said, who underlined, who recalls
            finite = next((a for a in head.ancestors if a.tag_ in ("VBD", "VBZ", "VBP")), None)
            return self.subjects(finite, depth + 1) if finite is not None else out
        means = False  # "X angered Y by seizing Z": the "by" of a means clause
        while (
            head.pos_ not in ("VERB", "AUX")
            and head.dep_ in ("prep", "pobj", "dobj", "pcomp", "acomp")  # "is prepared to impose"
            and head.head.i != head.i
        ):
            means |= head.dep_ == "prep" and head.lower_ in self.words.means_preps
            via = head.dep_
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return out
        accuse = self.positions.get(head.i)
        blame = accuse is not None and self.lex.rules(accuse.plover).blame
        if blame and via in ("advcl", "xcomp", "prep", "pcomp", "dobj") and not self._own_word(verb, via):
            # (the parser may hang "of launching raids" on the accused: "accuses the army of launching")
            # "accused the RSF of shelling a market, killing 12": the accused did it, not the accuser
            return [a for c in head.children if c.dep_ == "dobj" for a in self.actors_at(c)]
        if via == "prep" and not means:  # ("thanked X for accepting": X; "angered X by seizing": not X)
            objs = [a for c in head.children if c.dep_ == "dobj" for a in self.actors_at(c)]
            if objs:
                return objs
        if via == "xcomp" and head.lemma_.lower() in self.lex.object_control and any(
            c.dep_ == "dobj" for c in head.children
        ):
            return self._controlled(head)  # "urged all States to cooperate": the States, whoever they are
        # ("called on the M23 to commit", the infinitive parsed as an adverbial clause: the M23 commits)
        to = via == "advcl" and to_infinitive(verb)
        return (self._controlled(head) if via == "xcomp" or to else []) or self.subjects(head, depth + 1)

    def _own_word(self, verb: Token, via: str) -> bool:
        """A participle set off after a word of blame that is itself a statement ("condemned the raid,
        calling on all sides to stop", "denounced the strike, urging X to halt"): the blamer's own next
        word, not a deed of the blamed."""
        spec = self.positions.get(verb.i)
        return (
            via == "advcl"
            and verb.tag_ == "VBG"
            and spec is not None
            and self.lex.rules(spec.plover).speech_act
            and not self.lex.rules(spec.plover).blame
            and any(t.is_punct for t in self.doc[verb.head.i + 1 : verb.left_edge.i])
        )

    def _controlled(self, verb: Token) -> list[str]:
        """Whom "urged X to", "called on X to" ask to act: the actors of the object or of "on"."""
        if verb.lemma_.lower() not in self.lex.object_control:
            return []
        objs = [a for c in verb.children if c.dep_ == "dobj" for a in self.actors_at(c)]
        return objs or self.prep_actors(verb, ("on", "upon"))

    def _governing_subject(self, n: Token) -> list[str]:
        cur = n
        for _ in range(4):
            if cur.head.i == cur.i:
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                return self.subjects(cur)
        return []
