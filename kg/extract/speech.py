"""Reported speech: which verb of saying reports a clause, and to whom a statement made during a call
is addressed. (Who says it is a reference question: kg.extract.speakers.speaker_of.)"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.language import Language
from kg.extract.reference import uniq
from kg.extract.state import DocState, Draft, by_sentence


def has_future_aux(tok: Token, lang: Language) -> bool:
    """The word has an auxiliary that puts it ahead ("will meet", "would retaliate")."""
    return any(c.dep_ == "aux" and c.lower_ in lang.modality.future_aux for c in tok.children)


def refuses(tok: Token, lang: Language) -> bool:
    """The verb says its subject will not do it ("Belgrade would never recognise the province"): a
    refusal made now, whether or not anyone it is aimed at is named."""
    return has_future_aux(tok, lang) and any(c.dep_ == "neg" for c in tok.children)


def said_by(tok: Token, lang: Language) -> Token | None:
    """The verb of saying (in the past or present, not itself to come) whose complement the verb
    ``tok`` is: "warned that it would retaliate" -> "warned"."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ccomp":
        return None
    head = tok.head
    if (
        head.pos_ == "VERB"
        and (head.lemma_.lower() in lang.lexicon.speech_verbs or head.lemma_.lower() == "threaten")
        and not has_future_aux(head, lang)
        and not any(c.dep_ == "neg" for c in head.children)
    ):
        return head
    return None


def reporting_verbs(tok: Token, lang: Language) -> list[Token]:
    """Verbs of saying that report the clause of ``tok``: its head ("said it had rejected") or a
    verb of saying hung on it ("rejected the plan, a spokesman told reporters")."""
    out = []
    said = said_by(tok, lang)
    if said is not None:
        out.append(said)
    for c in tok.children:
        if (
            c.dep_ in ("parataxis", "ccomp", "advcl")
            and c.pos_ == "VERB"
            and c.lemma_.lower() in lang.lexicon.speech_verbs
            and c.i > tok.i
        ):
            out.append(c)
    return out


def _in_call(state: DocState, drafts: list[Draft]) -> None:
    """ "Macron spoke with Netanyahu and urged restraint": what one party of a call or meeting asks,
    praises or condemns there without naming whom, is said to the other party."""
    lex = state.lang.lexicon
    meetings = [d for d in drafts if lex.rules(d.plover).talks and d.modality == "asserted" and d.is_verb]
    for d in drafts:
        if (
            not lex.rules(d.plover).speech_act
            or lex.rules(d.plover).talks
            or d.target
            or not d.source
            or not d.is_verb
        ):
            continue
        tok = state.doc[d.token]
        for m in meetings:
            others = [k for k in m.participants if k not in d.source]
            if (
                others
                and set(d.source) <= set(m.participants)
                and (tok.head.i == m.token or tok.dep_ != "conj")
            ):
                d.target = others
                d.participants = uniq(d.participants + others)
                break


def address_statements(state: DocState) -> None:
    """Pass: a statement made in a call or meeting of the same sentence is addressed to the other party."""
    for drafts in by_sentence(state.drafts):
        _in_call(state, drafts)
