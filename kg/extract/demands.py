"""Demands to end a deed. A deed that another must end, cease or halt is going on, and ending it is
asked of its doer by whoever says so ("the regime must end its campaign of repression", "attacks on
civilians must cease", "Russia needs to halt its offensive"): the sentence tells both the deed and the
demand. The deed is drafted as any other; this adds the demand, made by the speaker (else the
publisher's state) on the deed's doers. The verbs are ``demand_modals.ending`` in
ontology/triggers.yaml; "stop" is a demand word of its own there.

Requests told by their refusal. "Armenian forces ignored calls by the United States for a ceasefire":
the refusal, and the request it refuses, made by whom the refusal is aimed at, of those who refuse it
(``refused_requests``)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.reference import uniq
from kg.extract.speakers import speaker_of
from kg.extract.state import Draft, SentenceTriggers
from kg.model import Mention


def _deed_phrase(tok: Token) -> Token:
    """The noun phrase the deed word heads, or is the "of" of ("its campaign of repression")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    return tok


def _demanded_end(tok: Token, lex) -> Token | None:
    """The verb of ending whose object or subject the deed word is, said with a modal of demand ("must
    end", "must immediately cease") or a present need ("needs to halt"); not "we must", a resolve."""
    phrase = _deed_phrase(tok)
    verb = phrase.head
    if phrase.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.lemma_.lower() not in lex.ending_verbs:
        return None
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    said_of = verb
    if (
        verb.dep_ == "xcomp"
        and "to" in aux
        and verb.head.lemma_.lower() in lex.demand_verbs
        and verb.head.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "neg" or c.lower_ in lex.unmet_words for c in verb.head.children)
    ):
        said_of = verb.head  # "Russia needs to end its occupation"
    elif not any(a in lex.demand_modals for a in aux):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lex.resolve_subjects for c in said_of.children):
        return None
    return verb


def _demand(spec, verb: Token, st: SentenceTriggers, source: list[str], target: list[str]) -> Draft:
    trigger = Mention(verb.idx, verb.idx + len(verb.text), verb.text, st.sentence.index)
    return Draft.of(spec, trigger, st.sentence, verb.i, uniq(source + target), source, target,
                    verb.pos_ in ("VERB", "AUX"))


def refused_requests(ds, st: SentenceTriggers, drafted: list[Draft]) -> list[Draft]:
    """The requests the drafted refusals of the sentence refuse (see the module's text)."""
    lex = ds.lex
    sense = lex.demand_sense
    if sense is None:
        return []
    asked = {d.token: d for d in drafted if lex.rules(d.plover).demand}
    out: list[Draft] = []
    for d in drafted:
        if not lex.rules(d.plover).refusal or not d.source:
            continue
        tok = ds.doc[d.token]
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.refused_requests]
        told = [asked[o.i] for o in objs if o.i in asked]
        for r in told:  # the request is drafted: it was made of whoever refuses it
            if not r.target:
                r.target = [k for k in d.source if k not in r.source]
                r.participants = uniq(r.participants + r.target)
        if not objs or told or not d.target:
            continue
        spec = replace(sense, lemma=objs[0].lemma_.lower(), pos="NOUN")
        out.append(_demand(spec, objs[0], st, list(d.target), list(d.source)))
    return out


def ending_demands(ds, st: SentenceTriggers, drafted: list[Draft]) -> list[Draft]:
    """The demands to end the drafted deeds of the sentence (see the module's text)."""
    lex = ds.lex
    sense = lex.demand_sense
    if sense is None:
        return []
    taken = {d.token for d in drafted}
    out: list[Draft] = []
    for d in drafted:
        if not lex.rules(d.plover).deed or lex.rules(d.plover).demand:
            continue
        verb = _demanded_end(ds.doc[d.token], lex)
        if verb is None or verb.i in taken:
            continue
        speaker = speaker_of(ds, verb)
        source = [speaker] if speaker else ds._publisher_state()
        target = [k for k in (d.source or d.participants) if k not in source]
        if not source or not target:
            continue
        spec = replace(sense, lemma=verb.lemma_.lower(), pos="VERB")
        out.append(_demand(spec, verb, st, source, target))
        taken.add(verb.i)
    return out
