"""Seeded force-directed positions for drawing a graph, fast enough for thousands of nodes."""
from __future__ import annotations

import networkx as nx
import numpy as np

NEAR = 2.5  # exact repulsion within this many edge lengths, grid-approximated beyond
WORK = 150_000  # node-rounds that separate() may spend (under a second)
FEW = 32  # overlapping pairs left that separate() moves one at a time
FILL = 0.45  # at most this share of the drawing's area covered by nodes and labels


def layout(g: nx.Graph, seed: int = 7, iterations: int = 80, cells: int = 10,
           mass: dict | None = None, gravity: float = 3.0) -> dict:
    """Seeded force-directed positions, fast enough for thousands of nodes; same graph, same positions.

    Fruchterman-Reingold with the repulsion split in two: exact between nodes closer than ``NEAR`` edge
    lengths (pairs found with a k-d tree), and from the centres of mass of a ``cells`` x ``cells``
    grid for the rest (as Barnes-Hut does with a tree). ``mass`` maps nodes to how hard they push
    others away (default 1); ``gravity`` pulls every node toward the centre, harder the farther it
    is, which keeps clusters, components and lone nodes close together. Coordinates are in units of
    the ideal edge length, centred on 0, with the longer axis of the drawing horizontal.
    """
    from scipy.spatial import cKDTree

    nodes = sorted(g, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array(sorted({tuple(sorted((index[u], index[v]))) for u, v in g.edges() if u != v}),
                     dtype=np.int64).reshape(-1, 2)
    m = np.array([float((mass or {}).get(v, 1.0)) for v in nodes])
    side = np.sqrt(m.sum()) * 1.5
    pos = np.random.default_rng(seed).random((n, 2)) * side
    temp = side / 6
    cool = (0.01 / temp) ** (1 / iterations) if temp > 0.01 else 1.0
    near = NEAR * np.sqrt(m.max())
    reach = max(np.sqrt(m.sum()) / 2, 1.0)  # about the radius of the finished drawing
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        pairs = cKDTree(pos).query_pairs(r=near, output_type="ndarray")
        if len(pairs):
            i, j = pairs[:, 0], pairs[:, 1]
            delta = pos[i] - pos[j]
            force = delta * (m[i] * m[j] / np.maximum((delta ** 2).sum(axis=1), 1e-4))[:, None]
            disp += _scatter(i, force, n) - _scatter(j, force, n)
        disp += m[:, None] * _far_repulsion(pos, m, cells, near)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            force = delta * np.sqrt((delta ** 2).sum(axis=1))[:, None]
            disp += _scatter(edges[:, 1], force, n) - _scatter(edges[:, 0], force, n)
        disp += (gravity / reach) * m[:, None] * (pos.mean(axis=0) - pos)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= cool
    pos = _landscape(pos - pos.mean(axis=0))
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def _scatter(index: np.ndarray, force: np.ndarray, n: int) -> np.ndarray:
    """Sum the rows of ``force`` into ``n`` rows by ``index`` (``np.add.at``, but much faster)."""
    return np.stack([np.bincount(index, force[:, 0], n), np.bincount(index, force[:, 1], n)], axis=1)


def _landscape(pos: np.ndarray) -> np.ndarray:
    """Rotate centred positions so that their principal axis is horizontal (screens are wide)."""
    if len(pos) < 3:
        return pos
    _, vectors = np.linalg.eigh(np.cov(pos.T))
    major = vectors[:, -1] * (1 if vectors[0, -1] >= 0 else -1)
    rotation = np.array([[major[0], major[1]], [-major[1], major[0]]])
    return pos @ rotation.T


def _far_repulsion(pos: np.ndarray, m: np.ndarray, cells: int, near: float) -> np.ndarray:
    """Repulsion of each node by the grid cells' centres of mass farther than ``near``."""
    lo = pos.min(axis=0)
    span = np.maximum(pos.max(axis=0) - lo, 1e-9)
    cell = np.minimum(((pos - lo) / span * cells).astype(np.int64), cells - 1)
    flat = cell[:, 0] * cells + cell[:, 1]
    mass = np.bincount(flat, m, minlength=cells * cells)
    used = mass > 0
    centre = np.stack([np.bincount(flat, pos[:, i] * m, cells * cells) for i in (0, 1)], axis=1)[used]
    centre /= mass[used][:, None]
    dist2 = (pos ** 2).sum(axis=1)[:, None] + (centre ** 2).sum(axis=1)[None, :] - 2 * pos @ centre.T
    weight = np.where(dist2 > near * near, mass[used][None, :] / np.maximum(dist2, 1e-9), 0.0)
    return pos * weight.sum(axis=1)[:, None] - weight @ centre


def separate(points: dict, boxes: dict, gap: float = 6.0, rounds: int | None = None) -> dict:
    """Move drawn nodes apart until no two boxes overlap (positions and boxes in pixels).

    ``boxes`` maps a node to ``(left, top, right, bottom)`` around its position: the shape and the
    label under it. Each round pushes every overlapping pair apart along the axis where they overlap
    less, half each; the layout's shape stays, only crowded spots open up. The rounds are capped
    (``WORK`` pair checks' worth, at most 1,000): a few hundred nodes come out with no overlap, and
    a drawing of thousands, which no one reads at first view, keeps a few.
    """
    nodes = sorted(points, key=str)
    if len(nodes) < 2:
        return dict(points)
    rounds = rounds or min(1000, max(50, WORK // len(nodes)))
    from scipy.spatial import cKDTree

    pos = np.array([points[v] for v in nodes], dtype=float)
    ext = np.array([boxes[v] for v in nodes], dtype=float) + np.array([-gap, -gap, gap, gap]) / 2
    need = ((ext[:, 2] - ext[:, 0]) * (ext[:, 3] - ext[:, 1])).sum() / FILL
    span = np.maximum(pos.max(axis=0) - pos.min(axis=0), 1.0)
    if span.prod() < need:  # too crowded to open up locally: spread the whole drawing first
        pos = (pos - pos.mean(axis=0)) * np.sqrt(need / span.prod())
    reach = 2 * float(np.hypot(np.abs(ext[:, [0, 2]]).max(), np.abs(ext[:, [1, 3]]).max()))
    for _ in range(rounds):
        lo, hi = pos + ext[:, :2], pos + ext[:, 2:]
        pairs = cKDTree(pos).query_pairs(r=reach, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        over = np.minimum(hi[i], hi[j]) - np.maximum(lo[i], lo[j])  # overlap on x and y
        hit = (over > 0).all(axis=1)
        if not hit.any():
            break
        i, j, over = i[hit], j[hit], over[hit]
        if len(i) <= FEW:  # the last few: one pair at a time, each seeing the moves before it
            _one_by_one(pos, ext, i, j)
            continue
        axis = np.argmin(over, axis=1)
        centre_i = (lo[i] + hi[i]) / 2
        centre_j = (lo[j] + hi[j]) / 2
        side = np.sign(centre_i[np.arange(len(i)), axis] - centre_j[np.arange(len(j)), axis])
        side[side == 0] = np.where((i[side == 0] % 2) == 0, 1.0, -1.0)
        push = np.zeros((len(i), 2))
        push[np.arange(len(i)), axis] = side * (over[np.arange(len(i)), axis] / 2 + 0.5)
        pos += _scatter(i, push, len(nodes)) - _scatter(j, push, len(nodes))
    return {v: (float(pos[k, 0]), float(pos[k, 1])) for k, v in enumerate(nodes)}


def _one_by_one(pos: np.ndarray, ext: np.ndarray, i: np.ndarray, j: np.ndarray) -> None:
    for a, b in zip(i.tolist(), j.tolist(), strict=True):
        lo_a, hi_a = pos[a] + ext[a, :2], pos[a] + ext[a, 2:]
        lo_b, hi_b = pos[b] + ext[b, :2], pos[b] + ext[b, 2:]
        over = np.minimum(hi_a, hi_b) - np.maximum(lo_a, lo_b)
        if (over <= 0).any():
            continue
        axis = int(np.argmin(over))
        side = 1.0 if (lo_a + hi_a)[axis] >= (lo_b + hi_b)[axis] else -1.0
        pos[a, axis] += side * (over[axis] / 2 + 0.5)
        pos[b, axis] -= side * (over[axis] / 2 + 0.5)


def overlaps(points: dict, boxes: dict) -> list[tuple]:
    """The pairs of nodes whose boxes overlap (what :func:`separate` removes)."""
    nodes = sorted(points, key=str)
    found = []
    for a in range(len(nodes)):
        ax, ay = points[nodes[a]]
        al, at, ar, ab = boxes[nodes[a]]
        for b in range(a + 1, len(nodes)):
            bx, by = points[nodes[b]]
            bl, bt, br, bb = boxes[nodes[b]]
            if (min(ax + ar, bx + br) > max(ax + al, bx + bl)
                    and min(ay + ab, by + bb) > max(ay + at, by + bt)):
                found.append((nodes[a], nodes[b]))
    return found
