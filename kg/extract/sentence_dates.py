"""The date a sentence itself gives each of its event mentions: the date expression its clause
carries ("met on Monday"), one of a clause that happens at the same time ("when troops responded",
"Arriving in Cairo on Monday, ..."), a span counted from another date ("a day after ..."), or the
time of the verb of saying that reports it ("..., a spokesman said on Friday"). Dates counted from
another date of the sentence are kg.extract.counted_dates'; dates across sentences kg.extract.timing's.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from kg.extract.counted_dates import CountedDates
from kg.extract.date_scope import bounds_a_rank, deciding_noun, possessor, told_as_recent
from kg.extract.dates import day_span, resolve, shift
from kg.extract.modality import is_occurrence
from kg.extract.sequels import earlier_talks
from kg.extract.speech import has_future_aux, reporting_verbs
from kg.extract.state import DocState, Draft, SentenceTriggers

#: How directly the text dates a mention (``Draft.date_rank``), best first: a date its own clause
#: states, a date it shares with another mention, the time it was said or published in a readout, the
#: publication date of the report. An event told in several mentions takes the best one's date.
OWN, SHARED, SAID, REPORT = 3, 2, 1, 0

class SentenceDates(CountedDates):
    """The dates of one sentence and the event words they may attach to."""

    def __init__(self, state: DocState, st: SentenceTriggers, today: date | None, opening: int) -> None:
        self.state = state
        self.doc = state.doc
        self.published = today
        self.opening = opening  # where a dateline ends: its date is the report's, not an event's
        self.positions = st.positions
        #: token index -> the date expression it is part of
        self.expression_at: dict[int, tuple[Token, str]] = {}
        self.dates = self._date_expressions(st.span)
        self.lead_in = self._lead_in(st.span)

    def _lead_in(self, sent: Span) -> list[tuple[Token, str]]:
        """The dates of a verbless fragment the parser split off before the sentence on the same line
        ("On Monday (4 March)" + "Mr Smith flew to Oslo."): they date its main clause."""
        doc = self.doc
        if sent.start == 0 or "\n" in doc[sent.start - 1].whitespace_ + doc[sent.start - 1].text:
            return []
        before = doc[sent.start - 1].sent
        if any(t.pos_ in ("VERB", "AUX") for t in before):
            return []
        dates = self._date_expressions(before)
        covered = {i for i, (root, _) in self.expression_at.items() if before.start <= i < before.end}
        if not dates or any(t.i not in covered and not (t.is_punct or t.pos_ == "ADP") for t in before):
            return []
        return dates

    def _date_expressions(self, sent: Span) -> list[tuple[Token, str]]:
        out = []
        doc = self.doc
        ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME") and e.start_char >= self.opening]
        weekdays = self.state.lang.words.weekdays
        last = -1
        for k, ent in enumerate(ents):
            start = ent.start
            if start <= last:
                continue  # joined to the expression before it
            if start > sent.start and doc[start - 1].like_num and doc[start - 1].text.isdigit():
                start -= 1  # "11 September 2025" where the NER took only "September 2025"
            end = ent.end
            while k + 1 < len(ents) and (
                ents[k + 1].start == end  # "21 and" + "22 February": one run of days
                # "Monday" + "," + "25 April": the weekday's date
                or ents[k + 1].start == end + 1 and doc[end].text == "," and doc[end - 1].lower_ in weekdays
            ):
                k, end = k + 1, ents[k + 1].end
            last = end - 1
            found = (doc[start:end].root, doc[start:end].text)
            self.expression_at.update({i: found for i in range(start, end)})
            if not bounds_a_rank(doc[start:end], doc, self.state.lang.words):
                out.append(found)
        for tok in sent:
            if tok.i not in self.expression_at and tok.lower_ in self.state.lang.words.date_words:
                out.append((tok, tok.text))
                self.expression_at[tok.i] = out[-1]
        return out

    def _object_event(self, verb: Token) -> Token | None:
        """The verb's object when that object is itself an event word."""
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i in self.positions), None)

    def _objects_date(self, obj: Token | None, root: Token, statement: bool) -> bool:
        """A date expression told after the verb's event-word object is the object's: right after it
        for any verb ("denounced the raid yesterday"), anywhere after it in the same clause for a
        statement about that event ("condemned the bombing of the station in Kabul on 3 May": the
        bombing's date; "will begin lifting the blockade on Sunday" keeps its own)."""
        if obj is None or self._issuing_verb(root) is not None:
            return False
        start = min(i for i, (r, _) in self.expression_at.items() if r.i == root.i)
        if start == obj.right_edge.i + 1:
            return True
        inside = {t.i for t in obj.subtree}  # "the seizure of the UAE-flagged vessel ... on 2 January"
        # a participle that describes a noun of the object's phrase ("the attack on the base, staffed
        # by peacekeepers, on 26 May") tells no time of its own
        after = self.doc[obj.i + 1 : start]
        described = {t.i for t in after if t.dep_ == "acl" and t.tag_ in ("VBN", "VBG")
                     and t.head.pos_ in ("NOUN", "PROPN")}
        between = [t for t in after if t.i not in inside and t.i not in described]
        return statement and start > obj.i and not any(t.pos_ in ("VERB", "AUX") for t in between)

    def _nested_events_date(self, root: Token, anchors: set[int]) -> bool:
        """A date told right after an event noun deep in a noun phrase ("praised him for his response
        to the airport attack last year") is that event's, however the parser hangs it."""
        start = min(i for i, (r, _) in self.expression_at.items() if r.i == root.i)
        return any(
            i not in anchors
            and n.pos_ == "NOUN"
            and n.right_edge.i == start - 1
            and n.dep_ == "pobj"
            and n.head.head.pos_ == "NOUN"
            for i in self.positions
            for n in [self.doc[i]]
        )

    def _past(self, verb: Token) -> bool:
        """A verb in a past tense ("agreed", "was signed", "had met"), not one put ahead ("would have")."""
        return (
            verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
        ) and not has_future_aux(verb, self.state.lang)

    def _issuing_verb(self, tok: Token) -> Token | None:
        """The verb a date of the text it was said in belongs to: a date in a participle or relative
        clause on a noun of an issued text in an "in" phrase ("condemned the raid in a statement
        released on Sunday", "demanded in a resolution adopted Monday") is the verb's, however the
        parser hangs the phrase."""
        cur = tok
        for _ in range(3):
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                break
        noun = cur.head
        if not (cur.pos_ == "VERB" and cur.dep_ in ("acl", "relcl") and cur.tag_ in ("VBN", "VBD")):
            return None
        if noun.lemma_.lower() not in self.state.lang.words.issued_nouns or noun.dep_ != "pobj":
            return None
        if noun.head.lower_ != "in":
            return None
        verb = noun.head.head
        while verb.head.i != verb.i and (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "xcomp"):
            verb = verb.head  # "urged X to withdraw ... in a statement issued ...": the urging's
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def _anchor(self, tok: Token) -> Token:
        """The word a date expression attaches to: the nearest event word or verb above it; a date
        between a verb of saying and the subject of what is said is the saying's ("said on Monday he
        would meet ...", however the parser hangs it); a date of the text something was said in is
        the saying's (:meth:`_issuing_verb`)."""
        issuing = self._issuing_verb(tok)
        if issuing is not None:
            return issuing
        cur = tok
        for _ in range(6):
            if cur.head.i == cur.i:
                return cur
            cur = cur.head
            if cur.i in self.positions or cur.pos_ in ("VERB", "AUX"):
                subject = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if cur.dep_ == "ccomp" and cur.head.i < tok.i and subject is not None and tok.i < subject.i:
                    return cur.head
                return cur
        return cur

    def _marked(self, verb: Token, marks: frozenset[str]) -> bool:
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in verb.children)

    def _occurrence(self, verb: Token) -> bool:
        return is_occurrence(verb, self.state.lang)

    def _done(self, verb: Token) -> bool:
        """A passive relative clause that tells an event noun being carried out ("the talks that were
        held in Geneva", "the strike that was launched on Sunday")."""
        return verb.tag_ == "VBN" and any(
            c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in verb.children
        )

    def _same_time(self, tok: Token, anchors: set[int]) -> set[int]:
        """Clauses that happen when the mention's own clause does: a when-clause and the clause it
        hangs from ("fighting erupted on 3 May when the rebels shelled the town"), a participle
        clause ("Arriving in Cairo on Monday, the minister met ..."), and the verb that says when an
        event noun happened ("the attack that began on Tuesday")."""
        marks = self.state.lang.words.same_time_marks
        out: set[int] = set()
        for i in anchors:
            a = self.doc[i]
            if a.dep_ == "advcl" and self._marked(a, marks):
                out.add(a.head.i)
            # "soldiers were killed and others taken hostage when rebels attacked": a when-clause after
            # coordinated verbs hangs from the last of them and tells the time of them all
            verbs = [a, *(c for c in a.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
            if a.dep_ == "conj" and a.head.pos_ in ("VERB", "AUX"):
                verbs.append(a.head)
            for v in verbs:
                for c in v.children:
                    if c.dep_ == "advcl" and (
                        self._marked(c, marks)
                        or c.tag_ == "VBG" and self._occurrence(c)  # "will meet starting 20 March"
                        or v is a
                        and c.tag_ in ("VBG", "VBN")
                        and c.i < a.i
                        and not any(m.dep_ in ("mark", "advmod") for m in c.children)
                    ):
                        out.add(c.i)
        # the event noun itself, or the one its verb happened in ("wounded in the raid that started ...")
        nouns = [tok]
        if tok.pos_ == "VERB":
            nouns = [o for p in tok.children if p.dep_ == "prep" for o in p.children]
            # "kidnapped in a raid two years ago": the raid's time is the kidnapping's
            out.update(
                o.i
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in ("in", "during")
                for o in p.children
                if o.dep_ == "pobj" and o.i in self.positions
            )
        for n in nouns:
            out |= self._noun_clauses(n, nominal=tok.pos_ != "VERB")
        return out - anchors

    def _noun_clauses(self, noun: Token, nominal: bool = True) -> set[int]:
        """The clauses on an event noun that say when it happened: "the attack that began on Tuesday",
        "talks that are due to start on Monday", "the talks that were held in Geneva", and (for the
        event noun itself) a participle, "the talks, held in Geneva on Friday"."""
        out: set[int] = set()
        for c in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
            heads = [c, *(a for a in c.children if a.dep_ == "acomp")] if nominal else []
            steps = [c, *(x for h in heads for x in h.children if x.dep_ == "xcomp")]
            out.update(x.i for x in steps if self._occurrence(x) or self._done(x))
        if nominal:
            out.update(c.i for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")
        return out

    def _when_dated(self, anchors: set[int]) -> list[tuple[Token, str]]:
        """A when-clause on a noun the sentence dates tells what happened then ("an incident on
        Thursday when a tank fired at the tower", "the night of 3 May, when rebels shelled the
        town")."""
        marks = self.state.lang.words.same_time_marks
        out = []
        for a in map(self.doc.__getitem__, anchors):
            if a.dep_ != "relcl" or not self._marked(a, marks):
                continue
            noun = a.head
            for root, text in self.dates:
                prep = root.head
                if (root.head.i == noun.i and root.dep_ == "npadvmod") or (
                    prep.dep_ == "prep" and prep.head.i == noun.i
                ):
                    out.append((root, text))
        return out

    def _deeds_date(self, root: Token, anchors: set[int]) -> bool:
        """A date expression that hangs on, or comes right after, a deed named in what a verb of speech
        is about is that deed's, not the speaking's ("condemns the 18 August mutiny", "joins others in
        condemning the actions on 23 May by X", "summoned the envoy over X's actions yesterday":
        the summons is the report's; "met the envoy on Monday" keeps its date)."""
        verb = self._anchor(root)
        if verb.pos_ != "VERB" or not self._speaking(verb):
            return False
        start = min(i for i, (r, _) in self.expression_at.items() if r.i == root.i)
        words = self.state.lang.words
        about = [c for c in verb.children if c.dep_ == "dobj"]
        about += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in words.about_preps
                  for o in p.children if o.dep_ == "pobj"]
        nouns: list[Token] = []
        while about:  # the object and what its own "of/over/on ..." phrases name ("the events of 23 May")
            o = about.pop()
            nouns += [o] if o.pos_ == "NOUN" and o.i not in anchors else []
            about += [x for p in o.children if p.dep_ == "prep" and p.lower_ in words.about_preps
                      for x in p.children if x.dep_ == "pobj"]
        prep = root.head
        return any(
            root.head.i == n.i and root.i < n.i  # "the 18 August mutiny": whatever the noun
            or self._deed(n)
            and (
                root.head.i == n.i
                or prep.dep_ == "prep" and prep.head.i == n.i and n.i < root.i
                or start in (n.i + 1, n.right_edge.i + 1)
            )
            for n in nouns
            if n.i not in self.expression_at
        )

    def _speaking(self, verb: Token) -> bool:
        """A verb of speech: one of saying, or the trigger of a statement that is no meeting."""
        lex = self.state.lang.lexicon
        spec = self.positions.get(verb.i)
        if spec is not None:
            rules = lex.rules(spec.plover)
            return rules.speech_act and not rules.symmetric
        return verb.lemma_.lower() in lex.speech_verbs

    def _deed(self, noun: Token) -> bool:
        """A noun that names a deed or a happening: an event word, a noun of conduct or of an act, a
        noun of something that happened, or a gerund ("the signing")."""
        lex, word = self.state.lang.lexicon, noun.lemma_.lower()
        return (
            noun.i in self.positions
            or word in lex.conduct_nouns
            or word in lex.act_nouns
            or noun.lower_ in self.state.lang.words.happening_nouns
            or noun.tag_ == "NN" and noun.lower_.endswith("ing")
        )

    def _possessor_of(self, root: Token) -> Token | None:
        """The noun a date determines, else None: a possessive date ("Sunday's attack": the attack), one
        that modifies the noun after it ("the 18 August mutiny", "Russia's 8 August 2008 invasion"; not
        a statement: "in a 30 August statement, X denounced ...") or
        that is set in brackets after it ("resolution 2174 (2014)")."""
        span = [i for i, (r, _) in self.expression_at.items() if r.i == root.i]
        first, last = min(span), max(span)
        head = root.head
        between = self.doc[last + 1 : head.i]
        if (
            root.dep_ in ("compound", "nmod")
            and head.i > last
            and head.pos_ in ("NOUN", "PROPN")
            and not any(t.is_punct for t in between)  # "Earlier Monday, Hezbollah's chief ..."
        ):
            # "in an August 30 statement, X denounced ...": the day of a statement is its speaker's
            spoken = self.state.lang.words.statement_nouns | self.state.lang.lexicon.speech_act_nouns
            return None if head.lower_ in spoken else head
        doc = self.doc
        if first > 1 and last + 1 < len(doc) and doc[first - 1].text == "(" and doc[last + 1].text == ")":
            before = doc[first - 2]
            if before.i not in self.expression_at and before.pos_ in ("NOUN", "PROPN", "NUM"):
                return before if before.pos_ != "NUM" else before.head
        return possessor(doc, last + 1)

    def _attached(
        self, anchors: set[int], obj: Token | None = None, statement: bool = False
    ) -> tuple[Token, str] | None:
        """The date expressions of the sentence that attach to one of ``anchors`` (not those of the
        event-word object ``obj``)."""
        for root, text in self.dates:
            owner = self._possessor_of(root)
            if owner is not None:
                if owner.i in anchors:
                    yield root, text
                continue  # "condemned Sunday's attack": the date is the attack's, however it is parsed
            if (
                self._objects_date(obj, root, statement)
                or self._nested_events_date(root, anchors)
                or self._deeds_date(root, anchors)
            ):
                continue  # "denounced the raid yesterday": the date is the raid's
            # "the signing of the accord in December": the date hangs from the noun of the act
            prep = root.head
            of_noun = prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.i in anchors
            if self._anchor(root).i in anchors or root.head.i in anchors or of_noun:
                yield root, text

    def date(self, d: Draft) -> None:
        """The mention's own date, from the date expressions of its sentence."""
        if d.requested:
            return  # "met on Monday at the request of X": the request was made before, when is not said
        tok = self.doc[d.token]
        lang = self.state.lang
        # "pledged on Friday to send aid": the pledge is past even if the aid is not; "set off a bomb
        # on Sunday": the verb whose object the event noun is tells the tense
        verb = tok.head if not d.is_verb and tok.dep_ == "dobj" else tok
        future = d.modality in ("planned", "hypothetical") and not (
            verb.tag_ in ("VBD", "VBN") and not has_future_aux(verb, lang)
        )
        # "He travels to Russia Friday", "the council meets Tuesday": in the body of a report, a deed
        # in the simple present with a weekday is scheduled (a headline's present tells the past)
        scheduled = (
            d.is_verb
            and tok.tag_ in ("VBZ", "VBP")
            and not d.headline
            and tok.lemma_.lower() not in lang.lexicon.speech_verbs
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        )
        anchors = {tok.i}
        own_time = any(c.dep_ == "mark" and c.lower_ in lang.words.own_time_marks for c in tok.children)
        #: the verb whose date a verb of its clause shares when it states none of its own
        lead: set[int] = set()
        if d.is_verb and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB" and not own_time:
            lead.add(tok.head.i)  # "opened the summit on Tuesday, urging allies to ..."
        means = tok.head
        if d.is_verb and tok.dep_ == "pcomp" and means.lower_ in lang.words.means_preps \
                and means.head.pos_ == "VERB":
            lead.add(means.head.i)  # "responded on Saturday by striking ...": the means is done then
        cur, clause = tok, tok if d.is_verb else None
        if not d.is_verb:
            for _ in range(4):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.dep_ == "prep" and cur.lower_ in lang.words.own_time_marks:
                    break  # "a day after their meetings": the phrase has a time of its own
                if cur.dep_ == "prep" and earlier_talks(tok, d.plover, lang):
                    break  # "a continuation of their talks last week": so has an earlier meeting
                if cur.pos_ in ("VERB", "AUX"):
                    anchors.add(cur.i)
                    clause = cur
                    break
                if cur.i in self.positions:
                    break
                if cur.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in cur.children):
                    anchors.add(cur.i)  # "the signing of the accord in December": the noun of the act
        if d.modality == "asserted":  # "the decision last week to launch an offensive"
            lead |= deciding_noun(clause)
        if d.is_verb and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
            anchors.add(tok.head.i)  # "Fighting erupted in January": a gerund is dated as a noun
        if d.is_verb:
            # "Monday's attack killed five people": the deed its event-noun subject names is its time
            anchors.update(c.i for c in tok.children if c.dep_ == "nsubj" and c.i in self.positions)
        obj = self._object_event(tok) if d.is_verb else None
        statement = lang.lexicon.rules(d.plover).object_parties
        # "shelled Kharkiv on Monday and Kyiv on Tuesday": a verb's own date before its lead verb's
        own = [*self._attached(anchors, obj, statement), *self._attached(lead, obj, statement)]
        first = tok
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head  # "the seizure and detention of the ship"
        if first is not tok:
            # "the attack and seizure of the ship on 5 May": a date told after both nouns is both's
            own += [x for x in self._attached({first.i}, obj, statement) if x[0].i > tok.i]
        if not d.is_verb and first.dep_ == "dobj" and first.head.i in self.positions:
            # "condemned an attack on a vessel operating near the strait on 1 October": the date the
            # statement leaves to its object is the object's
            said = lang.lexicon.rules(self.positions[first.head.i].plover).object_parties
            own = [x for x in self.dates if self._objects_date(first, x[0], said)] + own
        anchors |= lead
        if not d.is_verb and not own_time:
            # "blamed Kenya on Friday for an attack that took place on Tuesday": the noun's own clause
            # tells its time before the verb it hangs from
            own = [*self._attached(self._noun_clauses(tok) - anchors, obj, statement), *own]
        if not own_time:
            own += self._attached(self._same_time(tok, anchors), obj, statement)
            # "since March, when the army began its offensive": the clause describes the date
            own += [
                self.expression_at[a.head.i]
                for a in map(self.doc.__getitem__, anchors)
                if a.dep_ == "relcl" and a.head.i in self.expression_at
            ]
            own += self._when_dated(anchors)
        if tok.sent.root.i in anchors:
            own += self.lead_in
        anniversary = self._anniversary(tok)
        if anniversary is not None:  # "the tenth anniversary of the accord on Monday": years before
            d.date, d.date_text = anniversary
            d.date_rank = OWN
            return
        for root, text in own:
            # "agreed on Friday to a deal": a date the past tense of its verb puts behind
            # ("welcomed a truce due to take effect on Monday": the clause of the date tells its tense)
            anchor = self._anchor(root)
            own_clause = d.modality in ("planned", "hypothetical") and anchor.i not in anchors
            days = lang.words.weekdays
            weekday = scheduled and anchor.i == tok.i and any(w in text.lower().split() for w in days)
            ahead = (future or own_clause or weekday) and not self._past(anchor)
            value = resolve(text, self.published, ahead)
            if value is None and day_span(text) is not None:
                value = self._offset(root, text, ahead)
            if value and root.dep_ == "amod" and root.lower_ in self.state.lang.words.night_words:
                value = shift(value, -1)  # "an overnight clash": the night before the report's day
            if value:
                d.date, d.date_text, d.date_rank = value, text, OWN
                return
        if told_as_recent(tok, [text for _, text in own], lang.words):
            d.recent = True  # "the recent attacks", "in recent weeks": no day, not the report's
            return
        if clause is not None and d.modality == "asserted" and not own_time:
            # "rejected the proposal, a spokesman told reporters on Friday": with no time of its own,
            # what is reported happened by the time it was said
            speech = {v.i for v in reporting_verbs(clause, lang)}
            for root, text in self.dates:
                if self._possessor_of(root) is not None or self._issuing_verb(root) is not None:
                    continue  # "X said in a statement released Sunday that ...": the deed's time is untold
                if speech and (self._anchor(root).i in speech or root.head.i in speech):
                    value = resolve(text, self.published, False)
                    if value:
                        d.date, d.date_text, d.date_rank = value, text, SAID
                        return
        counted = self._counted(tok, future)
        if counted is not None:
            d.date, d.date_text = counted
            d.date_rank = OWN
        elif d.modality == "asserted":
            led = (self._leading_up(tok) or self._clause_date(tok)) if d.is_verb else None
            if led is not None:
                d.date, d.date_text = led
                d.date_rank = SHARED
