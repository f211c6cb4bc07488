"""The trigger lexicon (``ontology/triggers.yaml`` and ``ontology/cameo_verbs.yaml``) as lookups:
which words name an event, of which PLOVER type, and how its roles are read."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from types import MappingProxyType

from kg.plover import plover_scheme

_WORD = re.compile(r"\w+|[^\w\s]")


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
    #: an event only where two or more parties do it together ("the leaders looked forward to speaking
    #: again"; "the president spoke again" alone is a speech)
    mutual: bool = False
    #: said as a sentence of its own with no subject ("Thank you.") it is a courtesy of speech, no event
    courtesy: bool = False
    #: an event only when aimed at some party, however its roles are found ("concerned about the
    #: situation" blames no one; "concerned by the militia's attacks" blames the militia)
    aimed: bool = False
    #: an adjective of necessity that names a demand only said of "it" with a clause of what must be
    #: done ("it is vital that X withdraw", "it is essential for X to talk"); "X is vital to Y" is none
    impersonal: bool = False
    absorbs: bool = False
    adopts: bool = False
    #: answers a deed: its "to" or "against" object must be a hostile deed word, whose doer is the
    #: target ("will respond firmly to any attack from the North": a threat to the North)
    answers: bool = False
    topic: bool = False
    needs_target: bool = False
    negated_as: tuple[str, str, str] | None = None
    #: [plover, cameo, class, mode] of it aimed at no party ("fired a ballistic missile into the sea")
    aimless_as: tuple[str, ...] | None = None
    #: [plover, cameo, class] of it with a bare infinitive of what its object does ("helped Iran build
    #: the plant": joint work, not aid)
    joint_work_as: tuple[str, ...] | None = None
    #: the direct object must carry one of these words before it ("a ballistic missile")
    object_mod: tuple[str, ...] = ()
    #: its object is the doer's own: one another party owns is none of it ("halted its advance", not
    #: "halted the Russian advance", "halted the rebels' advance"); a bare command ("Stop the
    #: assault!") is a demand, no deed of its own
    own_object: bool = False
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
    #: a noun of it names by its owner the one it is done to ("his arrest"), unless an "of" phrase
    #: names that one ("Iran's detention of the crew": Iran detains)
    owner_undergoes: bool = False
    #: an event only when still to come: said now, it is a threat made now ("will take action against X")
    future: bool = False
    #: a noun only what "there" and a verb of being still to come say will be ("there will be consequences")
    existential: bool = False


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
    #: "40 people were arrested in Minsk", "journalists detained in Ukraine": a person held with no
    #: agent named is held by the state the place names (only for custody, mode "arrest")
    custody_place_agent: bool = False
    #: "a state of emergency in the Maldives", "the crackdown in Belarus": a deed a state does on its
    #: own ground; with no doer named, whoever blames it blames the state it is placed in
    home_ground: bool = False
    #: "protests in Nicaragua", "protests against the president": with no agent named, done by the
    #: text's protesters (kg.extract.groups), at the state it is placed in
    by_protesters: bool = False
    #: "crushed the protests", "opened fire on the rally", "fired tear gas to disperse the crowd": done
    #: to a demonstration or a crowd, with no party named, aimed at the text's protesters
    #: (kg.extract.crowds)
    crowd_target: bool = False
    place_in_object: bool = False
    #: "the Kharkiv attack", "the Kherson withdrawal": a place named before its noun is where it was
    #: done, not who did it (with ``place_target``, what it was aimed at)
    named_scene: bool = False
    owner_target: bool = False
    object_parties: bool = False
    deed: bool = False
    promised_harm: bool = False
    decided: bool = False
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
    #: moves the doer's own forces: forces it is done to with no agent named ("police were deployed",
    #: "soldiers received reinforcements") are the doer's side
    own_forces: bool = False
    #: said of another in an accusation, it is what the accusation says, not an event of its own
    alleged: bool = False
    #: backing a hostile deed ("aid to the blockade") is complicity in it, not an event of this type
    complicit: bool = False
    #: what it asks of another is part of it, not an event of its own ("urged Russia to withdraw")
    asks_for: bool = False
    #: a participle after a noun only says what the noun is ("forces backed by the coalition")
    standing_participle: bool = False
    #: done together: several parties' joint promise of it is also an agreement between them
    joint: bool = False
    #: to come: several parties' joint promise of it is only the agreement between them; what they
    #: promise is not yet done ("the two leaders committed to deepen cooperation": AGREE alone)
    joint_agreed: bool = False
    #: a verb of it settles what it agrees to: work of a ``joint_agreed`` type agreed to is the agreement
    settles: bool = False
    #: each body sentence that tells one by a verb of asking of its own tells another call ("X urged Y
    #: to ... X also called on Z to ..." are two calls)
    calls_apart: bool = False
    #: an outcome the parties reach: only reached or to be reached it is an event; one that could,
    #: should or would be reached ("an accord can be reached", "the ceasefire should be respected",
    #: "calls for the release of X") is no event (the call or the hope is)
    outcome: bool = False


@dataclass(frozen=True)
class SupportKind:
    """A kind of backing a word of support names by the words around it (triggers.yaml support_kinds):
    its sense, and the words said of the support, of what is supported and of the doer."""

    sense: Trigger
    modifiers: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()
    doers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    by_word: MappingProxyType
    types: MappingProxyType  # PLOVER type -> TypeRules
    speech_verbs: frozenset[str] = frozenset()
    speaker_preps: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    idioms: tuple[str, ...] = ()
    object_control: frozenset[str] = frozenset()
    #: light verbs whose "to" phrase names what their subject brings about ("led to protests")
    result_verbs: frozenset[str] = frozenset()
    #: verbs of promising proper, whose promise of a deed is an undertaking too (kg.extract.promises)
    promise_verbs: frozenset[str] = frozenset()
    promised_help: frozenset[str] = frozenset()
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
    #: nouns of an act of their owner's, most of them of speech or will ("an announcement", "a pledge"):
    #: no guest of a verb of hosting; speech_act_nouns also tell what was said in a "that" clause
    act_nouns: frozenset[str] = frozenset()
    speech_act_nouns: frozenset[str] = frozenset()
    #: nouns that name a deed and damn it at once ("Russia's aggression", "abuses by the militia")
    damning_deeds: frozenset[str] = frozenset()
    #: words of withstanding a deed ("in the face of", "deter"): a damning deed they govern accuses no one
    withstand_words: frozenset[str] = frozenset()
    #: verbs of repelling a deed ("repelled an attack by X"): the deed's doer acts on their subject
    repelling_verbs: frozenset[str] = frozenset()
    #: verbs of holding ground ("the town held by X") and of taking back ground ("retook the town")
    holding_verbs: frozenset[str] = frozenset()
    retaking_verbs: frozenset[str] = frozenset()
    #: "a British-flagged tanker": participles after a hyphen that name the owner of a deed's object
    owning_participles: frozenset[str] = frozenset()
    #: envoys, whose post ("its ambassador to X") a deed done to them is aimed at, and its prepositions
    envoy_nouns: frozenset[str] = frozenset()
    post_preps: frozenset[str] = frozenset()
    #: prepositions of circumstance ("after", "amid"): a damning deed in their phrase is nobody's word
    circumstance_preps: frozenset[str] = frozenset()
    #: words a clause judges its subject by ("are inconsistent with", "is a destabilizing force", "is
    #: at odds with"), verbs that report a judgement of a clause ("agreed the raid was a violation")
    #: and the endings of nouns of action whose owner did them ("X's acquisition", "X's extension")
    verdict_words: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    action_endings: tuple[str, ...] = ()
    #: verbs that say what their subject is ("represents a violation"); verbs of bearing a fault and
    #: nouns of fault ("bears responsibility")
    verdict_copulas: frozenset[str] = frozenset()
    bearing_verbs: frozenset[str] = frozenset()
    fault_nouns: frozenset[str] = frozenset()
    #: nouns of harm done to people ("violence", "the use of force"): a word of concern about them is
    #: aimed at whoever does it, named or not
    harm_nouns: frozenset[str] = frozenset()
    #: prepositions after a word of concern that say what it is about ("concern over", "alarmed at")
    concern_preps: frozenset[str] = frozenset()
    #: verbs whose object is a subject of talk, whose event words name no event ("discussed cooperation")
    topic_verbs: frozenset[str] = frozenset()
    #: verbs that give voice to a stance named by their object, whose owner holds it ("voiced Japan's
    #: concern over X": Japan's concern)
    expressing_verbs: frozenset[str] = frozenset()
    #: verbs that stress a stance their object names ("emphasized U.S. support"), voicing it as well
    stressing_verbs: frozenset[str] = frozenset()
    #: nouns of want whose "of" object is lacked, not given ("in need of aid", "a lack of support")
    want_nouns: frozenset[str] = frozenset()
    #: nouns of means whose infinitive names a deed that could be done ("the ability to fight")
    means_nouns: frozenset[str] = frozenset()
    #: words of breaking an arrangement: the truce they name as broken is no event ("violated the truce")
    breaking_words: frozenset[str] = frozenset()
    #: words of striving: a deed in their "to" clause is an aim ("tried to overthrow the government")
    striving_words: frozenset[str] = frozenset()
    striving_kept: frozenset[str] = frozenset()
    #: triggers.yaml ``truces``: word lists of truces and what is done to them (kg.extract.truces)
    truces: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    #: pronouns of anyone at all: a deed of theirs is a rule or habit, not an event ("anyone who visits")
    generic_subjects: frozenset[str] = frozenset()
    #: texts of spoken words a title names: the meeting "at" which they were said is no event reported
    spoken_texts: frozenset[str] = frozenset()
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
    #: verbs of ending: a deed another must end is asked to end, and goes on ("must end its repression")
    ending_verbs: frozenset[str] = frozenset()
    #: nouns of a request whose refusal tells that it was made ("ignored calls by X")
    refused_requests: frozenset[str] = frozenset()
    #: verbs that credit their object with a deed their "for"/"on" phrase names ("thanked X for the release")
    crediting_verbs: frozenset[str] = frozenset()
    demand_sense: Trigger | None = None
    #: prepositions that lead from a request word to the act it asks for ("called for the release of")
    asks_for_preps: frozenset[str] = frozenset()
    #: prepositions that name a partner in joint work ("work with X", "fight alongside Y")
    partner_preps: frozenset[str] = frozenset()
    #: triggers.yaml ``joint_deeds``: the phrases of a partner in a deed, and the sense of the work together
    joint_deeds: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    #: words of a currency ("$", "euros"): with a number they name an amount of money
    currency: frozenset[str] = frozenset()
    #: words of support, and the kinds of backing in kind they name by the words around them
    support_words: frozenset[str] = frozenset()
    support_kinds: tuple[SupportKind, ...] = ()

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
    kinds = data.get("support_kinds") or {}
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
        speaker_preps=frozenset(_tuple(data.get("speaker_preps"))),
        light_verbs=frozenset(_tuple(data.get("light_verbs"))),
        idioms=_tuple(data.get("idioms")),
        object_control=frozenset(_tuple(data.get("object_control"))),
        result_verbs=frozenset(_tuple(data.get("result_verbs"))),
        promise_verbs=frozenset(_tuple(data.get("promise_verbs"))),
        promised_help=frozenset(_tuple(data.get("promised_help"))),
        generic_classes=frozenset(str(c) for c in data.get("generic_classes") or ()),
        not_events=tuple(tuple(_WORD.findall(str(p).lower())) for p in data.get("not_events") or ()),
        not_event_heads=frozenset(_tuple(data.get("not_event_heads"))),
        blame_words=frozenset(_tuple(data.get("blame_words"))),
        claim_nouns=frozenset(_tuple(data.get("claim_nouns"))),
        naming_verbs=frozenset(_tuple(data.get("naming_verbs"))),
        denial_words=frozenset(_tuple(data.get("denial_words"))),
        conduct_nouns=frozenset(_tuple(data.get("conduct_nouns"))),
        damning_names=frozenset(_tuple(data.get("damning_names"))),
        speech_act_nouns=frozenset(_tuple(data.get("speech_act_nouns"))),
        act_nouns=frozenset(_tuple(data.get("act_nouns"))) | frozenset(_tuple(data.get("speech_act_nouns"))),
        damning_deeds=frozenset(_tuple(data.get("damning_deeds"))),
        withstand_words=frozenset(_tuple(data.get("withstand_words"))),
        repelling_verbs=frozenset(_tuple(data.get("repelling_verbs"))),
        holding_verbs=frozenset(_tuple(data.get("holding_verbs"))),
        retaking_verbs=frozenset(_tuple(data.get("retaking_verbs"))),
        owning_participles=frozenset(_tuple(data.get("owning_participles"))),
        envoy_nouns=frozenset(_tuple(data.get("envoy_nouns"))),
        post_preps=frozenset(_tuple(data.get("post_preps"))),
        circumstance_preps=frozenset(_tuple(data.get("circumstance_preps"))),
        verdict_words=frozenset(_tuple(data.get("verdict_words"))),
        judging_verbs=frozenset(_tuple(data.get("judging_verbs"))),
        action_endings=_tuple(data.get("action_endings")),
        verdict_copulas=frozenset(_tuple(data.get("verdict_copulas"))),
        bearing_verbs=frozenset(_tuple(data.get("bearing_verbs"))),
        fault_nouns=frozenset(_tuple(data.get("fault_nouns"))),
        harm_nouns=frozenset(_tuple(data.get("harm_nouns"))),
        concern_preps=frozenset(_tuple(data.get("concern_preps"))),
        topic_verbs=frozenset(_tuple(data.get("topic_verbs"))),
        expressing_verbs=frozenset(_tuple(data.get("expressing_verbs"))),
        stressing_verbs=frozenset(_tuple(data.get("stressing_verbs"))),
        want_nouns=frozenset(_tuple(data.get("want_nouns"))),
        means_nouns=frozenset(_tuple(data.get("means_nouns"))),
        breaking_words=frozenset(_tuple(data.get("breaking_words"))),
        striving_words=frozenset(_tuple((data.get("striving") or {}).get("words"))),
        striving_kept=frozenset(_tuple((data.get("striving") or {}).get("kept"))),
        truces=MappingProxyType({k: frozenset(_tuple(v)) for k, v in (data.get("truces") or {}).items()}),
        generic_subjects=frozenset(_tuple(data.get("generic_subjects"))),
        spoken_texts=frozenset(_tuple(data.get("spoken_texts"))),
        answer_words=frozenset(_tuple(data.get("answer_words"))),
        demand_modals=frozenset(_tuple((data.get("demand_modals") or {}).get("modals"))),
        resolve_subjects=frozenset(_tuple((data.get("demand_modals") or {}).get("resolve_subjects"))),
        demand_verbs=frozenset(_tuple((data.get("demand_modals") or {}).get("verbs"))),
        unmet_words=frozenset(_tuple((data.get("demand_modals") or {}).get("unmet"))),
        ending_verbs=frozenset(_tuple((data.get("demand_modals") or {}).get("ending"))),
        refused_requests=frozenset(_tuple(data.get("refused_requests"))),
        crediting_verbs=frozenset(_tuple(data.get("crediting_verbs"))),
        demand_sense=_demand_sense(data.get("demand_modals"), types, raw_types),
        asks_for_preps=frozenset(_tuple(data.get("asks_for_preps"))),
        partner_preps=frozenset(_tuple(data.get("partner_preps"))),
        joint_deeds=MappingProxyType(data.get("joint_deeds") or {}),
        currency=frozenset(str(w).lower() for w in currency),
        support_words=frozenset(_tuple(kinds.get("words"))),
        support_kinds=tuple(_support_kind(k, raw_types) for k in kinds.get("kinds") or ()),
    )


def _support_kind(raw: dict, raw_types: dict) -> SupportKind:
    sense = _trigger({"lemma": "support", "plover": raw["plover"], "cameo": raw.get("cameo"),
                      "class": raw.get("class")}, raw_types)
    return SupportKind(sense, frozenset(_tuple(raw.get("modifiers"))), frozenset(_tuple(raw.get("things"))),
                       frozenset(_tuple(raw.get("doers"))))


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
        mutual=bool(raw.get("mutual")),
        courtesy=bool(raw.get("courtesy")),
        aimed=bool(raw.get("aimed")),
        impersonal=bool(raw.get("impersonal")),
        absorbs=bool(raw.get("absorbs") or raw.get("adopts")),
        adopts=bool(raw.get("adopts")),
        answers=bool(raw.get("answers")),
        topic=bool(raw.get("topic")),
        needs_target=bool(raw.get("needs_target")),
        negated_as=tuple(str(x) for x in neg) if neg else None,
        aimless_as=tuple(str(x) for x in raw["aimless_as"]) if raw.get("aimless_as") else None,
        joint_work_as=tuple(str(x) for x in raw["joint_work_as"]) if raw.get("joint_work_as") else None,
        object_mod=_tuple(raw.get("object_mod")),
        own_object=bool(raw.get("own_object")),
        negated_only=bool(raw.get("negated_only")),
        modality=raw.get("modality"),
        symmetric=bool(raw.get("symmetric", defaults.get("symmetric", False))),
        target_preps=_tuple(raw.get("target_preps", defaults.get("target_preps"))),
        breadth=breadth or bool(raw.get("breadth")),
        no_event=no_event,
        orders=bool(raw.get("orders")),
        vague=bool(raw.get("vague")),
        money=bool(raw.get("money")),
        hosts=bool(raw.get("hosts")),
        experiencer=bool(raw.get("experiencer")),
        undergoes=bool(raw.get("undergoes")),
        owner_undergoes=bool(raw.get("owner_undergoes")),
        future=bool(raw.get("future")),
        existential=bool(raw.get("existential")),
    )


def _demand_sense(raw: dict | None, types: dict, raw_types: dict) -> Trigger | None:
    """The sense a deed takes when another is told it must do it: the type whose rules say ``demand``."""
    if not raw:
        return None
    plover = next(t for t, r in types.items() if r.demand)
    return _trigger({"lemma": "must", "plover": plover, "cameo": raw.get("cameo"), "class": raw.get("class"),
                     "modal": raw.get("modals")}, raw_types)
