"""Claims of deeds told before: "The attack was claimed by the TTP", "ISIS has claimed responsibility
for this attack". The claim names who did the deed the noun points back to; the deed was told earlier
with its target and no doer ("condemned the attack on a mosque in Peshawar"). The claimed mention
takes the earlier mention's target, so that the merge folds the two into one event whose source is the
claimant. A pass between the drafting of event mentions and their merge."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agency import claiming_verb
from kg.extract.reference import uniq
from kg.extract.role_words import Roles
from kg.extract.state import DocState, Draft


def is_claimed(noun: Token, roles: Roles) -> bool:
    """The deed noun is what a claim owns: "claimed responsibility for the attack", "the attack was
    claimed by X"."""
    if claiming_verb(noun, roles) is not None:
        return True
    return noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in roles.claim_verbs


def _bare(noun: Token) -> bool:
    """The noun only points back: no phrase or date of its own tells which deed it is ("the attack",
    "this vicious attack"; not "the November 20 attack on the hotel")."""
    return all(c.dep_ in ("det", "amod", "punct") and not c.ent_type_ for c in noun.children)


def _told_before(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The latest earlier mention of a deed of the same type with a target and no doer."""
    earlier = [e for e in drafts if e.token < d.token and e.plover == d.plover and e.target and not e.source]
    return max(earlier, key=lambda e: e.token, default=None)


def claims_point_back(state: DocState) -> None:
    """Pass: a claimed deed named by a noun that points back ("the attack", "this attack") takes the
    target of the deed told before it, unless the claimant is that target."""
    lex, roles = state.lang.lexicon, state.lang.roles
    for d in state.drafts:
        if d.is_verb or not d.anaphoric or not d.source or not lex.rules(d.plover).deed:
            continue
        if not (is_claimed(state.doc[d.token], roles) and _bare(state.doc[d.token])):
            continue
        told = _told_before(d, state.drafts)
        if told is None or set(told.target) & set(d.source):
            continue
        d.target = uniq(d.target + [k for k in told.target if k not in d.source])
        d.participants = uniq(d.participants + d.target)
