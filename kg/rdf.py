"""The RDF mapping: extraction dataclasses to triples. The only module that mints instance IRIs.

IRIs are deterministic, so the same document always gives the same graph. A store holds the shared
vocabulary (the ontology, the PLOVER and CAMEO concepts) once, in :data:`VOCABULARY_GRAPH`, so
:func:`to_triples` (a document's graph in the store) leaves the concepts out and counts over the
union see each concept once; :func:`to_graph` (``kg extract``, one document on its own) adds the
concepts it uses (:func:`vocabulary_triples`), so that export satisfies the output contract alone.

Offsets are ``xsd:integer`` (non-negative by the shapes): Oxigraph stores every integer type derived
from it (``xsd:nonNegativeInteger`` among them) as ``xsd:integer``, so a store export would not keep a
narrower datatype.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.model import Actor, Event, Extraction, Mention, Quantity, Sentence
from kg.resources import ontology_dir
from kg.version import __version__
from kg.vocab import (
    ACTOR,
    BASE,
    CAMEO,
    DIP,
    DOC,
    EVENT,
    GAF,
    GRAPH,
    NIF,
    PLOVER,
    PREFIXES,
    SCHEMA,
    SEM,
    TALLY,
    WD,
)

KIND_CLASS = {
    "person": DIP.Person,
    "state": DIP.State,
    "igo": DIP.InternationalOrganization,
    "org": DIP.Organization,
    "group": DIP.Group,
}
MODALITY = {m: DIP[m.capitalize()] for m in ("asserted", "planned", "hypothetical", "negated")}
DATE_BASIS = {"stated": DIP.StatedDate, "report": DIP.ReportDate}
#: the IRI of the shared vocabulary (the ontology and the concept schemes), which the store holds in its
#: default graph (kg/vocabulary.py); stores of an earlier version held it in a named graph of this name
VOCABULARY_GRAPH = URIRef(BASE + "vocabulary")
SOFTWARE = URIRef(BASE + "software/dipkg/" + __version__)
RUN = URIRef(BASE + "run/extract/" + __version__)

Triple = tuple[Node, Node, Node]


def _segment(text: str) -> str:
    return quote(text, safe="-._~")


def document_iri(doc_id: str) -> URIRef:
    return DOC[_segment(doc_id)]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds one document's triples."""
    return GRAPH[_segment(doc_id)]


def actor_iri(key: str) -> URIRef:
    return ACTOR[_segment(key)]


def event_iri(doc_id: str, key: str) -> URIRef:
    return EVENT[f"{_segment(doc_id)}/{_segment(key)}"]


def span_iri(doc: URIRef, start: int, end: int) -> URIRef:
    """An RFC 5147 fragment IRI, as NIF's ``nif:RFC5147String``."""
    return URIRef(f"{doc}#char={start},{end}")


@lru_cache(maxsize=4096)
def tally_iri(plover: str, date: str | None) -> URIRef:
    """The tally an event counts in: its PLOVER type and month (``tally/ASSAULT/2025-08``; the year
    alone, or ``undated``, when the date says no more). Counts by type and month are then one scan
    of ``dip:inTally`` rather than a join of every event's type with its date."""
    period = re.match(r"\d{4}(-\d{2})?", date or "")
    return TALLY[f"{_segment(plover)}/{period.group(0) if period else 'undated'}"]


def date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


@lru_cache(maxsize=1 << 16)
def _nonneg(n: int) -> Literal:
    """An offset or index: ``xsd:integer``, the datatype both rdflib and Oxigraph keep."""
    return Literal(n, datatype=XSD.integer)


@cache
def _concepts() -> Graph:
    """The PLOVER and CAMEO concept scheme (ontology/plover.ttl)."""
    g = Graph()
    g.parse(ontology_dir() / "plover.ttl", format="turtle")
    return g


def ontology_graph() -> Graph:
    """The OWL ontology and the concept scheme, as stored in the ontology named graph."""
    g = Graph()
    g.parse(ontology_dir() / "dipkg.ttl", format="turtle")
    for t in _concepts():
        g.add(t)
    bind_prefixes(g)
    return g


def bind_prefixes(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)


@cache
def _concept_triples(node: URIRef) -> tuple[Triple, ...]:
    """What a self-contained export says of a PLOVER or CAMEO concept: type, notation, label, scheme,
    broader, quad class (as ``ontology/plover.ttl`` has them)."""
    concepts = _concepts()
    kept = (RDF.type, SKOS.notation, SKOS.prefLabel, SKOS.inScheme, SKOS.broader, DIP.quadClass)
    return tuple((node, p, o) for p in kept for o in concepts.objects(node, p))


@cache
def cameo_triples(code: str) -> tuple[Triple, ...]:
    """A CAMEO code as a concept with its notation, and the chain of broader codes up to its root
    (also for the codes ``plover.ttl`` does not list)."""
    out: dict[Triple, None] = {}
    while True:
        node = CAMEO[code]
        out.update(dict.fromkeys(_concept_triples(node)))
        out.update(dict.fromkeys([(node, RDF.type, SKOS.Concept), (node, SKOS.notation, Literal(code)),
                                  (node, SKOS.inScheme, CAMEO.scheme)]))
        if len(code) <= 2:
            return tuple(out)
        out[(node, SKOS.broader, CAMEO[code[:-1]])] = None
        code = code[:-1]


def concept_triples(plover_types: Iterable[str] = (), cameo_codes: Iterable[str] = ()) -> list[Triple]:
    """The vocabulary a set of PLOVER types and CAMEO codes needs to be read on its own (notations
    included): what :func:`to_graph` adds to a document, and the store keeps in its default graph."""
    out: dict[Triple, None] = {}
    for name in plover_types:
        out.update(dict.fromkeys(_concept_triples(PLOVER[name])))
    for code in cameo_codes:
        out.update(dict.fromkeys(cameo_triples(code)))
    return list(out)


def run_triples() -> list[Triple]:
    """The extraction run and the software that made a graph (PROV-O): the same for every document
    this version maps, so a store holds them once, in its default graph."""
    return [(RUN, RDF.type, PROV.Activity), (RUN, PROV.wasAssociatedWith, SOFTWARE),
            (SOFTWARE, RDF.type, PROV.SoftwareAgent), (SOFTWARE, RDFS.label, Literal(f"dipkg {__version__}"))]


def vocabulary_triples(extraction: Extraction) -> list[Triple]:
    """What one extraction shares with others: the concepts it uses (its events' PLOVER types and
    CAMEO codes, with notations) and the description of the run that made it."""
    return [*concept_triples(dict.fromkeys(e.plover for e in extraction.events),
                             dict.fromkeys(e.cameo for e in extraction.events if e.cameo)), *run_triples()]


class _Mapper:
    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.triples: dict[Triple, None] = {}  # an ordered set
        self.doc = document_iri(ex.document.id)
        self.context = span_iri(self.doc, 0, len(ex.document.text))
        self.sentences = {s.index: self.sentence(s) for s in ex.sentences}

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    def document(self) -> None:
        d, doc = self.ex.document, self.doc
        self.add(doc, RDF.type, SCHEMA.NewsArticle)
        self.add(doc, RDF.type, PROV.Entity)
        if d.title:
            self.add(doc, SCHEMA.headline, Literal(d.title))
        if d.published:
            self.add(doc, SCHEMA.datePublished, Literal(d.published.isoformat(), datatype=XSD.date))
        if d.url:
            self.add(doc, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI))
        if d.source:
            self.add(doc, DCTERMS.source, Literal(d.source))
        self.add(doc, SCHEMA.inLanguage, Literal(d.language))
        self.add(doc, DCTERMS.identifier, Literal(d.id))
        self.add(doc, PROV.wasGeneratedBy, RUN)
        for note in self.ex.notes:
            self.add(doc, RDFS.comment, Literal(note))
        ctx = self.context
        self.add(ctx, RDF.type, NIF.Context)
        self.add(ctx, RDF.type, NIF.RFC5147String)
        self.add(ctx, NIF.isString, Literal(d.text))
        self.add(ctx, NIF.beginIndex, _nonneg(0))
        self.add(ctx, NIF.endIndex, _nonneg(len(d.text)))
        self.add(ctx, NIF.sourceUrl, doc)

    def span(self, start: int, end: int, text: str, cls: URIRef) -> URIRef:
        node = span_iri(self.doc, start, end)
        self.add(node, RDF.type, cls)
        self.add(node, RDF.type, NIF.RFC5147String)
        self.add(node, NIF.anchorOf, Literal(text))
        self.add(node, NIF.beginIndex, _nonneg(start))
        self.add(node, NIF.endIndex, _nonneg(end))
        self.add(node, NIF.referenceContext, self.context)
        return node

    def sentence(self, s: Sentence) -> URIRef:
        node = self.span(s.start, s.end, s.text, NIF.Sentence)
        self.add(node, DIP.sentenceIndex, _nonneg(s.index))
        return node

    def phrase(self, m: Mention) -> URIRef:
        node = self.span(m.start, m.end, m.text, NIF.Phrase)
        if m.sentence in self.sentences:
            self.add(node, NIF.sentence, self.sentences[m.sentence])
        return node

    def actor(self, a: Actor) -> None:
        node = actor_iri(a.key)
        self.add(node, RDF.type, SEM.Actor)
        self.add(node, RDF.type, KIND_CLASS.get(a.kind, SEM.Actor))
        self.add(node, RDFS.label, Literal(a.label))
        for name in a.names:
            self.add(node, SKOS.altLabel, Literal(name))
        self.add(node, DIP.kind, Literal(a.kind))
        if a.wikidata:
            self.add(node, OWL.sameAs, WD[a.wikidata])
        if a.cameo:
            self.add(node, DIP.cameoCode, Literal(a.cameo))
        if a.iso3:
            self.add(node, DIP.iso3, Literal(a.iso3))
        if a.role:
            self.add(node, DIP.role, Literal(a.role))
        if a.affiliation:
            self.add(node, DIP.affiliation, actor_iri(a.affiliation))
        for m in a.mentions:
            mention = self.phrase(m)
            self.add(node, GAF.denotedBy, mention)
            self.add(mention, GAF.denotes, node)

    def quantity(self, event: URIRef, n: int, q: Quantity) -> None:
        node = URIRef(f"{event}#q{n}")
        self.add(event, DIP.quantity, node)
        self.add(node, RDF.type, DIP.Quantity)
        self.add(node, DIP.quantityKind, Literal(q.kind))
        if q.value is not None:
            value = int(q.value) if float(q.value).is_integer() else q.value
            self.add(node, RDF.value, Literal(value))
        if q.unit:
            self.add(node, DIP.unit, Literal(q.unit))
        self.add(node, NIF.anchorOf, Literal(q.text))

    def event(self, e: Event) -> None:
        node = event_iri(self.ex.document.id, e.key)
        self.add(node, RDF.type, SEM.Event)
        if e.event_class:
            self.add(node, RDF.type, DIP[e.event_class])
        self.add(node, SEM.eventType, PLOVER[e.plover])
        if e.cameo:
            self.add(node, DIP.cameo, CAMEO[e.cameo])
        if e.mode:
            self.add(node, DIP.mode, Literal(e.mode))
        label = e.trigger or e.plover.lower()
        self.add(node, RDFS.label, Literal(f"{e.plover.lower()}: {label}"))
        for key in dict.fromkeys([*e.participants, *e.source, *e.target]):
            self.add(node, SEM.hasActor, actor_iri(key))
        for key in e.source:
            self.add(node, DIP.source, actor_iri(key))
        for key in e.target:
            self.add(node, DIP.target, actor_iri(key))
        if e.date:
            self.add(node, SEM.hasTimeStamp, date_literal(e.date))
        self.add(node, DIP.inTally, tally_iri(e.plover, e.date))
        if e.date_text:
            self.add(node, DIP.dateText, Literal(e.date_text))
        if e.date and e.date_basis in DATE_BASIS:
            self.add(node, DIP.dateBasis, DATE_BASIS[e.date_basis])
        if e.background and e.date_basis == "report":
            self.add(node, DIP.background, Literal(True))
        self.add(node, DIP.modality, MODALITY.get(e.modality, DIP.Asserted))
        if e.place:
            self.add(node, DIP.placeName, Literal(e.place))
        if e.speaker:
            self.add(node, DIP.attributedTo, actor_iri(e.speaker))
        if e.coder:
            self.add(node, DIP.codedBy, Literal(e.coder))
        for n, q in enumerate(e.quantities, 1):
            self.quantity(node, n, q)
        for m in e.mentions:
            trigger = self.phrase(m.trigger)
            self.add(node, DIP.trigger, trigger)
            sentence = self.sentences.get(m.sentence.index) or self.sentence(m.sentence)
            self.add(node, GAF.denotedBy, sentence)
        self.add(node, PROV.wasDerivedFrom, self.doc)
        self.add(node, PROV.wasGeneratedBy, RUN)


def to_triples(extraction: Extraction) -> list[Triple]:
    """One document's triples as a store holds them, without duplicates, in a stable order (the fast
    path into a store): the concepts its events use are not repeated (see :func:`vocabulary_triples`)."""
    m = _Mapper(extraction)
    m.document()
    for actor in extraction.actors:
        m.actor(actor)
    known = {a.key for a in extraction.actors}
    for event in extraction.events:
        for key in dict.fromkeys([*event.participants, *event.source, *event.target, event.speaker or ""]):
            if key and key not in known:
                m.actor(Actor(key=key, label=key, kind="group"))
                known.add(key)
        m.event(event)
    return list(m.triples)


def to_graph(extraction: Extraction) -> Graph:
    """One document on its own, in an rdflib graph named by :func:`graph_iri`: its triples and the
    concepts they use (self-contained, as ``kg extract`` writes it)."""
    g = Graph(identifier=graph_iri(extraction.document.id))
    bind_prefixes(g)
    g.addN((s, p, o, g) for s, p, o in to_triples(extraction))
    g.addN((s, p, o, g) for s, p, o in vocabulary_triples(extraction))
    return g
