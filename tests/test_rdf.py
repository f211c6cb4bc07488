"""The RDF mapping: contract triples, determinism, SHACL, hostile text, independent parsers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Quantity, Sentence
from kg.rdf import event_iri, graph_iri, ontology_graph, to_graph
from kg.resources import ontology_dir
from kg.validate import validate
from kg.vocab import DIP, GAF, NIF, SEM, WD

HOSTILE = 'Evil <img src=x onerror="alert(1)"> </script> "quoted" back\\slash'


def make_extraction(name: str = "Donald Trump") -> Extraction:
    text = f"{name} met Putin on Monday.\nRussia launched 14 drones at Ukraine overnight.\n"
    doc = Document(id="doc-1", text=text, title=text.split("\n")[0], published=date(2025, 8, 19))
    s0_end = text.index("\n")
    s0 = Sentence(0, 0, s0_end, text[:s0_end])
    s1 = Sentence(1, s0_end + 1, len(text) - 1, text[s0_end + 1:-1])

    def m(word: str, sent: Sentence) -> Mention:
        i = text.index(word, sent.start)
        return Mention(i, i + len(word), word, sent.index)

    actors = [
        Actor("Q22686", name, "person", wikidata="Q22686", mentions=[m(name, s0)]),
        Actor("Q7747", "Vladimir Putin", "person", wikidata="Q7747", mentions=[m("Putin", s0)]),
        Actor("Q159", "Russia", "state", wikidata="Q159", iso3="RUS", mentions=[m("Russia", s1)]),
        Actor("Q212", "Ukraine", "state", wikidata="Q212", mentions=[m("Ukraine", s1)]),
    ]
    events = [
        Event("c1", "CONSULT", "040", "Meeting", participants=["Q22686", "Q7747"], date="2025-08-18",
              date_text="on Monday", mentions=[EventMention(m("met", s0), s0)]),
        Event("a1", "ASSAULT", "195", "MilitaryStrike", "drone", participants=["Q159", "Q212"],
              source=["Q159"], target=["Q212"], date="2025-08", modality="asserted",
              quantities=[Quantity("weapons", 14, "14 drones", "drone")],
              mentions=[EventMention(m("launched", s1), s1)]),
    ]
    return Extraction(doc, [s0, s1], actors, events)


def test_contract_triples():
    g = to_graph(make_extraction())
    consult = event_iri("doc-1", "c1")
    assert (consult, RDF.type, SEM.Event) in g
    (ptype,) = g.objects(consult, SEM.eventType)
    assert (ptype, SKOS.notation, Literal("CONSULT")) in g
    assert set(g.objects(consult, SEM.hasActor)) == {URIRef("https://w3id.org/dipkg/actor/Q22686"),
                                                     URIRef("https://w3id.org/dipkg/actor/Q7747")}
    assert (consult, SEM.hasTimeStamp, Literal("2025-08-18", datatype=XSD.date)) in g
    assert (consult, DIP.modality, DIP.Asserted) in g
    strike = event_iri("doc-1", "a1")
    assert (strike, DIP.source, URIRef("https://w3id.org/dipkg/actor/Q159")) in g
    assert (strike, SEM.hasActor, URIRef("https://w3id.org/dipkg/actor/Q159")) in g
    assert (strike, SEM.hasTimeStamp, Literal("2025-08", datatype=XSD.gYearMonth)) in g
    (sent,) = g.objects(strike, GAF.denotedBy)
    text = str(next(g.objects(sent, NIF.anchorOf)))
    begin, end = (int(next(g.objects(sent, p))) for p in (NIF.beginIndex, NIF.endIndex))
    assert make_extraction().document.text[begin:end] == text
    trump = URIRef("https://w3id.org/dipkg/actor/Q22686")
    assert (trump, RDF.type, SEM.Actor) in g and (trump, OWL.sameAs, WD.Q22686) in g
    assert (trump, RDFS.label, Literal("Donald Trump")) in g
    assert g.identifier == graph_iri("doc-1")


def test_same_input_same_triples():
    a, b = to_graph(make_extraction()), to_graph(make_extraction())
    assert isomorphic(a, b) and len(a) == len(b)
    assert not any(isinstance(t, type(None)) for t in a)


def test_shacl_conforms_and_catches_a_broken_graph():
    g = to_graph(make_extraction())
    ok, report = validate(g)
    assert ok, report
    broken = Graph()
    for t in g:
        broken.add(t)
    broken.remove((event_iri("doc-1", "a1"), GAF.denotedBy, None))
    ok, report = validate(broken)
    assert not ok and "evidence" in report


def test_hostile_text_round_trips_through_two_parsers(tmp_path: Path, rapper):
    g = to_graph(make_extraction(HOSTILE))
    out = tmp_path / "hostile.ttl"
    out.write_text(g.serialize(format="turtle"))
    assert rapper(out) == len(g)
    back = Graph().parse(out, format="turtle")
    assert isomorphic(back, g)
    assert (None, RDFS.label, Literal(HOSTILE)) in back


def test_ontology_files_parse_and_declare_the_contract_terms(rapper):
    g = ontology_graph()
    assert (DIP.source, RDFS.subPropertyOf, SEM.hasActor) in g
    assert (DIP.target, RDFS.subPropertyOf, SEM.hasActor) in g
    notations = {str(n) for c in g.subjects(SKOS.topConceptOf, None) for n in g.objects(c, SKOS.notation)}
    assert len(notations) == 16 and "ASSAULT" in notations
    for name in ("dipkg.ttl", "plover.ttl", "shapes.ttl"):
        assert rapper(ontology_dir() / name) > 50


def test_the_scorer_reads_our_export(tmp_path: Path, scorer):
    out = tmp_path / "doc.ttl"
    out.write_text(to_graph(make_extraction()).serialize(format="turtle"))
    actors, events = scorer.load_pred(out)
    assert sorted(e.type for e in events) == ["ASSAULT", "CONSULT"]
    strike = next(e for e in events if e.type == "ASSAULT")
    assert strike.date == "2025-08" and [a.label for a in strike.source] == ["Russia"]
    assert {"Q22686", "Q7747", "Q159", "Q212"} <= {k for a in actors for k in a.keys}


@pytest.mark.parametrize("name", ["Donald Trump", HOSTILE])
def test_the_store_path_writes_the_same_triples_as_the_rdflib_graph(name):
    """``to_triples`` written as N-Quads by ``kg.store.ntriples.statements`` (the bulk-load path)
    parses back to exactly ``to_graph``'s graph less the concepts (the store holds them once, in its
    vocabulary graph), hostile text included."""
    from rdflib import Dataset

    from kg.rdf import to_triples, vocabulary_triples
    from kg.store.ntriples import statements

    ex = make_extraction(name)
    name_iri = graph_iri(ex.document.id)
    ds = Dataset()
    ds.parse(data=statements(to_triples(ex), f" <{name_iri}> .\n"), format="nquads")
    stored = ds.graph(name_iri)
    assert not list(stored.triples((None, SKOS.notation, None)))
    for t in vocabulary_triples(ex):
        stored.add(t)
    assert isomorphic(stored, to_graph(ex))
    assert len(to_triples(ex)) + len(vocabulary_triples(ex)) == len(to_graph(ex))


def test_a_document_export_carries_its_concepts_and_the_cameo_chain():
    """``kg extract``'s graph is self-contained: the PLOVER concept's notation and quad class, and the
    CAMEO code with its broader codes up to the root, also for a code plover.ttl does not list."""
    from kg.vocab import CAMEO, PLOVER

    g = to_graph(make_extraction())
    assert (PLOVER.CONSULT, SKOS.notation, Literal("CONSULT")) in g
    assert (PLOVER.CONSULT, DIP.quadClass, DIP.VerbalCooperation) in g
    assert (CAMEO["195"], SKOS.broader, CAMEO["19"]) in g
    assert (CAMEO["195"], SKOS.notation, Literal("195")) in g
    assert (CAMEO["19"], SKOS.notation, Literal("19")) in g


def test_offsets_are_integers_the_store_keeps():
    """Offsets are xsd:integer: Oxigraph turns every narrower integer type (nonNegativeInteger, int)
    into xsd:integer, so a datatype only rdflib keeps would fail the shapes on a store's export."""
    import pyoxigraph as ox

    from kg.rdf import to_triples
    from kg.store.ntriples import statements

    ex = make_extraction()
    offsets = [t for t in to_triples(ex) if t[1] in (NIF.beginIndex, NIF.endIndex, DIP.sentenceIndex)]
    assert offsets and {o.datatype for _, _, o in offsets} == {XSD.integer}
    store = ox.Store()
    store.bulk_load(input=statements(offsets, " <http://g> .\n").encode(), format=ox.RdfFormat.N_QUADS)
    assert {q.object.datatype.value for q in store} == {str(XSD.integer)}
