"""One event per real-world event of the document: repeated mentions of the same event become one,
with every mention kept as evidence; a headline's event joins the body's. The last extraction pass
but one."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from kg.extract.dates import end_of
from kg.extract.event_coref import (
    apart,
    coref_rules,
    fold_coreferent,
    kinds,
    names_no_doer,
    points_back,
    told_anew,
    told_besides,
)
from kg.extract.lexicon import Lexicon
from kg.extract.sequels import earlier_talks
from kg.extract.split_objects import placed_apart, split_objects
from kg.extract.state import DocState, Draft, stated_date
from kg.extract.timing import REPORT_LAG, event_date, fold_title, is_title, title_dated_by_lead
from kg.model import Actor, Event, EventMention


def split_plural_calls(d: Draft, apart: bool = False) -> list[Draft]:
    """Plural calls ("calls with A and B") and talks held apart ("spoke separately with A and B") are
    separate calls of the first party with each other one; a visit to several places ("is due to visit
    A and B") is a visit to each."""
    if d.event_class == "Visit" and d.source and len(d.target) >= 2:
        return [replace(d, participants=[*d.source, place], target=[place]) for place in d.target]
    plural = d.event_class == "PhoneCall" and d.trigger.text.lower().endswith("s")
    if not (plural or apart) or len(d.participants) < 3:
        return [d]
    if apart and len(d.source) == 1:
        return [replace(d, participants=[*d.source, other], target=[other]) for other in d.target]
    first, rest = d.participants[0], d.participants[1:]
    return [replace(d, participants=[first, other], source=[], target=[]) for other in rest]


def _dates_fit(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _weeks_before(a: Draft, b: Draft) -> bool:
    """One mention has no time in the text (its report's day) and the other a day the text states more
    than a week before that: "This action marks the ninth tranche ..., targeting Hamas. The most recent
    action on 7 October targeted ...": the news of the day is not the earlier deed told after it."""
    for x, y in ((a, b), (b, a)):
        first = x.sentence.index < y.sentence.index  # (a deed told again later with no time is the same)
        told = first and x.date_basis == "report" and x.date and stated_date(y) and len(y.date) >= 7
        if told and (date.fromisoformat(x.date) - end_of(y.date)).days > REPORT_LAG:
            return True
    return False


def _same_kind(g: Draft, d: Draft) -> bool:
    """Same type and modality, both told as earlier talks or neither, both a campaign or neither."""
    return (g.plover, g.modality, g.earlier, g.campaign) == (d.plover, d.modality, d.earlier, d.campaign)


def _fits(group: list[Draft], d: Draft, lex: Lexicon, other: set[int] | None = None) -> bool:
    g = group[0]
    if not _same_kind(g, d):
        return False
    if apart(group, [d], lex, frozenset({0}), other):
        return False  # "X urged Y to ... X also called on Z to ...": two calls; so two deeds in the field
    classes = {x.event_class for x in group} | {d.event_class}
    headline = d.sentence.index == 0 or all(x.sentence.index == 0 for x in group)
    day = stated_date(d)
    same_talks = (
        lex.rules(g.plover).talks
        and day is not None
        and all(stated_date(x) in (None, day) and set(x.participants) == set(d.participants) for x in group)
    )
    same_deed = (
        bool(d.source and d.target)
        and day is not None
        and all(
            stated_date(x) == day and set(x.source) == set(d.source) and set(x.target) == set(d.target)
            for x in group
        )
    )
    # "expressed their sympathy and condolences": a noun of the deed and the verb or noun beside it in
    # one sentence, for one party ("raided the offices and arrested six": two deeds, two verbs); the
    # noun may name fewer of the parties than its verb ("expressed their condolences to X")
    same_sentence = all(
        x.sentence.index == d.sentence.index
        and not (x.is_verb and d.is_verb)
        and (set(x.participants) <= set(d.participants) or set(d.participants) <= set(x.participants))
        and set(x.source) == set(d.source)
        for x in group
    )
    if len(kinds(classes, lex.generic_classes)) > 1 and not (
        headline and lex.rules(g.plover).talks or same_talks or same_deed or same_sentence
        or lex.rules(g.plover).deed
        and not d.is_verb
        and not classes & coref_rules().lasting
    ):
        # (a headline's "talks" are the meeting the story tells of; a noun that tells a deed in the
        # field again in another word, "missiles struck Kharkiv ... the bombardment", is the same deed,
        # unless one of them lasts, as an invasion does)
        return False
    day = stated_date(d)
    if not all(_dates_fit(stated_date(x), day) for x in group) or any(_weeks_before(x, d) for x in group):
        return False
    have = {k for x in group for k in x.participants}
    new = set(d.participants)
    if d.anaphoric and lex.rules(g.plover).gathers and have & new:
        pass  # "the meeting with X" refers back to a meeting X took part in
    elif not (new <= have or have <= new):
        return False
    if lex.rules(g.plover).symmetric:
        return True  # who called whom does not split a call
    sources = {k for x in group for k in x.source}
    targets = {k for x in group for k in x.target}
    if sources & set(d.target) or targets & set(d.source):
        return False  # "X asked Y ..." and "Y called for ...": the roles turned round, another event
    return not (sources and d.source and not sources & set(d.source))


def _group_of(groups: list[list[Draft]], d: Draft | None) -> list[Draft] | None:
    return next((g for g in groups if any(x is d for x in g)), None) if d is not None else None


def _same_deed(group: list[Draft], d: Draft) -> bool:
    """The verb joins the group of the deed noun that is its subject: same type and modality, dates
    that agree and no two different doers."""
    if not _same_kind(group[0], d):
        return False
    if not all(_dates_fit(stated_date(x), stated_date(d)) for x in group):
        return False
    sources = {k for x in group for k in x.source}
    return not (sources & set(d.target) or sources and d.source and not sources & set(d.source))


def _named_by(group: list[Draft], d: Draft) -> bool:
    """The noun joins the group of the verb whose sense it completes as its object ("reaffirmed the
    UK's support for X"): same type and modality and dates that agree; the verb's subject may be
    another party than the noun's owner (the minister tells his state's support), but roles may not
    be turned round."""
    if not _same_kind(group[0], d) or not all(_dates_fit(stated_date(x), stated_date(d)) for x in group):
        return False
    sources = {k for x in group for k in x.source}
    return not sources & set(d.target)


def _roles(group: list[Draft]) -> tuple[list[str], list[str]]:
    """Source and target of the merged mentions: every source, less one another mention makes the
    target ("X met Y" and "the two leaders met": X met Y; "Y was received by X" and "X visited Y" in a
    headline: X's visit), unless that leaves no source at all. A headline's clipped wording names the
    parties but not who did what ("A-B Truce Takes Effect", "Sides Trade Blame"): where the body
    names a source, the headline's sources do not count."""
    told = [x for x in group if x.source and not x.headline] or group
    sources = list(dict.fromkeys(k for x in told for k in x.source))
    targets = list(dict.fromkeys(k for x in group for k in x.target))
    source = [k for k in sources if k not in targets] or sources
    return source, [k for k in targets if k not in source]


def _finest(group: list[Draft], lex: Lexicon) -> str | None:
    classes = [x.event_class for x in group if x.event_class]
    return next((c for c in classes if c not in lex.generic_classes), classes[0] if classes else None)


def event_key(doc_id: str, d: Draft) -> str:
    """Deterministic: the document, the type, the first trigger's offsets and the parties."""
    raw = f"{doc_id}|{d.plover}|{d.trigger.start}|{d.trigger.end}|{','.join(sorted(d.participants))}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _fold_headlines(groups: list[list[Draft]]) -> list[list[Draft]]:
    """A headline's event ("Xi and Lula Pledge Closer Ties") is the body's event of the same type
    with the same parties: it joins it and takes its time and modality. Among events with as many of
    its parties, one of its kind ("Telephone conversation with X": the call, not the meeting the call
    agreed on) and one the body asserts come first."""
    out = [g for g in groups]
    for hg in groups:
        if not all(x.headline for x in hg):
            continue
        h = hg[0]
        parties = {k for x in hg for k in x.participants}
        sources = {k for x in hg for k in x.source}
        kinds = {x.event_class for x in hg} - {None}
        best, score = None, (0, False, False)
        for g in out:
            if g is hg or any(x.headline for x in g) or g[0].plover != h.plover:
                continue
            have = {k for x in g for k in x.participants}
            theirs = {k for x in g for k in x.source}
            if sources and theirs and not sources & theirs:
                continue
            rank = (len(parties & have), bool(kinds & {x.event_class for x in g}),
                    any(x.modality == "asserted" for x in g))
            if rank[0] and rank > score:
                best, score = g, rank
        if best is None:
            continue
        fold_title(hg, best, out)
    return out


def merge(
    drafts: list[Draft],
    doc_id: str,
    lex: Lexicon,
    titles: frozenset[int] = frozenset(),
    pointing: set[int] | None = None,
    side_of: dict[str, str] | None = None,
    apart: set[int] | None = None,
    done_by: dict[int, Draft] | None = None,
    objects: dict[int, Draft] | None = None,
    anew: set[int] | None = None,
    doerless: set[int] | None = None,
    other: set[int] | None = None,
) -> list[Event]:
    """The events the drafts report, one per real-world event, in reading order (``titles``: the
    indices of the sentences that are the document's title; ``pointing``: the ids of the mentions
    whose noun points back to an event told before; ``side_of``: actor -> the state it acts for;
    ``apart``: the ids of the meetings one party held with each of the others on its own;
    ``done_by``: a deed verb's id -> the noun of the same deed that is its subject; ``objects``: an
    event noun's id -> the verb whose sense the noun completes as its object; ``anew``: the tokens of
    the mentions told as one more occurrence, "again"; ``doerless``: the tokens of the mentions whose
    words name no doer, "were killed"); ``other``: the tokens of the verbs told as one more act,
    "also condemned")."""
    groups: list[list[Draft]] = []
    apart = apart or set()
    done_by = done_by or {}
    objects = objects or {}
    completed = {id(v) for v in objects.values()}
    for d in (x for draft in drafts for x in split_plural_calls(draft, id(draft) in apart)):
        own = _group_of(groups, done_by.get(id(d)))
        if own is not None and _same_deed(own, d):
            own.append(d)  # "Russian airstrikes pummeled Kyiv": the strikes are the pummelling
            continue
        own = _group_of(groups, objects.get(id(d)))
        if own is not None and _named_by(own, d):
            # "reaffirmed the UK's support": the support is what is reaffirmed, its owner no target
            own[:] = [replace(x, target=[k for k in x.target if k not in d.source]) for x in own]
            own.append(d)
            continue
        # a verb whose object noun tells the rest of its event waits for that noun before it is compared
        for group in [] if id(d) in completed else reversed(groups) if d.anaphoric else groups:
            if _fits(group, d, lex, other):
                group.append(d)
                break
        else:
            groups.append([d])
    groups = fold_coreferent(
        _fold_headlines(groups), titles, pointing or set(), lex, side_of, anew, doerless, other
    )
    events = []
    keys: set[str] = set()
    for group in groups:
        first = group[0]
        when, when_text, basis = event_date(group)
        participants = list(dict.fromkeys(k for x in group for k in x.participants))
        source, target = _roles(group)
        key = event_key(doc_id, first)
        while key in keys:
            key = hashlib.sha1(key.encode("ascii")).hexdigest()[:16]
        keys.add(key)
        events.append(
            Event(
                key=key,
                plover=first.plover,
                cameo=first.cameo,
                event_class=_finest(group, lex),
                mode=first.mode,
                participants=participants,
                source=source,
                target=target,
                date=when,
                date_text=when_text,
                date_basis=basis,
                background=basis == "report" and all(x.background for x in group),
                modality=first.modality,
                speaker=next((x.speaker for x in group if x.speaker), None),
                quantities=[q for x in group for q in x.quantities],
                place=next((x.place for x in group if x.place), None),
                mentions=[EventMention(x.trigger, x.sentence) for x in group],
            )
        )
    return events


def _campaign(tok: Token, verbs: frozenset[str]) -> bool:
    """A plural deed noun its doer's verb carries on (``campaign_verbs``), with a possessive pronoun:
    "they are conducting their attacks", "stepped up its strikes"."""
    return (
        tok.tag_ == "NNS"
        and tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in verbs
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    )


def _to_come(tok: Token, future_aux: frozenset[str]) -> bool:
    """A headline event marked as still to come ("Trump to Meet Putin", "EU Will Weigh Sanctions")."""
    words = [tok] + ([tok.head] if tok.head.i != tok.i else [])
    marks = future_aux | {"to"}
    return any(
        c.dep_ in ("aux", "auxpass", "mark") and c.lower_ in marks for w in words for c in w.children
    ) or any(t.lower_ in ("to", "will") and t.i == tok.i - 1 for t in tok.sent)


def merge_events(state: DocState) -> None:
    """Pass: the document's events (``state.events``) from its event mentions."""
    marks = frozenset(state.lang.modality.aux)
    titles = frozenset(s.index for s in state.sentences[:1] if is_title(s.text, state.document.title))
    for d in state.drafts:
        if d.sentence.index in titles:
            d.headline = d.modality in ("asserted", "planned") and not _to_come(state.doc[d.token], marks)
    words, lex = state.lang.words, state.lang.lexicon
    for d in state.drafts:
        d.earlier = earlier_talks(state.doc[d.token], d.plover, state.lang)
        d.campaign = lex.rules(d.plover).deed and _campaign(state.doc[d.token], words.campaign_verbs)
    pointing = {id(d) for d in state.drafts if not d.is_verb and points_back(state.doc[d.token])}
    side_of = {k: a.affiliation for k, a in state.index.actors.items() if _acts_for(state, a)}
    apart = {
        id(d)
        for d in state.drafts
        if lex.rules(d.plover).gathers
        and (
            any(c.dep_ == "advmod" and c.lower_ in words.apart_words for c in state.doc[d.token].children)
            or split_objects(state.doc[d.token])  # "met A in X and B in Y": two meetings
            or placed_apart(state.doc[d.token])
        )
    }
    done_by, objects = _done_by(state), _objects(state)
    anew = {d.token for d in state.drafts if told_anew(state.doc[d.token])}
    deeds = {d.token for d in state.drafts}
    doerless = {d.token for d in state.drafts if names_no_doer(state.doc[d.token], deeds)}
    other = {
        d.token
        for d in state.drafts
        if d.is_verb and told_besides(state.doc[d.token], lex.rules(d.plover).deed)
    }
    state.events = merge(
        state.drafts, state.document.id, lex, titles, pointing, side_of, apart, done_by, objects, anew,
        doerless, other,
    )
    title_dated_by_lead(state, state.events)


def _acts_for(state: DocState, actor: Actor) -> bool:
    """The actor acts for the state or body of its affiliation: not so a group whose CAMEO role is
    one of ``own_sides`` (rebels, insurgents, the opposition), which is only *from* the state it is
    affiliated with ("al-Shabaab attacked a base" and "Somali troops retook the town" are two sides)."""
    home = state.index.actors.get(actor.affiliation) if actor.affiliation else None
    if home is None:
        return bool(actor.affiliation)
    code = actor.cameo or ""
    roles = {code[i : i + 3] for i in range(3, len(code), 3)}
    return not (home.kind == "state" and roles & coref_rules().own_sides)


def _objects(state: DocState) -> dict[int, Draft]:
    """Event nouns that are the direct object a verb's sense is defined by, the verb and noun of one
    type ("reiterated its support", "reaffirmed their commitment"): noun id -> the verb's mention."""
    verbs = {d.token: d for d in state.drafts if d.is_verb and d.spec.object}
    out: dict[int, Draft] = {}
    for d in state.drafts:
        if d.is_verb:
            continue
        tok = state.doc[d.token]
        verb = verbs.get(tok.head.i) if tok.dep_ == "dobj" else None
        if verb is not None and verb.plover == d.plover and tok.lemma_.lower() in verb.spec.object:
            out[id(d)] = verb
    return out


def _done_by(state: DocState) -> dict[int, Draft]:
    """Deed verbs that tell again the deed a noun names, the noun being their subject or object or
    the noun their participle qualifies ("Russian airstrikes pounded X", "the shelling killed five",
    "the attack launched on X by Y"): verb id -> that noun's mention."""
    nouns = {d.token: d for d in state.drafts if not d.is_verb}
    out: dict[int, Draft] = {}
    for d in state.drafts:
        if not (d.is_verb and state.lang.lexicon.rules(d.plover).deed):
            continue
        verb = state.doc[d.token]
        told = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
        if verb.dep_ == "acl":
            told.append(verb.head)  # "the attack launched on Israel"
        for t in told:
            noun = nouns.get(t.i)
            if noun is not None and noun.plover == d.plover:
                out[id(d)] = noun
                break
    return out
