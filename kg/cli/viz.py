"""``kg viz`` (the HTML graph) and ``kg analyze`` (NetworkX analytics over the store)."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import click

from kg.cli.common import friendly, store_location, store_option

COMMANDS = ("viz", "analyze")
FORMATS = ("table", "csv", "json")
TABLE_CELL = 70
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _types(value: str | None) -> list[str] | None:
    return [t for t in value.split(",") if t.strip()] if value else None


def _open(store: str | None):
    from kg.store import Store

    return Store.open(store_location(store), read_only=True)


filter_options = [
    click.option("--since", metavar="DATE", help="Only events on or after DATE (YYYY[-MM[-DD]])."),
    click.option("--until", metavar="DATE", help="Only events on or before DATE (YYYY[-MM[-DD]])."),
    click.option("--types", metavar="T,...", help="Only these PLOVER types, e.g. CONSULT,ASSAULT."),
]


def with_filters(func):
    for option in reversed(filter_options):
        func = option(func)
    return func


@click.command("viz")
@store_option
@click.option("--actor", metavar="NAME", help="Only the events of this actor (name, Wikidata QID or IRI).")
@with_filters
@click.option("--max-nodes", type=click.IntRange(min=2), default=300, show_default=True,
              help="Above this many nodes, draw the strongest actors and links instead.")
@click.option("--title", help="Page title.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML file to write.")
@friendly
def viz(store, actor, since, until, types, max_nodes, title, output):
    """Write the store's graph as one interactive HTML page that works offline."""
    from kg.viz import write_html

    with _open(store) as s:
        counts = write_html(s, output, actor=actor, since=since, until=until, types=_types(types),
                            max_nodes=max_nodes, title=title)
    note = (f" (aggregated from {counts['total_actors']} actors and {counts['total_events']} events)"
            if counts["aggregated"] else "")
    click.echo(f"wrote {output}: {counts['actors']} actors, {counts['events']} events, "
               f"{counts['edges']} edges{note}")


@click.group("analyze")
def analyze():
    """Network analytics over the actors and events in the store.

    \b
    Examples:
      kg analyze centrality --format csv
      kg analyze path "Keir Starmer" Putin
      kg analyze timeline Zelensky --since 2025-08
    """


def analysis_options(func):
    func = click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path),
                        help="Also write the graph analysed as GEXF (Gephi).")(func)
    func = click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path),
                        help="Also write the graph analysed as GraphML.")(func)
    func = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True)(func)
    func = with_filters(func)
    return store_option(func)


def _graph(store, since, until, types):
    from kg.network import interaction_graph

    with _open(store) as s:
        return interaction_graph(s, since=since, until=until, types=_types(types))


def _export(g, graphml: Path | None, gexf: Path | None) -> None:
    from kg.network import write_gexf, write_graphml

    if graphml:
        write_graphml(g, graphml)
    if gexf:
        write_gexf(g, gexf)


def _cell(value) -> str:
    text = CONTROL.sub(" ", str(value))
    return text if len(text) <= TABLE_CELL else text[: TABLE_CELL - 1] + "…"


def format_rows(rows: list[dict], fmt: str, columns: list[str]) -> str:
    """Rows as an aligned table, CSV or JSON (JSON keeps every key; the others only ``columns``)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    if not rows:
        return "(no results)"
    cells = [[_cell(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


EVENT_COLUMNS = ["date", "type", "modality", "sentence", "document"]


@analyze.command("centrality")
@analysis_options
@click.option("--top", type=click.IntRange(min=1), help="Only the first N actors.")
@friendly
def centrality_cmd(store, since, until, types, fmt, graphml, gexf, top):
    """Actors ranked by PageRank, with degree and betweenness centrality."""
    from kg.network import centrality

    g = _graph(store, since, until, types)
    rows = centrality(g)
    for r in rows:
        g.nodes[r["actor"]].update(rank=r["rank"], degree_centrality=r["degree"],
                                   betweenness=r["betweenness"], pagerank=r["pagerank"])
    _export(g, graphml, gexf)
    columns = ["rank", "label", "kind", "events", "neighbours", "degree", "betweenness", "pagerank"]
    click.echo(format_rows(rows[:top] if top else rows, fmt, columns))


@analyze.command("communities")
@analysis_options
@click.option("--seed", type=int, default=42, show_default=True, help="Louvain's random seed.")
@friendly
def communities_cmd(store, since, until, types, fmt, graphml, gexf, seed):
    """Louvain communities of actors (seeded: the same graph splits the same way)."""
    from kg.network import communities

    g = _graph(store, since, until, types)
    rows = communities(g, seed=seed)
    for r in rows:
        for a in r["actors"]:
            g.nodes[a]["community"] = r["community"]
    _export(g, graphml, gexf)
    click.echo(format_rows(rows, fmt, ["community", "size", "members"]))


@analyze.command("path")
@click.argument("source")
@click.argument("target")
@analysis_options
@friendly
def path_cmd(source, target, store, since, until, types, fmt, graphml, gexf):
    """A shortest path from SOURCE to TARGET, each hop explained by its events and sentences."""
    from kg.network import shortest_path

    g = _graph(store, since, until, types)
    hops = shortest_path(g, source, target)
    _export(g.subgraph({h["from_actor"] for h in hops} | {h["to_actor"] for h in hops}), graphml, gexf)
    click.echo(format_rows(hops, fmt, ["hop", "from", "to", *EVENT_COLUMNS]))


@analyze.command("ego")
@click.argument("actor")
@click.option("--radius", type=click.IntRange(min=1), default=1, show_default=True)
@analysis_options
@friendly
def ego_cmd(actor, radius, store, since, until, types, fmt, graphml, gexf):
    """ACTOR's neighbours: how many events link them, of which types, and the overall sign."""
    from kg.network import ego, ego_table

    g = _graph(store, since, until, types)
    _export(ego(g, actor, radius), graphml, gexf)
    click.echo(format_rows(ego_table(g, actor), fmt, ["label", "kind", "events", "sign", "types"]))


@analyze.command("timeline")
@click.argument("actor")
@analysis_options
@friendly
def timeline_cmd(actor, store, since, until, types, fmt, graphml, gexf):
    """Every event of ACTOR in date order, with its role, the other actors and the evidence."""
    from kg.network import ego, timeline

    g = _graph(store, since, until, types)
    _export(ego(g, actor), graphml, gexf)
    click.echo(format_rows(timeline(g, actor), fmt, ["date", "type", "role", "with", "modality", "sentence",
                                                     "document"]))
