"""``kg export``: the store as RDF (streamed), as a table of events, or as a network graph."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import formats
from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import fail, friendly
from kg.cli.options import document_graph

COMMANDS = ("export",)


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (atomically) [default: stdout]. Its suffix picks the format: "
                   + ", ".join(formats.OUTPUT_SUFFIXES) + "; any other is refused.")
@click.option("-f", "--format", "fmt", type=click.Choice(formats.OUTPUT_NAMES, case_sensitive=False),
              help="The format [default: from the suffix of -o, else turtle].")
@click.option("--graph", "doc", metavar="DOCID|IRI",
              help="Only this document's graph, with the concepts it uses (RDF formats).")
@uses_store
@friendly
def export(access: StoreAccess, output: Path | None, fmt: str | None, doc: str | None) -> None:
    """Export the store. As RDF, streamed: Turtle, N-Triples or RDF/XML (the union of the graphs),
    TriG or N-Quads (one named graph per document, and the vocabulary's), JSON-LD (named graphs,
    with a @context). As a table, one row per event (date, type, CAMEO code, quad class, modality,
    source, target, sentence, document, url, published): CSV, TSV, or Parquet (needs pyarrow:
    pip install 'dipkg[tables]'). As the actor network: GraphML or GEXF, with each actor's and
    edge's start and end dates for Gephi's timeline. The linker's candidate index (the graph
    identity-index) is left out of every format; --graph identity-index writes it alone.

    \b
    Examples:
      kg export -o graphs/all.ttl
      kg export -o all.rdf                     # RDF/XML
      kg export --format trig -o graphs/all.trig
      kg export --graph 000-96dc649541558637 --format nt
      kg export -o events.csv                  # or events.tsv, events.parquet
      kg export -o network.gexf                # open in Gephi, timeline on
    """
    from kg.export import export as run_export
    from kg.export import export_format

    fmt = export_format(fmt, output)
    graph = document_graph(doc) if doc else None
    if graph is not None and formats.output_format(fmt).kind != "rdf":
        fail(f"--graph works with RDF formats only, not {fmt}")
    st = access.open(read_only=True)
    if graph is not None and graph not in st.graph_names():
        fail(f"no document {doc!r} in the store")
    run_export(st, output if output else sys.stdout.buffer, fmt, graph=graph)
    if output:
        click.echo(f"wrote {output}", err=True)
