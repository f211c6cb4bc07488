"""NetworkX over the store: plain functions over graphs.

- :mod:`kg.network.projection`: :func:`project` reads events and actors with SPARQL and filters them;
- :mod:`kg.network.fold`: :func:`fold_reports`, the reports of one real-world event as one event
  (what :func:`project` does unless ``reports=True``);
- :mod:`kg.network.graphs`: :func:`interaction_graph` (actors, one edge per source, target and PLOVER
  type), :func:`bipartite_graph` (actors and events, edges labelled with the role), :func:`actor_graph`;
- :mod:`kg.network.analytics`: :func:`centrality`, :func:`communities`, :func:`shortest_path`,
  :func:`ego`, :func:`ego_table`, :func:`timeline`;
- :mod:`kg.network.writers`: :func:`write_graphml`, :func:`write_gexf`.

The layout for drawing is :func:`kg.viz.layout.layout`.
"""
from kg.network.analytics import centrality, communities, ego, ego_table, shortest_path, timeline
from kg.network.fold import fold_reports
from kg.network.graphs import actor_graph, bipartite_graph, interaction_graph
from kg.network.projection import AnalysisError, Projection, check_types, project, resolve_actor
from kg.network.records import EventRecord
from kg.network.writers import exportable, write_gexf, write_graphml

__all__ = [
    "AnalysisError", "EventRecord", "Projection", "actor_graph", "bipartite_graph", "centrality",
    "check_types", "communities", "ego", "ego_table", "exportable", "fold_reports", "interaction_graph",
    "project", "resolve_actor", "shortest_path", "timeline", "write_gexf", "write_graphml",
]
