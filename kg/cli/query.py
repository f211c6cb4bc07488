"""``kg query``: a stored query, a .rq file or SPARQL text, run on the store."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import fail, friendly
from kg.files import atomic_write
from kg.sparql.results import RESULT_FORMATS

COMMANDS = ("query",)


def _params(pairs: tuple[str, ...]) -> dict[str, object]:
    """``NAME=VALUE`` pairs; ``<...>`` is an IRI (stored queries convert by their declared types)."""
    from rdflib import URIRef

    out: dict[str, object] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE", param_hint="--param")
        out[name.strip()] = URIRef(value[1:-1]) if value.startswith("<") and value.endswith(">") else value
    return out


def _list_queries() -> None:
    from kg.query import named_queries

    for name, nq in named_queries().items():
        if name.startswith("projection-"):
            continue
        click.echo(click.style(name, bold=True) + f"\n    {nq.summary}")
        for p in nq.params:
            click.echo(f"    --param {p.describe()}")
        for ex in nq.examples:
            click.echo(f"    e.g. {ex}")


@click.command()
@click.argument("sparql", metavar="QUERY", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter, bound as an RDF term (repeatable): an actor may be a label (actor=Trump); "
                   "in your own SPARQL, <...> is an IRI and anything else a literal.")
@click.option("-f", "--format", "fmt", type=click.Choice(RESULT_FORMATS),
              help="Result format (W3C SPARQL 1.1 JSON/XML/CSV/TSV) "
                   "[default: table on a terminal, else csv].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the result to a file (atomically) instead of stdout.")
@click.option("--list", "list_", is_flag=True, help="List the stored queries and their parameters.")
@uses_store
@friendly
def query(access: StoreAccess, sparql: str | None, params: tuple[str, ...], fmt: str | None,
          output: Path | None, list_: bool) -> None:
    """Run a SPARQL query: a stored query's name, a .rq file, SPARQL text, or - for stdin.

    SELECT and ASK print a table (or CSV/TSV/JSON/XML); CONSTRUCT and DESCRIBE print Turtle.
    The default graph is the union of every document's graph; the project's prefixes
    (sem:, dip:, plover:, actor:, ...) need no declaration.

    \b
    Examples:
      kg query --list
      kg query who-met-whom --param actor=Trump --param since=2025-08
      kg query attacks-on -p target=Ukraine -f csv -o strikes.csv
      kg query 'SELECT ?a ?l WHERE { ?a a sem:Actor ; rdfs:label ?l } LIMIT 10'
      kg query 'CONSTRUCT WHERE { ?e a dip:PhoneCall ; sem:hasActor ?a }' > calls.ttl
      kg --store http://127.0.0.1:7878/sparql query who-called-whom
    """
    from kg.query import run
    from kg.sparql.results import format_result, result_format_for

    if list_:
        _list_queries()
        return
    if not sparql:
        fail("give a query (a stored query's name, a .rq file or SPARQL text); "
             "kg query --list shows the names")
    if sparql == "-":
        sparql = sys.stdin.read()
    if fmt is None:
        fmt = result_format_for(output) if output else "table" if sys.stdout.isatty() else "csv"
    result = run(access.open(read_only=True), sparql, _params(params))
    if result.kind == "graph":
        from kg.rdf import bind_prefixes

        bind_prefixes(result.graph)
        data = result.graph.serialize(format="turtle").encode("utf-8")
    else:
        data = format_result(result, fmt).encode("utf-8")
    if output:
        atomic_write(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
