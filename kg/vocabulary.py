"""The store's shared vocabulary: the ontology, the PLOVER and CAMEO concepts and the description of the
extraction runs, held once in the store's default graph rather than copied into every document's
named graph, so that counts over the union (``?e sem:eventType/skos:notation ?t``) see each concept
once. The default graph is where readers of a dataset look for what all graphs share: a TriG or
N-Quads export reads on its own and loads back as it was. (The cross-document links,
``?e dip:realWorldEvent ?w``, live there too; nothing here touches them.)

:func:`install` writes the graph when the ontology files changed (a digest of them is kept in it);
:func:`add_concepts` adds the CAMEO codes a batch of documents uses that ``plover.ttl`` does not list.
Removing a document leaves the vocabulary as it is; writing the same concepts again changes nothing.
"""
from __future__ import annotations

import hashlib
import weakref
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import OWL

from kg.rdf import VOCABULARY_GRAPH, Triple, concept_triples, ontology_graph, run_triples
from kg.resources import ontology_dir
from kg.store.ntriples import graph_term, statements
from kg.vocab import CAMEO, GRAPH

if TYPE_CHECKING:
    from kg.model import Extraction
    from kg.store import Store

#: where stores made before the vocabulary had its own graph kept the ontology
LEGACY_GRAPH = str(GRAPH["ontology"])
#: the concept triples this process has written to each store (so a batch writes only new ones)
_WRITTEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@cache
def digest() -> str:
    """What the store's vocabulary is made of: a digest of the ontology files it is read from."""
    h = hashlib.sha256()
    for name in ("dipkg.ttl", "plover.ttl"):
        h.update((ontology_dir() / name).read_bytes())
    return "sha256:" + h.hexdigest()[:32]


@cache
def _ontology() -> frozenset[Triple]:
    return frozenset(ontology_graph())


def _stamp() -> Triple:
    return (VOCABULARY_GRAPH, OWL.versionInfo, Literal(digest()))


def install(store: Store) -> bool:
    """Make the vocabulary in the store's default graph the ontology files' (keeping the CAMEO codes
    its events use);
    nothing is written when it already is. True if it was written."""
    _WRITTEN.pop(store, None)
    s, p, o = (t.n3() for t in _stamp())
    # asked of every graph: a store loaded from a dataset export holds the vocabulary in its default graph
    if store.query(f"ASK {{ {s} {p} {o} }}").boolean:
        return False
    used = store.query("SELECT DISTINCT ?c WHERE { ?e dip:cameo ?c }").rows
    codes = [str(c).rsplit("/", 1)[-1] for (c,) in used if c is not None]
    triples = dict.fromkeys([*ontology_graph(), *concept_triples(cameo_codes=codes), _stamp()])
    home = _home(store)
    if home is None:
        # one update: the default graph's old vocabulary out (not the cross-document links), the new in
        store.update(f"""DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER(?p != dip:realWorldEvent) }} ;
INSERT DATA {{
{statements(list(triples))}}}""")
    else:
        store.replace_graph(home, list(triples))
    for older in (str(VOCABULARY_GRAPH), LEGACY_GRAPH):
        if older != home:
            _drop_older(store, older)
    return True


def _home(store: Store) -> str | None:
    """Where the store keeps the vocabulary: the default graph (None) of the embedded store; on a
    SPARQL server, the named graph :data:`~kg.rdf.VOCABULARY_GRAPH`, as some (Virtuoso) have no plain
    default graph to write to and query the union of all graphs by default anyway."""
    from kg.store import EmbeddedStore

    return None if isinstance(store, EmbeddedStore) else str(VOCABULARY_GRAPH)


def _drop_older(store: Store, name: str) -> None:
    """The named vocabulary graph of an older store (a second copy of every concept), unless a
    document has it."""
    if name not in store.graph_names():
        return
    g = graph_term(name)
    if not store.query(f"ASK {{ GRAPH {g} {{ ?d a schema:NewsArticle }} }}").boolean:
        store.remove_graph(name)


def add_concepts(store: Store, extractions: Iterable[Extraction]) -> int:
    """Add to the default graph the CAMEO concepts (with their broader codes) these documents use
    and the ontology lacks, and the description of the run that made them; the number of triples
    written (0: nothing to write)."""
    return add_codes(store, [e.cameo for ex in extractions for e in ex.events if e.cameo])


def add_codes(store: Store, cameo_codes: Iterable[str]) -> int:
    """:func:`add_concepts` for the CAMEO codes themselves (a distributed build's workers report
    them with their part files)."""
    codes = dict.fromkeys(cameo_codes)
    written = _WRITTEN.get(store)
    if written is None:
        written = _WRITTEN[store] = _stated_concepts(store)
    shared = [*concept_triples(cameo_codes=codes), *run_triples()]
    new = [t for t in shared if t not in _ontology() and t not in written]
    if new:
        home = _home(store)
        body = statements(new) if home is None else f"GRAPH {graph_term(home)} {{\n{statements(new)}}}"
        store.update(f"INSERT DATA {{\n{body}}}")
        written.update(new)
    return len(new)


def _stated_concepts(store: Store) -> set[Triple]:
    """The CAMEO concept triples the store already states, in whichever graph (a store loaded from a
    dataset export holds them in its default graph)."""
    found = store.query(f"""CONSTRUCT {{ ?c ?p ?o }} WHERE {{
        ?c a skos:Concept ; ?p ?o FILTER(STRSTARTS(STR(?c), "{CAMEO}")) }}""").graph
    return set(found)


def is_vocabulary(graph: str | URIRef) -> bool:
    """Whether a graph name is the vocabulary's (not a document's)."""
    return str(graph) in (str(VOCABULARY_GRAPH), LEGACY_GRAPH)
