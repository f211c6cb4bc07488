"""A query run in a child process that can be killed: ``kg query``'s time limit and streamed rows.

The query engine cannot be interrupted from Python, and an abandoned cross product would hold a
core and its memory until the process ends. So the query runs in a child process that opens the
store itself (read-only) and sends the answer back in batches as the engine yields rows; past the
time limit the child is killed, and the system gets its memory back at once.
"""
from __future__ import annotations

import contextlib
import ctypes
import fcntl
import multiprocessing
import os
import signal
import struct
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KGError, QueryError, StoreError

BATCH_ROWS = 1000
BATCH_SECONDS = 0.2  # a slow query's first rows are shown without waiting for a full batch


@dataclass
class Answer:
    """What the query is (select, ask, graph), its variables or boolean; rows or triples follow."""

    kind: str
    vars: list[str] = field(default_factory=list)
    boolean: bool | None = None


def _send_batches(conn, items: Iterator[tuple]) -> None:
    batch: list[tuple] = []
    last = time.monotonic()
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH_ROWS or time.monotonic() - last > BATCH_SECONDS:
            conn.send(("rows", batch))
            batch, last = [], time.monotonic()
    if batch:
        conn.send(("rows", batch))


def _die_with_parent(parent: int) -> None:
    """Be killed when the parent dies (even by ``kill -9``): a query nobody waits for stops."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def _child(conn, theirs, parent: int, location: str, query: str, params: Mapping[str, object]) -> None:
    """In the child: open the store, run the query, send the answer piece by piece."""
    theirs.close()  # the parent's end: held here too, a pipe whose reader died would block, not break
    if sys.platform.startswith("linux"):
        _die_with_parent(parent)
    try:
        import pyoxigraph as ox

        from kg.formats import OX_PREFIXES
        from kg.query import prepare
        from kg.sparql.binding import bind_values
        from kg.store import EmbeddedStore, Store
        from kg.store.embedded import from_ox

        writer = writer_pid(location)
        if writer is not None:
            conn.send(("warn", f"process {writer} is writing {location}: the answer reads the store as "
                               "it was when opened, which pyoxigraph does not promise while a writer writes "
                               "(kg serve reads snapshots instead)"))
        store = Store.open(location, read_only=location != ":memory:")
        text, bound = prepare(store, query, params)
        if not isinstance(store, EmbeddedStore):
            result = store.query(text, bound)
            conn.send(("head", Answer(result.kind, result.vars, result.boolean)))
            _send_batches(conn, iter(result.rows) if result.kind != "graph" else iter(result.graph))
        else:
            try:
                answer = store.ox_query(bind_values(text, bound) if bound else text, prefixes=OX_PREFIXES,
                                        use_default_graph_as_union=True)
            except SyntaxError:
                store.query(text, bound)  # raises the QueryError that says where
                raise
            if isinstance(answer, ox.QueryBoolean):
                conn.send(("head", Answer("ask", boolean=bool(answer))))
            elif isinstance(answer, ox.QuerySolutions):
                names = [v.value for v in answer.variables]
                conn.send(("head", Answer("select", names)))
                _send_batches(conn, (tuple(from_ox(s[i]) for i in range(len(names))) for s in answer))
            else:
                conn.send(("head", Answer("graph")))
                _send_batches(conn, ((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
                                     for t in answer))
        conn.send(("end", None))
    except KGError as exc:
        conn.send(("error", (type(exc).__name__, str(exc))))
    except (OSError, SyntaxError, ValueError) as exc:
        conn.send(("error", ("StoreError", f"query failed: {str(exc).splitlines()[0]}")))
    finally:
        conn.close()


def writer_pid(location: str) -> int | None:
    """The process holding an embedded store's writer lock (RocksDB's ``LOCK``, a POSIX record
    lock), if another one does; looked at without taking it."""
    lock = Path(location) / "LOCK"
    if not sys.platform.startswith("linux") or not lock.is_file():
        return None
    try:
        with open(lock, "rb") as fh:
            probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
            kind, _, _, _, pid = struct.unpack("hhqqi", fcntl.fcntl(fh.fileno(), fcntl.F_GETLK, probe))
    except OSError:
        return None
    return pid if kind != fcntl.F_UNLCK else None


class TimedQuery:
    """A query running in a child process; :attr:`answer` first, then :meth:`rows`. Use it as a
    context manager: leaving it stops the child whatever it is doing."""

    def __init__(self, location: str, query: str, params: Mapping[str, object] | None = None,
                 timeout: float | None = 60.0) -> None:
        ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.timeout = timeout
        self._deadline = None if not timeout else time.monotonic() + timeout
        self._conn, child_conn = ctx.Pipe(duplex=False)
        args = (child_conn, self._conn, os.getpid(), location, query, dict(params or {}))
        self._proc = ctx.Process(target=_child, args=args, daemon=True)
        self._proc.start()
        child_conn.close()
        try:
            self.answer: Answer = self._receive("head")
        except BaseException:
            self.stop()
            raise

    def _receive(self, expected: str) -> object:
        wait = None if self._deadline is None else max(0.0, self._deadline - time.monotonic())
        if not self._conn.poll(wait):
            self.stop()
            raise QueryError(f"query stopped after {self.timeout:g} s (kg query --timeout SECONDS)")
        try:
            kind, value = self._conn.recv()
        except (EOFError, OSError):
            self._proc.join(1)
            raise StoreError(f"the query process ended without an answer (exit code {self._proc.exitcode})"
                             ) from None
        if kind == "warn":
            print(f"kg: warning: {value}", file=sys.stderr, flush=True)
            return self._receive(expected)
        if kind == "error":
            cls = QueryError if value[0] == "QueryError" else StoreError
            raise cls(value[1])
        if kind != expected and not (expected == "rows" and kind == "end"):
            raise StoreError(f"the query process sent {kind!r} instead of {expected!r}")
        return None if kind == "end" else value

    def rows(self) -> Iterator[tuple]:
        """The rows (or triples) as the engine yields them."""
        while (batch := self._receive("rows")) is not None:
            yield from batch

    def stop(self) -> None:
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join()
        self._conn.close()

    def __enter__(self) -> TimedQuery:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
