"""Judgements read off the deed they judge. A word of blame whose object is a deed accuses whoever did
it, named by an owner, a demonym or a "by" phrase ("alarmed by Russia's actions", "noted with concern
the PRC's coercive behaviour", "appalled at the forced entry of Venezuelan troops"); a naming verb that
calls a deed something damning accuses its doer ("called the raid an act of war by X", "described
Moscow's reaction as hysteria", "called the Russian strike unacceptable"); a damning word on a deed
that a talk or statement speaks of is its speakers' accusation ("discussed the threat posed by Iran's
destabilizing activities"); a deed that horrifies someone is blamed by whom it horrifies; a word that
names a deed and damns it, its doer named, is the accusation of whoever speaks of it ("the minister said
Russia's aggression must end"). The words are ``conduct_nouns``, ``damning_names``, ``damning_deeds``
and ``withstand_words`` in ontology/triggers.yaml, with its ``blame_words``."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.concerns import home_ground
from kg.extract.reference import uniq
from kg.extract.speakers import speaker_of
from kg.extract.state import Draft, SentenceTriggers
from kg.extract.statements import blame_draft, damning
from kg.plover import plover_scheme

#: Dependencies of a naming verb's words that say what its object is called ("called it a threat",
#: "called it unacceptable"); a prepositional "as" says it too ("described it as hysteria").
_NAMED = ("oprd", "xcomp", "acomp", "ccomp", "attr")


def _deed(ds, st: SentenceTriggers, noun: Token) -> bool:
    """The noun names a deed someone did: a hostile event word, or a word of conduct ("actions")."""
    spec = st.positions.get(noun.i)
    if spec is not None and plover_scheme().sign(spec.plover) < 0:
        return True
    return noun.lemma_.lower() in ds.lex.conduct_nouns or noun.lower_ in ds.lex.conduct_nouns


def _named_in(ds, tok: Token) -> list[str]:
    """The actors a noun names, or the owner or demonym it is qualified by ("Venezuelan troops")."""
    return (
        ds.actors_at(tok)
        or [
            a
            for c in tok.children
            if c.dep_ in ("poss", "amod", "compound") and ds.index.at(c)
            for a in ds.actors_at(c)
        ]
        or [  # "the decision of the Supreme Court of Cambodia": a body of a state, named by it
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "PROPN"
            for p in c.children
            if p.dep_ == "pobj"
            for a in ds.actors_at(p)
            if ds.index.actors[a].kind == "state"
        ]
    )


def doers(ds, st: SentenceTriggers, noun: Token) -> list[str]:
    """Who did the deed ``noun`` names: its owner ("Russia's actions"), its demonym ("the Russian
    strike"), its "by" phrase ("the violence inflicted by the regime"), or the "of" of a word of
    conduct ("the entry of Venezuelan troops"); none when the noun names no deed."""
    if not _deed(ds, st, noun):
        return []
    out = _own_doers(ds, noun)
    if not out:
        # a later deed of the list names them ("condemned the raids and the shelling by X"); each
        # conjunct is read once, so a long list costs no more than its length
        out = [a for c in noun.conjuncts if c.i > noun.i and _deed(ds, st, c) for a in _own_doers(ds, c)]
    return uniq(out)


def _own_doers(ds, noun: Token) -> list[str]:
    """The doers the phrase of ``noun`` itself names (see ``doers``)."""
    out: list[str] = []
    for c in noun.children:
        if ds.struck_place(c, ds.positions.get(noun.i)):
            continue  # "condemned the Kharkiv attack": where it was done, not who did it
        if c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and ds.index.at(c):
            out += ds.actors_at(c)
            if not out and c.pos_ == "PRON" and noun.dep_ == "conj":
                # "Iran's programme and its destabilizing behaviour": "its" is the first noun's owner
                out += [a for o in noun.head.children if o.dep_ == "poss" for a in ds.actors_at(o)]
        elif (
            c.dep_ in ("prep", "agent")
            and c.lower_ == "by"
            or c.dep_ == "prep"
            and c.lower_ == "of"
            and noun.lemma_.lower() in ds.lex.conduct_nouns
        ):
            out += [a for p in c.children if p.dep_ == "pobj" for a in _named_in(ds, p)]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            out += [a for g in c.children if g.dep_ == "agent" for p in g.children for a in _named_in(ds, p)]
    return out


def _judged(tok: Token) -> list[Token]:
    """The nouns a word of blame speaks of: its object, the objects of its prepositions, and where it
    is a noun after "with", the object of the verb it qualifies ("noted with concern X's conduct")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "appos")]
    out += [p for c in tok.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
        out += [c for c in tok.head.head.children if c.dep_ == "dobj"]
    return out


def _judge(ds, tok: Token) -> list[str]:
    """Who feels or says the word of blame: the subject of its verb, or of the verb it qualifies."""
    if tok.pos_ == "VERB":
        passive = [a for c in tok.children if c.dep_ == "nsubjpass" for a in ds.actors_at(c)]
        return passive or ds.subjects(tok)
    head = tok.head
    if tok.dep_ == "pobj":
        head = head.head
    elif tok.dep_ not in ("acomp", "dobj", "oprd", "xcomp"):
        return []
    return ds.subjects(head) if head.pos_ in ("VERB", "AUX") else []


def _voiced(ds, st: SentenceTriggers, tok: Token, noun: Token) -> bool:
    """The noun is the stance of blame the verb voices ("expressed America's concern"): its owner holds
    it, no doer of a deed blamed."""
    spec = st.positions.get(noun.i)
    return (
        noun.dep_ == "dobj"
        and tok.lemma_.lower() in ds.lex.expressing_verbs
        and spec is not None
        and spec.plover == ds.lex.type_with("blame")
    )


def _felt(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """Accusations by words of blame that name no one: the doer of the deed they speak of is their
    target ("X is alarmed by the Venezuelan raid")."""
    blame = ds.lex.type_with("blame")
    aimed = {d.token for d in drafts if d.plover == blame and d.target}
    out: list[Draft] = []
    for i, spec in st.positions.items():
        tok = st.span.doc[i]
        if spec.plover != blame or i in aimed:
            continue
        judged = [n for n in _judged(tok) if not _voiced(ds, st, tok, n)]
        target = [a for n in judged for a in doers(ds, st, n)]
        if not target:  # "concerned about the state of emergency in the Maldives": its state's
            target = [a for n in judged for a in home_ground(ds, st, n)]
        # (whom the word's own draft has speak already stay its sources: "reiterated the U.S. concern")
        before = [k for x in drafts if x.token == i for k in x.source]
        d = blame_draft(ds, st, tok, _judge(ds, tok) + before, target) if target else None
        if d is not None:
            out.append(d)
    return out


def _epithet(ds, verb: Token) -> tuple[Token, Token] | None:
    """ "called the opposition 'bandits'": the parse may read the object and the epithet it is called
    as one phrase, the epithet (a word of blame) its head and the object a noun before it; (object,
    epithet) then, else None."""
    words = ds.lex.blame_words
    for o in verb.children:
        if o.dep_ != "dobj" or not (o.lemma_.lower() in words or o.lower_ in words):
            continue
        before = [
            c
            for c in o.children
            if c.dep_ in ("nmod", "compound")
            and c.i < o.i
            # (a name, or a noun the epithet is set apart from by a quotation mark: "the opposition
            # 'bandits'", whoever the opposition is)
            and (ds.actors_at(c) or c.pos_ == "NOUN" and o.doc[o.i - 1].is_quote and c.i < o.i - 1)
        ]
        if before:
            return before[0], o
    return None


def _called(ds, st: SentenceTriggers, verb: Token) -> Draft | None:
    """ "called the Russian strike unacceptable", "described the raid as an act of war by X": the
    naming verb's subject accuses the doer of the deed it names, or whoever the name says did it."""
    named = [c for c in verb.children if c.dep_ in _NAMED]
    # (a parse may hang the object on its name as a compound: "called the test unacceptable")
    objects = [c for c in verb.children if c.dep_ == "dobj"] or [
        c for n in named for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN"
    ]
    split = _epithet(ds, verb)
    if split is not None:
        objects, named = [split[0]], [*named, split[1]]
    named += [
        p
        for h in (verb, *objects)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
    ]
    words = ds.lex.blame_words | ds.lex.damning_names
    if not objects or not any(damning(n, words) for n in named):
        return None
    # (the doer of the deed it names, else the actor it names: "called Israel a terrorist state")
    target = [a for o in objects for a in doers(ds, st, o) or _named_in(ds, o)]
    target += [
        a
        for n in named
        for t in n.subtree
        if t.dep_ in ("prep", "agent") and t.lower_ == "by"
        for p in t.children
        if p.dep_ == "pobj"
        for a in _named_in(ds, p)
    ]
    # the deed may be told of before ("called the launch unacceptable"): an accusation all the same
    return blame_draft(ds, st, verb, ds.subjects(verb), target, target_needed=False)


def _speaker_first(ds, st: SentenceTriggers, verb: Token, drafts: list[Draft]) -> None:
    """ "X called the launch unacceptable": the word of blame the naming verb names its object by is
    X's accusation of whoever launched, not an accusation of X."""
    blame = ds.lex.type_with("blame")
    named = {c.i for c in verb.children if c.dep_ in _NAMED}
    speaker = ds.subjects(verb)
    for d in drafts:
        if d.plover == blame and d.token in named and speaker and set(speaker) & set(d.target):
            target = [a for o in verb.children if o.dep_ == "dobj" for a in doers(ds, st, o)]
            d.source = speaker
            d.target = [k for k in uniq(target) if k not in speaker]
            d.participants = uniq(d.source + d.target)


def _active_feeling(ds, st: SentenceTriggers, d: Draft) -> Draft | None:
    """ "the raid horrified Germany": a feeling verb in the active voice is felt by its object about its
    subject's deed; none where its object names no actor."""
    tok = st.span.doc[d.token]
    if not (d.spec.experiencer and tok.pos_ == "VERB") or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in tok.children
    ):
        return d
    felt = [a for c in tok.children if c.dep_ == "dobj" for a in ds.actors_at(c)]
    target = [a for c in tok.children if c.dep_ == "nsubj" for a in doers(ds, st, c)]
    return blame_draft(ds, st, tok, felt, target) if felt else None


def _qualified(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """ "X and Y discussed the threat posed by Iran's destabilizing activities", "X noted China's
    coercive behaviour": a damning word on a deed spoken of is the speaker's accusation of its doer."""
    blame = ds.lex.type_with("blame")
    have = {k for d in drafts if d.plover == blame for k in d.target}
    out: list[Draft] = []
    for word in st.span:
        if word.dep_ != "amod" or not (
            word.lemma_.lower() in ds.lex.blame_words or word.lower_ in ds.lex.blame_words
        ):
            continue
        target = [a for a in doers(ds, st, word.head) if a not in have]
        # (the verb of the clause, past a participle in the phrase: "the threat posed by")
        verb = next((h for h in word.head.ancestors if h.pos_ in ("VERB", "AUX") and h.dep_ != "acl"), None)
        if not target or verb is None:
            continue
        lemma = verb.lemma_.lower()
        if lemma not in ds.lex.topic_verbs and lemma not in ds.lex.speech_verbs:
            continue
        below = next(h for h in (word, *word.ancestors) if h.head.i == verb.i)
        if below.dep_ != "dobj":
            continue  # "in light of Russia's unlawful invasion, we reiterated": a circumstance, not a topic
        d = blame_draft(ds, st, word, ds.subjects(verb), target)
        if d is not None:
            out.append(d)
            have.update(d.target)
    return out


def _teller(ds, word: Token) -> tuple[list[str], Token]:
    """Who speaks of ``word``, and the word the accusation is told by: the speaker of the clause that
    reports it ("X said ...", "X said:" before its paragraph), else the subject of a topic verb whose
    object holds it ("X discussed ..."), else the subject of the main clause whose object or phrases
    hold it ("X ordered measures in response to Y's harassment"); none where it lies in a subject, an
    adverbial or relative clause or a phrase of circumstance (``circumstance_preps``: "after Y's
    aggression"). (An official publisher is not taken to speak its sentences: there a damning deed
    mostly frames the publisher's stand, "support for Ukraine in the face of Russia's aggression".)"""
    speaker = speaker_of(ds, word) or ds._quoted_after_colon(word)  # ("X said:" and the words after it)
    if speaker:
        return [speaker], word
    child = word
    for head in word.ancestors:
        if head.dep_ == "prep" and head.lower_ in ds.lex.circumstance_preps:
            break  # "sent tanks after Russia's aggression": when, not what the subject speaks of
        if (
            head.pos_ == "VERB"
            and head.lemma_.lower() in ds.lex.topic_verbs
            and child.dep_ in ("dobj", "ccomp", "xcomp")
        ):
            return ds.subjects(head), head
        if child.dep_ in ("nsubj", "nsubjpass", "advcl", "relcl", "csubj"):
            break  # what the clause is about or when, not what a speaker speaks of
        child = head
    else:
        if child.pos_ in ("VERB", "AUX") and child.dep_ == "ROOT":
            # "the United States promotes accountability for the atrocities by Russia": the main
            # clause's subject speaks of what its object or its phrases hold
            return ds.subjects(child), word
    return [], word


def _withstood(ds, word: Token) -> bool:
    """The deed is named as what someone withstands: a word of withstanding governs it within its
    clause ("in the face of Russian aggression", "to deter Russian aggression")."""
    for head in word.ancestors:
        if head.lemma_.lower() in ds.lex.withstand_words or head.lower_ in ds.lex.withstand_words:
            return True
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("xcomp", "acl", "pcomp"):
            return False  # (the clause's own verb: what lies above it is another clause)
    return False


def _damned_deeds(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """ "the minister said Russia's aggression must end", "discussed Putin's abuse of international
    law", "X said: ... abuses by the militia must end": a word that names
    a deed and damns it (``damning_deeds``), its doer named by an owner, a demonym or a "by" phrase, is
    the accusation of that doer by whoever speaks of it. A neutral word for the deed is none, and so is
    a deed named as what someone withstands ("to deter Russian aggression")."""
    blame = ds.lex.type_with("blame")
    words = ds.lex.damning_deeds
    have = {k for d in drafts if d.plover == blame for k in d.target}  # (accused already, by whomever)
    out: list[Draft] = []
    for word in st.span:
        if word.pos_ != "NOUN" or not (word.lemma_.lower() in words or word.lower_ in words):
            continue
        target = _own_doers(ds, word) or [
            a
            for c in word.conjuncts
            if c.i > word.i and (c.lemma_.lower() in words or _deed(ds, st, c))
            for a in _own_doers(ds, c)
        ]
        if not target or _withstood(ds, word):
            continue
        source, told = _teller(ds, word)
        target = [k for k in uniq(target) if k not in source]
        if not source or set(target) <= have:
            continue
        d = blame_draft(ds, st, told, source, target)
        if d is not None:
            out.append(d)
            have.update(d.target)
    return out


def judgements(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """The drafts of a sentence with the accusations its judgements of deeds make: a naming verb's
    accusation replaces the drafts of the words of blame in what it names ("unacceptable")."""
    blame = ds.lex.type_with("blame")
    out = list(drafts)
    for verb in st.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ds.lex.naming_verbs:
            continue
        # another sense's draft of the verb ("called" a meeting, "called for") yields where an object
        # predicate says what the object is called ("called Israel a terrorist state")
        naming = any(c.dep_ == "oprd" for c in verb.children) or _epithet(ds, verb) is not None
        kept = (blame, ds.lex.type_with("refusal"))
        if any(d.token == verb.i and (d.plover in kept or not naming) for d in out):
            continue
        _speaker_first(ds, st, verb, out)
        d = _called(ds, st, verb)
        if d is None:
            continue
        inside = {
            t.i for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "dobj") for t in c.subtree
        }
        out = [x for x in out if not (x.plover == blame and x.token in inside) and x.token != verb.i] + [d]
    out = [x for x in (_active_feeling(ds, st, d) if d.plover == blame else d for d in out) if x is not None]
    felt = _felt(ds, st, out)
    # ("expressed its concern at X's decision": the verb's draft, aimed at no one, is the noun's)
    voicing = {st.span.doc[d.token].head.i for d in felt}
    gone = {d.token for d in felt}
    voiced = {x.token for x in out if x.plover == blame and not x.target and x.token in voicing}
    out = [x for x in out if x.token not in gone | voiced] + felt
    out += _qualified(ds, st, out)
    out += _damned_deeds(ds, st, out)
    return sorted(out, key=lambda d: d.token)
