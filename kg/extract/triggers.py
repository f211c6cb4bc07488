"""Event words: each token of a sentence that a lexicon entry fits (ontology/triggers.yaml and the
PETRARCH-derived ontology/cameo_verbs.yaml), with its sense: the PLOVER type, CAMEO code and finer
class it names. The third extraction pass."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.conditions import inverted_condition
from kg.extract.lexicon import Lexicon, Trigger
from kg.extract.requests import sides_named
from kg.extract.senses import acts_as_verb, headline_match, match, taking, titlecase, to_infinitive
from kg.extract.state import ActorIndex, DocState, SentenceTriggers
from kg.extract.support_kinds import kind_of_support
from kg.extract.truces import truce_sense, untold_truce


def _idiom(tok: Token, lex: Lexicon) -> bool:
    """ "agreed to stay in close touch": the complement is a set phrase, not an event."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "prep", "dobj"):
            text = " ".join(t.lower_ for t in c.subtree)
            if any(f" {idiom}" in f" {text}" for idiom in lex.idioms):
                return True
    return False


def _describes(tok: Token) -> bool:
    """A participle joined by a hyphen to the word before it describes the noun it modifies
    ("Moscow-funded militias", "a UN-run camp"): it names no event of its own."""
    doc = tok.doc
    return (
        tok.tag_ == "VBN"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
        and tok.i + 1 < len(doc)
        and (
            doc[tok.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
            or tok.head.i > tok.i and tok.head.pos_ == "NOUN"
        )
    )


def _standing(tok: Token) -> bool:
    """A verb in the present of a relative clause set off by a comma says what its noun is, not
    what it did ("Qatar, which hosts the office, said ...")."""
    return (
        tok.tag_ == "VBZ"
        and tok.dep_ == "relcl"
        and tok.i > 1
        and tok.doc[tok.head.i + 1].text == ","
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children)
    )


def _in_topic(tok: Token, lex: Lexicon) -> bool:
    """The word lies inside the object of a verb of talking about ("the envoys discussed energy
    cooperation", "she highlighted the value of relief work"): a subject of talk, not an event. An
    object with an owner is the owner's own stance ("underscored her disapproval of the raid"); a deed
    talked about still happened (the caller checks the type)."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "dobj" and t.head.lemma_.lower() in lex.topic_verbs:
            return t is not tok or not any(c.dep_ == "poss" for c in t.children)
        if t.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "ROOT"):
            return False
    return False


def _broken(tok: Token, lex: Lexicon) -> bool:
    """A noun naming an arrangement said to be broken: the object of a verb of breaking ("violated the
    truce"), the "of" object of such a noun ("a breach of the ceasefire"), or a word before it
    ("ceasefire violations", "violations of the ceasefire arrangements")."""
    if acts_as_verb(tok):
        return False
    t = tok
    if t.dep_ == "compound" and t.head.i > t.i:
        if t.head.lemma_.lower() in lex.breaking_words:
            return True  # "ceasefire violations"
        t = t.head  # "the ceasefire arrangements"
    head = taking(t, ("of",))
    return head is not None and head.lemma_.lower() in lex.breaking_words


def _done_by_anyone(tok: Token, lex: Lexicon) -> bool:
    """A verb whose doer is anyone at all: its subject is such a pronoun ("anyone entering the country
    agrees to its laws"), or it says what such a pronoun does ("anyone who visits", "anyone seeking")."""
    if not acts_as_verb(tok):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("relcl", "acl") and not doers or any(c.tag_ in ("WP", "WDT") for c in doers):
        doers.append(tok.head)
    return any(d.lower_ in lex.generic_subjects for d in doers)


def _source_of_words(tok: Token, lex: Lexicon) -> bool:
    """In a title with no verb of its own, a noun "at" which the spoken text it names was given
    ("Statement given by Ambassador X at the Security Council meeting", "Remarks at the summit")."""
    if acts_as_verb(tok) or tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    root = tok.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not {root.lemma_.lower(), root.lower_} & lex.spoken_texts:
        return False
    # "Statement at", "Statement given ... at" (also as the parse hangs it on a comma)
    return all(
        a == root or a.pos_ == "PUNCT" or a.dep_ == "acl" and a.head == root for a in tok.head.ancestors
    )


def _striven_for(tok: Token, spec: Trigger, lex: Lexicon) -> bool:
    """A verb in the "to" clause of a standing aim: a word of striving in the progressive or the perfect
    ("is trying to overthrow the government", "has tried since 2006 to topple it", "is fighting to oust
    the president") or as a noun ("an attempt to overthrow"). A single try is a deed done ("police
    tried to arrest the mayor"), and an attempted attack is an attack ("tried to storm the post")."""
    if spec.plover.lower() in lex.striving_kept or not acts_as_verb(tok) or not to_infinitive(tok):
        return False
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl", "acl") or head.lemma_.lower() not in lex.striving_words:
        return False
    if head.pos_ == "NOUN":
        return True
    aux = [c for c in head.children if c.dep_ == "aux"]
    progressive = head.tag_ == "VBG" and any(a.lemma_ == "be" for a in aux)
    perfect = head.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)
    return progressive or perfect


def _not_an_event(tok: Token, lex: Lexicon) -> bool:
    """The word is part of a phrase that names no event ("in support of"), only says what kind of
    thing or person the noun after it is ("aid workers", "attack helicopters", "a patrol boat"),
    or describes it ("Moscow-funded militias")."""
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in lex.not_event_heads:
        return True
    if _describes(tok) or _standing(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.want_nouns:
        return True  # "short of medical aid", "in need of shelter": wanted, not given
    if _broken(tok, lex):
        return True  # "violated the ceasefire": the truce stands from before; the breach is the event
    if _source_of_words(tok, lex):
        return True  # "Statement given by Ambassador X at the Council meeting": where it was said
    if _done_by_anyone(tok, lex):
        return True  # "anyone who visits the country must obey its laws": a rule, not a visit
    doc = tok.doc
    for phrase in lex.not_events:
        for k, word in enumerate(phrase):
            start = tok.i - k
            if word not in (tok.lower_, tok.lemma_.lower()) or start < 0 or start + len(phrase) > len(doc):
                continue
            if all(doc[start + j].lower_ == w for j, w in enumerate(phrase) if j != k):
                return True
    return False


def _framing(tok: Token, spec: Trigger, lex: Lexicon) -> bool:
    """A participle of talking that opens a sentence frames what is said in it ("Speaking after the
    vote, the envoy said ...", "Discussing tariffs, the two agreed ..."): no meeting of its own."""
    return (
        tok.tag_ == "VBG"
        and tok.i == tok.sent.start
        and tok.dep_ == "advcl"
        and lex.rules(spec.plover).talks
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _light(tok: Token, spec: Trigger, lex: Lexicon) -> bool:
    """A light verb in a plain or borrowed (PETRARCH) sense names no event of its own where the event
    word it carries does ("imposed sanctions", "hosted talks", "the warnings it had issued"): that word
    takes its subject. A sense of its own stays ("signed a partnership": the signing)."""
    if tok.lemma_.lower() not in lex.light_verbs or spec.object or spec.adopts or spec.absorbs:
        return False
    carried = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.pos_ == "NOUN":  # "the signing of a pact"
        carried += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if tok.dep_ == "relcl":
        carried.append(tok.head)
    senses = [m for m in (match(lex, c) for c in carried) if m is not None]
    return any(spec.breadth or m.plover == spec.plover for m in senses)


def _needed(tok: Token, aux: list[str], lex: Lexicon) -> bool:
    """A deed in the "to" clause of a present need ("Russia needs to withdraw", "has to stop"), not a
    past one ("had to flee": it was forced), nor one denied ("does not need to")."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and "to" in aux
        and head.lemma_.lower() in lex.demand_verbs
        and head.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("neg", "aux") or c.lower_ in lex.unmet_words for c in head.children)
    )


def _demanded(tok: Token, spec: Trigger, lex: Lexicon) -> Trigger:
    """A deed said to be what another must do is a demand on it, made by whoever says so ("Russia
    must withdraw its troops", "the hostages must be released"); not "we must", a resolve, nor "must
    have fired", an inference. An event noun a light verb carries is said of with that verb."""
    sense = lex.demand_sense
    if sense is None or lex.rules(spec.plover).demand or spec.modal:
        return spec
    verb = tok
    if not acts_as_verb(tok):
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in lex.light_verbs:
            return spec
        verb = tok.head  # "Russia must conduct an investigation": the light verb says it
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    said_of = verb
    if _needed(verb, aux, lex):
        said_of = verb.head  # "Russia needs to withdraw", "the militia has to free them"
    elif not any(a in lex.demand_modals for a in aux) or "have" in aux or inverted_condition(verb):
        return spec  # ("should X fail to comply": a condition, no demand)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lex.resolve_subjects for c in said_of.children):
        return spec
    return replace(sense, lemma=spec.lemma, prefix=spec.prefix, pos=spec.pos)


def _bare_demand(tok: Token, index: ActorIndex, lex: Lexicon, people: Collection[str] = ()) -> Trigger | None:
    """A verb no entry fits, said to be what a named party must do or needs to do, is a demand on it
    ("the regime must end its campaign", "the envoy must be released", "the rebels need to offer
    guarantees"); not "we must", a resolve, nor what a thing must be ("the principle must be
    respected": no party is told)."""
    sense = lex.demand_sense
    if sense is None or not acts_as_verb(tok):
        return None
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    said_of = tok
    if _needed(tok, aux, lex):
        said_of = tok.head  # "the Houthis need to offer gestures of good will"
    elif not any(a in lex.demand_modals for a in aux) or "have" in aux or inverted_condition(tok):
        return None
    subjects = [c for c in said_of.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ in lex.resolve_subjects:
        return None
    named = [subjects[0]]
    for t in named:  # the subject's own words, not a phrase hung on it ("the safety of UN staff")
        named += [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "conj", "cc")]
    named += sides_named(subjects[0], people, lex.speaker_preps)  # "all political leaders in Egypt"
    if not any(index.at(t) is not None for t in named):
        return None
    if any(match(lex, t) for c in tok.children if c.dep_ == "dobj" for t in c.subtree):
        return None  # "must end its campaign of repression": the deed named is the event told of
    return replace(sense, lemma=tok.lemma_.lower(), pos="VERB")


def _in_unknown_name(tok: Token, headline: bool) -> bool:
    """A capitalised word before the preposition of a name the tagger takes for an organisation or a
    title ("Congolese Rally for Democracy", "Movement for Democratic Change", "the Battle of X"), in
    running text; the name of a meeting or treaty ("the NATO Summit", "the Trinity House Agreement")
    stays an event word."""
    if headline or tok.ent_type_ not in ("ORG", "WORK_OF_ART") or tok.pos_ != "PROPN":
        return False
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and any(t.pos_ == "ADP" for t in tok.doc[tok.i + 1 : ent.end])


def sentence_triggers(
    sent: Span, index: ActorIndex, lex: Lexicon, headline: bool, people: Collection[str] = ()
) -> list[tuple[Token, Trigger]]:
    """``(token, sense)`` for every event word of the sentence, in reading order: the first lexicon
    entry that fits the token and its dependents (in a title-case headline, also a verb the tagger
    took for a name)."""
    found = []
    for tok in sent:
        m = index.at(tok)
        if m is not None and m.end - m.start > 1 and m.how in ("name", "ner"):
            continue  # a word of a name: "Rapid Support Forces", "Peace Council"
        if _in_unknown_name(tok, headline):
            continue  # "the rebel Congolese Rally for Democracy": a name the gazetteer does not know
        spec = match(lex, tok) or _bare_demand(tok, index, lex, people)
        if headline and m is None:
            spec = headline_match(lex, tok) or spec
        if spec:
            spec = truce_sense(tok, kind_of_support(tok, spec, index, lex), lex)
        if (
            spec
            and not _idiom(tok, lex)
            and not _not_an_event(tok, lex)
            and not untold_truce(tok, spec, lex)
            and not _striven_for(tok, spec, lex)
            and not _framing(tok, spec, lex)
            and not _light(tok, spec, lex)
            and not (_in_topic(tok, lex) and not lex.rules(spec.plover).deed)
            and not (lex.rules(spec.plover).standing_participle and tok.dep_ == "acl" and tok.tag_ == "VBN")
        ):
            found.append((tok, _demanded(tok, spec, lex)))
    return found


def find_triggers(state: DocState) -> None:
    """Pass: the event words of every sentence (``state.triggers``)."""
    lex = state.lang.lexicon
    people = state.lang.roles.collectives | state.lang.roles.state_agents  # nouns of those who act for a side
    for sent in state.doc.sents:
        of_token = state.sentence_of_token
        sentence = of_token.get(sent.start) or next((of_token[t.i] for t in sent if t.i in of_token), None)
        if sentence is None:
            continue
        headline = titlecase(sent, state.lang.words.headline_lowercase)
        found = sentence_triggers(sent, state.index, lex, headline, people)
        state.triggers.append(SentenceTriggers(sent, sentence, found, headline, {t.i: s for t, s in found}))
