"""The identity layer's terms in the ontology: dip:realWorldEvent and dip:RealWorldEvent."""
from rdflib import Graph
from rdflib.namespace import OWL, RDFS

from kg.resources import ontology_dir
from kg.vocab import DIP, SEM


def ontology() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "dipkg.ttl")
    return g


def test_real_world_event_property_links_a_report_to_its_event():
    g = ontology()
    p = DIP.realWorldEvent
    assert (p, RDFS.domain, SEM.Event) in g
    assert (p, RDFS.range, DIP.RealWorldEvent) in g
    assert g.value(p, RDFS.label) and g.value(p, RDFS.comment)


def test_real_world_event_is_an_event_of_its_own_class():
    g = ontology()
    assert (DIP.RealWorldEvent, RDFS.subClassOf, SEM.Event) in g
    assert (DIP.report, OWL.inverseOf, DIP.realWorldEvent) in g
    subs = ((DIP.eventKind, SEM.eventType), (DIP.participant, SEM.hasActor), (DIP.bestDate, SEM.hasTimeStamp))
    for sub, sup in subs:
        assert (sub, RDFS.subPropertyOf, sup) in g
    for term in (DIP.RealWorldEvent, DIP.sourceCount, DIP.firstReported, DIP.lastReported,
                 DIP.modalityConflict, DIP.reportedIn, DIP.eventKind, DIP.participant, DIP.bestDate,
                 DIP.reportedModality):
        assert g.value(term, RDFS.label), term
        assert g.value(term, RDFS.comment), term
