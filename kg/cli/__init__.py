"""The ``kg`` command: a click group; each verb lives in a module of this package that lists it in
its ``COMMANDS``. ``--store`` (or ``KG_STORE``) names the store, which reaches the commands through
click's context (:mod:`kg.cli.context`)."""
from __future__ import annotations

import click

from kg import allocator
from kg.cli.context import DEFAULT_STORE, STORE_HELP, StoreAccess
from kg.cli.errors import show_warnings
from kg.version import __version__


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"kg {__version__} (memory allocator: {allocator.in_use()})")
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Show the version and the memory allocator in use, and exit.")
@click.option("--store", metavar="PATH|URL", envvar="KG_STORE", default=DEFAULT_STORE, help=STORE_HELP)
@click.pass_context
def main(ctx: click.Context, store: str) -> None:
    """dipkg: news articles about diplomacy and war as an RDF knowledge graph.

    \b
    Examples:
      kg build                       # seeds/ -> graphs/seeds.ttl + graphs/seeds.html
      kg extract article.txt -o article.ttl --published 2025-08-19
      kg query who-met-whom
      kg --store /data/store stats   # or KG_STORE=/data/store, or kg stats --store /data/store
      kg viz -o graph.html
    """
    show_warnings()
    ctx.obj = StoreAccess(store)
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    """Add the commands each module of this package lists in its ``COMMANDS``."""
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(__path__):
        if not mod.name.startswith("_"):
            module = importlib.import_module(f"{__name__}.{mod.name}")
            for name in getattr(module, "COMMANDS", ()):
                main.add_command(getattr(module, name))


_register()


def run() -> None:
    """The ``kg`` console script: the command group, under mimalloc when it is installed."""
    allocator.reexec()
    main(prog_name="kg")
