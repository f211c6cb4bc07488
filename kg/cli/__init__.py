"""The ``kg`` command: a click group; each verb lives in a module of this package."""
from __future__ import annotations

import click

from kg import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
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
