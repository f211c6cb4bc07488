"""The store path, on real articles: what ``kg build`` puts in the embedded store, exported, conforms to
the project's own SHACL shapes (issue 12, defect 5); the PLOVER and CAMEO concepts are held once, in
the store's default graph, so counts over the union count events (defect 6), while removing a document
keeps the vocabulary and re-ingesting changes nothing."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.api import KnowledgeGraph
from kg.export import export
from kg.rdf import VOCABULARY_GRAPH
from kg.validate import validate
from kg.vocabulary import LEGACY_GRAPH, install

GOLD = Path(__file__).resolve().parent / "data" / "gold"
ROOT = Path(__file__).resolve().parent.parent
COUNT_BY_TYPE = "SELECT ?type (COUNT(*) AS ?n) WHERE { ?e sem:eventType/skos:notation ?type } GROUP BY ?type"


def _articles(n: int) -> list[Path]:
    return sorted(GOLD.glob("b1/*.txt"))[:n] + sorted(GOLD.glob("b2/*.txt"))[:n]


@pytest.fixture(scope="module")
def built(tmp_path_factory, seed_path):
    """An on-disk store built from the seed and eight real articles, and the ingest report."""
    path = tmp_path_factory.mktemp("conform") / "store"
    with KnowledgeGraph.open(path) as kg:
        report = kg.ingest([seed_path, *_articles(4)], published="2025-08-19")
    return path, report


def _counts(kg: KnowledgeGraph) -> Counter:
    return Counter({str(t): int(n) for t, n in kg.query(COUNT_BY_TYPE)})


def test_the_stores_export_conforms_to_the_shapes(built, tmp_path):
    path, report = built
    assert len(report.documents) == 9 and sum(report.events.values()) > 30
    with KnowledgeGraph.open(path, read_only=True) as kg:
        export(kg.store, tmp_path / "all.ttl", "turtle")
        export(kg.store, tmp_path / "all.trig", "trig")
    g = Graph().parse(tmp_path / "all.ttl", format="turtle")
    ok, text = validate(g)
    assert ok, text[:3000]
    assert "Results (0)" in text or "Conforms: True" in text
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(tmp_path / "all.trig", format="trig")
    union = Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    assert validate(union)[0]


def test_one_documents_export_from_the_store_conforms_and_reads_alone(built, tmp_path, scorer):
    path, _ = built
    with KnowledgeGraph.open(path, read_only=True) as kg:
        name = next(n for n in kg.store.graph_names() if "96dc649541558637" in n)
        export(kg.store, tmp_path / "one.ttl", "turtle", graph=name)
    g = Graph().parse(tmp_path / "one.ttl", format="turtle")
    ok, text = validate(g)
    assert ok, text[:3000]
    _, events = scorer.load_pred(tmp_path / "one.ttl")
    assert events and all(e.type for e in events)
    prov = "http://www.w3.org/ns/prov#"
    made_by = f"ASK {{ ?d <{prov}wasGeneratedBy>/<{prov}wasAssociatedWith> ?a . ?a a <{prov}SoftwareAgent> }}"
    assert list(g.query(made_by))[0]


def test_counts_over_the_store_count_events(built):
    path, report = built
    with KnowledgeGraph.open(path, read_only=True) as kg:
        counts = _counts(kg)
        assert counts == Counter(report.events) and counts["CONSULT"] > 0
        assert sum(counts.values()) == kg.stats().events
        # each concept's notation is stated once in the whole store, in the default graph
        twice = kg.query("SELECT ?c WHERE { ?c skos:notation ?n } GROUP BY ?c HAVING (COUNT(*) > 1)")
        assert list(twice) == []
        graphs = {str(r.g) for r in kg.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?c skos:notation ?n } }")}
        assert graphs == set()
        # the run that made the documents is described once, not once per document
        agents = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a prov:SoftwareAgent }")[0].n
        assert int(agents) == 1
        # the CAMEO codes the events use have their notation, also those plover.ttl does not list
        missing = kg.query("SELECT ?c WHERE { ?e dip:cameo ?c FILTER NOT EXISTS { ?c skos:notation ?n } }")
        assert list(missing) == []


def test_removing_a_document_keeps_the_vocabulary_and_reingest_changes_nothing(tmp_path, seed_path):
    articles = _articles(1)
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.ingest([seed_path, *articles], published="2025-08-19")
        size, names = len(kg), kg.store.graph_names()
        vocabulary = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?c skos:notation ?x }")[0].n
        kg.ingest([seed_path, *articles], published="2025-08-19")
        assert (len(kg), kg.store.graph_names()) == (size, names)
        before = _counts(kg)
        seed_doc = next(d for d in kg.documents() if "96dc649541558637" in d)
        seed_events = _counts_in(kg, seed_doc)
        assert kg.remove(seed_doc)
        assert kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?c skos:notation ?x }")[0].n == vocabulary
        assert _counts(kg) == before - seed_events
        assert int(kg.query("SELECT (COUNT(*) AS ?n) WHERE { plover:CONSULT skos:notation ?x }")[0].n) == 1


def test_kg_remove_refuses_the_vocabulary(world_dir, kg_run):
    run = kg_run("--store", world_dir, "remove", str(VOCABULARY_GRAPH))
    assert run.returncode == 1
    assert run.stderr == f"kg: error: {VOCABULARY_GRAPH} is the store's shared vocabulary, not a document\n"
    count = "SELECT (COUNT(*) AS ?n) WHERE { plover:CONSULT skos:notation ?x }"
    run = kg_run("--store", world_dir, "query", count)
    assert run.returncode == 0 and "1" in run.stdout


def _counts_in(kg: KnowledgeGraph, doc_id: str) -> Counter:
    from kg.rdf import graph_iri

    rows = kg.query(f"SELECT ?t WHERE {{ GRAPH <{graph_iri(doc_id)}> {{ ?e sem:eventType ?t }} }}")
    return Counter(str(r.t).rsplit("/", 1)[-1] for r in rows)


def test_an_older_stores_ontology_graph_gives_way_to_the_default_graphs_vocabulary(tmp_path):
    """A store made when the concepts lived in a named graph (``graph/ontology``, then ``vocabulary``)
    loses that second copy when the vocabulary is installed; the install is written once."""
    from kg.rdf import ontology_graph

    with KnowledgeGraph.open(tmp_path / "old") as kg:
        kg.store.replace_graph(LEGACY_GRAPH, ontology_graph())
        kg.store.replace_graph(str(VOCABULARY_GRAPH), ontology_graph())
        assert install(kg.store) is True
        assert kg.store.graph_names() == []
        assert install(kg.store) is False
        n = kg.query("SELECT (COUNT(*) AS ?n) WHERE { plover:CONSULT skos:notation ?x }")[0].n
        assert int(n) == 1
    assert URIRef(str(VOCABULARY_GRAPH)) != URIRef(LEGACY_GRAPH)


def test_the_committed_seed_graph_conforms_and_carries_its_concepts():
    g = Graph().parse(ROOT / "graphs" / "seeds.ttl", format="turtle")
    ok, text = validate(g)
    assert ok, text[:3000]
    notations = set(g.query("SELECT ?n WHERE { ?e sem:eventType/skos:notation ?n }",
                            initNs={"sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
                                    "skos": "http://www.w3.org/2004/02/skos/core#"}))
    assert notations


def test_a_dataset_export_reads_alone_and_reloads_without_doubling_counts(built, tmp_path, seed_path):
    """The export carries the vocabulary in its default graph, as the store holds it (where readers of a
    dataset look for ``?c skos:notation``); loaded into a new store and built on, each concept is still
    stated once."""
    from rdflib import Dataset
    from rdflib.namespace import SKOS

    path, report = built
    with KnowledgeGraph.open(path, read_only=True) as kg:
        export(kg.store, tmp_path / "all.nq", "nquads")
    ds = Dataset()
    ds.parse(tmp_path / "all.nq", format="nquads")
    assert {str(n) for n in ds.objects(None, SKOS.notation)} >= set(report.events)
    with KnowledgeGraph.open(tmp_path / "reloaded") as kg:
        kg.load(tmp_path / "all.nq")
        assert _counts(kg) == Counter(report.events)
        kg.ingest(_articles(6)[4:5], published="2025-08-19")
        counts = _counts(kg)
        assert sum(counts.values()) == kg.stats().events
        twice = kg.query("SELECT ?c WHERE { ?c skos:notation ?n } GROUP BY ?c HAVING (COUNT(*) > 1)")
        assert list(twice) == []
