"""The main job: articles in, store filled, Turtle and HTML written under ``graphs/``."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.export import concepts_of
from kg.files import atomic_write
from kg.ingest import IngestReport, ingest
from kg.model import Document
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


def output_name(inputs: list[Path]) -> str:
    """``graphs/<name>``: the input's name (a folder's or a file's stem), or ``graph`` for several."""
    if len(inputs) == 1:
        p = inputs[0].resolve()
        return (p.name if p.is_dir() else p.stem) or "graph"
    return "graph"


def union_turtle(store: Store, graph_names: list[str]) -> bytes:
    """The documents' named graphs, read back from the store, as one Turtle file with the concepts
    they use (as the store holds those once, in its vocabulary graph)."""
    g = Graph()
    bind_prefixes(g)
    for name in graph_names:
        buf = io.BytesIO()
        store.dump(buf, "nt", graph=name)
        g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
        for t in concepts_of(store, name):
            g.add(t)
    return g.serialize(format="turtle").encode("utf-8")


def build(documents: list[Document], name: str, store: Store, out_dir: Path, n_process: int = 1,
          max_nodes: int = 300, gazetteer: Gazetteer | None = None) -> BuildResult:
    """Ingest ``documents`` into ``store``; write ``out_dir/<name>.ttl`` and ``out_dir/<name>.html``."""
    from kg.viz import write_html

    report = ingest(store, documents, n_process=n_process, gazetteer=gazetteer)
    ttl = out_dir / f"{name}.ttl"
    html = out_dir / f"{name}.html"
    atomic_write(ttl, union_turtle(store, report.graphs))
    write_html(store, html, documents=report.documents, max_nodes=max_nodes,
               title=f"dipkg: {name}")
    return BuildResult(name, report, ttl, html)
