"""A partition's documents mapped to quads and written as one N-Quads part file (run on a worker).

``part-<key>.nq`` is written to a temporary name and renamed when whole; beside it,
``part-<key>.json`` sums up what it holds (documents, actors, event types, CAMEO codes, notes),
written first, so a part file that exists is complete and a re-run skips it."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.files import atomic_write
from kg.rdf import graph_iri, to_triples
from kg.store.ntriples import graph_term, statements

if TYPE_CHECKING:
    from kg.distributed.partition import Partition
    from kg.gazetteer import Gazetteer


@dataclass
class PartSummary:
    """What a part file holds, as the build's report needs it."""

    key: str
    documents: list[str] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    cameo: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: bool = False  # found complete from an earlier run


def part_path(folder: Path, key: str) -> Path:
    return folder / f"part-{key}.nq"


def read_summary(folder: Path, key: str) -> PartSummary | None:
    """The summary of a complete part file, or None if the part is missing or unfinished."""
    nq, meta = part_path(folder, key), part_path(folder, key).with_suffix(".json")
    if not (nq.is_file() and meta.is_file()):
        return None
    try:
        return PartSummary(**{**json.loads(meta.read_text(encoding="utf-8")), "skipped": True})
    except (ValueError, TypeError):
        return None


def write_part(part: Partition, folder: str, gazetteer: Gazetteer | None = None) -> PartSummary:
    """Extract the partition's documents (the worker's cached spaCy model) and write its part file,
    unless a complete one exists."""
    from kg.extract import extract_many
    from kg.ingest import IngestReport, warn_if_no_events

    out = Path(folder)
    found = read_summary(out, part.key)
    if found is not None:
        return found
    report, codes, cache = IngestReport(), {}, {}
    chunks: list[str] = []
    for ex in extract_many(part.documents, gazetteer=gazetteer):
        warn_if_no_events(ex)
        name = str(graph_iri(ex.document.id))
        chunks.append(statements(to_triples(ex), end=f" {graph_term(name)} .\n", cache=cache) or "")
        report.add(ex, name)
        codes.update(dict.fromkeys(e.cameo for e in ex.events if e.cameo))
    summary = PartSummary(part.key, report.documents, report.graphs, sorted(report.actors),
                          dict(report.events), list(codes), report.notes)
    out.mkdir(parents=True, exist_ok=True)
    nq = part_path(out, part.key)
    atomic_write(nq.with_suffix(".json"), json.dumps({k: v for k, v in summary.__dict__.items()
                                                     if k != "skipped"}).encode("utf-8"))
    atomic_write(nq, "".join(chunks).encode("utf-8"))
    return summary
