"""The sentence-level backoff of the events pass: a sentence that names actors and an event word but
whose parse gave the word no parties still reports an event, read as sentence-level coders read it
(its event word nearest the root, the actors named as subjects its source, the others its target; a
name in the phrase of one who tells of the deed, as "Palestinian" in "Palestinian officials say ...",
its target at most). A part of ``EventDrafter`` (kg.extract.events)."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Token

from kg.extract.bystanders import aimed_elsewhere, bystanders, lone_guess, tells_of
from kg.extract.commenters import comments_on, issues_title_statement, only_speaks_of
from kg.extract.parties import named_inside
from kg.extract.places import event_place
from kg.extract.reference import uniq
from kg.extract.senses import acts_as_verb, clause_verb
from kg.extract.state import Draft, SentenceTriggers
from kg.model import Mention

#: Dependencies of a word inside the phrase of the noun it names or qualifies.
_NAME_MODS = ("compound", "amod", "poss", "appos", "nmod")


def _whence(tok: Token) -> bool:
    """The place is where the deed came from: "missiles fired from two locations in Armenia"."""
    return any(a.dep_ == "prep" and a.lower_ == "from" for a in list(tok.ancestors)[:4])


def _subject(tok: Token) -> bool:
    """The word is a subject, or the owner or head of one ("Russia's army", "the army of Sudan")."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        or tok.dep_ in ("poss", "compound", "pobj")
        and any(a.dep_ in ("nsubj", "nsubjpass") for a in list(tok.ancestors)[:2])
    )


def _undergoes(tok: Token, deeds: set[int]) -> bool:
    """The name lies in the passive subject of a verb of the deed: it is what the deed was done to
    ("two American soldiers were wounded when ...", "a French national was killed")."""
    return any(a.dep_ == "nsubjpass" and a.head.i in deeds for a in [tok, *list(tok.ancestors)[:2]])


def _attributed(tok: Token) -> bool:
    """The name lies in an "according to" phrase: whose account it is, no party to what it tells of
    ("..., according to a statement from X", "according to X, who ...")."""
    return any(a.lower_ == "according" and a.dep_ == "prep" for a in tok.ancestors)


def _reports(name: Token, deed: Token, words) -> bool:
    """The name is the subject of a verb of reporting whose object is the deed: who tells of it ("the
    Observatory reported the shelling"), not who did it."""
    while name.dep_ in ("compound", "appos", "conj") and name.head.i != name.i:
        name = name.head
    verb = name.head
    return (
        name.dep_ == "nsubj" and verb.lemma_.lower() in words.reporting_words
        and any(c.dep_ == "dobj" and (c.i == deed.i or c in deed.ancestors) for c in verb.children)
    )


def _phrase_head(tok: Token, preps: frozenset[str]) -> Token:
    """The noun whose phrase the name is part of: its owner, modifier or the object of a preposition
    on it ("Palestinian officials", "officials with X", "the members of X", "X's spokesman")."""
    while tok.head.i != tok.i:
        if tok.dep_ in _NAME_MODS and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    return tok


def _told_of_self(deed: Token) -> bool:
    """The deed's own phrase names its doer by a personal pronoun, as its subject or the owner of its
    subject or of the deed ("X said it had arrested ...", "X say their forces shot down ...", "X said
    its raids ..."): the speaker may be telling of its own deed."""
    verb = clause_verb(deed)
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")] + [deed]
    words = [w for d in doers for w in (d, *d.children) if w is d or w.dep_ in ("poss", "pobj")]
    return any(w.pos_ == "PRON" and "Prs" in w.morph.get("PronType") for w in words)


def _unnamed_subject(tok: Token, found, weapons: frozenset[str]) -> bool:
    """The event word is a verb with a subject of its own that names no one in the sentence: none of
    the mentions ``found`` lies in it, nor a pronoun of the third person that may stand for one of them
    ("I urge X and Y to ...", "The commission rejected the claims of X"; not "X say their forces shot
    down ..."), and it is no weapon, whose owner the sentence may name elsewhere ("a mortar round
    landed ...")."""
    if not acts_as_verb(tok):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    heads = [t for c in subjects for t in (c, *(k for k in c.children if k.dep_ == "compound"))]
    if not subjects or any(t.lemma_.lower() in weapons for t in heads):
        return False
    inside = [t for s in subjects for t in s.subtree]
    if any(t.pos_ == "PRON" and "3" in t.morph.get("Person") for t in inside):
        return False
    at = {t.i for t in inside}
    return not any(m.start in at for m in found)


def _in_phrase(tok: Token, heads: set[int]) -> bool:
    """The name is part of the noun phrase of one of the words ``heads``: its modifier, owner,
    apposition, conjunct or "of" phrase ("by a group of Iranian patrol boats"), not of a place phrase
    inside it ("... inside Iraqi waters")."""
    while tok.i not in heads:
        if tok.dep_ == "pobj" and tok.head.lower_ not in ("of", "by") or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return False
        tok = tok.head
    return True


class Backoff:
    """The backoff part of ``EventDrafter`` (a mixin: it uses its ``doc``, ``text``, ``index``, ``lex``,
    ``words``, ``lang``, ``roles``, ``positions``, ``names_fighters``, ``_parsed_roles`` and ``_span_of``)."""

    def _backoff(self, st: SentenceTriggers) -> Draft | None:
        """A sentence that names actors and an event word, but whose parse gave no event, still reports
        one, as sentence-level coders read it: its event word nearest the root, the actors named as
        subjects its source, the others its target; not for words that need a target (``needs_target``),
        nor with a guessed doer and no one it is done to (often who reports, suffers or speaks of it)."""
        usable = [(t, s) for t, s in st.triggers if not s.needs_target]
        if not usable:
            return None
        tok, spec = min(usable, key=lambda x: (len(list(x[0].ancestors)), x[0].i))
        rules = self.lex.rules(spec.plover)
        visit = spec.event_class == "Visit"  # the visitor goes to a place: "visiting camps in X"
        found = [
            m
            for m in self.index.mentions
            if st.span.start <= m.start < st.span.end
            and not m.modifier
            and (not m.locative or rules.place_target or visit)
            and m.key not in self.index.media
            and not self.names_fighters(m)
            and not aimed_elsewhere(self.doc[m.start : m.end].root, tok, self.positions, self.roles)
            # who tells of a deed does not take part in it (of any event word of the sentence: "X says
            # 60 were killed, but Y told reporters 40 were killed")
            and (rules.speech_act or not self._reports_any(self.doc[m.start : m.end].root, usable))
            and (rules.speech_act or not tells_of(self.doc[m.start : m.end].root, tok, self.words))
            and not _attributed(self.doc[m.start : m.end].root)
            and not _reports(self.doc[m.start : m.end].root, tok, self.words)
        ]
        # who only speaks of a deed is no party to it ("Council Condemns Attack on Base")
        speaks = partial(only_speaks_of, self.index, deed=tok, positions=self.positions, lang=self.lang)
        found = [m for m in found if not (rules.deed and speaks(m.key))]
        # nor is who issues the statement a title heads ("Statement by X on the attack in Y")
        issuers = self.lang.words.statement_nouns | self.lex.spoken_texts
        found = [
            m for m in found
            if not (rules.deed and issues_title_statement(self.doc[m.start : m.end].root, tok, issuers))
        ]
        # a state named inside the name of its agency or of a group it backs is no party of its own
        found = [m for m in found if not named_inside(m, found)]
        if not found:
            return None
        # whose side tells of the deed is no doer of it, at most what it was done to
        own = rules.speech_act or _told_of_self(tok)
        voices = set() if own else self._voices(found, usable)
        # whom the parse found it aimed at did not do it ("Militants attacked a checkpoint in Mosul")
        aimed = set(self._parsed_roles(tok, spec)[1])
        # ("two American soldiers were wounded when ...": who a harm was done to, not its doer)
        if rules.owner_target and not spec.symmetric:
            deeds = {i for i, s in self.positions.items() if s.plover == spec.plover}
            aimed |= {m.key for m in found if _undergoes(self.doc[m.start : m.end].root, deeds)}
        # nor is a name that describes one of them ("Reyes, a FARC commander, was killed": not FARC)
        described = {m.key for m in found if self._describes(self.doc[m.start : m.end].root, aimed)}
        subjects = uniq(
            m.key
            for m in found
            if _subject(self.doc[m.start : m.end].root)
            # a place is where it happened or what was hit, not who did it, unless whence it came
            and (not m.locative or _whence(self.doc[m.start : m.end].root))
            and m.key not in aimed | described | voices
        )
        agents = self._agent_phrase_doers(tok, spec, found)
        if agents:  # "whilst detained by X's intelligence service": the "by" phrase does it
            subjects = agents
        others = uniq(m.key for m in found if m.key not in subjects and m.key not in voices)
        others += uniq(m.key for m in found if m.key in voices and m.key not in subjects)
        if visit and subjects:
            source, target, participants = subjects, others, uniq(subjects + others)
        elif spec.symmetric:
            source, target, participants = [], [], uniq(subjects + others)
        else:
            places = {m.key for m in found if m.locative and not _whence(self.doc[m.start : m.end].root)}
            aside = aimed | described | voices | places
            aside |= bystanders(found, tok, self.words, spec.target_preps)
            source = subjects or [k for k in others if k not in aside][:1]
            target = [k for k in others if k not in source][:2]
            if lone_guess(found, source, target, tok, self.lex.speech_verbs):
                return None
            if not source and set(target) <= voices:
                return None  # whose side only tells of a deed that names no one else
            participants = uniq(source + target)
            if not subjects and _unnamed_subject(tok, found, self.roles.weapons):
                # a verb whose own subject names no actor ("I congratulate X ...", "The commission
                # rejected ...") has a doer the sentence does not name: the name guessed for it takes
                # part, but is not known to do it
                source = []
        start, end = self._span_of(tok, spec)
        mention = Mention(start, end, self.text[start:end], st.sentence.index)
        d = Draft.of(spec, mention, st.sentence, tok.i, participants, source, target, acts_as_verb(tok))
        d.place = event_place(tok, self.lang, self.index, participants, spec.target_preps)
        return d

    def _agent_phrase_doers(self, tok: Token, spec, found) -> list[str]:
        """The actors named inside the "by" agent phrase of a passive event verb ("the death of X
        whilst detained by Y's intelligence service"), whom the parse gave no role: its doers; none
        for a verb whose passive subject feels it ("appalled by") or hosts ("hosted by")."""
        if spec.experiencer or spec.hosts or spec.symmetric:
            return []
        by = {c.i for c in tok.children if c.dep_ == "agent"}
        return uniq(m.key for m in found if not m.locative and _in_phrase(self.doc[m.start : m.end].root, by))

    def _describes(self, tok: Token, aimed: set[str]) -> bool:
        """The word is part of an appositive or modifier of a name of ``aimed``."""
        for anc in list(tok.ancestors)[:3]:
            m = self.index.at(anc)
            if m is not None and m.key in aimed and self.index.at(tok) != m:
                return True
            if anc.dep_ not in ("appos", "compound", "amod", "poss", "nmod"):
                return False
        return False

    def _reports_any(self, subj: Token, triggers) -> bool:
        """Who tells of or comments on a deed does not do it (kg.extract.commenters)."""
        owning = self.roles.owning_speech_verbs
        return any(comments_on(subj, t, self.positions, self.lex, owning) for t, _ in triggers)

    def _voices(self, found, triggers) -> set[str]:
        """The keys every one of whose mentions in ``found`` lies inside the phrase of a speaker that
        tells of a deed ("Palestinian officials say ...", "officials with X say ...", "the members of
        X noted that ..."): whose side speaks, often the side the deed was done to, not its doer."""
        out: dict[str, bool] = {}
        for m in found:
            root = self.doc[m.start : m.end].root
            head = _phrase_head(root, self.lex.speaker_preps)
            inside = head.i != root.i and self._reports_any(head, triggers)
            out[m.key] = out.get(m.key, True) and inside
        return {k for k, v in out.items() if v}
