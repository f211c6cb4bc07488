"""Places: where an event happens, the place its trigger, or the verb that holds it, names ("met in
Geneva"); the state of a place the gazetteer does not know, named with it ("Sumy, Ukraine"); and a
name after "from" that is no place ("envoys from the Czech Republic")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.language import Language
from kg.extract.senses import prep_head
from kg.extract.state import DocState

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


def appositive_places(state: DocState) -> None:
    """ "struck Sumy, Ukraine": a name the gazetteer does not know, followed by a state in apposition,
    is a place of that state; it stands for the state (as a target) as places of the gazetteer do."""
    index, doc = state.index, state.doc
    for m in list(index.mentions):
        if m.end + 1 >= len(doc) or doc[m.end].text != ",":
            continue
        actor = index.actors[m.key]
        # a name only the NER found (an organisation, or a person it took the place for)
        if not (m.how == "ner" and actor.kind != "state" or m.how == "name" and actor.kind == "person"):
            continue
        if actor.wikidata or m.end - m.start > 2:
            continue
        after = index.at(doc[m.end + 1])
        if after is None or after.start != m.end + 1 or index.actors[after.key].kind != "state":
            continue
        head = doc[after.start : after.end].root
        if head.dep_ != "appos" or not m.start <= head.head.i < m.end:
            continue
        if after.end < head.sent.end and not doc[after.end].is_punct:
            continue  # "X, Ukraine's envoy": the state alone is the apposition
        index.drop(m)
        index.add(m.start, m.end, after.key, "place", locative=True)
        if not any(x.key == m.key for x in index.mentions):
            del index.actors[m.key]


def sent_from(head: Token, lang: Language) -> bool:
    """ "envoys from the Czech Republic", "a delegation from Kenya": "from" after people who speak or
    negotiate for a body names whom they act for, not a place ("refugees from Syria" come from one)."""
    noun = prep_head(head, ("from",))
    if noun is None or noun.pos_ != "NOUN":
        return False
    people = lang.roles.person_collectives
    return noun.lower_ in people or noun.lemma_.lower() + "s" in people
