"""Verdicts: a clause whose predicate judges its subject (``verdict_words`` in ontology/triggers.yaml:
"are inconsistent with international law", "is a destabilizing force", "is at odds with", "was a clear
violation of", "are deeply concerning") accuses the actor its subject names, or whose deed it names
("such actions by X", "X's presence", "the Colombian raid", "X's acquisition of missiles"); so does an
extraposed verdict on a clause ("it is unconscionable that X ignored the calls"). The accuser is whoever
says it: the speaker of reported words, the subject of a verb of saying or judging whose complement
the clause is ("Y agreed the raid was a violation"), or, in an official statement's own words, its
publisher. A verdict nobody is said to give (a report's own sentence) and a negated one ("is not a
violation") accuse no one; one on a harm whose doer is not named ("violence against protesters is
unacceptable", kg.extract.concerns) is the speaker's accusation of whoever did it, named or not (the
state a home-ground deed is placed in), and one on a thing that is no deed ("the price is
unacceptable") none."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.concerns import home_ground, names_harm
from kg.extract.judgements import doers
from kg.extract.reference import uniq
from kg.extract.speakers import quoted_on, speaker_of
from kg.extract.state import Draft, SentenceTriggers
from kg.extract.statements import blame_draft

#: Dependencies of a copula's words that say what its subject is ("is unacceptable", "a violation").
_PREDICATE = ("acomp", "attr", "oprd")


def _said(ds, word: Token) -> bool:
    """The word is one of the verdict words (its lemma or its form)."""
    return word.lemma_.lower() in ds.lex.verdict_words or word.lower_ in ds.lex.verdict_words


def _verdict(ds, clause: Token) -> Token | None:
    """The word by which the copula ``clause`` judges its subject: its predicate, a word qualifying
    it ("a destabilizing force") or the object of its preposition ("at odds with", "in breach of");
    or a verb that is a verdict itself ("are deeply concerning"); none where the clause or its
    predicate is negated."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    lemma = clause.lemma_.lower()
    if lemma in ds.lex.bearing_verbs:  # "X bears ultimate responsibility"
        faults = ds.lex.fault_nouns
        return next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in faults), None)
    if lemma not in ds.lex.verdict_copulas:
        return clause if clause.pos_ == "VERB" and clause.tag_ == "VBG" and _said(ds, clause) else None
    heads = [c for c in clause.children if c.dep_ in _PREDICATE or c.dep_ == "dobj" and lemma != "be"]
    heads += [p for c in clause.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for h in heads:
        if any(c.dep_ == "neg" for c in h.children):
            return None
        if _said(ds, h):
            return h
        found = next((c for c in h.children if c.dep_ in ("amod", "compound") and _said(ds, c)), None)
        if found is not None:
            return found
    return None


def _done_by(ds, st: SentenceTriggers, noun: Token) -> list[str]:
    """Who the subject ``noun`` names, or whose deed it names: the actor itself, the doer of a deed
    (``judgements.doers``), or the owner of a noun of action ("X's acquisition")."""
    named = ds.actors_at(noun)
    if named:
        return named
    found = doers(ds, st, noun)
    if found or not noun.lower_.endswith(ds.lex.action_endings):
        return found
    return [a for c in noun.children if c.dep_ == "poss" for a in ds.actors_at(c)]


def _judged(ds, st: SentenceTriggers, clause: Token) -> list[str]:
    """Whom the clause's verdict is on: its subject's actor or doer, or for an extraposed verdict
    ("it is unconscionable that X ignored ..."), the subject of the clause it judges."""
    out: list[str] = []
    for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        if s.lower_ == "it" and s.pos_ == "PRON":
            told = [c for h in (clause, *clause.children) for c in h.children if c.dep_ == "ccomp"]
            for n in (n for c in told for n in c.children if n.dep_ == "nsubj"):
                # (the doer of the deed it names, or the owner of those it names: "X's generals")
                out += _done_by(ds, st, n) or [
                    a for c in n.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in ds.actors_at(c)
                ]
        elif s.pos_ != "PRON":
            out += _done_by(ds, st, s)
    return uniq(out)


def _harm_judged(ds, st: SentenceTriggers, clause: Token) -> list[Token]:
    """The clause's subject names a hostile deed or a harm done to people, its doer not named ("the
    use of force against protesters is unacceptable", "the strike on the station was a violation"):
    the subject nouns, else none ("the price is unacceptable" judges no deed)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return []  # "attacks on peacekeepers may constitute war crimes": what such deeds would be
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [s for s in subjects if s.pos_ in ("NOUN", "PROPN") and names_harm(ds.state, st, s)]


def _voice(ds, clause: Token) -> list[str]:
    """Who gives the verdict: the speaker of the words that report it, the subject of the verb of
    saying or judging whose complement the clause is, or in an official statement's own sentence, its
    publisher; none in a sentence nobody is said to speak."""
    speaker = speaker_of(ds, clause) or ds._quoted_after_colon(clause)
    if speaker:
        return [speaker]
    child = clause
    for head in clause.ancestors:
        lemma = head.lemma_.lower()
        if child.dep_ not in ("ccomp", "conj", "acomp", "oprd", "xcomp") and not (
            child.dep_ == "csubj" and lemma in ds.lex.judging_verbs
        ):
            return []  # a subject, a relative or adverbial clause: what it says is nobody's verdict
        judging = lemma in ds.lex.judging_verbs or any(  # ("made clear that ...")
            c.dep_ in ("ccomp", "acomp", "oprd") and c.lemma_.lower() in ds.lex.judging_verbs
            for c in head.children
        )
        if child.dep_ == "csubj" and lemma in ds.lex.judging_verbs and head.head.i != head.i:
            head = head.head  # ("made clear that X is ...", the clause parsed as the subject of "clear")
            judging = True
        if child.dep_ in ("ccomp", "csubj") and (lemma in ds.lex.speech_verbs or judging):
            if any(c.dep_ == "neg" for c in head.children):
                return []
            # ("leaders at the OAS agreed ...": whom the subject's phrase names)
            return ds.subjects(head) or [
                a for s in head.children if s.dep_ == "nsubj" for t in s.subtree for a in ds.actors_at(t)
            ]
        child = head
    if child.dep_ != "ROOT" or child.pos_ not in ("VERB", "AUX"):
        return []
    quoted = quoted_on(ds, clause)
    if quoted:
        return quoted
    if not ds.publisher.readout or any(t.is_quote for t in clause.sent):
        return []  # a report's own sentence, or words quoted from someone the sentence does not name
    return ds._publisher_voice(clause)


def _named_as(ds, st: SentenceTriggers, d: Draft, drafts: list[Draft]) -> None:
    """ "condemned the incident as an act of provocation by X": the doer the "as" phrase of a verb of
    blame names is its target."""
    verb = st.span.doc[d.token]
    by = [
        a
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for t in c.subtree
        if t.dep_ in ("prep", "agent") and t.lower_ == "by"
        for p in t.children
        if p.dep_ == "pobj"
        for a in ds.actors_at(p)
    ]
    have = {k for x in drafts if x.plover == d.plover for k in x.target}  # ("a provocation by X")
    by = [k for k in uniq(by) if k not in d.source and k not in have]
    if by:
        d.target = d.target + by
        d.participants = uniq(d.participants + by)


def verdicts(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """The sentence's drafts with the accusations its verdicts make (see the module): none of an actor
    a draft of the sentence accuses already; a verdict's accusation replaces the draft of its word
    ("unacceptable") that names no one it judges."""
    blame = ds.lex.type_with("blame")
    for d in drafts:
        if d.plover == blame and d.is_verb:
            _named_as(ds, st, d, drafts)
    have = {k for d in drafts if d.plover == blame for k in d.target}
    blamed = any(d.plover == blame for d in drafts)  # (a harm judged again names no one new)
    out: list[Draft] = []
    for clause in st.span:
        if clause.pos_ not in ("AUX", "VERB"):
            continue
        word = _verdict(ds, clause)
        if word is None:
            continue
        target = _judged(ds, st, clause)
        harm = [] if target or blamed else _harm_judged(ds, st, clause)
        if not (target or harm) or target and set(target) <= have:
            continue
        if harm:  # "violence against protesters is unacceptable": whoever does it, named or not
            target = [a for n in harm for a in home_ground(ds, st, n)]
        source = _voice(ds, clause)
        d = blame_draft(ds, st, word, source, [k for k in target if k not in source], target_needed=not harm)
        if d is not None:
            out.append(d)
            have.update(d.target)
    taken = {d.token for d in out}
    kept = [d for d in drafts if not (d.plover == blame and d.token in taken)]
    return sorted(kept + out, key=lambda d: d.token)
