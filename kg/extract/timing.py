"""When each event happened: the ``timing`` pass and the date of a merged event.

The day the report's relative dates count from is its publication day, or the day of a dateline that
opens it. Each mention first takes the date its own sentence gives it (kg.extract.sentence_dates);
then, in reading order: what a statement introduced with its day says, an official readout's own
events on the day of the meeting it reports, a definite event noun ("the attack") the date of the
event it names again, events of a sentence sharing its dated main event, "hours earlier" or "the
next day" counted from the day told before, and a story going on with the same people at the time of
the sentence before; a lead in the present perfect takes the day the next sentences state; what is
left and asserted takes the report's date. Events last (called by the merge pass): the date of a
merged event, and a headline's event taking the time the body tells.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from kg.extract.background import told_before
from kg.extract.date_words import DateWords
from kg.extract.dates import dateline, day_span, resolve, shift, story_shift
from kg.extract.retold import retold_days
from kg.extract.sentence_dates import OWN, SAID, SHARED, SentenceDates
from kg.extract.state import DocState, Draft, by_sentence
from kg.model import Event

#: How many sentences after a lead in the present perfect may tell its time.
_LEAD_REACH = 2

#: The most days a report appears after the day it dates (a readout after its meeting, a reposted
#: wire report after its dateline).
REPORT_LAG = 7

#: The most days a news story appears after the day its lead tells of ("Sunday's launch" in Monday's
#: paper, a report reposted a day later).
_STORY_LAG = 2

#: How many sentences back an event named again ("the meeting") may have been told by a word that
#: is no event mention of its own.
_BACK = 1

#: Dependencies of a verb trigger that mark it as background, not the readout's own news.
_BACKGROUND = {"acl", "relcl", "xcomp", "pcomp", "advcl", "csubj", "amod"}


def share_sentence_dates(drafts: list[Draft], doc: Doc, words: DateWords) -> None:
    """Undated events of a sentence happen when its dated main event does ("When they met last week,
    X refused ..."), but not when that event is what they are about ("condemned the attack that began
    on Sunday": the condemnation came after), nor when they are named in passing within it as already
    past ("imposed sanctions on Wednesday on the leaders of the coup": :func:`_passing`)."""
    dated = [
        d
        for d in drafts
        if d.date
        and d.modality == "asserted"
        and not d.subordinate
        and day_span(d.date_text or "") is None
        and not _counted_back(d.date_text, words)
    ]
    for d in drafts:
        if d.date is None and d.modality == "asserted" and not d.subordinate:
            inside = {t.i for t in doc[d.token].subtree}
            donor = next((x for x in dated if x.token not in inside), None)
            if donor is not None and not _passing(doc[d.token], doc[donor.token], words):
                d.date, d.date_text = donor.date, donor.date_text
                d.date_rank = min(donor.date_rank, SHARED)


def _counted_back(text: str | None, words: DateWords) -> bool:
    """A date counted back from the sentence's own ("on the one-year anniversary of the poisoning": the
    poisoning's): no time of the sentence's other events."""
    return bool(text) and text.split()[-1].lower() in words.anniversary_nouns


def _passing(tok: Token, donor: Token, words: DateWords) -> bool:
    """``tok`` is an event noun named in passing within ``donor``'s clause as already past, in a
    prepositional phrase ("consequences on the leaders of the coup", "sanctions following the
    attack"): the deed the donor answers, not one done with it."""
    return (tok.dep_ == "pobj" and donor in tok.ancestors
            and told_before(tok, words, words.definite_determiners))


def is_title(sentence_text: str, title: str | None) -> bool:
    """The sentence is the document's title line."""
    title = " ".join((title or "").split())
    return bool(title) and " ".join(sentence_text.split()) == title


def title_sentences(state: DocState) -> int:
    """How many sentences the title takes at the text's start: 1 where the text opens with it, else 0."""
    return 1 if state.sentences and is_title(state.sentences[0].text, state.document.title) else 0


def report_day(state: DocState) -> tuple[date | None, int]:
    """The day the report's relative dates count from, and where its dateline ends (0 without one): a
    dateline's day ("NEW YORK, Mar 20 (Reuters) -") in the week before publication, as when a
    report is reposted a day later, else the publication day."""
    published = state.document.published
    first = title_sentences(state)
    for s in state.sentences[first : first + 2]:
        found = dateline(s.text, published)
        if found is not None:
            end, day = found
            if published is None or 0 <= (published - day).days <= REPORT_LAG:
                return day, s.start + end
    return published, 0


def readout_day(state: DocState, today: date) -> str:
    """The day an official readout reports: when its title names a meeting or call, the day the text
    states for it ("met in Rome on 4 March", a title's "..., 4 March 2024"), else the
    publication day."""
    published = today
    lex = state.lang.lexicon
    titled = [
        d
        for d in state.drafts
        if lex.rules(d.plover).talks
        and d.sentence.index == 0
        and is_title(d.sentence.text, state.document.title)
    ]
    if not titled:
        return _title_day(state, published) or published.isoformat()
    parties = {k for d in titled for k in d.participants}
    dated = [
        d
        for d in state.drafts
        if lex.rules(d.plover).talks
        and d.modality == "asserted"
        and d.date_rank == OWN
        and len(d.date or "") == 10
        and 0 <= (published - date.fromisoformat(d.date)).days <= REPORT_LAG
    ]
    for d in dated:
        if d in titled or parties & set(d.participants):
            return d.date
    # the title names the meeting by the other side's officials ("Meetings with Vietnamese Government
    # Officials"), the lead by their names: the lead's dated meeting is the one reported
    lead = _LEAD_REACH + title_sentences(state)
    first = next((d for d in dated if d.sentence.index <= lead), None)
    if first is not None:
        return first.date
    return _title_day(state, published) or published.isoformat()


def _title_day(state: DocState, published: date) -> str | None:
    """The day a readout's title names ("Activities of the Secretary-General in Kenya, 16-17 May": the
    first), when it falls in the days before publication."""
    s = state.sentences[0] if state.sentences else None
    if s is None or not is_title(s.text, state.document.title):
        return None
    span = state.doc.char_span(s.start, s.end, alignment_mode="expand")
    for ent in span.ents if span is not None else ():
        value = resolve(ent.text, published) if ent.label_ == "DATE" else None
        if value and len(value) == 10 and 0 <= (published - date.fromisoformat(value)).days <= REPORT_LAG:
            return value
    return None


def _readout_date(state: DocState, d: Draft, day: str) -> None:
    """In an official readout, what the principals do is dated on the day it reports."""
    doc, document = state.doc, state.document
    tok = doc[d.token]
    title = (document.title or "").strip()
    headline = d.sentence.index == 0 and bool(title) and d.sentence.text.strip() == title
    # "the ministers continue to urge ...": the clause's own verb carries the subject
    clause = tok.head if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" else tok
    rules = state.lang.lexicon.rules(d.plover)
    # "the Foreign Secretary highlighted the UK's commitment to ...": a statement the verb's subject makes
    # (not a meeting, nor a noun a light verb makes the event: "held a meeting", "sent a complaint")
    said = not d.is_verb and rules.speech_act and not rules.symmetric and tok.dep_ == "dobj"
    said = said and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in state.lang.lexicon.light_verbs
    clause = tok.head if said else clause
    if headline and rules.deed and state.publisher.country not in d.source:
        return  # "... following Russian strikes" in a readout's title: others' deeds keep their own time
    if headline or (
        (d.is_verb or said)
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
    of one ("Sunday's raid ended with ..."), not one named in passing ("a statement on the attack")."""
    tok = doc[d.token]
    return _narrated(d, doc) or (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB")


def date_mentions(state: DocState) -> None:
    """Pass: the date of every event mention (``date``, ``date_text``, ``date_basis``)."""
    publisher = state.publisher
    by_index = {st.sentence.index: st for st in state.triggers}
    sentences = by_sentence(state.drafts)
    today, opening = report_day(state)
    for found in sentences:
        clock = SentenceDates(state, by_index[found[0].sentence.index], today, opening)
        for d in found:
            for a in d.absorbed:
                clock.date(a)
            clock.date(d)
            rules = state.lang.lexicon.rules(d.plover)
            for a in d.absorbed:
                # "condemns the 18 August mutiny": the deed a statement is about keeps its date
                if d.date is None and (a.plover == d.plover or not rules.speech_act or rules.symmetric):
                    d.date, d.date_text, d.date_rank = a.date, a.date_text, a.date_rank
    readout = readout_day(state, today) if publisher.readout and today else None
    statements = statement_days(state, today)
    previous: list[Draft] = []
    told: list[Draft] = []
    for found in sentences:
        sentence = found[0].sentence
        for d in found:
            if d.date is None and d.modality == "asserted" and not d.is_verb:
                refer_back(state, d, told, today, opening)
        told += [d for d in found if d.date_rank >= SHARED]
        for d in found:
            if d.date is not None or d.modality != "asserted":
                continue
            if sentence.index in statements and not d.anaphoric:
                d.date, d.date_text, d.date_rank = statements[sentence.index], None, SAID
            elif readout:
                _readout_date(state, d, readout)
        share_sentence_dates(found, state.doc, state.lang.words)
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
    retold_days(state, title_sentences(state))
    date_from_report(state, today if publisher.readout else story_day(state, today))


def refer_back(state: DocState, d: Draft, told: list[Draft], today: date | None, opening: int) -> None:
    """ "the attack", "this meeting": an event named as one already told takes the date the text gave
    it, from the latest mention of the same kind with a party in common ("the first talks", "the
    latest attack" name new ones), else from an event noun of its type in the sentence just before
    that names no party of its own ("... the summit held in Washington on 8 August. The meeting
    between the two presidents ...")."""
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
    if donor is None:
        donor = _named_before(state, d, today, opening)
    if donor is not None:
        d.date, d.date_text, d.date_rank = donor.date, donor.date_text, SHARED


def _named_before(state: DocState, d: Draft, today: date | None, opening: int) -> Draft | None:
    """The latest event noun of ``d``'s type in the sentence just before it that is no event mention
    of its own (it names no party), dated as its sentence dates it."""
    drafted = {x.token for x in state.drafts} | {a.token for x in state.drafts for a in x.absorbed}
    here = d.sentence.index
    earlier = [st for st in state.triggers if here - _BACK <= st.sentence.index < here]
    for st in reversed(earlier):
        for i, spec in sorted(st.positions.items(), reverse=True):
            word = state.doc[i]
            if i in drafted or spec.plover != d.plover or word.pos_ != "NOUN":
                continue
            probe = replace(d, token=i, sentence=st.sentence, is_verb=False, absorbed=[])
            probe.date = probe.date_text = None
            SentenceDates(state, st, today, opening).date(probe)
            return probe if probe.date and probe.date_rank == OWN else None
    return None


def _perfect(tok: Token) -> bool:
    """A verb in the present perfect ("have agreed", "has been killed")."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def lead_dated_after(state: DocState, sentences: list[list[Draft]]) -> None:
    """A lead in the present perfect ("X and Y have agreed to ...") leaves the time to the sentences
    after it ("The accord was announced on Friday in Cairo."): its undated events take the day
    the next two sentences state for an event of the same parties."""
    first = title_sentences(state)
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


def title_dated_by_lead(state: DocState, events: list[Event]) -> None:
    """A title tells the news its lead tells ("Council Condemns Terrorist Attack in Mali" over "...
    condemned the attacks in Bamako on 17 September"): a title's event that joined no event of the
    body and whose own words give it no date (it has the report's or the statement's day) takes the
    day the lead's first two sentences state for a word of its type that names no party of its own
    (the title's event is the one it names), when that day falls in the week before the report
    (older events a lead names are background)."""
    today, opening = report_day(state)
    if today is None or not title_sentences(state):
        return
    for e in events:
        if e.date_text or e.modality != "asserted" or any(m.sentence.index for m in e.mentions):
            continue
        d = next((x for x in state.drafts if x.trigger is e.mentions[0].trigger), None)
        day = _lead_day(state, d, today, opening) if d is not None else None
        if day is not None:
            e.date, e.date_text, e.date_basis = day.date, day.date_text, "stated"


def _lead_day(state: DocState, d: Draft, today: date, opening: int) -> Draft | None:
    """The first event noun of ``d``'s type in the lead (the two sentences after the title) that is
    no event mention of its own nor part of one of its type (a deed a statement is about is neither:
    "condemned yesterday's attacks"), dated by its sentence to a day in the week before ``today``."""
    drafted = {x.token for x in state.drafts} | {
        a.token for x in state.drafts for a in x.absorbed if a.plover == x.plover
    }
    lead = [st for st in state.triggers if 1 <= st.sentence.index <= _LEAD_REACH]
    for st in sorted(lead, key=lambda st: st.sentence.index):
        for i, spec in sorted(st.positions.items()):
            if i in drafted or spec.plover != d.plover or state.doc[i].pos_ != "NOUN":
                continue
            probe = replace(d, token=i, sentence=st.sentence, is_verb=False, absorbed=[])
            probe.date = probe.date_text = None
            SentenceDates(state, st, today, opening).date(probe)
            if probe.date_rank != OWN or len(probe.date or "") != 10:
                continue
            if 0 <= (today - date.fromisoformat(probe.date)).days <= REPORT_LAG:
                return probe
    return None


def statement_days(state: DocState, today: date | None) -> dict[int, str]:
    """The sentences of a statement introduced with its day ("A ministry spokesman on Monday said:"), and
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


def story_day(state: DocState, today: date | None) -> date | None:
    """The day a news story's lead tells its news happened ("North Korea launched a rocket on Sunday",
    published Monday): the day its first dated event falls on, when that is in the days just before the
    report; else the report's day. What the story tells without a time of its own happened then."""
    if today is None:
        return None
    first = title_sentences(state)
    lead = sorted(
        (d for d in state.drafts if d.sentence.index <= first),
        key=lambda d: (d.sentence.index, d.token),
    )
    for d in lead:
        if d.modality == "asserted" and d.date_rank == OWN and len(d.date or "") == 10:
            day = date.fromisoformat(d.date)
            return day if 0 < (today - day).days <= _STORY_LAG else today
    return today


def date_from_report(state: DocState, published: date | None) -> None:
    """An asserted event the text gives no time for happened by the time it was reported, and a
    negated one had not happened by then: it takes the report's date, marked as such (``date_basis``
    "report"), and one it names in passing as already past is marked so (``background``)."""
    words = state.lang.words
    for d in state.drafts:
        if d.date is not None:
            d.date_basis = d.date_basis or "stated"
        elif published is not None and d.modality in ("asserted", "negated") and not d.recent:
            # "the recent attacks", "in recent weeks": before the report, on a day the text does not say
            d.date, d.date_text, d.date_basis = published.isoformat(), None, "report"
            d.background = d.modality == "asserted" and told_before(
                state.doc[d.token], words, words.definite_determiners)


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


def fold_title(title: list[Draft], body: list[Draft], groups: list[list[Draft]]) -> None:
    """A title's event group joins the body's group in ``groups``, taking its modality and time."""
    for x in title:
        x.modality = body[0].modality
    headline_takes_body_time(title, body)
    body[:0] = title
    groups.remove(title)
