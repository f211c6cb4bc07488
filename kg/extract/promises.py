"""Joint promises. A promise that takes the type of what it promises ("committed to increased
partnership": COOPERATE, planned) is, when several parties make it together of a thing done together
(a type whose rules say ``joint``: consulting, cooperating) among themselves, also an agreement between
them: "the two leaders committed to meet again" tells that they agreed (AGREE) and what they agreed
to do. Of a type whose rules say ``joint_agreed`` (cooperating) the agreement is all there is: work
promised together is still to come, as PLOVER codes it ("the two leaders committed to deepen
cooperation": AGREE). A promise one party makes, a joint promise to help a third party, or of aid or
of harm, is only what it promises."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import Lexicon
from kg.extract.reference import uniq
from kg.extract.state import Draft


def joint_promise(lex: Lexicon, d: Draft) -> list[Draft]:
    """The draft, and the agreement its joint promise makes (see the module's text)."""
    promise = d.spec
    if d.adopted is None or not promise.adopts or not lex.rules(promise.plover).symmetric:
        return [d]
    if not lex.rules(d.plover).joint or lex.rules(d.plover).symmetric and d.plover == promise.plover:
        return [d]
    makers = uniq(d.source) if d.source else uniq(d.participants)
    if len(makers) < 2 or any(k not in makers for k in d.target):
        return [d]  # one party's promise, or help for a third ("pledged to help protect Ukraine")
    agreement = replace(
        d,
        spec=replace(promise, modality=None),  # the promise is made now; what it promises is to come
        plover=promise.plover,
        cameo=promise.cameo,
        event_class=promise.event_class,
        mode=promise.mode,
        adopted=None,
        source=[],
        target=[],
        participants=makers,
        absorbed=[],
    )
    return [agreement] if lex.rules(d.plover).joint_agreed else [d, agreement]
