"""``kg serve``: the store as a SPARQL 1.1 Protocol endpoint on the loopback interface."""
from __future__ import annotations

import sys

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import friendly

COMMANDS = ("serve",)


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="TCP port on 127.0.0.1 (0 picks a free one).")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL updates (the endpoint is read-only otherwise).")
@click.option("-v", "--verbose", is_flag=True, help="Log each request on stderr.")
@uses_store
@friendly
def serve(access: StoreAccess, port: int, allow_update: bool, verbose: bool) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint on 127.0.0.1 (read-only by default).

    The first line printed is the endpoint URL; any SPARQL client (or kg --store URL) can use it.

    \b
    Examples:
      kg serve --port 7878
      curl http://127.0.0.1:7878/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3'
      kg query who-met-whom --store http://127.0.0.1:7878/sparql
    """
    from kg.serve import open_server, run_forever

    server = open_server(access.location, port=port, allow_update=allow_update, verbose=verbose)
    click.echo(server.url)
    sys.stdout.flush()
    mode = "read-write" if allow_update else "read-only"
    click.echo(f"serving {server.store.location} ({mode}); Ctrl-C stops", err=True)
    run_forever(server)
