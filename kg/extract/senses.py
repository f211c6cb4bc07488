"""Which lexicon sense a token is, in its sentence: a trigger matched by lemma, form and context
(the preposition it governs, the words beside it, a headline's title case), and the small tests on
a token's clause that the passes share (``acts_as_verb``, ``clause_verb``)."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, Trigger
from kg.extract.money import governs_money
from kg.extract.requests import necessity_clause
from kg.plover import plover_scheme

_ALPHA = re.compile(r"(?<![-'’\w])[^\W\d_]+(?![\w])")


def titlecase(sent, small: frozenset[str] = frozenset()) -> bool:
    """A headline in title case ("Trump Meets Putin in Alaska"), where the tagger reads verbs as names;
    not a sentence full of names and titles whose verb is written small ("Indian Prime Minister X met
    Pakistani President Y in Havana"). The ``small`` words a headline writes in lower case ("on",
    "of") and the second part of a hyphenated word ("Kurdish-held") count for neither."""
    words = [w for w in _ALPHA.findall(sent.text) if w.lower() not in small]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    # a line of names and titles ("Serbian President X met Croatian Prime Minister Y") keeps its verb
    # in lower case; a headline capitalises it
    return not any(
        t.pos_ in ("VERB", "AUX") and t.is_alpha and t.text[0].islower()
        and t.lower_ not in small and not (t.i > sent.start and t.nbor(-1).text == "-")
        for t in sent
    )


def verb_forms(word: str) -> list[str]:
    """Base forms a capitalised headline verb may have ("Meets" meet, "Strikes" strike, "Urges" urge)."""
    w = word.lower()
    out = []
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    return out


def headline_match(lex: Lexicon, tok) -> Trigger | None:
    """A verb of a title-case headline that the tagger took for a name: plain entries only."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    for word in verb_forms(tok.text):
        for t in lex.candidates(word):
            if t.context and not in_context(tok, t.context):
                continue
            # a word of either part of speech only as the head of its phrase ("Launches New Attacks on
            # X"), not one the parse hangs on a later word ("Condemns Attack on X")
            if (t.pos == "VERB" or t.pos is None and tok.dep_ != "compound") and not (
                t.no_event or t.prefix or t.prep or t.object or t.subject or t.modal or t.particle
                or t.adopts or t.breadth
            ):
                return t
    return None


def acts_as_verb(tok) -> bool:
    """A verb, or a word the tagger took for a noun that governs a subject as a verb does
    ("Members of the Council call on all States ...")."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("ROOT", "ccomp", "conj")
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ == "det" for c in tok.children)
    )


def to_infinitive(tok) -> bool:
    """A verb with its infinitive marker ("... to support the mission")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def mutual_with(prep: Token, spec: Trigger) -> bool:
    """ "clashed with X", "fighting with X": the other party of a mutual deed, where "with" does not
    name a target of the type ("met with X")."""
    return spec.symmetric and prep.lower_ == "with" and "with" not in spec.target_preps


def for_clause(clause: Token) -> bool:
    """A clause "for X to do": its subject is whom a call or a push is for."""
    return any(m.dep_ == "mark" and m.lower_ == "for" and m.i < clause.i for m in clause.children)


def purpose_clause(clause: Token) -> bool:
    """An infinitive of purpose ("... to support the mission")."""
    return clause.tag_ == "VB" and to_infinitive(clause)


def clause_verb(tok):
    """The verb whose clause holds ``tok`` (itself when it is one; the root where no verb is above)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def match(lex: Lexicon, tok) -> Trigger | None:
    """The first lexicon entry that fits this token and its dependents, or None."""
    return next(matches(lex, tok), None)


def prep_head(obj: Token, preps: Collection[str]) -> Token | None:
    """The word a phrase of one of ``preps`` hangs from, when ``obj`` is that phrase's object ("Macron
    of France": Macron; "envoys from Kenya": envoys; "a breach of the truce": breach), else None."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.lower_ not in preps or prep.head.i == prep.i:
        return None
    return prep.head


def taking(noun: Token, preps: Collection[str]) -> Token | None:
    """The word that takes ``noun`` as its object: the verb of a direct object, or the word a phrase of
    one of ``preps`` hangs from ("agreed to a ceasefire", "a breach of the truce")."""
    if noun.dep_ == "dobj":
        return noun.head if noun.head.i != noun.i else None
    return prep_head(noun, preps)


def governs_prep(tok, preps) -> bool:
    """The word governs one of ``preps``: as a preposition ("called for talks") or as the mark of a
    clause ("called for Japan to withdraw", parsed as a clause "for Japan to withdraw"). A small
    preposition between two capitalised words away from the word is one of a title the parse hung on
    it ("called the Secretary of State for Defence"), not its own."""
    return any(
        c.dep_ in ("prep", "agent")
        and c.lower_ in preps
        and not _in_title(c, tok)
        or c.dep_ in ("advcl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ in preps and m.i < c.i for m in c.children)
        for c in tok.children
    )


def _in_title(prep, word) -> bool:
    """A lower-case preposition set between two capitalised words, not next to ``word``: a word of
    an office or a name ("Minister for Foreign Affairs")."""
    doc = prep.doc
    return (
        prep.i > word.i + 1
        and prep.text.islower()
        and prep.i + 1 < len(doc)
        and doc[prep.i - 1].is_title
        and doc[prep.i + 1].is_title
    )


def matches(lex: Lexicon, tok):
    """Every lexicon entry that fits this token and its dependents, most specific first, up to a
    sense that names no event."""
    pos = "VERB" if acts_as_verb(tok) else {"NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(tok.pos_)
    if pos is None:
        return
    words = dict.fromkeys([tok.lemma_.lower(), tok.lower_])
    for word in words:
        for t in lex.candidates(word):
            if t.pos != pos and (t.pos or pos == "ADJ"):
                continue  # an adjective names an event only through an entry for adjectives
            if t.prefix and not _has_prefix(tok, t.prefix):
                continue
            if t.prep and not (
                governs_prep(tok, t.prep)
                or t.object and any(_object_is(c, t.object) and governs_prep(c, t.prep) for c in tok.children)
            ):
                continue  # also the listed object's own: "took measures against X"
            if t.object and not (
                any(_object_is(c, t.object) for c in tok.children)
                or t.prep and pos == "VERB" and _prep_object_is(tok, t.prep, t.object, lex)  # "warned of war"
                or pos == "NOUN" and _of_object_is(tok, t.object)  # "the transfer of arms"
                # "stressed their support for X and the need for Y": a request for what is joined on
                or bool(t.plover) and lex.rules(t.plover).demand and _joined_object_is(tok, t.object)
                or tok.dep_ == "acl"
                and tok.tag_ == "VBN"
                and _is_word(_numbered(tok.head), t.object)
                or _gap_object(tok)
                and _is_word(tok.head, t.object)
            ):
                continue  # also "a missile fired by the Houthis", "the base the rebels seized"
            if t.object_mod and not any(
                _object_is(c, t.object) and _modified(c, t.object_mod) for c in tok.children
            ):
                continue  # "fired a ballistic missile", not "fired a missile"
            if t.own_object and (
                _command(tok)
                or any(_object_is(c, t.object) and _owned_by_other(c, t.object) for c in tok.children)
                or not _passive(tok) and any(_named(p) for p in _parties_of(tok, ("by",), t.object))
            ):
                continue  # "halted the Russian advance", "Stop the assault!": no concession of the doer's
            if t.subject and not any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in t.subject or c.lower_ in t.subject)
                for c in tok.children
            ):
                continue  # "troops arrived", not "the delegation arrived"
            if t.context and not in_context(tok, t.context):
                continue
            if t.money and not governs_money(tok, lex.currency):
                continue
            if t.hosts and any(c.dep_ == "dobj" and _names_act(lex, c) for c in tok.children):
                continue  # "welcomed Kenya's leadership", "Chad's announcement": a deed of theirs, no guest
            if t.bare and not _bare(tok):
                continue
            if t.intransitive and not (_bare(tok) and not _passive(tok)):
                continue
            if t.impersonal and necessity_clause(tok, lex.resolve_subjects) is None:
                continue  # "it is vital that X withdraw", not "X is vital to Y"
            if t.courtesy and _formula(tok):
                continue  # "Thank you very much.": a courtesy of speech, not an act of praise
            # the modal may be on the verb whose infinitive it is ("will use all tools to hold X accountable")
            governed = [tok, tok.head] if tok.dep_ == "xcomp" or t.existential else [tok]
            modals = [c.lower_ for g in governed for c in g.children if c.dep_ == "aux"]
            if t.modal and not set(modals) & set(t.modal):
                continue
            if t.particle and not any(
                c.dep_ in ("prt", "advmod", "prep") and c.lower_ in t.particle for c in tok.children
            ):
                continue
            if t.existential and not _there_will_be(lex, tok):
                continue  # "there will be consequences", not "the consequences of the floods"
            if t.answers and not answered_deeds(lex, tok):
                continue  # "will respond to any attack", not "will respond to the letter"
            if t.no_event:
                return
            yield t


_COMPLEMENTS = ("dobj", "dative", "xcomp", "ccomp")


def _names_act(lex: Lexicon, noun) -> bool:
    """The noun names an act of its owner's, a deed or an act of speech or will ("leadership", "an
    announcement", "the pledge by X"), not someone who could come as a guest."""
    words = (noun.lemma_.lower(), noun.lower_)
    if any(w in lex.conduct_nouns or w in lex.act_nouns for w in words):
        return True
    # "the Government of Chad's announcement" read as "the Government of [Chad's announcement]": the
    # "'s" closes the whole name, whose act the noun after it is
    return any(
        p.dep_ == "pobj" and any(g.dep_ == "poss" for g in p.children) and _names_act(lex, p)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


def answered_deeds(lex: Lexicon, tok) -> list:
    """The hostile deed words a verb of answering answers: its "to" or "against" objects or its passive
    subject that name an act of force ("will respond to any attack", "would retaliate against any strike
    on its ships", "any attack will be met with force"), or
    the deed whose answer a verb speaks of, told as the "of" of a word of answering that is its object
    ("warned of the consequences of any attack", "discussed the consequences of military action")."""
    out = []
    for c in tok.children:
        if c.dep_ == "nsubjpass":  # "any attack will be met with force"
            out += [d for d in [deed_answered(lex, c)] if d is not None]
        objects = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        if c.lower_ in ("to", "against"):
            out += [d for p in objects for d in [deed_answered(lex, p)] if d is not None]
        if c.dep_ == "dobj":
            objects = [c]
        for a in objects:
            if _is_word(a, tuple(lex.answer_words)):
                out += [d for d in _of_deeds(lex, a) if d is not None]
    return out


def _of_deeds(lex: Lexicon, answer) -> list:
    """What the "of" of a word of answering names, each a hostile deed or None ("the consequences of
    any attack", "of climate change": None); all None when it befalls a thing ("for the economy")."""
    deeds = [deed_answered(lex, p) for x in answer.children if x.dep_ == "prep" and x.lower_ == "of"
             for p in x.children if p.dep_ == "pobj"]
    if _befalls_a_thing(answer):
        return [None for _ in deeds] or [None]
    return [d if d is not None and not _befalls_a_thing(d, ("for",)) else None for d in deeds]


def _there_will_be(lex: Lexicon, noun) -> bool:
    """The noun is what "there" and a verb of being say will be ("there will be consequences", "there
    would be a strong response", with the sense's ``modal``), befalling no thing ("for the economy")
    and answering nothing but a party or a hostile deed ("a strong response to the floods": none)."""
    be = noun.head
    answered = [p for x in noun.children if x.dep_ == "prep" and x.lower_ == "to" for p in x.children]
    return (
        noun.dep_ == "attr"
        and be.lemma_.lower() == "be"
        and any(c.dep_ == "expl" for c in be.children)
        and not _befalls_a_thing(noun)
        and not any(p.pos_ == "NOUN" and not p.ent_type_ and deed_answered(lex, p) is None for p in answered)
    )


def _befalls_a_thing(answer, preps: tuple[str, ...] = ("for", "on")) -> bool:
    """The word of answering is told as what befalls a thing, not a party ("the consequences of the war
    for the economy", "its repercussions on the region"): a danger foretold, no threat."""
    return any(
        p.dep_ == "pobj" and p.pos_ == "NOUN" and not p.ent_type_
        for x in answer.children
        if x.dep_ == "prep" and x.lower_ in preps
        for p in x.children
    )


def deed_answered(lex: Lexicon, noun):
    """The noun itself when it names a hostile deed ("any attack", "military action"), else None."""
    if noun.pos_ != "NOUN":
        return None
    sense = match(lex, noun)
    hostile = sense is not None and plover_scheme().sign(sense.plover) < 0
    return noun if hostile and lex.rules(sense.plover).deed else None


def _bare(tok) -> bool:
    """The verb has no object, complement or "to" phrase."""
    return not any(c.dep_ in _COMPLEMENTS or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def _formula(tok) -> bool:
    """The word heads its sentence with no subject: a formula said to whoever is addressed ("Thank
    you, Chair.", "Thanks for coming.")."""
    return tok.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _passive(tok) -> bool:
    """The verb is in the passive ("was demonstrated", "the courage demonstrated by the troops")."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in tok.children) or (
        tok.dep_ == "acl" and tok.tag_ == "VBN"
    )


def in_context(tok, lemmas: tuple[str, ...]) -> bool:
    """The sentence of ``tok``, the sentences next to it or the document's first line (its title) use
    one of ``lemmas``: a word a whole long story uses once elsewhere is no context."""
    sents = list(tok.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    near = {0, *range(max(at - 1, 0), min(at + 2, len(sents)))}
    return any(w.lemma_.lower() in lemmas or w.lower_ in lemmas for i in near for w in sents[i])


def _has_prefix(tok, prefix: tuple[str, ...]) -> bool:
    doc = tok.doc
    start = tok.i - len(prefix)
    if start < 0:
        return False
    return all(doc[start + k].lower_ == w or doc[start + k].lemma_.lower() == w for k, w in enumerate(prefix))


def _object_is(child, lemmas: tuple[str, ...]) -> bool:
    """The direct object is one of ``lemmas``, also through "of" ("dozens of rockets") and through a
    relative pronoun ("rockets, some of which were intercepted", "the chance that he seized")."""
    if child.dep_ in ("acomp", "ccomp") and child.pos_ == "ADJ":  # "will hold X accountable"
        return _is_word(child, lemmas)
    if child.dep_ not in ("dobj", "nsubjpass", "attr", "oprd"):  # "oprd": "were taken hostage"
        return False
    if _is_word(_antecedent(child), lemmas):
        return True
    for prep in child.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                if p.dep_ == "pobj" and _is_word(_antecedent(p), lemmas):
                    return True
    return False


def _joined_object_is(tok, lemmas: tuple[str, ...]) -> bool:
    """A noun joined to the direct object is one of ``lemmas`` ("stressed X and the need for Y")."""
    return any(
        k.dep_ == "conj" and _is_word(k, lemmas) for c in tok.children if c.dep_ == "dobj" for k in c.children
    )


def _numbered(tok):
    """The noun a number names an item of ("Executive Order 13850 signed by ...": the order)."""
    if tok.tag_ == "CD" and tok.dep_ in ("nummod", "appos") and tok.head.i != tok.i:
        return tok.head
    return tok


def _gap_object(tok) -> bool:
    """A relative clause with no relative word whose object is the noun it tells of ("the base the
    rebels seized last week"): its own subject and no object of its own."""
    return (
        tok.dep_ == "relcl"
        and tok.head.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ in _COMPLEMENTS or c.tag_ in ("WDT", "WP") for c in tok.children)
    )


def _prep_object_is(verb, preps: tuple[str, ...], lemmas: tuple[str, ...], lex: Lexicon) -> bool:
    """The object of one of the verb's ``preps`` is one of ``lemmas`` ("warned of grave consequences"),
    told of no other thing ("warned of the consequences of climate change") than a hostile deed ("of
    any attack", ``deed_answered``)."""
    return any(
        _is_word(o, lemmas) and all(d is not None for d in _of_deeds(lex, o))
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
        for o in (p, *p.conjuncts)
    )


def _is_word(tok, lemmas: tuple[str, ...]) -> bool:
    return tok.lemma_.lower() in lemmas or tok.lower_ in lemmas


def _antecedent(tok):
    """The noun a relative pronoun stands for: the head of its relative clause; any other word itself."""
    if tok.tag_ not in ("WDT", "WP") and tok.lower_ not in ("which", "that", "who", "whom"):
        return tok
    verb = tok.head
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else tok


def _of_object_is(noun, lemmas: tuple[str, ...]) -> bool:
    """The "of" object of an event noun, or a noun joined to it, is one of ``lemmas`` ("the provision
    of weapons", "the transfer of arms and ammunition")."""
    return any(
        o.lemma_.lower() in lemmas or o.lower_ in lemmas
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for o in (p, *p.conjuncts)
    )


def _command(tok) -> bool:
    """A bare command: a base-form verb with no subject, auxiliary or "to" that opens its sentence or
    a quotation ("Stop the assault!", "\"Halt the offensive,\" he said"; not "helped Iran halt it")."""
    return (
        tok.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in tok.children)
        and (tok.i == tok.sent.start or tok.doc[tok.i - 1].is_punct)
    )


def _owned_by_other(obj, lemmas: tuple[str, ...]) -> bool:
    """The object names an owner of its own: a possessive other than a pronoun ("the rebels' advance"),
    a name or demonym before it ("the Russian advance", "the Hamas offensive"), or an "of" or "by"
    party that is none of ``lemmas`` ("the advance of the rebels"; "the number of its troops" counts
    the troops)."""
    return any(
        c.dep_ == "poss" and c.pos_ != "PRON"
        or c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
        for c in obj.children
    ) or bool(_parties_of(obj, ("of", "by"), lemmas))


def _named(tok) -> bool:
    """A word that names parties: a name, a named group or a plural noun ("stopped raids by the
    rebels", parsed "stopped ... by the rebels"), not "by order of the cabinet"."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or tok.tag_ == "NNS"


def _parties_of(head, preps: tuple[str, ...], lemmas: tuple[str, ...]) -> list:
    """The objects of ``head``'s ``preps`` that name a party: none of ``lemmas``, not its own ("of its
    troops") and no date ("by Friday")."""
    return [
        p
        for c in head.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
        and not _is_word(p, lemmas)
        and p.ent_type_ not in ("DATE", "TIME")
        and not any(o.dep_ == "poss" and o.pos_ == "PRON" for o in p.children)
    ]


def _modified(head, words: tuple[str, ...]) -> bool:
    """One of ``words`` stands before ``head`` in its phrase ("a long-range missile")."""
    before = head.doc[head.left_edge.i : head.i].text.lower()
    return any(w in before for w in words)
