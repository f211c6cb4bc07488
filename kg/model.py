"""Plain dataclasses that extraction returns. They know nothing of RDF.

Every offset is a character offset into ``Document.text`` (0-based, end exclusive,
as NIF's ``beginIndex``/``endIndex``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MODALITIES = ("asserted", "planned", "hypothetical", "negated")
ACTOR_KINDS = ("person", "state", "igo", "org", "group")


@dataclass
class Document:
    """One article: its text (offsets refer to it) and what is known about it."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A stretch of the document text: an actor mention or an event trigger."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass
class Actor:
    """One actor of a document; every mention of it resolves here.

    ``key`` is stable: the Wikidata item where known (``Q22686``), else a slug of the name.
    """

    key: str
    label: str
    kind: str
    wikidata: str | None = None
    cameo: str | None = None
    iso3: str | None = None
    role: str | None = None
    affiliation: str | None = None
    in_gazetteer: bool = False
    mentions: list[Mention] = field(default_factory=list)
    #: the names the text calls it by, where they differ from ``label`` ("al-Shabab" for al-Shabaab)
    names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Quantity:
    kind: str
    value: float | None
    text: str
    unit: str | None = None


@dataclass
class EventMention:
    """The evidence for an event: its trigger and the sentence that holds it."""

    trigger: Mention
    sentence: Sentence


@dataclass
class Event:
    key: str
    plover: str
    cameo: str
    event_class: str | None = None
    mode: str | None = None
    participants: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    #: "stated": the text dates the event; "report": it does not, so the event takes the date of
    #: the report (its publication date), as event coders such as ICEWS date every event
    date_basis: str | None = None
    #: dated by its report but named there in passing as already past ("following the attack"): the
    #: report's day is the latest it can have happened on, not its day
    background: bool = False
    modality: str = "asserted"
    place: str | None = None
    speaker: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    #: what coded the event where it is not the rules: "sentence-types model" (kg.extract.sentence_types)
    coder: str | None = None

    @property
    def trigger(self) -> str:
        return self.mentions[0].trigger.text if self.mentions else ""


@dataclass
class Extraction:
    document: Document
    sentences: list[Sentence]
    actors: list[Actor]
    events: list[Event]
    notes: list[str] = field(default_factory=list)

    def actor(self, key: str) -> Actor | None:
        return next((a for a in self.actors if a.key == key), None)
