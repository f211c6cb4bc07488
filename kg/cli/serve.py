"""``kg serve``: the store as a SPARQL 1.1 Protocol endpoint (Oxigraph's server behind a checking front)."""
from __future__ import annotations

import sys

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import friendly

COMMANDS = ("serve",)


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="TCP port (0 picks a free one).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 shares the endpoint with the network "
                   "(then name the server with --allow-host).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A host name clients may use in the Host header besides localhost and the listen "
                   "address (repeatable); other names are refused, against DNS rebinding.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds a query may run; past them its engine is stopped and the client told.")
@click.option("--refresh", type=click.FloatRange(min=0), default=2.0, show_default=True,
              help="Seconds between looks for new data from a writer (kg build, kg load); 0 serves the "
                   "data as it was at start.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Queries answered at once (one query engine each) [default: the cores, at least 2].")
@click.option("--cors/--no-cors", default=True, show_default=True,
              help="Let browser pages of any origin query the endpoint.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL updates: the server becomes the store's one writer.")
@click.option("-v", "--verbose", is_flag=True, help="Log each request on stderr.")
@uses_store
@friendly
def serve(access: StoreAccess, port: int, host: str, allow_hosts: tuple[str, ...], timeout: float,
          refresh: float, workers: int | None, cors: bool, allow_update: bool, verbose: bool) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint, read-only by default.

    Oxigraph's own server answers the queries; kg serve checks each request first: the Host name,
    CORS, the body's size, no updates, no SERVICE (the endpoint fetches no other URL), and stops a
    query after --timeout seconds. It reads a snapshot of the store, so kg build can write
    meanwhile; new data shows within --refresh seconds of the writer finishing.
    The first line printed is the endpoint URL.

    \b
    Examples:
      kg serve --port 7878
      curl http://127.0.0.1:7878/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3'
      kg query who-met-whom --store http://127.0.0.1:7878/sparql
      kg serve --host 0.0.0.0 --allow-host kg.example.org --timeout 10
    """
    from kg.serve import ServeConfig
    from kg.serve import serve as run_server

    config = ServeConfig(access.location, host=host, port=port, allow_update=allow_update, timeout=timeout,
                         refresh=refresh, cors=cors, allow_hosts=allow_hosts, verbose=verbose)
    if workers:
        config.workers = workers

    def announce(url: str, mode: str) -> None:
        click.echo(url)
        sys.stdout.flush()
        click.echo(f"serving {access.location} ({mode}); Ctrl-C stops", err=True)

    run_server(config, announce)
