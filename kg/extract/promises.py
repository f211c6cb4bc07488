"""Joint promises. A promise that takes the type of what it promises ("committed to increased
partnership": COOPERATE, planned) is, when several parties make it together of a thing done together
(a type whose rules say ``joint``: consulting, cooperating) among themselves, also an agreement between
them: "the two leaders committed to meet again" tells that they agreed (AGREE) and what they agreed
to do. Of a type whose rules say ``joint_agreed`` (cooperating) the agreement is all there is: work
promised together is still to come, as PLOVER codes it ("the two leaders committed to deepen
cooperation": AGREE). A promise one party makes, a joint promise to help a third party, or of aid or
of harm, is only what it promises.

Promises proper. A verb of promising proper (triggers.yaml ``promise_verbs``) that promises a deed of
cooperation tells two events: the deed, to come, and the promise itself, made now, an undertaking
(AGREE) by whoever promises, to whom it is made: "the rebels promised to free the captives" (CONCEDE,
planned; AGREE, by the rebels). A promise of harm is a threat, one of help (``promised_help``) the
help pledged, and verbs of commitment or resolve
("pledged aid", "committed to work with X", "vowed to rebuild") tell only the deed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.lexicon import Lexicon, Trigger
from kg.extract.reference import uniq
from kg.extract.senses import acts_as_verb
from kg.extract.state import Draft
from kg.plover import plover_scheme


def agreed_work(lex: Lexicon, tok: Token, spec: Trigger, agreement: Trigger) -> bool:
    """Work of a type whose rules say ``joint_agreed`` that a verb of a type whose rules say ``settles``
    agrees to do is that agreement alone, still to come, as a joint promise of it is ("France and Germany
    agreed to work together on a tank", "the sides agreed to deepen cooperation": AGREE, no work done);
    not work a verb tells with a partner of its own, a third party ("agreed to work with international
    partners"), as a joint promise to help a third party is no agreement alone; a noun's partner is the
    other party to the agreement ("signed a health partnership with Kenya")."""
    if spec.plover is None or agreement.plover is None or spec.plover == agreement.plover:
        return False
    if not (lex.rules(spec.plover).joint_agreed and lex.rules(agreement.plover).settles):
        return False
    partners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in lex.partner_preps
                for p in c.children if p.dep_ == "pobj"]
    return not acts_as_verb(tok) or not partners


def joint_promise(lex: Lexicon, d: Draft, doc: Doc, actors_at: Callable[[Token], list[str]]) -> list[Draft]:
    """The draft, and the agreement its joint promise or its promise proper makes (see the module's
    text); ``actors_at`` reads the actors a phrase names."""
    joint = _joint_promise(lex, d)
    return joint if joint is not None else _promise_proper(lex, d, doc, actors_at)


def _undertaking(d: Draft, source: list[str], target: list[str], participants: list[str]) -> Draft:
    """The promise ``d`` took a deed's type for, as an event of its own, made now."""
    promise = d.spec
    return replace(
        d,
        spec=replace(promise, modality=None),  # the promise is made now; what it promises is to come
        plover=promise.plover,
        cameo=promise.cameo,
        event_class=promise.event_class,
        mode=promise.mode,
        adopted=None,
        source=source,
        target=target,
        participants=participants,
        absorbed=[],
    )


def _promise_proper(lex: Lexicon, d: Draft, doc: Doc, actors_at: Callable[[Token], list[str]]) -> list[Draft]:
    """The draft, and the undertaking a verb of promising proper tells with it, made to whom the verb
    names as its object ("promised Turkey to halt", "promised them a withdrawal"): not to whom what
    is promised is done."""
    promise = d.spec
    if d.adopted is None or not promise.adopts or promise.lemma not in lex.promise_verbs or not d.source:
        return [d]
    if d.plover == promise.plover or plover_scheme().sign(d.plover) < 0 or d.plover in lex.promised_help:
        return [d]  # a promise to agree is one agreement; of harm, a threat; of help, the help pledged
    source = uniq(d.source)
    verb = doc[d.token]
    told = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ in ("PROPN", "PRON", "NOUN")]
    promisees = [a for c in told for a in actors_at(c)]
    target = [k for k in uniq(promisees) if k not in source]
    return [d, _undertaking(d, source, target, uniq(source + target))]


def _joint_promise(lex: Lexicon, d: Draft) -> list[Draft] | None:
    """The draft and the agreement its joint promise makes, or the agreement alone; None if it is no
    joint promise."""
    promise = d.spec
    if d.adopted is None or not promise.adopts or not lex.rules(promise.plover).symmetric:
        return None
    if not lex.rules(d.plover).joint or lex.rules(d.plover).symmetric and d.plover == promise.plover:
        return None
    makers = uniq(d.source) if d.source else uniq(d.participants)
    if len(makers) < 2 or any(k not in makers for k in d.target):
        return None  # one party's promise, or help for a third ("pledged to help protect Ukraine")
    agreement = _undertaking(d, [], [], makers)
    return [agreement] if lex.rules(d.plover).joint_agreed else [d, agreement]
