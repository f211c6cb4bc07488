"""``kg viz``: the store's graph as one interactive HTML page."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import friendly
from kg.cli.options import type_list, with_filters

COMMANDS = ("viz",)


@click.command("viz")
@uses_store
@click.option("--actor", metavar="NAME", help="Only the events of this actor (name, Wikidata QID or IRI).")
@with_filters
@click.option("--max-nodes", type=click.IntRange(min=2), default=300, show_default=True,
              help="Above this many nodes, draw the strongest actors and links instead.")
@click.option("--title", help="Page title.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML file to write.")
@friendly
def viz(access: StoreAccess, actor: str | None, since: str | None, until: str | None, types: str | None,
        reports: bool, max_nodes: int, title: str | None, output: Path) -> None:
    """Write the store's graph as one interactive HTML page that works offline.

    One event node per real-world event, its reports (documents, sentences) in the side panel;
    --reports draws one node per report.

    \b
    Examples:
      kg viz -o graphs/all.html
      kg viz --actor Zelensky --since 2025-08 -o zelensky.html
      kg viz --types ASSAULT,COERCE --max-nodes 150 -o strikes.html
      kg viz --reports -o reports.html
    """
    from kg.viz import write_html

    counts = write_html(access.open(read_only=True), output, actor=actor, since=since, until=until,
                        types=type_list(types), max_nodes=max_nodes, title=title, reports=reports)
    if counts["aggregated"]:
        click.echo(f"wrote {output}: {counts['actors']} of {counts['total_actors']} actors, "
                   f"{counts['edges']} links folding {counts['events']} of {counts['total_events']} events")
    else:
        click.echo(f"wrote {output}: {counts['actors']} actors, {counts['events']} events, "
                   f"{counts['edges']} edges")
