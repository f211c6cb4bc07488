"""Background mentions: an event a report names in passing as already past, with no time of its own.

"following the attack in Nairobi", "the leaders of the coup", "since the clashes erupted", "after
Russia invaded": the report does not tell the event, it names it as known, so the event happened on
some day up to the report's, not on the report's day. The extraction still dates it by its report
(the date a reader of the event coders expects); the flag tells the identity layer that the day is
the latest one it can have happened on (kg/identity/link.py reaches back from it)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.date_words import DateWords

#: tags of a verb told as past ("erupted", "has invaded")
_PAST = {"VBD", "VBN"}


def told_before(tok: Token, words: DateWords, definite: frozenset[str]) -> bool:
    """The trigger ``tok`` names an event as already past: an event noun with a definite determiner
    ("the attack", "this coup") or brought in by a subordinator of prior time ("following attacks",
    "since the clashes"), or a past verb of a clause such a subordinator introduces ("since the
    clashes erupted", "after Russia invaded"). Not a relative clause ("the strikes overnight which
    killed civilians"): the parser hangs it on the wrong noun as often (on "the Ambassador" summoned
    following those strikes), and it is as often the news it describes."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "det" and c.lower_ in definite for c in tok.children):
            return True
        # "following" is a verb to the parser as often as a preposition ("measures following attacks")
        return tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in words.prior_marks
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in _PAST:
        return False
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ in words.prior_marks
                                       for c in tok.children)
