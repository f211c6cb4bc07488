"""The main job: articles in, store filled, Turtle and HTML written under ``graphs/``."""
from __future__ import annotations

import io
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.documents import Skipped
from kg.errors import DocumentError
from kg.export import concepts_of
from kg.files import atomic_write
from kg.ingest import Held, IngestReport, held, ingest
from kg.model import Document, Extraction
from kg.rdf import bind_prefixes

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer
    from kg.store import Store


@dataclass
class BuildResult:
    name: str
    report: IngestReport
    turtle: Path
    html: Path
    held: Held = field(default_factory=Held)  # what the store holds of this build's documents
    skipped: list[Skipped] = field(default_factory=list)


def output_name(inputs: list[Path]) -> str:
    """``graphs/<name>``: the input's name (a folder's or a file's stem), or ``graph`` for several."""
    if len(inputs) == 1:
        p = inputs[0].resolve()
        return (p.name if p.is_dir() else p.stem) or "graph"
    return "graph"


def union_turtle(store: Store, graph_names: list[str]) -> bytes:
    """The documents' named graphs, read back from the store, as one Turtle file with the concepts
    they use (as the store holds those once, in its default graph)."""
    g = Graph()
    bind_prefixes(g)
    for name in graph_names:
        buf = io.BytesIO()
        store.dump(buf, "nt", graph=name)
        g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
        for t in concepts_of(store, name):
            g.add(t)
    return g.serialize(format="turtle").encode("utf-8")


def _documents(items: Iterable[Document | Skipped], skipped: list[Skipped],
               on_skip: Callable[[Skipped], None] | None) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            if on_skip:
                on_skip(item)
        else:
            yield item


def build(items: Iterable[Document | Skipped], name: str, store: Store | Callable[[], Store], out_dir: Path,
          n_process: int = 1, max_nodes: int = 300, gazetteer: Gazetteer | None = None,
          on_skip: Callable[[Skipped], None] | None = None,
          on_document: Callable[[Extraction], None] | None = None) -> BuildResult:
    """Ingest the documents of ``items`` into ``store``, passing each :class:`Skipped` to ``on_skip``;
    write ``out_dir/<name>.ttl`` and ``out_dir/<name>.html``. Items are read as they are needed.

    ``store`` may be a function that opens it: it is called once the first document is read, so
    a build of nothing but bad inputs raises DocumentError without creating or touching a store."""
    skipped: list[Skipped] = []
    documents = _documents(items, skipped, on_skip)
    first = next(documents, None)
    if first is None:
        raise DocumentError("no readable articles" + (f" ({len(skipped)} inputs skipped)" if skipped else ""))
    if callable(store):
        store = store()
    report = ingest(store, _chain(first, documents), n_process=n_process, gazetteer=gazetteer,
                    on_document=on_document)
    return _outputs(store, report, name, out_dir, max_nodes, skipped)


def _outputs(store: Store, report: IngestReport, name: str, out_dir: Path, max_nodes: int,
             skipped: list[Skipped]) -> BuildResult:
    from kg.viz import write_html

    ttl = out_dir / f"{name}.ttl"
    html = out_dir / f"{name}.html"
    atomic_write(ttl, union_turtle(store, report.graphs))
    write_html(store, html, documents=report.documents, max_nodes=max_nodes,
               title=f"dipkg: {name}")
    return BuildResult(name, report, ttl, html, held(store, report.graphs), skipped)


def build_on_engine(items: Iterable[Document | Skipped], name: str, store: Store | Callable[[], Store],
                    out_dir: Path, engine: str = "dask", scheduler: str | None = None, workers: int = 2,
                    parts_dir: Path | None = None, partition_size: int = 50, max_nodes: int = 300,
                    gazetteer: Gazetteer | None = None, on_skip: Callable[[Skipped], None] | None = None,
                    on_part: Callable[[object], None] | None = None) -> BuildResult:
    """:func:`build` with the extraction on a distributed engine (:mod:`kg.distributed`): partitions
    of ``partition_size`` documents become N-Quads part files in ``parts_dir`` (default
    ``out_dir/<name>.parts``, a folder the workers share), which are then bulk-loaded into
    ``store``; ``partition_size`` divides :data:`kg.ingest.BATCH`. The store ends as :func:`build`
    leaves it."""
    from kg.distributed.engine import check_engine, connect, write_parts
    from kg.distributed.load import check_partition_size, load_parts
    from kg.distributed.partition import partitions

    check_engine(engine)
    check_partition_size(partition_size)
    skipped: list[Skipped] = []
    documents = _documents(items, skipped, on_skip)
    first = next(documents, None)
    if first is None:
        raise DocumentError("no readable articles" + (f" ({len(skipped)} inputs skipped)" if skipped else ""))
    folder = (parts_dir or out_dir / f"{name}.parts").resolve()
    with connect(scheduler, workers) as client:
        salt = b"" if gazetteer is None else pickle.dumps(gazetteer)
        summaries = write_parts(client, partitions(_chain(first, documents), partition_size, salt),
                                folder, gazetteer, on_part)
    if callable(store):
        store = store()
    report = load_parts(store, folder, summaries)
    return _outputs(store, report, name, out_dir, max_nodes, skipped)


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest
