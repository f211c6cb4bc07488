"""The per-document state the extraction passes share: each pass reads what the passes before it
wrote and writes its own fields once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.documents import slug
from kg.extract.language import Language
from kg.extract.lexicon import Trigger
from kg.model import Actor, Document, Event, Mention, Quantity, Sentence


@dataclass
class Publisher:
    """Who published a document: a government fixes which office holder "the Prime Minister" names,
    and its readouts date what its principals do on the publication day."""

    country: str | None = None
    principal: str | None = None
    readout: bool = False
    #: an organisation (no state) whose office holder "the Secretary-General" names
    body: str | None = None


@dataclass
class ActorMention:
    """A resolved stretch of tokens ``[start, end)`` that names an actor."""

    start: int
    end: int
    key: str
    how: str  # name | demonym | metonym | ner | title | pronoun | group
    locative: bool = False
    modifier: bool = False  # part of a person's title ("Polish Prime Minister Tusk": Polish)
    chars: tuple[int, int] | None = None  # a part of a token ("U.S." in "U.S.-Egypt")
    #: a second mention of the tokens another mention holds ("the Kenyan Defence Forces": Kenya acts,
    #: the Forces are named too)
    beside: bool = False
    #: a modifier that names the state or body in a person's posted title ("U.S." and "the United Nations"
    #: in "U.S. Ambassador to the United Nations X"): no party to the person's deeds, but named as an actor
    titled: bool = False


@dataclass
class ActorIndex:
    """Every actor of a document and which tokens name it."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)
    by_token: dict[int, ActorMention] = field(default_factory=dict)
    #: office title -> the person last named with it ("prime minister" -> Q...)
    persons_by_title: dict[str, str] = field(default_factory=dict)
    #: surname (lowercase) -> the person named with it
    surnames: dict[str, str] = field(default_factory=dict)
    #: any other word of a person's name (lowercase) -> the people named with it ("erywan", "wang")
    name_parts: dict[str, set[str]] = field(default_factory=dict)
    #: acronym -> (the actor it names, the agency beside it) ("the Rwanda Defence Force (RDF)")
    aliases: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: news organisations, journalists and the witnesses they quote: reporters of the news, not parties
    media: set[str] = field(default_factory=set)
    #: the day of the document: whose office a gazetteer person held then
    day: date | None = None
    #: the party of the text's protesters (kg.extract.groups), once named
    protesters: str | None = None
    #: the state the text's protesters are of, where a demonym or a place names it ("Belarusian
    #: protesters", "protesters in Burundi")
    protesters_home: str | None = None
    #: groups that are no armed group: protesters, an opposition, a people ("the rebels" are none)
    unarmed: set[str] = field(default_factory=set)

    def person_called(self, word: str) -> str | None:
        """The person one word of a name refers to: the person with that surname, else the only person
        with that word in their name ("Erywan" after "Erywan Yusof", "Wang" after "Wang Yi")."""
        w = word.lower()
        if w in self.surnames:
            return self.surnames[w]
        keys = self.name_parts.get(w, set())
        return next(iter(keys)) if len(keys) == 1 else None

    def at(self, tok: Token) -> ActorMention | None:
        return self.by_token.get(tok.i)

    def of_entry(self, entry) -> str:
        """The actor of a gazetteer entry, added on first use; its key."""
        if entry.key not in self.actors:
            self.actors[entry.key] = Actor(
                key=entry.key,
                label=entry.label,
                kind=entry.kind,
                wikidata=entry.wikidata,
                cameo=entry.cameo,
                iso3=entry.iso3,
                in_gazetteer=True,
                affiliation=self._acts_for(entry),
            )
        return entry.key

    def _acts_for(self, entry) -> str | None:
        """The state a gazetteer actor is of, or the body other than that state whose office the person
        held on the document's day ("Secretary-General Guterres" acts for the United Nations, a Hamas
        leader for Hamas)."""
        held = (o for o in entry.offices if self.day is None or o.covers(self.day))
        return next((o.of for o in held if o.of != entry.country), entry.country)

    def of_name(self, name: str, kind: str) -> str:
        """The actor of a name the gazetteer does not know, keyed by its slug; its key."""
        key = slug(name)
        if key not in self.actors:
            self.actors[key] = Actor(key=key, label=name, kind=kind)
        return key

    def add_beside(self, start: int, end: int, key: str, how: str) -> ActorMention:
        """A mention of ``key`` over tokens ``[start, end)`` that another mention holds."""
        m = ActorMention(start, end, key, how, beside=True)
        self.mentions.append(m)
        return m

    def drop(self, m: ActorMention) -> None:
        """Take a mention back (a longer name holds its tokens)."""
        del self.mentions[next(n for n, x in enumerate(self.mentions) if x is m)]
        for i in range(m.start, m.end):
            if self.by_token.get(i) is m:
                del self.by_token[i]

    def add(self, start: int, end: int, key: str, how: str, **kw) -> ActorMention:
        """A mention of ``key`` over tokens ``[start, end)``."""
        m = ActorMention(start, end, key, how, **kw)
        self.mentions.append(m)
        for i in range(start, end):
            self.by_token[i] = m
        return m


@dataclass
class Draft:
    """One event mention, before repeated mentions are merged.

    Written by the passes in turn: ``events`` (the type, roles, evidence and attributes),
    ``modality`` (``modality``, and the type of a negated mention), ``speech`` (the addressee of a
    statement made in a call), ``timing`` (``date``, ``date_text``), ``merge`` (``headline``).
    """

    spec: Trigger
    plover: str
    cameo: str
    event_class: str | None
    mode: str | None
    trigger: Mention
    sentence: Sentence
    token: int
    participants: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    modality: str = "asserted"
    date: str | None = None
    date_text: str | None = None
    date_basis: str | None = None
    #: how directly the text dates the mention (kg.extract.sentence_dates: OWN, SHARED, SAID, REPORT)
    date_rank: int = 0
    speaker: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    place: str | None = None
    is_verb: bool = False
    anaphoric: bool = False
    #: told as happening some time before the report on no day ("the recent attacks"): left undated
    recent: bool = False
    subordinate: bool = False
    #: the promised event whose type this one takes ("pledged aid": AID)
    adopted: Trigger | None = None
    #: "met at the request of X": the request came before, its own time is not said
    requested: bool = False
    #: an infinitive of purpose ("steps to end the war"): an event only where the text asserts it
    purpose: bool = False
    #: event mentions that are part of this one ("refused to accept", "talk by video link")
    absorbed: list[Draft] = field(default_factory=list)
    #: a present-tense headline ("EU Agrees New Sanctions"): it reports what the body tells
    headline: bool = False
    #: an earlier event the one told follows up ("a continuation of their talks last week")
    earlier: bool = False
    #: dated by another telling of the same deed (kg.extract.retold): the date its own sentence gave it
    #: (None, or the day of the saying) is what tells whether two mentions are one event
    retold: bool = False
    own_date: str | None = None
    #: deeds its doer says it carries on ("they are conducting their attacks"): a campaign, not one deed
    campaign: bool = False
    #: named in passing as already past, with no time of its own (kg.extract.background)
    background: bool = False

    @classmethod
    def of(cls, spec: Trigger, trigger: Mention, sentence: Sentence, token: int, participants: list[str],
           source: list[str], target: list[str], is_verb: bool) -> Draft:
        """A mention of the event ``spec`` names, its type and class taken from the sense."""
        return cls(spec=spec, plover=spec.plover, cameo=spec.cameo, event_class=spec.event_class,
                   mode=spec.mode, trigger=trigger, sentence=sentence, token=token,
                   participants=participants, source=source, target=target, is_verb=is_verb)


@dataclass
class SentenceTriggers:
    """The event words of one sentence: ``(token, sense)`` in reading order, and the sense each
    trigger token finally takes (``positions``, which the events pass may move to a fallback sense)."""

    span: Span
    sentence: Sentence
    triggers: list[tuple[Token, Trigger]]
    headline: bool
    positions: dict[int, Trigger] = field(default_factory=dict)


@dataclass
class DocState:
    """Everything the passes know about one document."""

    document: Document
    doc: Doc
    lang: Language
    gazetteer: object
    nlp: object
    publisher: Publisher = field(default_factory=Publisher)
    sentences: list[Sentence] = field(default_factory=list)
    sentence_of_token: dict[int, Sentence] = field(default_factory=dict)
    index: ActorIndex = field(default_factory=ActorIndex)
    triggers: list[SentenceTriggers] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.index.day = self.document.published

    def own_actor(self, label: str, kind: str, cameo: str | None = None,
                  affiliation: str | None = None) -> str:
        """An actor of this document alone, keyed by its label and the document (the police or the
        protesters of one report are not another's); its key."""
        key = slug(f"{label} {self.document.id}")
        actor = Actor(key=key, label=label, kind=kind, cameo=cameo, affiliation=affiliation)
        self.index.actors.setdefault(key, actor)
        return key


def stated_date(d: Draft) -> str | None:
    """The date the text gives the mention (a date taken from the report says nothing of identity;
    a retold deed's borrowed day neither: kg.extract.retold)."""
    if d.retold:
        return d.own_date
    return d.date if d.date_basis != "report" else None


def by_sentence(drafts: list[Draft]) -> list[list[Draft]]:
    """The drafts grouped by sentence, in reading order."""
    out: list[list[Draft]] = []
    for d in drafts:
        if out and out[-1][0].sentence.index == d.sentence.index:
            out[-1].append(d)
        else:
            out.append([d])
    return out
