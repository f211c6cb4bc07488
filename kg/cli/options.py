"""Options and arguments several commands share, and how their values are read."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg import formats
from kg.errors import KGError

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer


class FormatChoice(click.Choice):
    """One of some RDF formats by its name, or by any alias :mod:`kg.formats` knows (``ttl``, ``nq``)."""

    def __init__(self, choices: Iterable[formats.RdfFormat]) -> None:
        super().__init__([f.name for f in choices])

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        found = formats.find(str(value))
        return super().convert(found.name if found else value, param, ctx)


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    from kg.documents import parse_date

    try:
        return parse_date(value)
    except KGError as exc:
        raise click.BadParameter(str(exc)) from None


published_option = click.option(
    "--published", metavar="YYYY-MM-DD", callback=_published,
    help="Publication date for documents that carry none (resolves 'on Monday', 'last week').")

actors_option = click.option(
    "--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=True), metavar="TTL",
    help="An extra actor gazetteer (Turtle file or folder); repeatable [env KG_ACTORS].")


def gazetteer(actors: tuple[str, ...]) -> Gazetteer | None:
    """The gazetteer with the ``--actors`` files added, or None for the default one."""
    if not actors:
        return None
    from kg.gazetteer import Gazetteer

    return Gazetteer.load(extra=[Path(a) for a in actors])


_filter_options = [
    click.option("--since", metavar="DATE", help="Only events on or after DATE (YYYY[-MM[-DD]])."),
    click.option("--until", metavar="DATE", help="Only events on or before DATE (YYYY[-MM[-DD]])."),
    click.option("--types", metavar="T,...", help="Only these PLOVER types, e.g. CONSULT,ASSAULT."),
    click.option("--reports", is_flag=True,
                 help="One event per report (per document) instead of one per real-world event."),
]


def with_filters(func: Callable) -> Callable:
    """``--since``, ``--until``, ``--types``: which events an analysis or a drawing keeps; ``--reports``:
    count each document's report of an event rather than the real-world event."""
    for option in reversed(_filter_options):
        func = option(func)
    return func


def type_list(value: str | None) -> list[str] | None:
    """``--types A,B`` as a list."""
    return [t for t in value.split(",") if t.strip()] if value else None


def document_graph(doc: str) -> str:
    """A document's graph IRI from its id, its file stem (slugged as ingest does), or the IRI itself."""
    from kg.documents import slug
    from kg.rdf import graph_iri

    return doc if doc.startswith(("http://", "https://", "urn:")) else str(graph_iri(slug(doc)))
