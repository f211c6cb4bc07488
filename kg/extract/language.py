"""All the extractor's language data, gathered from ``ontology/`` into one frozen object, as spaCy's
``Language.Defaults`` gathers a language's data apart from code.

    lang = load_language()
    lang.lexicon       # triggers.yaml + cameo_verbs.yaml: event words, PLOVER type rules
    lang.roles         # roles.yaml: titles, honorifics, pronouns, group nouns
    lang.modality      # modality.yaml: auxiliaries, governing words, negations, conditions
    lang.words         # language.yaml: numbers, calendar (date_words.py), place and group nouns, quantities
    lang.publishers    # publishers.yaml: whose readout fixes which office
    lang.parties       # cameo_agents.yaml + language.yaml: nouns naming a kind of party ("police")
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from kg.extract.date_words import DateWords, date_fields
from kg.extract.lexicon import Lexicon, build_lexicon
from kg.extract.role_words import Roles, read_roles
from kg.extract.word_sets import lowered, words_pattern
from kg.resources import load_yaml


@dataclass(frozen=True)
class ModalityWords:
    """modality.yaml: the words that say whether an event happened."""

    aux: MappingProxyType  # auxiliary -> modality
    governors: MappingProxyType  # governing word -> modality
    any_dets: frozenset[str]
    negations: frozenset[str]
    conditions: frozenset[str]
    future: tuple[str, ...]
    temporal: frozenset[str]
    modifiers: MappingProxyType  # adjective on an event noun -> modality ("upcoming talks")
    nobody: frozenset[str]  # subjects that say it happened to no one ("no one was arrested")
    questions: frozenset[str]  # subordinators that ask about their clause ("whether")
    giving: frozenset[str]  # verbs that give what they name in words ("offered solidarity")
    #: verbs of wanting by which a speaker does what they say ("I want to thank ...")
    saying_wants: frozenset[str] = frozenset()
    #: verbs that class what their subject is ("attacks on peacekeepers may constitute war crimes")
    classing: frozenset[str] = frozenset()
    #: verbs whose negation promises what they govern ("will not hesitate to strike")
    eager: frozenset[str] = frozenset()
    #: verbs of coming together: what one comes to say is said there ("came to Washington to sign")
    gathering: frozenset[str] = frozenset()
    #: means of force whose use does the deed it is used for ("fired tear gas to disperse the crowd")
    force_means: frozenset[str] = frozenset()
    #: verbs of using those means ("fired", "used", "opened fire")
    force_verbs: frozenset[str] = frozenset()
    #: words that make a condition word after them a likening ("as if": no condition)
    likening: frozenset[str] = frozenset()
    readiness: frozenset[str] = frozenset()  # words of being ready: "stands ready to impose sanctions"
    #: verbs of a decision taken: a measure decided on is taken ("decided to impose sanctions")
    deciding: frozenset[str] = frozenset()

    @property
    def future_aux(self) -> frozenset[str]:
        """Auxiliaries that put an event ahead ("will", "would", "shall", "'ll")."""
        return frozenset(w for w, m in self.aux.items() if m == "planned")


@dataclass(frozen=True)
class Quantities:
    scale: MappingProxyType
    vague_scale: tuple[str, ...]
    currency: MappingProxyType
    kinds: tuple[tuple[str, re.Pattern], ...]  # (kind, the words around a number that say so)


@dataclass(frozen=True)
class Words(DateWords):
    """language.yaml: word classes the rules name (the calendar's in kg/extract/date_words.py)."""

    numbers: MappingProxyType  # word -> int
    articles: frozenset[str]
    vague_numbers: frozenset[str]
    listing_verbs: frozenset[str]
    circumstance_preps: frozenset[str]
    circumstance_nouns: frozenset[str]
    apart_words: frozenset[str]
    sequel_nouns: frozenset[str]
    sequel_verbs: frozenset[str]
    campaign_verbs: frozenset[str]
    definite_determiners: frozenset[str]
    occurrence_verbs: frozenset[str]  # lemmas, with their particle or object ("take place")
    topic_preps: frozenset[str]
    agency_heads: frozenset[str]
    spokespeople: frozenset[str]
    relative_pronouns: frozenset[str]
    party_words: frozenset[str]
    press_audience: frozenset[str]
    group_heads: frozenset[str]
    people_words: frozenset[str]
    group_nouns: frozenset[str]
    armed_group_nouns: frozenset[str]
    #: plural nouns for people who protest ("protesters", "demonstrators"): one party of a text
    protester_nouns: frozenset[str]
    #: nouns that count the people of a group ("a group of demonstrators", "a crowd of protesters")
    crowd_counters: frozenset[str]
    #: nouns for a crowd of no kind of its own ("thousands of people", "crowds"; not "nurses")
    crowd_nouns: frozenset[str]
    #: nouns for a crowd gathered, whom force used on it is used on ("fired on the crowd")
    gathered_nouns: frozenset[str]
    custody_nouns: frozenset[str]  # people named by their being held ("the detainees")
    count_words: frozenset[str]  # "some of the detainees": a count of the people its "of" names
    held_words: frozenset[str]  # "those detained", "the people arrested": people a participle holds
    #: words between a state's name and its armed group's noun ("Nigerian armed group")
    armed_words: frozenset[str]
    home_agents: frozenset[str]
    domestic_agents: frozenset[str]
    #: words that make a force one that acts at home ("security forces in Ethiopia" are Ethiopia's)
    domestic_modifiers: frozenset[str]
    unowned_nouns: frozenset[str]
    own_state_nouns: frozenset[str]
    #: "his forces": forces a person commands, the side of the person "his" stands for
    commanded_nouns: frozenset[str]
    facilities: frozenset[str]
    geo_words: frozenset[str]
    place_nouns: frozenset[str]
    territory_nouns: frozenset[str]
    agent_preps: frozenset[str]
    news_media: frozenset[str]
    social_media: frozenset[str]
    reporting_words: frozenset[str]
    media_nouns: frozenset[str]
    media_name_ends: frozenset[str]
    credit_phrases: re.Pattern
    headline_lowercase: frozenset[str]
    place_name_ends: frozenset[str]
    weapon_names: frozenset[str]
    vessel_nouns: frozenset[str]
    ship_prefixes: frozenset[str]
    #: storms and climate patterns: "Cyclone Mocha", "El Nino"
    hazard_prefixes: frozenset[str]
    hazard_names: frozenset[str]
    descriptive_participles: frozenset[str]
    voice_nouns: frozenset[str]
    agency_words: frozenset[str]
    document_nouns: frozenset[str]
    #: documents a body adopts: a body named on one acted ("Security Council resolution 2669")
    decision_nouns: frozenset[str]
    sitting_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    speech_title_nouns: frozenset[str]
    speech_title_modifiers: frozenset[str]
    #: prepositions of a means clause: its gerund's doer is the subject ("X angered Y by seizing Z")
    means_preps: frozenset[str]
    issued_nouns: frozenset[str]
    reaction_words: frozenset[str]
    meeting_nouns: frozenset[str]
    government_nouns: frozenset[str]
    spatial_preps: frozenset[str]
    recipient_preps: frozenset[str]
    generic_org_words: frozenset[str]
    named_field_heads: frozenset[str]  # "the International Contact Group [on the Great Lakes]"
    name_glue_words: frozenset[str]  # "Front for the Liberation of ...": lower-case words inside a name
    name_weak_words: frozenset[str]  # words no short form of a name must keep
    alias_adverbs: frozenset[str]  # "X, also known as Y"
    body_name_ends: frozenset[str]  # "the Cambodia National Rescue Party": its own name, a state's inside
    sponsor_participles: frozenset[str]
    coalition_nouns: frozenset[str]
    company_suffixes: frozenset[str]
    institution_words: frozenset[str]
    not_name_words: frozenset[str]
    #: noun -> the kinds of actor "the <noun>" can stand for ("the kingdom": a state)
    kind_nouns: MappingProxyType
    kind_modifiers: frozenset[str]
    quantities: Quantities
    #: a body's name cut to its first word, as its own texts call it ("the Council" in a text on the
    #: European Union): word -> (the organisation the text must name, the body the word then names)
    short_body_names: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    #: nouns for whoever leads a body, besides office titles ("peacekeeping chief X said he ...")
    leader_nouns: frozenset[str] = frozenset()

    def count(self, word: str) -> int | None:
        """The number a word or figure says ("two", "a", "3"), None when it says none."""
        w = word.lower()
        if w.isdigit():
            return int(w)
        if w in self.articles:
            return 1
        return self.numbers.get(w)


@dataclass(frozen=True)
class PublisherRule:
    pattern: re.Pattern
    country: str | None
    principal: str | None
    #: an organisation whose office ``principal`` names, where the publisher is no state's
    body: str | None = None


@dataclass(frozen=True)
class Publishers:
    rules: tuple[PublisherRule, ...]
    readout_markers: re.Pattern | None


@dataclass(frozen=True)
class Language:
    lexicon: Lexicon
    roles: Roles
    modality: ModalityWords
    words: Words
    publishers: Publishers
    #: place name -> the key of its state (ontology/places-petrarch.yaml)
    places: MappingProxyType
    #: noun -> actor kind, for nouns that name a kind of party, not who ("police", "gunmen", "protesters")
    parties: MappingProxyType
    #: pronoun -> the label of the party it stands for where the text names no one ("he": unnamed person)
    party_pronouns: MappingProxyType
    #: the label of the parties of an event told without naming anyone ("the fighting continued")
    unnamed_parties: str
    #: the label of the people a number alone counts ("at least 32 were captured")
    counted_people: str
    #: the label of the party protesters form ("protesters", "Belarusian protesters")
    protesters: str
    #: the PLOVER type and mode of the lexicon's demonstrations ("march", "rally", "to the streets")
    protest_type: str
    demo_mode: str


def _kind_nouns(d: dict) -> MappingProxyType:
    """``{kind: [noun, ...]}`` turned into noun -> the kinds it can stand for."""
    out: dict[str, set[str]] = {}
    for kind, nouns in d.items():
        for noun in lowered(nouns):
            out.setdefault(noun, set()).add(str(kind))
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


def _modality(d: dict) -> ModalityWords:
    gov: dict[str, str] = {}
    for modality, words in (d.get("governors") or {}).items():
        for w in words:
            gov.setdefault(str(w).lower(), modality)
    return ModalityWords(
        aux=MappingProxyType({str(k).lower(): v for k, v in (d.get("aux") or {}).items()}),
        governors=MappingProxyType(gov),
        any_dets=frozenset(w.split()[-1] for w in d.get("hypothetical_determiners", [])),
        negations=frozenset(d.get("negations", [])),
        conditions=frozenset(d.get("conditions", [])),
        future=tuple(d.get("future_time", [])),
        temporal=lowered(d.get("temporal_marks")),
        modifiers=MappingProxyType(
            {str(w).lower(): m for m, words in (d.get("modifiers") or {}).items() for w in words}
        ),
        nobody=lowered(d.get("nobody")),
        questions=lowered(d.get("questions")),
        giving=lowered(d.get("giving_verbs")),
        saying_wants=lowered(d.get("saying_wants")),
        classing=lowered(d.get("classing_verbs")),
        deciding=lowered(d.get("deciding")),
        eager=lowered(d.get("eager_when_negated")),
        gathering=lowered(d.get("gathering_verbs")),
        force_means=lowered(d.get("force_means")),
        force_verbs=lowered(d.get("force_verbs")),
        likening=lowered(d.get("likening_words")),
        readiness=lowered(d.get("readiness_words")),
    )


def _words(d: dict) -> Words:
    q = d.get("quantities") or {}
    kinds = tuple((kind, words_pattern(words)) for kind, words in (q.get("kinds") or {}).items())
    return Words(
        **date_fields(d),
        numbers=MappingProxyType({str(k): int(v) for k, v in d["numbers"].items()}),
        articles=lowered(d.get("articles")),
        vague_numbers=lowered(d.get("vague_numbers")),
        listing_verbs=lowered(d.get("listing_verbs")),
        circumstance_preps=lowered(d.get("circumstance_preps")),
        circumstance_nouns=lowered(d.get("circumstance_nouns")),
        apart_words=lowered(d.get("apart_words")),
        sequel_nouns=lowered(d.get("sequel_nouns")),
        sequel_verbs=lowered(d.get("sequel_verbs")),
        campaign_verbs=lowered(d.get("campaign_verbs")),
        definite_determiners=lowered(d.get("definite_determiners")),
        occurrence_verbs=lowered(d.get("occurrence_verbs")),
        topic_preps=lowered(d.get("topic_preps")),
        agency_heads=lowered(d.get("agency_heads")),
        spokespeople=lowered(d.get("spokespeople")),
        relative_pronouns=lowered(d.get("relative_pronouns")),
        party_words=lowered(d.get("party_words")),
        press_audience=lowered(d.get("press_audience")),
        group_heads=lowered(d.get("group_heads")),
        people_words=lowered(d.get("people_words")),
        group_nouns=lowered(d.get("group_nouns")),
        armed_group_nouns=lowered(d.get("armed_group_nouns")),
        protester_nouns=lowered(d.get("protester_nouns")),
        crowd_counters=lowered(d.get("crowd_counters")),
        crowd_nouns=lowered(d.get("crowd_nouns")),
        gathered_nouns=lowered(d.get("gathered_nouns")),
        custody_nouns=lowered(d.get("custody_nouns")),
        count_words=lowered(d.get("count_words")), held_words=lowered(d.get("held_words")),
        armed_words=lowered(d.get("armed_words")),
        home_agents=lowered(d.get("home_agents")),
        domestic_agents=lowered(d.get("domestic_agents")),
        domestic_modifiers=lowered(d.get("domestic_modifiers")),
        unowned_nouns=lowered(d.get("unowned_nouns")),
        own_state_nouns=lowered(d.get("own_state_nouns")),
        commanded_nouns=lowered(d.get("commanded_nouns")),
        facilities=lowered(d.get("facilities")), geo_words=lowered(d.get("geo_words")),
        place_nouns=lowered(d.get("place_nouns")),
        territory_nouns=lowered(d.get("territory_nouns")),
        agent_preps=lowered(d.get("agent_preps")),
        news_media=lowered(d.get("news_media")),
        social_media=lowered(d.get("social_media")),
        reporting_words=lowered(d.get("reporting_words")),
        media_nouns=lowered(d.get("media_nouns")),
        media_name_ends=lowered(d.get("media_name_ends")),
        credit_phrases=words_pattern(d.get("credit_phrases") or ()),
        headline_lowercase=frozenset(d.get("headline_lowercase") or ()),
        place_name_ends=lowered(d.get("place_name_ends")),
        weapon_names=lowered(d.get("weapon_names")), vessel_nouns=lowered(d.get("vessel_nouns")),
        ship_prefixes=lowered(d.get("ship_prefixes")),
        hazard_prefixes=lowered(d.get("hazard_prefixes")),
        hazard_names=lowered(d.get("hazard_names")),
        descriptive_participles=lowered(d.get("descriptive_participles")),
        voice_nouns=lowered(d.get("voice_nouns")),
        agency_words=lowered(d.get("agency_words")),
        document_nouns=lowered(d.get("document_nouns")),
        decision_nouns=lowered(d.get("decision_nouns")),
        sitting_nouns=lowered(d.get("sitting_nouns")),
        statement_nouns=lowered(d.get("statement_nouns")),
        speech_title_nouns=lowered(d.get("speech_title_nouns")),
        speech_title_modifiers=lowered(d.get("speech_title_modifiers")),
        means_preps=lowered(d.get("means_preps")),
        issued_nouns=lowered(d.get("issued_nouns")),
        reaction_words=lowered(d.get("reaction_words")),
        meeting_nouns=lowered(d.get("meeting_nouns")),
        government_nouns=lowered(d.get("government_nouns")),
        spatial_preps=lowered(d.get("spatial_preps")),
        recipient_preps=lowered(d.get("recipient_preps")),
        generic_org_words=lowered(d.get("generic_org_words")),
        body_name_ends=lowered(d.get("body_name_ends")),
        named_field_heads=lowered(d.get("named_field_heads")),
        name_glue_words=lowered(d.get("name_glue_words")),
        name_weak_words=lowered(d.get("name_weak_words")),
        alias_adverbs=lowered(d.get("alias_adverbs")),
        sponsor_participles=lowered(d.get("sponsor_participles")),
        coalition_nouns=lowered(d.get("coalition_nouns")),
        company_suffixes=lowered(d.get("company_suffixes")),
        institution_words=lowered(d.get("institution_words")),
        not_name_words=lowered(d.get("not_name_words")),
        kind_nouns=_kind_nouns(d.get("kind_nouns") or {}),
        leader_nouns=lowered(d.get("leader_nouns")),
        short_body_names=MappingProxyType(
            {w: (v["within"], v["body"]) for w, v in (d.get("short_body_names") or {}).items()}
        ),
        kind_modifiers=lowered(d.get("kind_modifiers")),
        quantities=Quantities(
            scale=MappingProxyType({str(k): float(v) for k, v in (q.get("scale") or {}).items()}),
            vague_scale=tuple(q.get("vague_scale") or ()),
            currency=MappingProxyType(dict(q.get("currency") or {})),
            kinds=kinds,
        ),
    )


def _publishers(d: dict) -> Publishers:
    marker = d.get("readout_markers")
    return Publishers(
        rules=tuple(
            PublisherRule(re.compile(r["pattern"], re.I), r.get("country"), r.get("principal"), r.get("body"))
            for r in d.get("publishers", [])
        ),
        readout_markers=re.compile(marker, re.I) if marker else None,
    )


def _parties(words: dict, agents: dict, roles: Roles) -> MappingProxyType:
    """Nouns of the party sectors (language.yaml ``party_sectors``) of the PETRARCH agents, and
    ``party_nouns``, with the kind of actor each names; an office title ("the Prime Minister") names a
    person, a collective ("the leaders", "ministers") a group."""
    kinds = {str(k): str(v) for k, v in (words.get("party_sectors") or {}).items()}
    found = {str(w): kinds[str(s)] for w, s in agents.items() if str(s) in kinds}
    found.update({w: "group" for w in roles.collectives | roles.person_collectives})
    found.update({t[-1]: "person" for t in roles.titles})
    found.update({str(w).lower(): str(k) for w, k in (words.get("party_nouns") or {}).items()})
    return MappingProxyType(found)


@cache
def load_language() -> Language:
    """The extractor's language data, read from ``ontology/`` once per process."""
    roles = read_roles(load_yaml("roles.yaml"))
    words = load_yaml("language.yaml")
    return Language(
        lexicon=build_lexicon(
            load_yaml("triggers.yaml"),
            load_yaml("cameo_verbs.yaml").get("verbs") or {},
            ((words.get("quantities") or {}).get("currency") or {}).keys(),
        ),
        roles=roles,
        modality=_modality(load_yaml("modality.yaml")),
        words=_words(words),
        publishers=_publishers(load_yaml("publishers.yaml")),
        places=MappingProxyType(
            {str(k): str(v) for k, v in (load_yaml("places-petrarch.yaml").get("places") or {}).items()}
        ),
        parties=_parties(words, load_yaml("cameo_agents.yaml").get("agents") or {}, roles),
        party_pronouns=MappingProxyType(
            {str(k): str(v) for k, v in (words.get("party_pronouns") or {}).items()}
        ),
        unnamed_parties=str(words.get("unnamed_parties") or "unnamed parties"),
        counted_people=str(words.get("counted_people") or "people"),
        protesters=str(words.get("protesters") or "protesters"),
        protest_type=str(words.get("protest_type") or "PROTEST"),
        demo_mode=str(words.get("demo_mode") or "demo"),
    )
