"""``kg query``: a stored query, a .rq file or SPARQL text, run on the store."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import fail, friendly
from kg.files import atomic_output
from kg.sparql.results import RESULT_FORMATS, result_format_for

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
@click.option("--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Seconds the query may run before it is stopped (0: no limit).")
@click.option("--list", "list_", is_flag=True, help="List the stored queries and their parameters.")
@uses_store
@friendly
def query(access: StoreAccess, sparql: str | None, params: tuple[str, ...], fmt: str | None,
          output: Path | None, timeout: float, list_: bool) -> None:
    """Run a SPARQL query: a stored query's name, a .rq file, SPARQL text, or - for stdin.

    SELECT and ASK print a table (or CSV/TSV/JSON/XML) as the rows come; CONSTRUCT and DESCRIBE
    print Turtle. The query runs in a child process, stopped after --timeout seconds.
    The default graph is the union of every document's graph; the project's prefixes
    (sem:, dip:, plover:, actor:, ...) need no declaration.

    \b
    Examples:
      kg query --list
      kg query who-met-whom --param actor=Trump --param since=2025-08
      kg query attacks-on -p target=Ukraine -f csv -o strikes.csv
      kg query 'SELECT ?a ?l WHERE { ?a a sem:Actor ; rdfs:label ?l } LIMIT 10'
      kg query --timeout 600 'SELECT ?e ?t WHERE { ?e sem:hasTimeStamp ?t }' -o all-dates.csv
      kg query 'CONSTRUCT WHERE { ?e a dip:PhoneCall ; sem:hasActor ?a }' > calls.ttl
      kg --store http://127.0.0.1:7878/sparql query who-called-whom
    """
    from kg.query_worker import TimedQuery

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
    with TimedQuery(access.location, sparql, _params(params), timeout or None) as running:
        chunks = _chunks(running, fmt)
        if output:
            with atomic_output(output) as fh:
                for chunk in chunks:
                    fh.write(chunk.encode("utf-8"))
        else:
            _to_stdout(chunks)


def _chunks(running, fmt: str) -> Iterator[str]:
    """The answer's text piece by piece: result rows as they come, a graph as Turtle at the end."""
    from kg.sparql.results import stream_result

    answer = running.answer
    if answer.kind != "graph":
        yield from stream_result(answer.vars, running.rows(), fmt, answer.boolean)
        return
    from rdflib import Graph

    from kg.rdf import bind_prefixes

    g = Graph()
    for triple in running.rows():
        g.add(triple)
    bind_prefixes(g)
    yield g.serialize(format="turtle")


def _to_stdout(chunks: Iterator[str], every: float = 0.1) -> None:
    """Write as the pieces come, flushed at most every ``every`` seconds (and at the end)."""
    out = sys.stdout.buffer
    last = time.monotonic()
    for chunk in chunks:
        out.write(chunk.encode("utf-8"))
        if time.monotonic() - last > every:
            out.flush()
            last = time.monotonic()
    out.flush()
