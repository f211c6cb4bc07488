"""Predictions read from an RDF graph through the output contract (``../shared/eval/CONTRACT.md``) only.

Nothing here knows the project's own mapping: an event is ``?e a sem:Event`` with a PLOVER
``skos:notation`` on its ``sem:eventType``, its participants are its ``sem:hasActor`` /
``dip:source`` / ``dip:target`` objects, and so on. So a graph made in memory by
``kg.rdf.to_graph`` and one loaded from any Turtle file score the same way.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.evaluate.records import PLOVER, Actor, Event, Scored, name_keys

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
DIP = Namespace("https://w3id.org/dipkg/ontology#")
WD = "http://www.wikidata.org/entity/"

#: Prediction files by suffix, in the order they are looked for, with rdflib's parser names.
PRED_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld", ".nq": "nquads"}
_QUADS = {"trig", "nquads"}


def read_graph(g: Graph, alt_labels: bool = True) -> Scored:
    """The actors and events of one document's graph, as the contract states them. An actor matches
    on its ``rdfs:label``, ``skos:prefLabel`` and Wikidata item, and on its ``skos:altLabel`` unless
    ``alt_labels`` is false (``score_crossdoc.py`` reads no alternative labels)."""
    return _Reader(g, alt_labels).read()


def find_prediction(folder: Path, name: str) -> Path | None:
    """``NAME.ttl`` (or ``.nt``, ``.trig``, ``.jsonld``, ``.nq``) in ``folder``, the first that exists."""
    return next((folder / f"{name}{ext}" for ext in PRED_FORMATS if (folder / f"{name}{ext}").exists()), None)


def load_graph(path: Path) -> Graph:
    """An RDF file as one graph; TriG and N-Quads as the union of their graphs."""
    fmt = PRED_FORMATS.get(path.suffix, "turtle")
    if fmt in _QUADS:
        ds = Dataset(default_union=True)
        ds.parse(path, format=fmt)
        g = Graph()
        for triple in ds.triples((None, None, None)):
            g.add(triple)
        return g
    g = Graph()
    g.parse(path, format=fmt)
    return g


class _Reader:
    def __init__(self, g: Graph, alt_labels: bool = True) -> None:
        self.g = g
        self.label_properties = (RDFS.label, SKOS.prefLabel, SKOS.altLabel) if alt_labels else \
            (RDFS.label, SKOS.prefLabel)
        self.actors: dict[Node, Actor] = {}

    def actor(self, node: Node) -> Actor:
        if node not in self.actors:
            g = self.g
            labels = [str(o) for p in self.label_properties for o in sorted(g.objects(node, p), key=str)]
            keys: set[str] = set()
            for label in labels:
                keys |= name_keys(label)
            for same in g.objects(node, OWL.sameAs):
                if str(same).startswith(WD):
                    keys.add(str(same)[len(WD):])
            if isinstance(node, URIRef) and str(node).startswith(WD):
                keys.add(str(node)[len(WD):])
            self.actors[node] = Actor(keys, labels[0] if labels else str(node))
        return self.actors[node]

    def evidence(self, event: Node) -> list[str]:
        """The event's sentences (``nif:anchorOf`` of its ``gaf:denotedBy``), in text order."""
        g = self.g
        found = []
        for m in g.objects(event, GAF.denotedBy):
            begin = next((b.toPython() for b in g.objects(m, NIF.beginIndex)), None)
            for anchor in g.objects(m, NIF.anchorOf):
                found.append((begin if isinstance(begin, int) else 1 << 62, str(m), str(anchor)))
        return [text for *_, text in sorted(found)]

    def read(self) -> Scored:
        g = self.g
        events: list[tuple[str, Event]] = []
        for e in sorted(set(g.subjects(RDF.type, SEM.Event)), key=str):
            codes = {str(n).upper() for t in g.objects(e, SEM.eventType) for n in g.objects(t, SKOS.notation)}
            codes &= PLOVER
            if not codes:
                continue
            parts = sorted({a for p in (SEM.hasActor, DIP.source, DIP.target) for a in g.objects(e, p)},
                           key=str)
            stamps = [str(d) for p in (SEM.hasTimeStamp, SEM.hasBeginTimeStamp) for d in g.objects(e, p)]
            modality = min((str(m).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()
                            for m in g.objects(e, DIP.modality)), default="asserted")
            sentences = self.evidence(e)
            for code in sorted(codes):
                events.append((str(e), Event(
                    type=code,
                    participants=[self.actor(a) for a in parts],
                    source=[self.actor(a) for a in sorted(g.objects(e, DIP.source), key=str)],
                    target=[self.actor(a) for a in sorted(g.objects(e, DIP.target), key=str)],
                    date=min(stamps) if stamps else None,
                    modality=modality,
                    sentences=sentences,
                    node=str(e),
                )))
        # an actor the text mentions counts even where no event holds it
        mentioned = set(g.subjects(GAF.denotedBy, None)) & set(g.subjects(RDF.type, SEM.Actor))
        for node in sorted(mentioned, key=str):
            self.actor(node)
        # the order decides nothing but ties in matching: by what is scored, then by IRI
        events.sort(key=lambda pair: (pair[1].type, pair[1].date or "", pair[1].modality, pair[1].text,
                                      sorted(a.label for a in pair[1].participants), pair[0]))
        return Scored(list(self.actors.values()), [ev for _, ev in events])
