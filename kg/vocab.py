"""Namespaces of the public vocabularies and of the project's ontology."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
DIP = Namespace("https://w3id.org/dipkg/ontology#")
PLOVER = Namespace("https://w3id.org/dipkg/plover/")
CAMEO = Namespace("https://w3id.org/dipkg/cameo/")
BASE = "https://w3id.org/dipkg/"
ACTOR = Namespace(BASE + "actor/")
EVENT = Namespace(BASE + "event/")
DOC = Namespace(BASE + "doc/")
GRAPH = Namespace(BASE + "graph/")
RUN = Namespace(BASE + "run/")
TALLY = Namespace(BASE + "tally/")
#: the linker's candidate index (:mod:`kg.identity.index`): machinery of the store, not its data
INDEX_GRAPH = GRAPH["identity-index"]

PREFIXES = {
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "prov": PROV,
    "dcterms": DCTERMS, "sem": SEM, "gaf": GAF, "nif": NIF, "wd": WD, "schema": SCHEMA,
    "dip": DIP, "plover": PLOVER, "cameo": CAMEO, "actor": ACTOR, "event": EVENT, "doc": DOC,
}
