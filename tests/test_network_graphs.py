"""NetworkX graphs of a projection (``kg.network.graphs``): the interaction graph and the actor-event
graph."""
from __future__ import annotations

from kg.network import bipartite_graph
from kg.vocab import ACTOR

A = str(ACTOR)


def test_interaction_graph_edges_carry_type_count_dates_sign_and_direction(world_graph):
    graph = world_graph
    assert graph.nodes[A + "Q22686"]["label"] == "Donald Trump"
    assert graph.nodes[A + "Q212"]["kind"] == "state" and graph.nodes[A + "Q212"]["wikidata"] == "Q212"
    assault = graph.edges[A + "Q159", A + "Q212", "ASSAULT"]
    assert assault["directed"] and assault["sign"] == -1 and assault["count"] == 1
    assert assault["first"] == assault["last"] == "2025-08-19"
    assert not graph.has_edge(A + "Q212", A + "Q159")
    meet = graph.get_edge_data(A + "Q22686", A + "Q3881") or graph.get_edge_data(A + "Q3881", A + "Q22686")
    assert list(meet) == ["CONSULT"] and meet["CONSULT"]["directed"] is False and meet["CONSULT"]["sign"] == 1
    assert graph.number_of_edges() == 8
    assert "Q1" in {n.rsplit("/", 1)[1] for n in graph}  # an actor with no event is still an actor
    for _, _, d in graph.edges(data=True):
        assert all(e.startswith("https://w3id.org/dipkg/event/doc-") for e in d["events"])


def test_bipartite_graph_has_roles(world, world_facts):
    b = bipartite_graph(world)
    strike = "https://w3id.org/dipkg/event/doc-a/e2"
    assert b.nodes[strike]["bipartite"] == 1 and b.nodes[strike]["type"] == "ASSAULT"
    assert b.edges[A + "Q159", strike]["role"] == "source"
    assert b.edges[strike, A + "Q212"]["role"] == "target"
    assert b.edges["https://w3id.org/dipkg/event/doc-a/e0", A + "Q22686"]["role"] == "participant"
    assert sum(1 for _, d in b.nodes(data=True) if d["bipartite"] == 1) == len(world_facts)
