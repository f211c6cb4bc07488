"""``kg extract``: one document into RDF, touching no store."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from kg import formats
from kg.cli.errors import friendly
from kg.cli.options import FormatChoice, actors_option, gazetteer, published_option
from kg.errors import StoreError
from kg.files import atomic_write

COMMANDS = ("extract",)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the graph (default: stdout). The suffix picks the format.")
@click.option("-f", "--format", "fmt", type=FormatChoice(formats.FORMATS), default=None,
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
    from kg.documents import read_path
    from kg.export import graphs_as_rdf
    from kg.ingest import extract_graphs

    if fmt is None:
        found = formats.output_format(None, output)
        if found.kind != "rdf":
            raise StoreError(f"kg extract writes RDF, not {found.name} (the store's tables: kg export)")
        fmt = found.name
    docs = read_path(file, published)
    data = graphs_as_rdf((g for _, g in extract_graphs(docs, gazetteer=gazetteer(actors))), fmt)
    if output:
        atomic_write(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)
