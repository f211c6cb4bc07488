"""Analytics over the interaction graph (``kg.network.analytics``): centrality, communities, explained
paths, actor names, ego networks and timelines."""
from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.network import centrality, communities, ego, ego_table, resolve_actor, shortest_path, timeline
from kg.vocab import ACTOR

A = str(ACTOR)


def test_centrality_ranks_the_broker_first(world_graph):
    rows = centrality(world_graph)
    assert [r["rank"] for r in rows] == list(range(1, 10))
    assert rows[0]["label"] == "Volodymyr Zelensky"
    lonely = next(r for r in rows if r["label"] == "Lonely Observer")
    assert lonely["pagerank"] == min(r["pagerank"] for r in rows) and lonely["betweenness"] == 0


def test_communities_are_seeded_and_split_the_world(world_graph):
    first, second = communities(world_graph, seed=3), communities(world_graph, seed=3)
    assert first == second
    groups = [set(c["actors"]) for c in first]
    russia = next(g for g in groups if A + "Q159" in g)
    assert A + "Q212" in russia and A + "Q22686" not in russia
    assert sum(c["size"] for c in first) == world_graph.number_of_nodes()


def test_shortest_path_explains_each_hop_with_its_sentence(world_graph):
    hops = shortest_path(world_graph, "Keir Starmer", "putin")
    assert [(h["from"], h["to"]) for h in hops] == [
        ("Keir Starmer", "Volodymyr Zelensky"), ("Volodymyr Zelensky", "Donald Trump"),
        ("Donald Trump", "Vladimir Putin")]
    assert hops[2]["sentence"] == "Trump spoke with Putin by phone for forty minutes."
    assert hops[0]["document"] == "doc-b" and hops[0]["date"] == "2025-09-02"
    with pytest.raises(KGError, match="no path"):
        shortest_path(world_graph, "Lonely Observer", "Russia")


def test_actor_names_resolve_by_label_part_qid_or_iri_and_ambiguity_is_an_error(world_graph):
    assert resolve_actor(world_graph, "zelensky") == A + "Q3881"
    assert resolve_actor(world_graph, "Q7747") == A + "Q7747"
    assert resolve_actor(world_graph, A + "Q159") == A + "Q159"
    with pytest.raises(KGError, match="ambiguous"):
        resolve_actor(world_graph, "r")


def test_ego_and_timeline(world_graph, hostile):
    e = ego(world_graph, "Ukraine")
    assert set(e) == {A + "Q212", A + "Q159", A + "Q6383"}
    table = ego_table(world_graph, "Ukraine")
    assert table[0]["label"] == "Russia" and table[0]["events"] == 2 and table[0]["sign"] == -2
    rows = timeline(world_graph, "Zelensky")
    assert [r["date"] for r in rows] == ["2025-08-18", "2025-09-01", "2025-09-02"]
    assert rows[1]["with"] == hostile and rows[1]["sentence"].startswith(hostile)
    assert all(r["role"] == "participant" for r in rows)
