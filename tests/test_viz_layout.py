"""The layout of the HTML graph (``kg.viz.layout``): seeded, and it untangles what it draws."""
from __future__ import annotations

import networkx as nx
import numpy as np

from kg.viz.layout import layout


def test_layout_is_seeded_and_untangles_a_tree():
    g = nx.random_labeled_tree(600, seed=1)
    a, b = layout(g, seed=5), layout(g, seed=5)
    assert a == b and a != layout(g, seed=6)
    pts = np.array([a[n] for n in range(600)])
    assert np.isfinite(pts).all()
    gaps = np.sort(np.linalg.norm(pts[:, None] - pts[None], axis=2), axis=1)[:, 1]
    assert np.median(gaps) > 0.3  # nodes do not pile up on each other
    edge = np.median([np.linalg.norm(pts[u] - pts[v]) for u, v in g.edges()])
    radius = np.median(np.linalg.norm(pts, axis=1))
    assert edge < 0.35 * radius  # neighbours sit close (random placement gives about 1.0)
