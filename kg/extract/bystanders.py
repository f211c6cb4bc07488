"""Names a sentence gives that cannot be the agent of its event word when the parse names none: one
counted among what the event word is done to ("arrests of ten people, including X"), one with whom
what the event word governs is done ("urged States to cooperate with X"), and the owner of a
statement that tells of the event ("Council Press Statement on Terrorist Attack"). The sentence-level
backoff of the events pass guesses an agent only among the others, and leaves the teller of a deed
out of the deed; a doer it guesses with no one the deed is done to must be its clause's subject."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.language import Words
from kg.extract.role_words import Roles
from kg.extract.senses import clause_verb

_MODIFIER = ("compound", "poss", "amod", "nmod")
_AGENT = ("nsubj", "nsubjpass", "csubj", "agent")
#: Dependencies inside a phrase that names a party ("police in Belarus", "members of X")
_NAME_PHRASE = ("compound", "appos", "amod", "poss", "nmod", "prep", "pobj", "conj", "agent")


def receives(root: Token, words: Words) -> bool:
    """The name is inside the object of a preposition that counts it among what is done to
    (``recipient_preps``), within its own clause."""
    preps = words.recipient_preps
    cur = root
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        if cur.dep_ == "pobj" and cur.head.lower_ in preps:
            return True
        cur = cur.head
    return False


def tells_of(root: Token, trigger: Token, words: Words) -> bool:
    """The name owns a statement or document noun that the event word hangs on ("the Council's
    statement on the attack")."""
    if root.dep_ not in _MODIFIER:
        return False
    noun = root.head
    while noun.dep_ in _MODIFIER and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "Security Council Press Statement"
    told = words.statement_nouns | words.document_nouns
    return noun.lemma_.lower() in told and trigger.i != noun.i and trigger in noun.subtree


def partners_in(root: Token, trigger: Token) -> bool:
    """The name is one that what the event word governs is done with ("urged States to cooperate
    with X", "commended Y, in coordination with X"): not the one who does the event word."""
    cur = root
    while cur.i != trigger.i:
        if cur.head.i == cur.i or cur.dep_ in _AGENT:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ == "with":
            return trigger in cur.ancestors
        cur = cur.head
    return False


def aimed_at(root: Token, trigger: Token, preps: Collection[str]) -> bool:
    """The name lies in a phrase the event word aims at with one of its target prepositions
    ``preps`` ("Attack against X Peacekeepers"): what it is done to."""
    return any(
        p.dep_ == "prep" and p.lower_ in preps and p.lower_ != "of" and root in p.subtree
        for p in trigger.children
    )


def aimed_elsewhere(root: Token, trigger: Token, events: Collection[int], roles: Roles) -> bool:
    """The name lies in a phrase another event noun (a token of ``events``) aims at with one of the
    ``aimed_preps`` ("involvement in attacks against X peacekeepers constitutes a basis for sanctions"):
    what that deed is done to, no party to the event word ``trigger`` the sentence-level backoff guesses
    roles for."""
    preps = roles.aimed_preps
    cur = root
    while cur.head.i != cur.i and cur.i != trigger.i and cur.pos_ not in ("VERB", "AUX"):
        prep = cur.head
        if cur.dep_ == "pobj" and prep.lower_ in preps and prep.head.i != trigger.i:
            deed = prep.head
            apart = trigger not in deed.subtree and deed not in trigger.subtree  # "launched a strike on X"
            return deed.i in events and deed.pos_ == "NOUN" and apart
        cur = prep
    return False


def bystanders(mentions, trigger: Token, words: Words, preps: Collection[str] = ()) -> set[str]:
    """The keys every one of whose ``mentions`` (in the trigger's sentence) are only counted among
    what the event word is done to (or aimed at with ``preps``) or partners in what it governs."""
    out: dict[str, bool] = {}
    for m in mentions:
        root = trigger.doc[m.start : m.end].root
        aside = receives(root, words) or partners_in(root, trigger) or aimed_at(root, trigger, preps)
        out[m.key] = out.get(m.key, True) and aside
    return {k for k, aside in out.items() if aside}


def does_it(root: Token, trigger: Token, speech_verbs: Collection[str]) -> bool:
    """The name is the subject of the event word's own clause (or of the verb that clause is joined
    to), or its agent with "by" ("Serbia put its army on alert", "police in Belarus raided ... and
    arrested ...", "an attack by members of X"); not the subject of a verb of saying or of "be" that
    governs an event noun."""
    own = clause_verb(trigger)
    if own.i != trigger.i and (own.lemma_.lower() in speech_verbs or own.lemma_ == "be"):
        return False  # "X reported strikes", "X was the target of the attack"
    verbs = {trigger.i, own.i}
    while own.dep_ == "conj" and own.head.i != own.i:
        own = own.head
        verbs.add(own.i)
    cur = root
    while cur.head.i != cur.i:
        if cur.dep_ in ("nsubj", "nsubjpass"):
            return cur.head.i in verbs
        if cur.dep_ == "pobj" and cur.head.lower_ == "by":
            return cur.head.head.i in verbs
        if cur.dep_ not in _NAME_PHRASE:
            return False
        cur = cur.head
    return False


def lone_guess(mentions, source: list[str], target: list[str], trigger: Token, speech_verbs) -> bool:
    """A doer the backoff guessed with no one the deed is done to, none of whose ``mentions`` is the
    subject or agent of the event word's own clause (``does_it``): no event ("X told reporters he was
    the target of the attack", "X says rebels freed ten hostages")."""
    return (
        bool(source)
        and not target
        and not any(
            does_it(trigger.doc[m.start : m.end].root, trigger, speech_verbs)
            for m in mentions
            if m.key in source
        )
    )
