"""A clause's subject the parser hung on the word that opens the clause: in "after the UN last week
imposed sanctions", a time phrase between the subject and its verb makes the parser read "after the UN"
as a prepositional phrase, and the verb is left without a subject."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

#: the tags of a finite verb, the only kind of verb a subordinate clause's subject goes with
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def stray_subject(verb: Token, openers: Collection[str]) -> Token | None:
    """The noun that the word opening ``verb``'s clause (one of ``openers``, words both prepositions
    and subordinators: "after", "before", "since") took as its object, right before the verb ("after
    [the UN] last week imposed"), when ``verb`` is finite and has no subject of its own; else None."""
    finite = verb.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ in _FINITE for c in verb.children)
    if not finite or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    # the opener hangs on the verb ("mark"), or, read as a preposition, on the verb the clause hangs from
    hosts = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    for host in hosts:
        for opener in host.children:
            if opener.dep_ not in ("mark", "prep") or opener.lower_ not in openers or opener.i > verb.i:
                continue
            objs = [p for p in opener.children if p.dep_ == "pobj" and opener.i < p.i < verb.i]
            between = verb.doc[objs[-1].i + 1 : verb.i] if objs else None
            # only time words, adverbs and their prepositions stand between it and the verb
            if between is not None and all(
                t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADV", "ADP", "PUNCT") for t in between
            ):
                return objs[-1]
    return None
