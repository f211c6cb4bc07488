"""``kg build``: the main job, articles into the store and Turtle + HTML under ``graphs/``."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import fail, friendly
from kg.cli.options import actors_option, gazetteer, published_option

COMMANDS = ("build",)


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("graphs"),
              show_default=True, help="Folder for <name>.ttl and <name>.html.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for parsing (2 uses both cores of a small machine).")
@click.option("--max-nodes", type=click.IntRange(10), default=300, show_default=True,
              help="Above this, the HTML graph shows the strongest actors and edges.")
@published_option
@actors_option
@uses_store
@friendly
def build(access: StoreAccess, inputs: tuple[Path, ...], out_dir: Path, jobs: int, max_nodes: int,
          published: date | None, actors: tuple[str, ...]) -> None:
    """Ingest articles into the store and write Turtle + HTML (default input: seeds/).

    Each document becomes its own named graph; building again replaces it, so the store
    and the files end the same.

    \b
    Examples:
      kg build                              # seeds/ -> graphs/seeds.ttl, graphs/seeds.html
      kg build news/ --published 2025-08-19 --jobs 2
      kg build a.txt b.html --store /tmp/kgstore --out /tmp/out
    """
    from kg.build import build as run_build
    from kg.build import output_name
    from kg.documents import read_inputs

    paths = list(inputs) or [Path("seeds")]
    docs = list(read_inputs(paths, published))
    if not docs:
        fail(f"no articles in {', '.join(map(str, paths))}")
    result = run_build(docs, output_name(paths), access.open(read_only=False), out_dir, n_process=jobs,
                       max_nodes=max_nodes, gazetteer=gazetteer(actors))
    rep = result.report
    click.echo(f"documents: {len(rep.documents)}")
    click.echo(f"actors:    {len(rep.actors)}")
    click.echo(f"events:    {sum(rep.events.values())}")
    for kind, n in sorted(rep.events.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {kind:<10} {n}")
    for note in rep.notes:
        click.echo(f"note: {note}")
    click.echo(f"wrote {result.turtle}")
    click.echo(f"wrote {result.html}")
