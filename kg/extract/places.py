"""Where an event happens: the place its trigger, or the verb that holds it, names ("met in Geneva")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.language import Language

PLACE_LABELS = ("GPE", "LOC", "FAC")


def place_of(tok: Token, lang: Language) -> Span | None:
    """The place named by an ``in``/``at``/``near`` phrase of the trigger, its light verb or its object."""
    heads = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        heads.append(tok.head)
    # the parser often hangs the place on the object: "met the minister in Geneva"
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "dobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in lang.roles.place_preps:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in PLACE_LABELS:
                    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                    if ent is not None:
                        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
                        return obj.doc[words[0].i : ent.end] if words else None
    return None
