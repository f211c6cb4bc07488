"""``kg extract`` (one document to Turtle, no store) and ``kg build`` (the main job)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rdflib import Dataset, Graph

from kg.build import output_name
from kg.cli.common import fail, friendly, store_location, store_option
from kg.documents import parse_date, read_inputs, read_path
from kg.errors import KGError
from kg.files import atomic_write

COMMANDS = ("extract", "build")

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "trig": "trig", "nquads": "nquads",
           "json-ld": "json-ld", "jsonld": "json-ld", "xml": "xml"}
SUFFIX_FORMAT = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
                 ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


def _published(ctx, param, value: str | None) -> date | None:
    try:
        return parse_date(value)
    except KGError as exc:
        raise click.BadParameter(str(exc)) from None


published_option = click.option(
    "--published", metavar="YYYY-MM-DD", callback=_published,
    help="Publication date for documents that carry none (resolves 'on Monday', 'last week').")


def _gazetteer(actors: tuple[str, ...]):
    if not actors:
        return None
    from kg.gazetteer import Gazetteer

    return Gazetteer.load(extra=[Path(a) for a in actors])


actors_option = click.option(
    "--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=True), metavar="TTL",
    help="An extra actor gazetteer (Turtle file or folder); repeatable [env KG_ACTORS].")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the graph (default: stdout). The suffix picks the format.")
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
              help="RDF format [default: from the suffix of -o, else turtle].")
@published_option
@actors_option
@friendly
def extract(file: Path, output: Path | None, fmt: str | None, published: date | None,
            actors: tuple[str, ...]) -> None:
    """Extract actors and events from one document into RDF, touching no store.

    FILE is plain text (title on the first line), text with a front-matter block, HTML, or
    JSON Lines (one article per line).

    \b
    Examples:
      kg extract seeds/000_96dc649541558637.txt -o seed.ttl --published 2025-08-19
      kg extract article.html --format nt > article.nt
    """
    from kg.ingest import extract_graphs
    from kg.rdf import bind_prefixes

    docs = read_path(file, published)
    fmt = FORMATS[fmt] if fmt else SUFFIX_FORMAT.get(output.suffix.lower(), "turtle") if output else "turtle"
    graphs = [g for _, g in extract_graphs(docs, gazetteer=_gazetteer(actors))]
    if fmt in ("trig", "nquads"):
        out = Dataset()
        for g in graphs:
            named = out.graph(g.identifier)
            for t in g:
                named.add(t)
    else:
        out = Graph()
        for g in graphs:
            for t in g:
                out.add(t)
    bind_prefixes(out)
    data = out.serialize(format=fmt).encode("utf-8")
    if output:
        atomic_write(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


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
@store_option
@friendly
def build(inputs: tuple[Path, ...], out_dir: Path, jobs: int, max_nodes: int, published: date | None,
          actors: tuple[str, ...], store: str | None) -> None:
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
    from kg.store import Store

    paths = list(inputs) or [Path("seeds")]
    docs = list(read_inputs(paths, published))
    if not docs:
        fail(f"no articles in {', '.join(map(str, paths))}")
    with Store.open(store_location(store)) as st:
        result = run_build(docs, output_name(paths), st, out_dir, n_process=jobs, max_nodes=max_nodes,
                           gazetteer=_gazetteer(actors))
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
