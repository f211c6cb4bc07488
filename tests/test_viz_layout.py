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


def test_separate_leaves_no_two_boxes_overlapping():
    import numpy as np

    from kg.viz.layout import overlaps, separate

    rng = np.random.default_rng(3)
    points = {f"n{i}": (float(x), float(y)) for i, (x, y) in enumerate(rng.random((200, 2)) * 300)}
    boxes = {n: (-50.0, -16.0, 50.0, 40.0) for n in points}
    assert len(overlaps(points, boxes)) > 100
    out = separate(points, boxes)
    assert overlaps(out, boxes) == [] and out == separate(points, boxes)
    # two nodes on the same spot are told apart too
    assert overlaps(separate({"a": (0.0, 0.0), "b": (0.0, 0.0)}, {"a": boxes["n0"], "b": boxes["n0"]}),
                    {"a": boxes["n0"], "b": boxes["n0"]}) == []
