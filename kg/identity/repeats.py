"""Reports of one document that tell one event: the same real-world event may take them together.

:func:`kg.identity.link.one_document_repeats` takes the same sides and the same day only. A document
also tells an event with more or fewer details from one sentence to the next: the headline's "attack
on Mali", the lead's "militants attacked a hotel in Mali"; the "yesterday's attack" of a statement and
its "the attack" dated by the statement. :func:`one_event` takes those too: the same type, modality
and class (as there; a generic class tells nothing apart), one day (:func:`kg.identity.link._same_day`:
a day the words do not give may be a day of slack after the one they give), nothing else the rules
refuse but the participants, and sides that nest role by role around a target in common
(:func:`roles_nest`; a report left alone may also nest around a source in common), that nest as sets
for a symmetric type (:func:`sides_nest`), or that are two halves of one telling
(:func:`halves_of_one`: the doer in the headline, whom it was done to in the text), or that name
one side alone in two roles (:func:`kg.identity.participants.one_side_crossed`). Two different
sources, two different targets, or a side the source of one and the target of the other: the
document has told two events apart.
"""
from __future__ import annotations

from kg.identity.link import _same_day, one_document_repeats, refusal, told_alike
from kg.identity.participants import one_side_crossed, sides
from kg.identity.report import Report
from kg.identity.rules import Rules, rules


def one_event(a: Report, b: Report, rule: Rules | None = None, doer: bool = False) -> bool:
    """Whether two reports of one document may be one real-world event's: they repeat it
    (:func:`one_document_repeats`), or tell it with more or fewer sides (:func:`roles_nest`, with
    ``doer`` around a source in common too) on one day (:func:`kg.identity.link._same_day`), of the
    same type and modality, and the same class unless the rules tell neither class apart."""
    rule = rule or rules()
    if one_document_repeats(a, b, rule):
        return True
    if not told_alike(a, b, rule) or not _same_day(a, b, rule):
        return False
    symmetric = a.plover in rule.symmetric_types
    if not (roles_nest(a, b, doer) or halves_of_one(a, b, symmetric) or symmetric and sides_nest(a, b)
            or one_side_crossed(a, b, a.plover in rule.condemned_types)):
        return False
    return refusal(a, b, rule, across=False) in (None, "participants")


def roles_nest(a: Report, b: Report, doer: bool = False) -> bool:
    """The two reports name a target in common (as sides: :func:`kg.identity.participants.sides`), their
    targets are one within the other, and so are their sources; no side is the source of one and the
    target of the other. "Militants attacked Mali" and "the attack on Mali" nest: news drops the
    doer of a deed ("the attack on the hotel", "Mali was attacked"), and keeps whom it was done to.
    "The attack on Mali" and "the attack on Niger", "militants attacked the army" and "the army
    attacked the militants" do not, nor two reports that name the doer alone ("Obama condemned",
    "Obama accused Russia"): one actor does many deeds of a type in a day, unless ``doer`` (a report
    left alone, which the other documents' reports of the event link with: :mod:`kg.identity.cluster`).
    Sides only one names outside those roles (a leader who spoke of it) are let be."""
    sa, sb = sides(a), sides(b)
    src_a, tgt_a = {sa[k] for k in a.source}, {sa[k] for k in a.target}
    src_b, tgt_b = {sb[k] for k in b.source}, {sb[k] for k in b.target}
    if src_a & tgt_b or tgt_a & src_b or not (tgt_a & tgt_b or doer and src_a & src_b):
        return False
    return all(not x or not y or x <= y or y <= x for x, y in ((src_a, src_b), (tgt_a, tgt_b)))


def sides_nest(a: Report, b: Report) -> bool:
    """The sides of one report are among the other's, two or more in common: of a symmetric type (a
    meeting, a call), whose roles tell nothing, "the Presidents' conversation" of a readout's title and
    "both Presidents expressed" of its text. One side named alone ("since the Prime Minister's last
    meeting") may be any meeting of that side."""
    sa, sb = set(sides(a).values()), set(sides(b).values())
    return len(sa & sb) >= 2 and (sa <= sb or sb <= sa)


def halves_of_one(a: Report, b: Report, symmetric: bool) -> bool:
    """The two reports name no side in common and each tells a part of one event: a document splits
    an event over its headline and a sentence, or over two sentences, and each names only part of
    it. For a symmetric type (a meeting, an agreement) any two disjoint sets of sides ("the UK
    launched the dialogue", "the State Department hosted it"); for a directed one the doer alone in
    one and whom it was done to alone in the other ("Belarus forced the plane down", "the jet was
    diverted"), or two parts of whom it was done to, no doer named in either ("the attack on the
    camp", "the attack on Mali"). Two doers named alone ("Obama condemned", "Putin condemned") are
    two deeds. The clusters (:func:`kg.identity.cluster._told_again`) take such halves together
    only when reports of other documents link with both."""
    sa, sb = sides(a), sides(b)
    if not sa or not sb or set(sa.values()) & set(sb.values()):
        return False
    if symmetric:
        return True
    only_src = [r for r in (a, b) if r.source and not r.target]
    only_tgt = [r for r in (a, b) if r.target and not r.source]
    return len(only_src) == len(only_tgt) == 1 or len(only_tgt) == 2
