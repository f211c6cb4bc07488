"""``kg analyze``: NetworkX analytics over the actors and events in the store, printed as a table,
CSV or JSON, and the graph analysed optionally written as GraphML or GEXF."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import friendly
from kg.cli.options import type_list, with_filters

if TYPE_CHECKING:
    import networkx as nx

COMMANDS = ("analyze",)
FORMATS = ("table", "csv", "json")
TABLE_CELL = 70
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
EVENT_COLUMNS = ["date", "type", "modality", "sentence", "document"]


@click.group("analyze")
def analyze() -> None:
    """Network analytics over the actors and events in the store.

    An event reported by several documents counts once (its real-world event); --reports counts
    each report.

    \b
    Examples:
      kg analyze centrality --format csv
      kg analyze path "Keir Starmer" Putin
      kg analyze timeline Zelensky --since 2025-08
      kg analyze centrality --reports
    """


def analysis_options(func: Callable) -> Callable:
    """The options every analysis takes: the store, the event filters, the output format and files."""
    func = click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path),
                        help="Also write the graph analysed as GEXF (Gephi).")(func)
    func = click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path),
                        help="Also write the graph analysed as GraphML.")(func)
    func = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True)(func)
    func = with_filters(func)
    return uses_store(func)


def _graph(access: StoreAccess, since: str | None, until: str | None, types: str | None,
           reports: bool = False) -> nx.MultiDiGraph:
    from kg.network import interaction_graph

    return interaction_graph(access.open(read_only=True), since=since, until=until, types=type_list(types),
                             reports=reports)


def _export(g: nx.Graph, graphml: Path | None, gexf: Path | None) -> None:
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


@analyze.command("centrality")
@analysis_options
@click.option("--top", type=click.IntRange(min=1), help="Only the first N actors.")
@friendly
def centrality_cmd(access: StoreAccess, since: str | None, until: str | None, types: str | None,
                   reports: bool, fmt: str, graphml: Path | None, gexf: Path | None, top: int | None) -> None:
    """Actors ranked by PageRank, with degree and betweenness centrality.

    \b
    Example:
      kg analyze centrality --top 10 --format csv
    """
    from kg.network import centrality

    g = _graph(access, since, until, types, reports)
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
def communities_cmd(access: StoreAccess, since: str | None, until: str | None, types: str | None,
                    reports: bool, fmt: str, graphml: Path | None, gexf: Path | None, seed: int) -> None:
    """Louvain communities of actors (seeded: the same graph splits the same way).

    \b
    Example:
      kg analyze communities --types CONSULT,AGREE
    """
    from kg.network import communities

    g = _graph(access, since, until, types, reports)
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
def path_cmd(access: StoreAccess, source: str, target: str, since: str | None, until: str | None,
             types: str | None, reports: bool, fmt: str, graphml: Path | None, gexf: Path | None) -> None:
    """A shortest path from SOURCE to TARGET, each hop explained by its events and sentences.

    \b
    Example:
      kg analyze path "Keir Starmer" Putin --graphml path.graphml
    """
    from kg.network import shortest_path

    g = _graph(access, since, until, types, reports)
    hops = shortest_path(g, source, target)
    _export(g.subgraph({h["from_actor"] for h in hops} | {h["to_actor"] for h in hops}), graphml, gexf)
    click.echo(format_rows(hops, fmt, ["hop", "from", "to", *EVENT_COLUMNS]))


@analyze.command("ego")
@click.argument("actor")
@click.option("--radius", type=click.IntRange(min=1), default=1, show_default=True)
@analysis_options
@friendly
def ego_cmd(access: StoreAccess, actor: str, radius: int, since: str | None, until: str | None,
            types: str | None, reports: bool, fmt: str, graphml: Path | None, gexf: Path | None) -> None:
    """ACTOR's neighbours: how many events link them, of which types, and the overall sign.

    \b
    Example:
      kg analyze ego Ukraine --radius 2 --gexf ukraine.gexf
    """
    from kg.network import ego, ego_table

    g = _graph(access, since, until, types, reports)
    _export(ego(g, actor, radius), graphml, gexf)
    click.echo(format_rows(ego_table(g, actor), fmt, ["label", "kind", "events", "sign", "types"]))


@analyze.command("timeline")
@click.argument("actor")
@analysis_options
@friendly
def timeline_cmd(access: StoreAccess, actor: str, since: str | None, until: str | None, types: str | None,
                 reports: bool, fmt: str, graphml: Path | None, gexf: Path | None) -> None:
    """Every event of ACTOR in date order, with its role, the other actors and the evidence.

    \b
    Example:
      kg analyze timeline Zelensky --since 2025-08 --format json
    """
    from kg.network import ego, timeline

    g = _graph(access, since, until, types, reports)
    _export(ego(g, actor), graphml, gexf)
    click.echo(format_rows(timeline(g, actor), fmt, ["date", "type", "role", "with", "modality", "sentence",
                                                     "document"]))
