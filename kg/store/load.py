"""RDF files into a store: the file's format and the graph its triples go into, and its quads parsed
(all of the file before anything is written, so bad input changes nothing)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg import formats
from kg.errors import StoreError
from kg.store.ntriples import check_graph_name


def one_line(exc: BaseException) -> str:
    """An error's whole message on one line."""
    return " ".join(str(exc).split())


def first_line(exc: BaseException) -> str:
    """The first line of an error's message."""
    return str(exc).splitlines()[0]


@contextmanager
def file_errors(path: str | Path) -> Iterator[None]:
    """A parse or read error of the file ``path`` as a StoreError of one line that names it."""
    try:
        yield
    except SyntaxError as exc:
        raise StoreError(f"{path}: {one_line(exc)}") from None
    except OSError as exc:
        raise StoreError(f"{path}: {first_line(exc)}") from None


def load_target(path: str | Path, format: str | None, graph: str | None
                ) -> tuple[ox.RdfFormat, ox.NamedNode | None]:
    """The file's format (from ``format`` or its suffix) and the graph its triples go into."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    found = formats.rdf_format(format) if format else formats.for_path(path)
    if found is None:
        raise StoreError(f"{path}: cannot tell the RDF format from the name; give --format "
                         f"(one of: {', '.join(formats.NAMES)})")
    fmt = found.ox
    if fmt.supports_datasets:
        if graph is not None:
            raise StoreError(f"{path}: a {fmt.name} file names its own graphs; --graph is for graph "
                             "formats (Turtle, N-Triples, RDF/XML)")
        return fmt, None
    if graph is None:
        raise StoreError(f"{path}: a {fmt.name} file holds triples, not named graphs; "
                         "give the graph to load it into (--graph IRI)")
    return fmt, ox.NamedNode(check_graph_name(graph))


def parse_file(path: str | Path, fmt: ox.RdfFormat, to: ox.NamedNode | None) -> Iterator[ox.Quad]:
    """The file's quads; a graph file's triples put in the graph ``to``."""
    with file_errors(path):
        for q in ox.parse(path=str(path), format=fmt):
            yield q if to is None else ox.Quad(q.subject, q.predicate, q.object, to)


def graph_names_in(path: str | Path, fmt: ox.RdfFormat) -> set[str]:
    """The named graphs a dataset file fills (a pass over the file, before anything is written)."""
    quads = parse_file(path, fmt, None)
    return {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
