"""The Dask distributed side: connect to (or start) a cluster, load the spaCy model once per worker,
and have the workers write the part files of the partitions that lack one."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kg.distributed.partition import Partition
from kg.distributed.parts import PartSummary, read_summary, write_part
from kg.errors import KGError

if TYPE_CHECKING:
    from distributed import Client

    from kg.gazetteer import Gazetteer

ENGINES = ("dask",)


class EngineError(KGError):
    """The distributed engine cannot be used (not installed, unknown, scheduler unreachable)."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise EngineError("the dask engine needs Dask distributed: "
                          "pip install 'dipkg[distributed]'") from None
    return distributed


def check_engine(name: str) -> None:
    """An EngineError unless ``name`` is an engine kg runs on (and it is installed)."""
    if name not in ENGINES:
        raise EngineError(f"unknown engine {name!r} (known: {', '.join(ENGINES)})")
    _distributed()


def _plugin_class():
    from distributed import WorkerPlugin

    class SpacyModel(WorkerPlugin):
        """Load the spaCy pipeline and the gazetteer once, when the worker starts, and run them on one
        sentence (their lazy set-up done there too): every task on the worker reuses them."""

        name = "kg-spacy-model"

        def setup(self, worker) -> None:
            from kg.extract import extract
            from kg.model import Document

            extract(Document(id="warm-up", text="The foreign ministers met in Geneva on Monday."))

    return SpacyModel


@contextmanager
def connect(scheduler: str | None = None, workers: int = 2) -> Iterator[Client]:
    """A client of the cluster at ``scheduler`` (``tcp://host:8786``), or of a local cluster of
    ``workers`` single-threaded worker processes; every worker has the spaCy model loaded."""
    distributed = _distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler)  # waits distributed.comm.timeouts.connect (30 s)
        except (OSError, TimeoutError, ValueError) as exc:
            first = (str(exc) or type(exc).__name__).splitlines()[0]
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {first}") from None
        cluster = None
    else:
        # its log quiet: a failed partition is reported once, as kg's one line. The scheduler's HTTP
        # server starts even without a dashboard, on port 8787 unless told otherwise, and warns on
        # stderr when another cluster holds that port; ":0" lets the system pick a free one.
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=":0", silence_logs=logging.CRITICAL)
        client = distributed.Client(cluster)
    try:
        client.register_plugin(_plugin_class()())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def write_parts(client: Client, partitions: Iterable[Partition], folder: Path,
                gazetteer: Gazetteer | None = None,
                on_part: Callable[[PartSummary], None] | None = None) -> list[PartSummary]:
    """Each partition's part file in ``folder`` (a path the workers share with the client), those
    already complete skipped; their summaries in partition order. A partition that fails is tried
    once more, then an EngineError stops the build: the parts written stay, and a re-run writes
    only the rest."""
    from distributed import as_completed

    in_flight = 2 * max(1, sum(client.nthreads().values()))
    if gazetteer is not None:  # sent to every worker once, not with every partition
        gazetteer = client.scatter(gazetteer, broadcast=True, hash=False)
    done: dict[int, PartSummary] = {}
    index: dict[str, int] = {}
    pending = as_completed()

    def collect(future) -> None:
        try:
            summary = future.result()
        except Exception as exc:
            why = (str(exc) or type(exc).__name__).splitlines()[0]
            raise EngineError(f"partition {future.key} failed on the cluster: {why}") from None
        done[index[future.key]] = summary
        if on_part:
            on_part(summary)

    for i, part in enumerate(partitions):
        found = read_summary(folder, part.key)
        if found is not None:
            done[i] = found
            if on_part:
                on_part(found)
            continue
        index[f"kg-part-{part.key}"] = i
        pending.add(client.submit(write_part, part, str(folder), gazetteer, key=f"kg-part-{part.key}",
                                  retries=1))
        while pending.count() >= in_flight:
            collect(next(pending))
    for future in pending:
        collect(future)
    return [done[i] for i in sorted(done)]
