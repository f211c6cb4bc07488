"""Places: where an event happens, the place its trigger, or the verb that holds it, names ("met in
Geneva"); the state of a place the gazetteer does not know, named with it ("Sumy, Ukraine"); and a
name after "from" that is no place ("envoys from the Czech Republic")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.language import Language
from kg.extract.senses import prep_head
from kg.extract.state import ActorIndex, DocState

PLACE_LABELS = ("GPE", "LOC", "FAC")
#: mentions of the gazetteer that name a place below a state: a city or region of it ("Kharkiv"), or
#: its capital, which elsewhere stands for its government ("Moscow said") but in a place phrase is a place
PLACE_HOWS = ("place", "metonym")


def place_of(
    tok: Token, lang: Language, index: ActorIndex | None = None, object_preps: tuple[str, ...] = ()
) -> Span | None:
    """The place named by an ``in``/``at``/``near``/``around`` phrase of the trigger, its light verb or
    its object ("met in Geneva", "shelling near Kherson", "attacked a hotel in Bamako")."""
    heads = [tok]
    lex = lang.lexicon
    # "launched strikes in X", "held talks in Y": the place of a light verb is its event noun's, as
    # is the place of what the event noun did ("shelling killed two people in X"); not the place of a
    # verb that tells of the deed ("condemned in Brussels the strikes on Odesa")
    verb = tok.head
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i != tok.i
        and (
            verb.lemma_.lower() in lex.light_verbs
            or tok.dep_ == "nsubj" and verb.lemma_.lower() not in lex.speech_verbs | lex.topic_verbs
        )
    ):
        heads.append(verb)
    # the parser often hangs the place on the object: "met the minister in Geneva"; or on whom the
    # event is aimed at ("an attack on a convoy near Goma", "met with the envoy in Cairo")
    # ("discussed the war in Ukraine": a topic, or an event of its own, is not placed with them)
    for h in list(heads):
        if h.lemma_.lower() in lex.topic_verbs:
            continue
        for c in h.children:
            if c.dep_ == "dobj":
                objects = [c]
            elif c.dep_ == "prep" and c.lower_ in object_preps:
                objects = [o for o in c.children if o.dep_ == "pobj"]
            else:
                continue
            heads += [o for o in objects if o not in heads and not _event_word(o, lang)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in lang.roles.place_preps:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                found = (
                    _named_place(obj, index) or _site_of_place(obj, index) or _place_of_noun(obj, lang, index)
                )
                if found is not None:
                    return found
    return None


def event_place(
    tok: Token, lang: Language, index: ActorIndex, participants: list[str], object_preps: tuple[str, ...] = ()
) -> str | None:
    """The name of the place of the event ``tok`` triggers (``place_of``; ``object_preps``: the
    prepositions of its target); not a state that takes part in it ("drones at Ukraine": the target,
    not a place), but a city of one ("met in Paris")."""
    place = place_of(tok, lang, index, object_preps)
    if place is None:
        return None
    m = index.at(place.root)
    return place.text if m is None or m.how in PLACE_HOWS or m.key not in participants else None


def _place_of_noun(noun: Token, lang: Language, index: ActorIndex | None) -> Span | None:
    """ "in the southern city of Kherson", "in the province of X": a noun for a place whose "of"
    phrase names it."""
    if noun.lemma_.lower() not in lang.words.place_nouns and noun.lower_ not in lang.words.place_nouns:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _named_place(obj, index)
    return None


def _event_word(tok: Token, lang: Language) -> bool:
    """A word the lexicon holds for an event ("war", "strikes")."""
    lex = lang.lexicon
    return any(t.plover for t in lex.candidates(tok.lower_) + lex.candidates(tok.lemma_.lower()))


def _named_place(tok: Token, index: ActorIndex | None) -> Span | None:
    """The name ``tok`` stands in, if it names a place: a place, site or state the NER tags as one, or
    a place the gazetteer knows (which the NER may take for an organisation: "in Bamako")."""
    if tok.ent_type_ in PLACE_LABELS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            return tok.doc[words[0].i : ent.end] if words else None
    m = index.at(tok) if index is not None else None
    if m is not None and m.how in PLACE_HOWS:
        return tok.doc[m.start : m.end]
    return None


def _site_of_place(noun: Token, index: ActorIndex | None) -> Span | None:
    """ "around Kabul airport", "in the Odesa region", "in a Kyiv hospital": a common noun for a site or
    an area whose name modifier is a place below a state the gazetteer knows; that place."""
    if noun.pos_ != "NOUN" or index is None:
        return None
    for c in noun.children:
        if c.dep_ != "compound" or c.pos_ != "PROPN" or c.i > noun.i:
            continue
        m = index.at(c)
        # only a place the gazetteer knows: a state ("in the Russia-Ukraine war"), a body or a person
        # is none, nor a name only the NER tags ("the Sudan-Chad border")
        if m is not None and m.how in PLACE_HOWS and m.end <= noun.i:
            return noun.doc[m.start : m.end]
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


def named_site_places(state: DocState) -> None:
    """ "the Aden Adde International Airport area in Mogadishu", "the Lagos Street market in Khartoum": a
    place name inside the name of a site that the text places in another state's place names the site
    (after a person or a city elsewhere), not where it is; the mention is dropped."""
    index, doc = state.index, state.doc
    for m in list(index.mentions):
        if m.how not in PLACE_HOWS:
            continue
        head = doc[m.start : m.end].root
        chain = [head]
        while chain[-1].dep_ == "compound" and chain[-1].head.i > chain[-1].i:
            chain.append(chain[-1].head)
        named = [t for t in chain[1:] if t.pos_ == "PROPN"]
        if len(chain) < 3 or not named:
            continue
        where = [
            index.at(p)
            for t in chain[1:]
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(w is not None and w.how in PLACE_HOWS and w.key != m.key for w in where):
            index.drop(m)


def place_names(state: DocState) -> None:
    """Pass over the mentions of places: a name in apposition to a state is a place of it
    (``appositive_places``); a place inside a site's name placed elsewhere is none (``named_site_places``)."""
    appositive_places(state)
    named_site_places(state)


def sent_from(head: Token, lang: Language) -> bool:
    """ "envoys from the Czech Republic", "a delegation from Kenya": "from" after people who speak or
    negotiate for a body names whom they act for, not a place ("refugees from Syria" come from one)."""
    noun = prep_head(head, ("from",))
    if noun is None or noun.pos_ != "NOUN":
        return False
    people = lang.roles.person_collectives
    return noun.lower_ in people or noun.lemma_.lower() + "s" in people


def place_phrase_word(name: Token, lang: Language) -> Token | None:
    """The common place noun a name stands in apposition to in a place phrase ("in the Ethiopian
    capital, Addis Ababa": a place, not the state it elsewhere stands for), else None; not where the
    phrase says whose a state's agents are ("the police in the capital, Tbilisi")."""
    noun = name.head
    if name.dep_ != "appos" or noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    prep = noun.head
    placed = noun.dep_ == "pobj" and prep.lower_ in lang.roles.locative
    if noun.lemma_ not in lang.words.place_nouns or not placed:
        return None
    return None if prep.head.lemma_.lower() in lang.roles.state_agents else noun


def owns_placed_place(name: Token, lang: Language) -> bool:
    """The name owns a common noun for a place that a preposition of place governs ("signed in
    Ethiopia's capital", "talks in Kenya's port city"): it says where, not who took part. (Not a place
    noun outside a place phrase: "Ukraine's capital was shelled".)"""
    noun = name.head
    if name.dep_ != "poss" or noun.i == name.i:
        return False
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head
    return (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in lang.words.place_nouns
        and noun.dep_ == "pobj" and noun.head.lower_ in lang.roles.locative
    )
