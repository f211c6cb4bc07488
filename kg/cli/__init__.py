"""The ``kg`` command: a click group; each verb lives in a module of this package."""
from __future__ import annotations

import click

from kg import __version__, allocator


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"kg {__version__} (memory allocator: {allocator.in_use()})")
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Show the version and the memory allocator in use, and exit.")
def main() -> None:
    """dipkg: news articles about diplomacy and war as an RDF knowledge graph.

    \b
    Examples:
      kg build                       # seeds/ -> graphs/seeds.ttl + graphs/seeds.html
      kg extract article.txt -o article.ttl --published 2025-08-19
      kg query who-met-whom
      kg viz -o graph.html
    """


def _register() -> None:
    """Add the commands each module of this package lists in its ``COMMANDS``."""
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(__path__):
        if mod.name.startswith("_") or mod.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for name in getattr(module, "COMMANDS", ()):
            main.add_command(getattr(module, name))


_register()


def run() -> None:
    """The ``kg`` console script: the command group, under mimalloc when it is installed."""
    allocator.reexec()
    main(prog_name="kg")
