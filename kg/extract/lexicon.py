"""The trigger lexicon (``ontology/triggers.yaml`` and ``ontology/cameo_verbs.yaml``) as lookups:
which words name an event, of which PLOVER type, and how its roles are read."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from types import MappingProxyType

from kg.extract.money import governs_money
from kg.plover import plover_scheme

_WORD = re.compile(r"\w+|[^\w\s]")
_ALPHA = re.compile(r"(?<![-'’\w])[^\W\d_]+(?![\w])")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: the words that name an event and how to read its roles."""

    lemma: str
    plover: str
    cameo: str
    event_class: str | None = None
    mode: str | None = None
    pos: str | None = None
    prefix: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    #: the trigger's subject must have one of these lemmas ("troops arrived", "warships sailed")
    subject: tuple[str, ...] = ()
    modal: tuple[str, ...] = ()
    particle: tuple[str, ...] = ()
    #: the document must use one of these lemmas ("targeted" in a sanctions release is a designation)
    context: tuple[str, ...] = ()
    #: the verb must have no object, complement or "to" ("crimes committed": no pledge)
    bare: bool = False
    #: a sense only of the verb used with no object and not in the passive ("crowds demonstrated", not
    #: "demonstrated its resolve" or "the courage demonstrated by the troops")
    intransitive: bool = False
    #: an event only when aimed at some party, however its roles are found ("concerned about the
    #: situation" blames no one; "concerned by the militia's attacks" blames the militia)
    aimed: bool = False
    absorbs: bool = False
    adopts: bool = False
    topic: bool = False
    needs_target: bool = False
    negated_as: tuple[str, str, str] | None = None
    #: [plover, cameo, class, mode] of it aimed at no party ("fired a ballistic missile into the sea")
    aimless_as: tuple[str, ...] | None = None
    #: the direct object must carry one of these words before it ("a ballistic missile")
    object_mod: tuple[str, ...] = ()
    #: an event only when negated ("will not tolerate": a threat; "tolerated" alone is none)
    negated_only: bool = False
    modality: str | None = None
    symmetric: bool = False
    target_preps: tuple[str, ...] = ()
    breadth: bool = False
    #: a sense that names no event ("war crimes committed by the militia"): the senses after it do not apply
    no_event: bool = False
    #: an order that is obeyed: what it orders is an event of its own ("ordered the release of activists")
    orders: bool = False
    #: names no deed of its own when a participial clause says how ("increased pressure on X, imposing
    #: sanctions"): the deed that clause names is the event, aimed where this one is
    vague: bool = False
    #: an event only when it governs an amount of money ("pledged $5 million", "a $5 billion appeal")
    money: bool = False
    #: the verb's subject is the host ("X received Y", "Y was hosted by X"): the guest is the source
    hosts: bool = False
    #: the passive subject feels it, about the "by" agent ("Chile was appalled by the raid")
    experiencer: bool = False
    #: the subject suffers it: the target, and whoever says so the source ("Russia will face consequences")
    undergoes: bool = False
    #: an event only when still to come: said now, it is a threat made now ("will take action against X")
    future: bool = False


@dataclass(frozen=True)
class TypeRules:
    """How events of one PLOVER type are read (the ``types`` block of triggers.yaml)."""

    symmetric: bool = False
    target_preps: tuple[str, ...] = ()
    speech_act: bool = False
    gathers: bool = False
    place_target: bool = False
    #: "pardons of activists in Egypt": the state an agentless event happens in does it
    place_agent: bool = False
    place_in_object: bool = False
    owner_target: bool = False
    object_parties: bool = False
    deed: bool = False
    promised_harm: bool = False
    refusal: bool = False
    refusable: bool = False
    blame: bool = False
    demand: bool = False
    talks: bool = False
    nests: bool = False
    official: bool = False
    agent_needed: bool = False
    #: "Russia's demand", "Kyiv's accusation": a noun of it with an owner was made, whatever governs it
    owned_made: bool = False
    #: "pledged its support", "offered solidarity": offered or pledged as a noun, it is given in words
    words_given: bool = False
    #: said of another in an accusation, it is what the accusation says, not an event of its own
    alleged: bool = False
    #: backing a hostile deed ("aid to the blockade") is complicity in it, not an event of this type
    complicit: bool = False
    #: what it asks of another is part of it, not an event of its own ("urged Russia to withdraw")
    asks_for: bool = False
    #: a participle after a noun only says what the noun is ("forces backed by the coalition")
    standing_participle: bool = False


@dataclass(frozen=True)
class Lexicon:
    by_word: MappingProxyType
    types: MappingProxyType  # PLOVER type -> TypeRules
    speech_verbs: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    idioms: tuple[str, ...] = ()
    object_control: frozenset[str] = frozenset()
    generic_classes: frozenset[str] = frozenset()
    #: word sequences in which an event word names no event ("in support of")
    not_events: tuple[tuple[str, ...], ...] = ()
    #: nouns an event word before them only classifies ("aid workers", "attack helicopters")
    not_event_heads: frozenset[str] = frozenset()
    #: words that make a statement about another actor an accusation ("lied", "unacceptable")
    blame_words: frozenset[str] = frozenset()
    #: nouns of a claim, and words that deny one ("called the allegations baseless")
    claim_nouns: frozenset[str] = frozenset()
    #: verbs that name something as what it is said to be ("called the claims false", "branded them thugs")
    naming_verbs: frozenset[str] = frozenset()
    denial_words: frozenset[str] = frozenset()
    #: nouns of conduct whose "of" names the doer ("the entry of X's troops"), and what a naming verb
    #: calls a deed to damn its doer ("an act of war")
    conduct_nouns: frozenset[str] = frozenset()
    damning_names: frozenset[str] = frozenset()
    #: verbs whose object is a subject of talk, whose event words name no event ("discussed cooperation")
    topic_verbs: frozenset[str] = frozenset()
    #: nouns of want whose "of" object is lacked, not given ("in need of aid", "a lack of support")
    want_nouns: frozenset[str] = frozenset()
    #: nouns of means whose infinitive names a deed that could be done ("the ability to fight")
    means_nouns: frozenset[str] = frozenset()
    #: words of answering a deed: a threat of them is aimed at its doer, named or not ("vowed revenge")
    answer_words: frozenset[str] = frozenset()
    #: modals that make a deed another must do a demand on it ("Russia must withdraw"), and that sense
    demand_modals: frozenset[str] = frozenset()
    #: subjects that make such a modal a resolve, not a demand ("we must act")
    resolve_subjects: frozenset[str] = frozenset()
    #: verbs whose present "to" clause says what must be done ("Russia needs to withdraw")
    demand_verbs: frozenset[str] = frozenset()
    #: words that say such a need is not yet met, not asked for ("have yet to find them")
    unmet_words: frozenset[str] = frozenset()
    demand_sense: Trigger | None = None
    #: prepositions that lead from a request word to the act it asks for ("called for the release of")
    asks_for_preps: frozenset[str] = frozenset()
    #: words of a currency ("$", "euros"): with a number they name an amount of money
    currency: frozenset[str] = frozenset()

    def candidates(self, word: str) -> tuple[Trigger, ...]:
        return self.by_word.get(word, ())

    def rules(self, plover: str) -> TypeRules:
        return self.types[plover]

    def type_with(self, flag: str) -> str:
        """The PLOVER type whose rules set ``flag`` (the first, in the scheme's order)."""
        return next(t for t, r in self.types.items() if getattr(r, flag))


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    bad = [v for v in items if isinstance(v, bool)]
    if bad:
        # YAML reads a bare on/off/yes/no as a boolean: the word must be quoted
        raise ValueError(f"triggers.yaml: quote the word read as {bad[0]!r} in {items!r}")
    return tuple(str(v).lower() for v in items)


def build_lexicon(data: dict, cameo_verbs: dict, currency: Collection[str] = ()) -> Lexicon:
    """The lexicon from the parsed triggers.yaml (``data``), cameo_verbs.yaml's ``verbs`` and the
    currency words of language.yaml."""
    names = plover_scheme().names
    raw_types = {k: v or {} for k, v in (data.get("types") or {}).items()}
    unknown = sorted(set(raw_types) - set(names))
    missing = [t for t in names if t not in raw_types]
    if unknown or missing:
        raise ValueError(f"triggers.yaml: the types block must list the PLOVER types ({unknown or missing})")
    types = {k: _rules(v) for k, v in raw_types.items()}
    by_word: dict[str, list[Trigger]] = {}

    def add(t: Trigger) -> None:
        by_word.setdefault(t.lemma, []).append(t)

    for raw in data.get("triggers") or []:
        add(_trigger(raw, raw_types))
    listed = set(by_word)
    exclude = set(_tuple(data.get("cameo_exclude")))
    for lemma, spec in cameo_verbs.items():
        if lemma in listed or lemma in exclude:
            continue
        add(
            _trigger(
                {
                    "lemma": lemma,
                    "pos": "VERB",
                    "plover": spec["plover"],
                    "cameo": spec["cameo"],
                    "needs_target": True,
                },
                raw_types,
                breadth=True,
            )
        )
    return Lexicon(
        by_word=MappingProxyType({k: tuple(v) for k, v in by_word.items()}),
        types=MappingProxyType(types),
        speech_verbs=frozenset(_tuple(data.get("speech_verbs"))),
        light_verbs=frozenset(_tuple(data.get("light_verbs"))),
        idioms=_tuple(data.get("idioms")),
        object_control=frozenset(_tuple(data.get("object_control"))),
        generic_classes=frozenset(str(c) for c in data.get("generic_classes") or ()),
        not_events=tuple(tuple(_WORD.findall(str(p).lower())) for p in data.get("not_events") or ()),
        not_event_heads=frozenset(_tuple(data.get("not_event_heads"))),
        blame_words=frozenset(_tuple(data.get("blame_words"))),
        claim_nouns=frozenset(_tuple(data.get("claim_nouns"))),
        naming_verbs=frozenset(_tuple(data.get("naming_verbs"))),
        denial_words=frozenset(_tuple(data.get("denial_words"))),
        conduct_nouns=frozenset(_tuple(data.get("conduct_nouns"))),
        damning_names=frozenset(_tuple(data.get("damning_names"))),
        topic_verbs=frozenset(_tuple(data.get("topic_verbs"))),
        want_nouns=frozenset(_tuple(data.get("want_nouns"))),
        means_nouns=frozenset(_tuple(data.get("means_nouns"))),
        answer_words=frozenset(_tuple(data.get("answer_words"))),
        demand_modals=frozenset(_tuple((data.get("demand_modals") or {}).get("modals"))),
        resolve_subjects=frozenset(_tuple((data.get("demand_modals") or {}).get("resolve_subjects"))),
        demand_verbs=frozenset(_tuple((data.get("demand_modals") or {}).get("verbs"))),
        unmet_words=frozenset(_tuple((data.get("demand_modals") or {}).get("unmet"))),
        demand_sense=_demand_sense(data.get("demand_modals"), types, raw_types),
        asks_for_preps=frozenset(_tuple(data.get("asks_for_preps"))),
        currency=frozenset(str(w).lower() for w in currency),
    )


def _rules(raw: dict) -> TypeRules:
    flags = {k: bool(raw.get(k, False)) for k in TypeRules.__dataclass_fields__ if k != "target_preps"}
    return TypeRules(target_preps=_tuple(raw.get("target_preps")), **flags)


def _trigger(raw: dict, types: dict[str, dict], breadth: bool = False) -> Trigger:
    no_event = bool(raw.get("no_event"))
    plover = "" if no_event else str(raw["plover"]).upper()
    if not no_event and plover not in plover_scheme():
        raise ValueError(f"triggers.yaml: {raw.get('lemma')!r} has unknown PLOVER type {plover!r}")
    words = _WORD.findall(str(raw["lemma"]).lower())
    defaults = types.get(plover, {})
    neg = raw.get("negated_as")
    return Trigger(
        lemma=words[-1],
        prefix=tuple(words[:-1]),
        plover=plover,
        cameo=str(raw.get("cameo") or ""),
        event_class=raw.get("class"),
        mode=raw.get("mode"),
        pos=raw.get("pos"),
        prep=_tuple(raw.get("prep")),
        object=_tuple(raw.get("object")),
        subject=_tuple(raw.get("subject")),
        modal=_tuple(raw.get("modal")),
        particle=_tuple(raw.get("particle")),
        context=_tuple(raw.get("context")),
        bare=bool(raw.get("bare")),
        intransitive=bool(raw.get("intransitive")),
        aimed=bool(raw.get("aimed")),
        absorbs=bool(raw.get("absorbs") or raw.get("adopts")),
        adopts=bool(raw.get("adopts")),
        topic=bool(raw.get("topic")),
        needs_target=bool(raw.get("needs_target")),
        negated_as=tuple(str(x) for x in neg) if neg else None,
        aimless_as=tuple(str(x) for x in raw["aimless_as"]) if raw.get("aimless_as") else None,
        object_mod=_tuple(raw.get("object_mod")),
        negated_only=bool(raw.get("negated_only")),
        modality=raw.get("modality"),
        symmetric=bool(raw.get("symmetric", defaults.get("symmetric", False))),
        target_preps=_tuple(raw.get("target_preps", defaults.get("target_preps"))),
        breadth=breadth,
        no_event=no_event,
        orders=bool(raw.get("orders")),
        vague=bool(raw.get("vague")),
        money=bool(raw.get("money")),
        hosts=bool(raw.get("hosts")),
        experiencer=bool(raw.get("experiencer")),
        undergoes=bool(raw.get("undergoes")),
        future=bool(raw.get("future")),
    )


def _demand_sense(raw: dict | None, types: dict, raw_types: dict) -> Trigger | None:
    """The sense a deed takes when another is told it must do it: the type whose rules say ``demand``."""
    if not raw:
        return None
    plover = next(t for t, r in types.items() if r.demand)
    return _trigger({"lemma": "must", "plover": plover, "cameo": raw.get("cameo"), "class": raw.get("class"),
                     "modal": raw.get("modals")}, raw_types)


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


def clause_verb(tok):
    """The verb whose clause holds ``tok`` (itself when it is one; the root where no verb is above)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def match(lex: Lexicon, tok) -> Trigger | None:
    """The first lexicon entry that fits this token and its dependents, or None."""
    return next(matches(lex, tok), None)


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
                or tok.dep_ == "acl"
                and tok.tag_ == "VBN"
                and (tok.head.lemma_.lower() in t.object or tok.head.lower_ in t.object)
            ):
                continue  # also "a missile fired by the Houthis"
            if t.object_mod and not any(
                _object_is(c, t.object) and _modified(c, t.object_mod) for c in tok.children
            ):
                continue  # "fired a ballistic missile", not "fired a missile"
            if t.subject and not any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in t.subject or c.lower_ in t.subject)
                for c in tok.children
            ):
                continue  # "troops arrived", not "the delegation arrived"
            if t.context and not in_context(tok, t.context):
                continue
            if t.money and not governs_money(tok, lex.currency):
                continue
            if t.bare and not _bare(tok):
                continue
            if t.intransitive and not (_bare(tok) and not _passive(tok)):
                continue
            if t.modal and not any(c.dep_ == "aux" and c.lower_ in t.modal for c in tok.children):
                continue
            if t.particle and not any(
                c.dep_ in ("prt", "advmod", "prep") and c.lower_ in t.particle for c in tok.children
            ):
                continue
            if t.no_event:
                return
            yield t


_COMPLEMENTS = ("dobj", "dative", "xcomp", "ccomp")


def _bare(tok) -> bool:
    """The verb has no object, complement or "to" phrase."""
    return not any(c.dep_ in _COMPLEMENTS or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


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
    """The direct object is one of ``lemmas``, also through "of" ("dozens of rockets")."""
    if child.dep_ not in ("dobj", "nsubjpass", "attr", "oprd"):  # "oprd": "were taken hostage"
        return False
    if child.lemma_.lower() in lemmas or child.lower_ in lemmas:
        return True
    for prep in child.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                if p.dep_ == "pobj" and (p.lemma_.lower() in lemmas or p.lower_ in lemmas):
                    return True
    return False


def _modified(head, words: tuple[str, ...]) -> bool:
    """One of ``words`` stands before ``head`` in its phrase ("a long-range missile")."""
    before = head.doc[head.left_edge.i : head.i].text.lower()
    return any(w in before for w in words)
