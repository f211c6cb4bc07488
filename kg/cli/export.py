"""``kg export``: the store as RDF, streamed."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import formats
from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import fail, friendly
from kg.cli.options import FormatChoice, document_graph

COMMANDS = ("export",)


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (atomically) [default: stdout]. Its suffix picks the format.")
@click.option("-f", "--format", "fmt", type=FormatChoice(formats.EXPORT_FORMATS),
              help="RDF format [default: from the suffix of -o, else turtle].")
@click.option("--graph", "doc", metavar="DOCID|IRI", help="Only this document's graph.")
@uses_store
@friendly
def export(access: StoreAccess, output: Path | None, fmt: str | None, doc: str | None) -> None:
    """Export the store as RDF, streamed: Turtle or N-Triples (the union of the documents),
    TriG or N-Quads (one named graph per document), or JSON-LD (named graphs, with a @context).

    \b
    Examples:
      kg export -o graphs/all.ttl
      kg export --format trig -o graphs/all.trig
      kg export --graph 000-96dc649541558637 --format nt
    """
    from kg.export import export as run_export
    from kg.export import export_format

    fmt = export_format(fmt, output)
    graph = document_graph(doc) if doc else None
    st = access.open(read_only=True)
    if graph is not None and graph not in st.graph_names():
        fail(f"no document {doc!r} in the store")
    run_export(st, output if output else sys.stdout.buffer, fmt, graph=graph)
    if output:
        click.echo(f"wrote {output}", err=True)
