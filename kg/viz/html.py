"""The interactive HTML graph: one self-contained page (pyvis data, vis-network inlined, no CDN).

Actors and events are drawn as distinct shapes and colours (:mod:`kg.viz.style`), laid out in
Python with a seeded layout (:mod:`kg.viz.layout`) and drawn with physics off. Above ``max_nodes``
the page shows the strongest actors and the links between them instead, and says so. Article text
is data: it goes in a JSON block with ``<`` escaped, the page builds its side panel with
``textContent``, and a Content-Security-Policy allows only the page's own two scripts (by hash) and
no network at all.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from kg.files import atomic_write
from kg.network.graphs import actor_graph, bipartite_graph, interaction_graph
from kg.network.projection import AnalysisError, EventRecord, Projection, project
from kg.viz.layout import layout, separate
from kg.viz.style import actor_style, event_color, legend, quad_style, relation_color, role_style, style

if TYPE_CHECKING:
    from kg.store import Store

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
SCALE = 45.0
ACTOR_MASS = 3.0
EVENTS_PER_LINK = 25
LINKS_PER_NODE = 3
TOOLTIP_CHARS = 300
LABEL_MIN_PX = 11  # a label that would draw smaller is hidden until the reader zooms in
ACTOR_FONT, EVENT_FONT, MINOR_FONT, MAJOR_FONT = 16, 13, 12, 26
LABELLED = 30  # in the summary view, the actors whose labels are drawn large
READABLE_PX = 11  # the first view shows the main actors' names at least this large
CHAR_WIDTH = 0.62  # a label's width per character, in font sizes (Arial, with room to spare)
OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "nodes": {"font": {"size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1,
              "scaling": {"label": {"enabled": False, "drawThreshold": LABEL_MIN_PX + 1}}},
    "edges": {"smooth": False, "width": 1, "font": {"size": 9, "color": "#555555", "strokeWidth": 2},
              "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}}},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "multiselect": True},
}
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_html(store: Store, path: str | Path, *, actor: str | None = None, since: str | date | None = None,
               until: str | date | None = None, types: Iterable[str] | str | None = None,
               max_nodes: int = 300, title: str | None = None, documents: Iterable[str] | None = None,
               seed: int = 7, reports: bool = False) -> dict:
    """Write the graph of ``store`` (filtered as asked) to ``path`` as one offline HTML page: one
    event node per real-world event, its reports listed in the side panel (``reports=True``: a node
    per report).

    Returns the counts of what the page draws: ``actors``, ``events``, ``edges``, ``aggregated``,
    and the totals before aggregation.
    """
    p = project(store, since=since, until=until, types=types, actors=[actor] if actor else None,
                documents=documents, reports=reports)
    html, counts = render(p, max_nodes=max_nodes, title=title or "dipkg graph", seed=seed,
                          filters=_filters_text(actor, since, until, types))
    atomic_write(Path(path), html.encode("utf-8"))
    return counts


def render(p: Projection, *, max_nodes: int = 300, title: str = "dipkg graph", seed: int = 7,
           filters: str = "") -> tuple[str, dict]:
    """The page for a projection, and the counts of what it draws."""
    if max_nodes < 2:
        raise AnalysisError(f"--max-nodes must be at least 2, not {max_nodes}")
    full = bipartite_graph(p)
    n_actors = sum(1 for _, d in full.nodes(data=True) if d["node"] == "actor")
    totals = {"total_actors": n_actors, "total_events": len(p.events)}
    if full.number_of_nodes() <= max_nodes:
        net, data = _full_view(full, p, seed)
        counts = {"actors": n_actors, "events": len(p.events), "aggregated": False}
    else:
        net, data = _aggregated_view(p, max_nodes, seed)
        counts = {"actors": len(net.nodes), "events": data.pop("folded"), "aggregated": True}
    counts.update(edges=len(net.edges), **totals)
    notice = ""
    if counts["aggregated"]:
        notice = (f"{n_actors:,} actors and {len(p.events):,} events are more than the {max_nodes:,} nodes "
                  f"this page draws (--max-nodes): it shows the {counts['actors']:,} most active actors that "
                  f"link to one another and their {counts['edges']:,} strongest links; each link folds the "
                  f"events between two actors (click one to list them). Zoom in for the smaller names.")
    if not full.number_of_nodes():
        notice = "No actors or events" + (" match the filters." if p.filtered else " are in the store yet.")
    data["counts"] = counts
    data["readable"] = round(READABLE_PX / min([ACTOR_FONT, *data.pop("fonts", [])]), 3)
    return _page(net, data, title, notice, filters), counts


def _filters_text(actor, since, until, types) -> str:
    parts = [f"actor {actor}" if actor else "", f"since {since}" if since else "",
             f"until {until}" if until else "", f"types {', '.join(types)}" if types else ""]
    return "; ".join(x for x in parts if x)


def _network() -> Network:
    net = Network(directed=True, cdn_resources="in_line")
    net.set_options(json.dumps(OPTIONS))
    return net


def _position(pos: dict, node) -> dict:
    x, y = pos.get(node, (0.0, 0.0))
    return {"x": round(x, 1), "y": round(y, 1)}


def label_box(label: str, size: float, font: float) -> tuple[float, float, float, float]:
    """The box a node takes on the page around its position (pixels): its shape, its label under it."""
    half = max(size, (CHAR_WIDTH * font * len(label) + 6) / 2)
    return (-half, -size, half, size + 4 + 1.3 * font)


def _pixels(pos: dict, sizes: dict[str, tuple[str, float, float]]) -> dict:
    """Layout units to pixels, then crowded spots opened up so no node or label covers another (a
    label too small to be drawn at first view counts by its shape only)."""
    points = {n: (x * SCALE, y * SCALE) for n, (x, y) in pos.items()}
    boxes = {n: label_box(*sizes[n]) if sizes[n][2] > MINOR_FONT else label_box("", *sizes[n][1:])
             for n in points}
    return separate(points, boxes)


def _actor_node(net: Network, iri: str, d: dict, pos: dict, events: int, font: float = ACTOR_FONT) -> None:
    s = actor_style(d["kind"])
    net.add_node(iri, label=str(d["label"]), shape=s["shape"], size=style()["actor_size"],
                 color={"background": s["color"], "border": "#333333"}, font={"size": font},
                 title=f"{d['label']} ({d['kind']}) · {events} event(s)", cat=f"actor:{d['kind']}",
                 kind="actor", physics=False, **_position(pos, iri))


def _event_info(e: EventRecord) -> dict:
    roles = [[a, e.role(a)] for a in e.participants]
    return {"type": e.type, "label": e.label, "cls": e.event_class or "", "date": e.date or "",
            "dateText": e.date_text or "", "modality": e.modality, "quad": e.quad or "", "sign": e.sign,
            "trigger": e.trigger or "", "evidence": e.evidence, "roles": roles,
            "doc": {"id": e.doc_id or "", "iri": e.doc or "", "headline": e.headline or "",
                    "url": e.url or "", "published": e.published or ""},
            "sources": len(e.document_ids()), "reports": [_report_info(r) for r in e.reports]}


def _report_info(r: EventRecord) -> dict:
    """One report of a real-world event as the side panel lists it: its document, date and sentences."""
    return {"iri": r.iri, "date": r.date or "", "modality": r.modality, "dateText": r.date_text or "",
            "evidence": r.evidence, "doc": {"id": r.doc_id or "", "iri": r.doc or "",
                                            "headline": r.headline or "", "url": r.url or "",
                                            "published": r.published or ""}}


def _actor_info(g: nx.Graph, iri: str, events: list[str]) -> dict:
    d = g.nodes[iri]
    return {"label": str(d["label"]), "kind": d["kind"], "wikidata": d.get("wikidata") or "",
            "events": events}


def _by_date(records: dict):
    return lambda iri: (records[iri].date or "9999", iri)


def _full_view(g: nx.DiGraph, p: Projection, seed: int) -> tuple[Network, dict]:
    records = {e.iri: e for e in p.events}
    mass = {n: ACTOR_MASS for n, d in g.nodes(data=True) if d["node"] == "actor"}
    pos = layout(g.to_undirected(as_view=True), seed=seed, mass=mass)
    sizes = {n: (str(d["label"]), style()["actor_size"], ACTOR_FONT) if d["node"] == "actor"
             else (records[n].type.lower(), style()["event_size"], EVENT_FONT) for n, d in g.nodes(data=True)}
    pos = _pixels(pos, sizes)
    net = _network()
    actor_events: dict[str, list[str]] = {}
    for e in p.events:
        for a in e.participants:
            actor_events.setdefault(a, []).append(e.iri)
    actors = {}
    for n, d in g.nodes(data=True):
        if d["node"] == "actor":
            evs = sorted(actor_events.get(n, []), key=_by_date(records))
            _actor_node(net, n, d, pos, len(evs))
            actors[n] = _actor_info(g, n, evs)
    dashed = set(style()["dashed_modalities"])
    for e in sorted(p.events, key=lambda e: e.iri):
        q = quad_style(e.quad)
        tip = f"{e.type} · {e.date or 'undated'} · {e.modality}\n{e.sentence()[:TOOLTIP_CHARS]}"
        net.add_node(e.iri, label=e.type.lower(), shape=q["shape"], size=style()["event_size"],
                     color={"background": event_color(e.type), "border": "#333333"}, title=tip,
                     cat=f"event:{e.type}", kind="event", physics=False, font={"size": EVENT_FONT},
                     **_position(pos, e.iri))
    for u, v, d in g.edges(data=True):
        e = records[u] if u in records else records[v]
        s = role_style(d["role"])
        net.add_edge(u, v, label=d["role"], color=s["color"], arrows=s["arrows"],
                     dashes=e.modality in dashed, cat=f"event:{e.type}")
    data = {"events": {iri: _event_info(e) for iri, e in records.items()}, "actors": actors,
            "legend": legend({d["kind"] for d in actors.values()}, {e.type: e.quad for e in p.events}),
            "main": sorted(actors)}
    return net, data


def _aggregated_view(p: Projection, max_nodes: int, seed: int) -> tuple[Network, dict]:
    records = {e.iri: e for e in p.events}
    h = actor_graph(interaction_graph(p))
    strength = dict(h.degree(weight="weight"))
    ranked = sorted(h, key=lambda n: (-h.nodes[n].get("events", 0), -strength[n],
                                      str(h.nodes[n]["label"]), n))
    keep = _linked_actors(h, ranked, max_nodes)
    links = _strongest_links(h, keep, LINKS_PER_NODE * max_nodes)
    view = nx.Graph()
    view.add_nodes_from(sorted(keep))
    view.add_edges_from((u, v) for u, v, _ in links)
    pos = layout(view, seed=seed, mass=dict.fromkeys(view, ACTOR_MASS))
    fonts = _fonts([n for n in ranked if n in keep], h)
    pos = _pixels(pos, {n: (str(h.nodes[n]["label"]), style()["actor_size"], fonts[n]) for n in keep})
    net = _network()
    shown: set[str] = set()
    actor_events: dict[str, list[str]] = {n: [] for n in keep}
    for u, v, d in links:
        evs = sorted(d["events"], key=_by_date(records))[:EVENTS_PER_LINK]
        shown.update(evs)
        for iri in evs:
            for a in (u, v):
                if iri not in actor_events[a]:
                    actor_events[a].append(iri)
    for n in sorted(keep):
        _actor_node(net, n, h.nodes[n], pos, h.nodes[n].get("events", 0), fonts[n])
    for u, v, d in links:
        types: Counter = d["types"]
        top = ", ".join(f"{t.lower()} ×{c}" for t, c in types.most_common(3))
        tip = f"{h.nodes[u]['label']} — {h.nodes[v]['label']}: {d['weight']} event(s)\n{top}"
        net.add_edge(u, v, label=f"{d['weight']}", title=tip, width=min(1 + d["weight"] / 2, 8),
                     color=relation_color(d["sign"]), arrows="", cats=[f"event:{t}" for t in types],
                     events=sorted(d["events"], key=_by_date(records))[:EVENTS_PER_LINK], total=d["weight"])
    actors = {n: _actor_info(h, n, sorted(actor_events[n], key=_by_date(records))) for n in sorted(keep)}
    data = {"events": {iri: _event_info(records[iri]) for iri in sorted(shown)}, "actors": actors,
            "legend": legend({h.nodes[n]["kind"] for n in keep}, {e.type: e.quad for e in p.events}),
            "folded": len({iri for _, _, d in links for iri in d["events"]}),
            "main": sorted(n for n in keep if fonts[n] > MINOR_FONT),
            "fonts": [f for f in fonts.values() if f > MINOR_FONT]}
    return net, data


def _linked_actors(h: nx.Graph, ranked: list, limit: int) -> set:
    """The ``limit`` most active actors that each link to another of them: an actor whose partners
    are all left out would float alone, so the next most active linked actor takes its place."""
    chosen = set([m for m in ranked if h.degree(m)][:limit])
    lonely = {n for n in chosen if not any(m in chosen for m in h.adj[n])}
    if not lonely:
        return chosen
    chosen -= lonely
    for n in ranked:
        if len(chosen) >= limit:
            break
        if n not in chosen and n not in lonely and any(m in chosen for m in h.adj[n]):
            chosen.add(n)
    return chosen


def _fonts(ranked: list, h: nx.Graph) -> dict:
    """Label sizes of the summary view: the most active actors large (readable at first view), the
    others small (shown as the reader zooms in)."""
    top = ranked[:LABELLED]
    most = max((h.nodes[n].get("events", 0) for n in top), default=1) or 1
    fonts = dict.fromkeys(ranked, MINOR_FONT)
    for n in top:
        share = h.nodes[n].get("events", 0) / most
        fonts[n] = round(ACTOR_FONT + (MAJOR_FONT - ACTOR_FONT) * share ** 0.5)
    return fonts


def _strongest_links(h: nx.Graph, keep: set, limit: int) -> list[tuple]:
    """Each kept actor's strongest link, then the strongest others, up to ``limit`` in all."""
    ranked = sorted(((u, v, d) for u, v, d in h.edges(data=True) if u in keep and v in keep),
                    key=lambda t: (-t[2]["weight"], t[0], t[1]))
    chosen: dict[tuple, tuple] = {}
    linked: set = set()
    for u, v, d in ranked:
        if u not in linked or v not in linked:
            chosen[u, v] = (u, v, d)
            linked.update((u, v))
    for u, v, d in ranked:
        if len(chosen) >= limit:
            break
        chosen.setdefault((u, v), (u, v, d))
    return sorted(chosen.values(), key=lambda t: (-t[2]["weight"], t[0], t[1]))


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined)


@cache
def _asset(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def json_for_script(value: object) -> str:
    """JSON safe to place inside a ``<script>`` element (no ``</script>``, no ``<!--``)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _page(net: Network, data: dict, title: str, notice: str, filters: str) -> str:
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    data.update(nodes=nodes, edges=edges,
                options=json.loads(options) if isinstance(options, str) else options)
    scripts = [_asset(VIS_DIR / "vis-network.min.js"), _asset(TEMPLATES / "graph.js")]
    csp = ("default-src 'none'; script-src " + " ".join(_sha256(s) for s in scripts)
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return _environment().get_template("graph.html").render(
        title=title, notice=notice, filters=filters, counts=data["counts"], legend=data["legend"], csp=csp,
        vis_css=_asset(VIS_DIR / "vis-network.css"), page_css=_asset(TEMPLATES / "graph.css"),
        vis_js=scripts[0], page_js=scripts[1], data_json=json_for_script(data),
    )
