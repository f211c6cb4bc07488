"""When each event happened: every date decision of the extractor.

Mentions first (the ``timing`` pass): the date expression a trigger's clause carries ("met on
Monday"), a span from another date ("a day after ..."), the time of the verb of saying that reports
it, the dates of the words it absorbed; then across mentions, in reading order: an official
readout's own events on its publication day, events of a sentence sharing its dated main event,
"hours earlier" keeping the day told before, and a story going on with the same people at the time
of the sentence before. Events last (called by the merge pass): the date of a merged event, and a
headline's event taking the time the body tells.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.extract.dates import dateline, day_span, resolve, shift, story_shift
from kg.extract.speech import has_future_aux, reporting_verbs
from kg.extract.state import DocState, Draft, SentenceTriggers, by_sentence

#: How directly the text dates a mention (``Draft.date_rank``), best first: a date its own clause
#: states, a date it shares with another mention, the time it was said or published in a readout, the
#: publication date of the report. An event told in several mentions takes the best one's date.
OWN, SHARED, SAID, REPORT = 3, 2, 1, 0

#: How many sentences after a lead in the present perfect may tell its time.
_LEAD_REACH = 2

#: The most days a readout appears after the meeting it reports.
_READOUT_LAG = 7

#: Dependencies of a verb trigger that mark it as background, not the readout's own news.
_BACKGROUND = {"acl", "relcl", "xcomp", "pcomp", "advcl", "csubj", "amod"}


class _SentenceTime:
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
        ("On Thursday (21 January)" + "Mr Raab travelled to Sudan."): they date its main clause."""
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
        for k, ent in enumerate(ents):
            start = ent.start
            if k and ents[k - 1].end == start:
                continue  # joined to the expression before it
            if start > sent.start and doc[start - 1].like_num and doc[start - 1].text.isdigit():
                start -= 1  # "11 September 2025" where the NER took only "September 2025"
            end = ent.end
            while k + 1 < len(ents) and ents[k + 1].start == end:
                k, end = k + 1, ents[k + 1].end  # "21 and" + "22 February": one run of days
            out.append((doc[start:end].root, doc[start:end].text))
            self.expression_at.update({i: out[-1] for i in range(start, end)})
        for tok in sent:
            if tok.i not in self.expression_at and tok.lower_ in self.state.lang.words.date_words:
                out.append((tok, tok.text))
                self.expression_at[tok.i] = out[-1]
        return out

    def _object_event_end(self, verb: Token) -> int | None:
        """Where the verb's object ends when that object is itself an event word."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in self.positions), None)
        return obj.right_edge.i if obj is not None else None

    def _offset(self, root: Token, text: str, future: bool) -> str | None:
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
        days = day_span(text)
        if rel is None or days is None:
            return None
        main = next((resolve(t, self.published, future) for r, t in self.dates if r.i != root.i), None)
        if main is None:
            return None
        return shift(main, -days if rel == "after" else days)

    def _past(self, verb: Token) -> bool:
        """A verb in a past tense ("agreed", "was signed", "had met"), not one put ahead ("would have")."""
        return (
            verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
        ) and not has_future_aux(verb, self.state.lang)

    def _anchor(self, tok: Token) -> Token:
        """The word a date expression attaches to: the nearest event word or verb above it; a date
        between a verb of saying and the subject of what is said is the saying's ("said on Monday he
        would meet ...", however the parser hangs it)."""
        cur = tok
        for _ in range(6):
            if cur.head is cur:
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
        """A verb that says when something happened ("began", "took place", "broke out")."""
        words = self.state.lang.words.occurrence_verbs
        return verb.lemma_.lower() in words or any(
            f"{verb.lemma_.lower()} {c.lower_}" in words for c in verb.children if c.dep_ in ("prt", "dobj")
        )

    def _same_time(self, tok: Token, anchors: set[int]) -> set[int]:
        """Clauses that happen when the mention's own clause does: a when-clause and the clause it
        hangs from ("the clashes began on 3 May when troops responded to an attack"), a participle
        clause ("Starting in Kenya on Wednesday, the minister met ..."), and the verb that says when an
        event noun happened ("the attack that began on Tuesday")."""
        marks = self.state.lang.words.same_time_marks
        out: set[int] = set()
        for i in anchors:
            a = self.doc[i]
            if a.dep_ == "advcl" and self._marked(a, marks):
                out.add(a.head.i)
            for c in a.children:
                if c.dep_ == "advcl" and (
                    self._marked(c, marks)
                    or c.tag_ in ("VBG", "VBN")
                    and c.i < a.i
                    and not any(m.dep_ in ("mark", "advmod") for m in c.children)
                ):
                    out.add(c.i)
        # the event noun itself, or the one its verb happened in ("killed in the attack that began ...")
        nouns = [tok]
        if tok.pos_ == "VERB":
            nouns = [o for p in tok.children if p.dep_ == "prep" for o in p.children]
        out.update(
            c.i for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and self._occurrence(c)
        )
        if tok.pos_ != "VERB":
            # "the talks, held in Geneva on Friday": a participle that tells how the event took place
            out.update(c.i for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")
        return out - anchors

    def _attached(self, anchors: set[int], after_object: int | None) -> tuple[Token, str] | None:
        """The first date expression of the sentence that attaches to one of ``anchors``."""
        for root, text in self.dates:
            if after_object is not None and root.i == after_object + 1:
                continue  # "denounced the raid yesterday": the date is the raid's
            if self._anchor(root).i in anchors or root.head.i in anchors:
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
        future = d.modality == "planned" and not (
            verb.tag_ in ("VBD", "VBN") and not has_future_aux(verb, lang)
        )
        anchors = {tok.i}
        own_time = any(c.dep_ == "mark" and c.lower_ in lang.words.own_time_marks for c in tok.children)
        if d.is_verb and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB" and not own_time:
            anchors.add(tok.head.i)  # "opened the summit on Tuesday, urging allies to ..."
        cur, clause = tok, tok if d.is_verb else None
        if not d.is_verb:
            for _ in range(4):
                if cur.head is cur:
                    break
                cur = cur.head
                if cur.dep_ == "prep" and cur.lower_ in lang.words.own_time_marks:
                    break  # "a day after their meetings": the phrase has a time of its own
                if cur.pos_ in ("VERB", "AUX"):
                    anchors.add(cur.i)
                    clause = cur
                    break
                if cur.i in self.positions:
                    break
        after_object = self._object_event_end(tok) if d.is_verb else None
        own = [*self._attached(anchors, after_object)]
        if not own_time:
            own += self._attached(self._same_time(tok, anchors), after_object)
            # "since November, when the rebels launched attacks": the clause describes the date
            own += [
                self.expression_at[a.head.i]
                for a in map(self.doc.__getitem__, anchors)
                if a.dep_ == "relcl" and a.head.i in self.expression_at
            ]
        if tok.sent.root.i in anchors:
            own += self.lead_in
        for root, text in own:
            # "agreed on Friday to a deal": a date the past tense of its verb puts behind
            ahead = future and not self._past(self._anchor(root))
            value = resolve(text, self.published, ahead)
            if value is None and day_span(text) is not None:
                value = self._offset(root, text, ahead)
            if value:
                d.date, d.date_text, d.date_rank = value, text, OWN
                return
        if clause is not None and d.modality == "asserted" and not own_time:
            # "rejected the proposal, a spokesman told reporters on Friday": with no time of its own,
            # what is reported happened by the time it was said
            speech = {v.i for v in reporting_verbs(clause, lang)}
            for root, text in self.dates:
                if speech and (self._anchor(root).i in speech or root.head.i in speech):
                    value = resolve(text, self.published, False)
                    if value:
                        d.date, d.date_text, d.date_rank = value, text, SAID
                        return
        counted = self._counted(tok, future)
        if counted is not None:
            d.date, d.date_text = counted
            d.date_rank = OWN

    def _measure(self, word: Token) -> Token | None:
        """The span of time an "after" or "before" counts: "two days" in "two days after the attack",
        "a day after their meetings", "a day after they met"."""
        if word.dep_ == "mark":
            return next((t for t in word.head.children if t.dep_ == "npadvmod"), None)
        if word.head.dep_ == "npadvmod":
            return word.head
        return next((t for t in word.children if t.dep_ == "npadvmod"), None)

    def _counted(self, tok: Token, future: bool) -> tuple[str, str] | None:
        """The date of an event inside "two days after ..." or "a day before ...": counted from the
        date the sentence gives outside that phrase ("struck on Friday, two days after Hezbollah fired
        rockets")."""
        cur = tok
        for _ in range(6):
            word = next(
                (c for c in cur.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None
            )
            if word is None and cur.dep_ == "prep" and cur.lower_ in ("after", "before"):
                word = cur
            if word is not None:
                measure = self._measure(word)
                if measure is None:
                    return None
                inner = (
                    {t.i for t in word.subtree} if word.dep_ == "prep" else {t.i for t in word.head.subtree}
                )
                span = " ".join(t.lower_ for t in measure.subtree if t.i not in inner or t.i < word.i)
                days = day_span(span)
                if days is None:
                    return None
                inner |= {t.i for t in measure.subtree}
                main = next(
                    (resolve(x, self.published, future) for r, x in self.dates if r.i not in inner), None
                )
                if main is None:
                    return None
                return shift(main, -days if word.lower_ == "after" else days), f"{span} {word.lower_}"
            if cur.head is cur:
                return None
            cur = cur.head
        return None


def share_sentence_dates(drafts: list[Draft], doc: Doc) -> None:
    """Undated events of a sentence happen when its dated main event does ("When they met last week,
    X refused ..."), but not when that event is what they are about ("condemned the attack that began
    on Sunday": the condemnation came after)."""
    dated = [
        d
        for d in drafts
        if d.date and d.modality == "asserted" and not d.subordinate and day_span(d.date_text or "") is None
    ]
    for d in drafts:
        if d.date is None and d.modality == "asserted" and not d.subordinate:
            inside = {t.i for t in doc[d.token].subtree}
            donor = next((x for x in dated if x.token not in inside), None)
            if donor is not None:
                d.date, d.date_text = donor.date, donor.date_text
                d.date_rank = min(donor.date_rank, SHARED)


def is_title(sentence_text: str, title: str | None) -> bool:
    """The sentence is the document's title line."""
    title = " ".join((title or "").split())
    return bool(title) and " ".join(sentence_text.split()) == title


def report_day(state: DocState) -> tuple[date | None, int]:
    """The day the report's relative dates count from, and where its dateline ends (0 without one): a
    dateline's day ("NEW YORK, Mar 20 (Reuters) -") in the week before publication, as when a
    report is reposted a day later, else the publication day."""
    published = state.document.published
    first = 1 if state.sentences and is_title(state.sentences[0].text, state.document.title) else 0
    for s in state.sentences[first : first + 2]:
        found = dateline(s.text, published)
        if found is not None:
            end, day = found
            if published is None or 0 <= (published - day).days <= _READOUT_LAG:
                return day, s.start + end
    return published, 0


def readout_day(state: DocState, today: date) -> str:
    """The day an official readout reports: when its title names a meeting or call, the day the text
    states for it ("met at the summit on 18 September", a title's "..., 1 February 2023"), else the
    publication day."""
    published = today
    titled = [
        d
        for d in state.drafts
        if d.plover == "CONSULT" and d.sentence.index == 0 and is_title(d.sentence.text, state.document.title)
    ]
    parties = {k for d in titled for k in d.participants}
    for d in state.drafts:
        if (
            titled
            and d.plover == "CONSULT"
            and d.modality == "asserted"
            and d.date_rank == OWN
            and len(d.date or "") == 10
            and (d in titled or parties & set(d.participants))
            and 0 <= (published - date.fromisoformat(d.date)).days <= _READOUT_LAG
        ):
            return d.date
    return published.isoformat()


def _readout_date(state: DocState, d: Draft, day: str) -> None:
    """In an official readout, what the principals do is dated on the day it reports."""
    doc, document = state.doc, state.document
    tok = doc[d.token]
    title = (document.title or "").strip()
    headline = d.sentence.index == 0 and bool(title) and d.sentence.text.strip() == title
    # "the ministers continue to urge ...": the clause's own verb carries the subject
    clause = tok.head if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" else tok
    if headline and state.lang.lexicon.rules(d.plover).deed and state.publisher.country not in d.source:
        return  # "... following Russian strikes" in a readout's title: others' deeds keep their own time
    if headline or (
        d.is_verb
        and clause.dep_ not in _BACKGROUND
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        d.date, d.date_text, d.date_rank = day, None, SAID


def _narrated(d: Draft, doc: Doc) -> bool:
    """A clause of the story itself: a verb, or an event noun a verb of doing governs ("held talks")."""
    tok = doc[d.token]
    return (
        d.is_verb
        and tok.dep_ not in _BACKGROUND - {"xcomp"}
        or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB")
    )


def _telling(d: Draft, doc: Doc) -> bool:
    """A mention that tells the story's time: a clause, or an event noun that is the subject or object
    of one ("Friday's attack started with ..."), not one named in passing ("a statement on the attack")."""
    tok = doc[d.token]
    return _narrated(d, doc) or (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB")


def date_mentions(state: DocState) -> None:
    """Pass: the date of every event mention (``date``, ``date_text``, ``date_basis``)."""
    publisher = state.publisher
    by_index = {st.sentence.index: st for st in state.triggers}
    sentences = by_sentence(state.drafts)
    today, opening = report_day(state)
    for found in sentences:
        clock = _SentenceTime(state, by_index[found[0].sentence.index], today, opening)
        for d in found:
            for a in d.absorbed:
                clock.date(a)
            clock.date(d)
            for a in d.absorbed:
                if d.date is None:
                    d.date, d.date_text, d.date_rank = a.date, a.date_text, a.date_rank
    readout = readout_day(state, today) if publisher.readout and today else None
    statements = statement_days(state, today)
    previous: list[Draft] = []
    told: list[Draft] = []
    for found in sentences:
        sentence = found[0].sentence
        for d in found:
            if d.date is None and d.modality == "asserted" and not d.is_verb:
                refer_back(state, d, told)
        told += [d for d in found if d.date_rank >= SHARED]
        for d in found:
            if d.date is not None or d.modality != "asserted":
                continue
            if sentence.index in statements and not d.anaphoric:
                d.date, d.date_text, d.date_rank = statements[sentence.index], None, SAID
            elif readout:
                _readout_date(state, d, readout)
        share_sentence_dates(found, state.doc)
        days = story_shift(sentence.text) if previous else None
        if days is not None:
            # "Hours earlier, Russian forces shelled ...", "The next day, ...": counted from the day of
            # the event told just before
            for d in found:
                if d.date is None and d.modality == "asserted" and not d.subordinate:
                    donor = next((p for p in previous if p.modality == "asserted"), None)
                    if donor is not None and len(donor.date or "") == 10:
                        d.date, d.date_text = shift(donor.date, days), None
                        d.date_rank = min(donor.date_rank, SHARED)
        for d in found:
            if d.date is None and not d.subordinate and _narrated(d, state.doc):
                # the story goes on with the same people at the time of the sentence before
                # ("They met on Monday. ... Both sides then signed ...")
                donor = next(
                    (
                        p
                        for p in previous
                        if p.modality == d.modality
                        and _telling(p, state.doc)
                        and (d.modality == "planned" or set(p.participants) & set(d.participants))
                    ),
                    None,
                )
                if donor is not None:
                    d.date, d.date_text = donor.date, donor.date_text
                    d.date_rank = min(donor.date_rank, SHARED)
        previous = [d for d in found if len(d.date or "") == 10 and not d.subordinate] or previous
    lead_dated_after(state, sentences)
    date_from_report(state, today)


def refer_back(state: DocState, d: Draft, told: list[Draft]) -> None:
    """ "the attack", "this meeting": an event named as one already told takes the date the text gave
    it, from the latest mention of the same kind with a party in common ("the first talks", "the
    latest attack" name new ones)."""
    tok = state.doc[d.token]
    if (
        tok.tag_ != "NN"
        or not any(
            c.dep_ == "det" and c.lower_ in state.lang.words.definite_determiners for c in tok.children
        )
        or any(c.dep_ in ("amod", "nummod", "poss", "nmod") for c in tok.children)
    ):
        return
    donor = next(
        (
            x
            for x in reversed(told)
            if x.event_class == d.event_class
            and x.plover == d.plover
            and set(x.participants) & set(d.participants)
        ),
        None,
    )
    if donor is not None:
        d.date, d.date_text, d.date_rank = donor.date, donor.date_text, SHARED


def _perfect(tok: Token) -> bool:
    """A verb in the present perfect ("have agreed", "has been killed")."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def lead_dated_after(state: DocState, sentences: list[list[Draft]]) -> None:
    """A lead in the present perfect ("X and Y have agreed to ...") leaves the time to the sentences
    after it ("The two made the pledge on Wednesday as they met ..."): its undated events take the day
    the next two sentences state for an event of the same parties."""
    first = 1 if state.sentences and is_title(state.sentences[0].text, state.document.title) else 0
    lead = next((g for g in sentences if g[0].sentence.index == first), [])
    after = [d for g in sentences if first < g[0].sentence.index <= first + _LEAD_REACH for d in g]
    for d in lead:
        if d.date is not None or d.modality != "asserted" or not _perfect(state.doc[d.token]):
            continue
        donor = next(
            (
                x
                for x in after
                if x.date_rank == OWN
                and x.modality == "asserted"
                and len(x.date or "") == 10
                and set(x.participants) & set(d.participants)
            ),
            None,
        )
        if donor is not None:
            d.date, d.date_text, d.date_rank = donor.date, donor.date_text, SHARED


def statement_days(state: DocState, today: date | None) -> dict[int, str]:
    """The sentences of a statement introduced with its day ("A spokesperson yesterday said:"), and
    that day: what the statement tells without a time of its own happened by then."""
    days: dict[int, str] = {}
    day = None
    for s in state.sentences:
        if s.text.rstrip().endswith(":"):
            span = state.doc.char_span(s.start, s.end, alignment_mode="expand")
            found = (resolve(e.text, today) for e in span.ents if e.label_ == "DATE")
            day = next((v for v in found if v and len(v) == 10), None)
        elif day:
            days[s.index] = day
    return days


def date_from_report(state: DocState, published: date | None) -> None:
    """An asserted event the text gives no time for happened by the time it was reported: it takes
    the report's date, marked as such (``date_basis`` "report")."""
    for d in state.drafts:
        if d.date is not None:
            d.date_basis = d.date_basis or "stated"
        elif published is not None and d.modality == "asserted":
            d.date, d.date_text, d.date_basis = published.isoformat(), None, "report"


def event_date(group: list[Draft]) -> tuple[str | None, str | None, str | None]:
    """The date of an event reported by several mentions: the date of the mention the text dates most
    directly (``date_rank``), the most precise one first; a finer date of another mention that falls
    within it ("in March" and "on 3 March") makes it precise."""
    dated = sorted((x for x in group if x.date), key=lambda x: (-x.date_rank, -len(x.date or "")))
    if not dated:
        return None, None, None
    best = dated[0]
    finer = max(
        (x for x in dated if x is best or x.date_basis != "report" and x.date.startswith(best.date)),
        key=lambda x: len(x.date),
    )
    return finer.date, finer.date_text, finer.date_basis


def headline_takes_body_time(headline: list[Draft], body: list[Draft]) -> None:
    """A headline's event joins the body's: its own date gives way when the body dates the event."""
    if any(x.date for x in body):
        for x in headline:
            x.date, x.date_text, x.date_basis = None, None, None
