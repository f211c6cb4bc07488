"""GraphML and GEXF files (``kg.network.writers``): hostile text survives, files appear whole."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.network import write_gexf, write_graphml
from kg.vocab import ACTOR

A = str(ACTOR)


def test_graphml_and_gexf_round_trip_hostile_text(world_graph, tmp_path: Path, hostile):
    write_graphml(world_graph, tmp_path / "g.graphml")
    write_gexf(world_graph, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes[A + "evil"]["label"] == hostile
    assert back.number_of_edges() == world_graph.number_of_edges()
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert {d["label"] for _, d in gexf.nodes(data=True)} >= {hostile, "Russia"}
    # GEXF's edge "type" is a direction; the PLOVER type goes as an attribute of its own
    assert "type=\"CONSULT\"" not in (tmp_path / "g.gexf").read_text()
    assert {d["plover"] for *_, d in gexf.edges(data=True)} >= {"CONSULT", "ASSAULT"}
    assert not list(tmp_path.glob(".*tmp*"))
