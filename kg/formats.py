"""The formats the project reads and writes, in one table: the RDF formats (names, file suffixes, media
types, and the format objects of rdflib and pyoxigraph), which the store, ``kg export``, ``kg
extract``, ``kg load`` and the SPARQL endpoint look up here; and what ``kg export`` writes besides
RDF (tables, network graphs), so one registry decides an output's format by its suffix.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.vocab import PREFIXES

#: the project's prefixes as pyoxigraph takes them (serialisers and the query engine)
OX_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


@dataclass(frozen=True)
class RdfFormat:
    """One RDF syntax."""

    name: str  # the canonical name (``kg export --format``)
    ox: ox.RdfFormat
    rdflib: str  # rdflib's parser and serialiser name
    aliases: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()  # file suffixes that imply it
    media_types: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a user may give it."""
        return (self.name, *self.aliases)

    @property
    def datasets(self) -> bool:
        """Whether it holds named graphs (TriG, N-Quads, JSON-LD) rather than triples."""
        return self.ox.supports_datasets


FORMATS = (
    RdfFormat("turtle", ox.RdfFormat.TURTLE, "turtle", ("ttl",), (".ttl",), ("text/turtle",)),
    RdfFormat("nt", ox.RdfFormat.N_TRIPLES, "nt", ("ntriples", "n-triples"), (".nt",),
              ("application/n-triples", "text/plain")),
    RdfFormat("trig", ox.RdfFormat.TRIG, "trig", (), (".trig",), ("application/trig",)),
    RdfFormat("nquads", ox.RdfFormat.N_QUADS, "nquads", ("nq", "n-quads"), (".nq",),
              ("application/n-quads",)),
    RdfFormat("json-ld", ox.RdfFormat.JSON_LD, "json-ld", ("jsonld",), (".jsonld", ".json"),
              ("application/ld+json",)),
    RdfFormat("xml", ox.RdfFormat.RDF_XML, "xml", ("rdfxml", "rdf"), (".rdf", ".owl"),
              ("application/rdf+xml",)),
)
#: the RDF formats ``kg export`` writes (all of them)
EXPORT_FORMATS = FORMATS

_BY_NAME = {n: f for f in FORMATS for n in f.names}
_BY_MEDIA_TYPE = {m: f for f in FORMATS for m in f.media_types}
#: every name and alias, sorted
NAMES = tuple(sorted(_BY_NAME))


def find(name: str) -> RdfFormat | None:
    """The format a name or alias (any case) stands for."""
    return _BY_NAME.get(name.lower())


def rdf_format(name: str) -> RdfFormat:
    """The format of a name or alias; a StoreError listing the names if there is none."""
    fmt = find(name)
    if fmt is None:
        raise StoreError(f"unknown RDF format {name!r} (one of: {', '.join(NAMES)})")
    return fmt


def for_path(path: str | Path) -> RdfFormat | None:
    """The format a file's suffix implies (``.ttl``, ``.nq``, ...; a format's name works too), if any."""
    suffix = Path(path).suffix.lower()
    if not suffix:
        return None
    return next((f for f in FORMATS if suffix in f.suffixes), None) or find(suffix[1:])


def for_media_type(media_type: str) -> RdfFormat | None:
    return _BY_MEDIA_TYPE.get(media_type.lower())


@dataclass(frozen=True)
class OutputFormat:
    """What ``kg export`` can write: an RDF format, a table or a network graph."""

    name: str
    kind: str  # "rdf", "table" or "graph"
    suffixes: tuple[str, ...]
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


OUTPUT_FORMATS = (
    *(OutputFormat(f.name, "rdf", f.suffixes, f.aliases) for f in FORMATS),
    OutputFormat("csv", "table", (".csv",)),
    OutputFormat("tsv", "table", (".tsv", ".tab")),
    OutputFormat("parquet", "table", (".parquet",)),
    OutputFormat("graphml", "graph", (".graphml",)),
    OutputFormat("gexf", "graph", (".gexf",)),
)
_OUTPUT_BY_NAME = {n: f for f in OUTPUT_FORMATS for n in f.names}
_OUTPUT_BY_SUFFIX = {s: f for f in OUTPUT_FORMATS for s in f.suffixes}
#: every name and alias ``kg export --format`` takes
OUTPUT_NAMES = tuple(_OUTPUT_BY_NAME)
#: every suffix that implies an output format
OUTPUT_SUFFIXES = tuple(_OUTPUT_BY_SUFFIX)


def output_format(name: str | None = None, path: str | Path | None = None) -> OutputFormat:
    """The output format a name (or alias) gives, else the one the file suffix implies, else Turtle.
    A StoreError listing the known ones for an unknown name or suffix (never a silent default)."""
    if name is not None:
        found = _OUTPUT_BY_NAME.get(name.lower())
        if found is None:
            raise StoreError(f"unknown export format {name!r} (one of: {', '.join(OUTPUT_NAMES)})")
        return found
    suffix = Path(path).suffix.lower() if path is not None else ""
    if not suffix:
        return _OUTPUT_BY_NAME["turtle"]
    found = _OUTPUT_BY_SUFFIX.get(suffix) or _OUTPUT_BY_NAME.get(suffix[1:])
    if found is None:
        raise StoreError(f"{Path(path).name}: unknown file suffix {suffix!r} (known: "
                         f"{', '.join(OUTPUT_SUFFIXES)}; or give --format)")
    return found
