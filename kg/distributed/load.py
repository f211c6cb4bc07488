"""Part files into the store, as a local build fills it: the vocabulary installed, the parts
bulk-loaded in partition order, the CAMEO concepts the documents use added, and the events linked
across documents after every ``ingest.BATCH`` documents, as :func:`kg.ingest.ingest` links them.

Linking is incremental (:func:`kg.identity.store.link_documents`), and what it links depends on which
documents the store holds at the time; so partitions never straddle a batch (their size divides
``BATCH``) and each batch is linked as soon as its parts are in, before the next batch is loaded."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.distributed.parts import PartSummary, part_path
from kg.errors import KGError
from kg.identity.store import link_documents
from kg.ingest import BATCH, OPTIMIZE_AFTER, IngestReport
from kg.vocabulary import add_codes, install

if TYPE_CHECKING:
    from kg.store import Store


def check_partition_size(size: int) -> None:
    """A KGError unless ``size`` documents per partition keep partitions inside the link batches."""
    if size < 1 or BATCH % size:
        sizes = ", ".join(str(n) for n in range(1, BATCH + 1) if BATCH % n == 0)
        raise KGError(f"partition size {size} does not divide the link batch of {BATCH} documents "
                      f"(one of: {sizes})")


def load_parts(store: Store, folder: Path, summaries: Iterable[PartSummary]) -> IngestReport:
    """Load the parts of ``summaries`` (in partition order) into ``store`` (Oxigraph's bulk loader
    when their graphs are new to it, else each graph replaced whole), linking the events of every
    ``BATCH`` documents as they come in; the build's report."""
    install(store)
    report, pending = IngestReport(), []

    def link() -> None:
        link_documents(store, pending)
        pending.clear()

    for s in summaries:
        store.load_file(part_path(folder, s.key), format="nquads")
        add_codes(store, s.cameo)
        report.documents.extend(s.documents)
        report.graphs.extend(s.graphs)
        report.actors.update(s.actors)
        report.events.update(Counter(s.events))
        report.notes.extend(s.notes)
        pending.extend(s.documents)
        if len(pending) >= BATCH:
            link()
    if pending:
        link()
    if len(report.documents) >= OPTIMIZE_AFTER:
        store.optimize()
    return report
