"""``kg query``, ``kg export``, ``kg stats``, ``kg load``, ``kg remove`` and ``kg serve``: the store."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import fail, friendly, store_location, store_option
from kg.files import atomic_write

COMMANDS = ("query", "export", "stats", "load", "optimize", "remove", "serve")

RESULT_SUFFIX = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json", ".xml": "xml", ".srx": "xml",
                 ".txt": "table"}


def _open(store: str | None, read_only: bool = True):
    from kg.store import Store

    return Store.open(store_location(store), read_only=read_only)


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
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
              help="Result format (W3C SPARQL 1.1 JSON/XML/CSV/TSV) "
                   "[default: table on a terminal, else csv].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the result to a file (atomically) instead of stdout.")
@click.option("--list", "list_", is_flag=True, help="List the stored queries and their parameters.")
@store_option
@friendly
def query(sparql: str | None, params: tuple[str, ...], fmt: str | None, output: Path | None, list_: bool,
          store: str | None) -> None:
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
    """
    from kg.query import format_result, run

    if list_:
        _list_queries()
        return
    if not sparql:
        fail("give a query (a stored query's name, a .rq file or SPARQL text); "
             "kg query --list shows the names")
    if sparql == "-":
        sparql = sys.stdin.read()
    if fmt is None:
        fmt = RESULT_SUFFIX.get(output.suffix.lower(), "csv") if output else \
            "table" if sys.stdout.isatty() else "csv"
    with _open(store) as st:
        result = run(st, sparql, _params(params))
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


def _graph_name(doc: str) -> str:
    """A document's graph IRI from its id, its file stem (slugged as ingest does), or the IRI itself."""
    from kg.documents import slug
    from kg.rdf import graph_iri

    return doc if doc.startswith(("http://", "https://", "urn:")) else str(graph_iri(slug(doc)))


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (atomically) [default: stdout]. Its suffix picks the format.")
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "nt", "trig", "nquads", "json-ld"]),
              help="RDF format [default: from the suffix of -o, else turtle].")
@click.option("--graph", "doc", metavar="DOCID|IRI", help="Only this document's graph.")
@store_option
@friendly
def export(output: Path | None, fmt: str | None, doc: str | None, store: str | None) -> None:
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
    graph = _graph_name(doc) if doc else None
    with _open(store) as st:
        if graph is not None and graph not in st.graph_names():
            fail(f"no document {doc!r} in the store")
        run_export(st, output if output else sys.stdout.buffer, fmt, graph=graph)
    if output:
        click.echo(f"wrote {output}", err=True)


@click.command()
@store_option
@friendly
def stats(store: str | None) -> None:
    """How much the store holds: documents, graphs, triples, actors, events by PLOVER type.

    \b
    Example:
      kg stats --store graphs/store
    """
    from kg.api import stats as store_stats

    with _open(store) as st:
        s = store_stats(st)
    click.echo(f"documents: {s.documents}")
    click.echo(f"graphs:    {s.graphs}")
    click.echo(f"triples:   {s.triples}")
    click.echo(f"actors:    {s.actors}")
    click.echo(f"events:    {s.events}")
    for kind, n in sorted(s.events_by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {kind:<10} {n}")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", metavar="FORMAT",
              help="RDF format of the files (trig, nq, ttl, nt, xml, jsonld) [default: from the extension].")
@click.option("--graph", metavar="IRI",
              help="The named graph a Turtle/N-Triples/RDF-XML file goes into "
                   "(TriG and N-Quads name their own graphs).")
@store_option
@friendly
def load(files: tuple[Path, ...], fmt: str | None, graph: str | None, store: str | None) -> None:
    """Load RDF files (an export, another machine's graphs) into the store, fast.

    Each named graph in a file replaces the store's graph of that name. Into an embedded store,
    a file of new graphs goes through Oxigraph's bulk loader: all of it or none of it.

    \b
    Examples:
      kg export --format nquads -o all.nq && kg load all.nq --store /data/store
      kg load article.ttl --graph https://w3id.org/dipkg/graph/article
      kg load corpus.trig --store http://127.0.0.1:7878

    A bulk load leaves the store in many files; `kg optimize` then compacts it.
    """
    import time

    with _open(store, read_only=False) as st:
        for path in files:
            t = time.perf_counter()
            before = len(st)
            names = st.load_file(path, fmt, graph)
            added = len(st) - before
            click.echo(f"{path}: {len(names)} graphs, {added:+,} triples in the store "
                       f"({time.perf_counter() - t:.1f} s)")


@click.command()
@store_option
@friendly
def optimize(store: str | None) -> None:
    """Compact an embedded store after a large load or build, so reads touch fewer files.

    At 100k events it took 14 s (the load 32 s) and made answers that print many terms 2-3x
    faster; the store grew on disk. It may find nothing to do (at 1M events it did not change
    the store); benchmarks/store.py measures both. A remote store is left alone.

    \b
    Example:
      kg load corpus.nq --store /data/store && kg optimize --store /data/store
    """
    import time

    t = time.perf_counter()
    with _open(store, read_only=False) as st:
        st.optimize()
    click.echo(f"optimized {st.location} ({time.perf_counter() - t:.1f} s)")


@click.command()
@click.argument("doc_id", metavar="DOCID")
@store_option
@friendly
def remove(doc_id: str, store: str | None) -> None:
    """Drop one document's named graph from the store (DOCID as `kg query documents` shows it).

    \b
    Example:
      kg remove 000-96dc649541558637
    """
    with _open(store, read_only=False) as st:
        if not st.remove_graph(_graph_name(doc_id)):
            fail(f"no document {doc_id!r} in the store")
    click.echo(f"removed {doc_id}")


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="TCP port on 127.0.0.1 (0 picks a free one).")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL updates (the endpoint is read-only otherwise).")
@click.option("-v", "--verbose", is_flag=True, help="Log each request on stderr.")
@store_option
@friendly
def serve(port: int, allow_update: bool, verbose: bool, store: str | None) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint on 127.0.0.1 (read-only by default).

    The first line printed is the endpoint URL; any SPARQL client (or kg --store URL) can use it.

    \b
    Examples:
      kg serve --port 7878
      curl http://127.0.0.1:7878/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3'
      kg query who-met-whom --store http://127.0.0.1:7878/sparql
    """
    from kg.serve import open_server, run_forever

    server = open_server(store_location(store), port=port, allow_update=allow_update, verbose=verbose)
    click.echo(server.url)
    sys.stdout.flush()
    mode = "read-write" if allow_update else "read-only"
    click.echo(f"serving {server.store.location} ({mode}); Ctrl-C stops", err=True)
    run_forever(server)
