"""The query engines behind ``kg serve``: Oxigraph's own SPARQL server (the ``oxigraph`` program of the
PyPI package), run as worker processes on loopback ports only the front end knows.

Read-only, each worker answers one request at a time, so a query that outlives its timeout is
stopped by killing its worker (Oxigraph's own cancellation is not checked often enough to stop a
cross product in time) and the pool starts a fresh one: the memory goes back to the system, and
the other queries are not touched. The workers of a pool all serve one snapshot (a generation);
a newer snapshot gets a new generation, and the older one's workers stop once they are idle.
"""
from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import shutil
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import aiohttp

from kg.errors import StoreError

READY_WAIT = 20.0  # seconds for a worker to open its store and listen


def oxigraph_program() -> str:
    """The ``oxigraph`` server program (the PyPI package ``oxigraph``, beside this Python or on PATH)."""
    beside = Path(sys.executable).parent / "oxigraph"
    exe = str(beside) if beside.exists() else shutil.which("oxigraph")
    if exe is None:
        raise StoreError("the oxigraph server program is missing (pip install 'oxigraph>=0.5,<0.6')")
    return exe


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the worker, before exec: get SIGTERM when kg serve dies, even by ``kill -9``."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Worker:
    """One ``oxigraph serve`` process on a loopback port."""

    def __init__(self, location: str | None, read_only: bool, timeout: float, generation: int) -> None:
        self.location, self.read_only, self.timeout = location, read_only, timeout
        self.generation = generation
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: asyncio.subprocess.Process | None = None
        self._drain: asyncio.Task | None = None

    async def start(self, session: aiohttp.ClientSession, verbose: bool = False) -> None:
        args = [oxigraph_program(), "serve-read-only" if self.read_only else "serve"]
        if self.location is not None:
            args += ["--location", self.location]
        args += ["--bind", f"127.0.0.1:{self.port}", "--union-default-graph",
                 "--timeout-s", str(max(1, int(self.timeout + 0.999)))]
        self.proc = await asyncio.create_subprocess_exec(
            *args, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=None if verbose else asyncio.subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + READY_WAIT
        while loop.time() < deadline:
            if self.proc.returncode is not None:
                err = (await self.proc.stderr.read()).decode("utf-8", "replace") if self.proc.stderr else ""
                raise StoreError(f"the query engine did not start: {_first_line(err)}")
            with contextlib.suppress(aiohttp.ClientError, OSError, asyncio.TimeoutError):
                async with session.get(f"{self.url}/query", params={"query": "ASK {}"},
                                       timeout=aiohttp.ClientTimeout(total=2)) as resp:
                    if resp.status == 200:
                        if self.proc.stderr is not None:  # keep reading, so its messages never block it
                            self._drain = asyncio.create_task(_discard(self.proc.stderr))
                        return
            await asyncio.sleep(0.02)
        await self.stop()
        raise StoreError(f"the query engine did not answer within {READY_WAIT:.0f} s")

    async def stop(self) -> None:
        """Kill the process (queries are reads; a read-write worker's updates are transactions)."""
        if self.proc is not None and self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
            await self.proc.wait()

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.returncode is None


async def _discard(stream: asyncio.StreamReader) -> None:
    while await stream.read(65536):
        pass


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no message"


class Pool:
    """Workers for one snapshot at a time. Read-only workers take one request each; a read-write
    pool is one worker (the store's one writer) that takes every request."""

    def __init__(self, size: int, timeout: float, read_only: bool, verbose: bool = False) -> None:
        self.size = size if read_only else 1
        self.timeout, self.read_only, self.verbose = timeout, read_only, verbose
        self.generation = 0
        self.location: str | None = None
        self._idle: asyncio.Queue[Worker] = asyncio.Queue()
        self._all: set[Worker] = set()
        self._retired: dict[int, Callable[[], None]] = {}
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0),
                                             auto_decompress=False)

    async def serve(self, location: str | None, on_retired: Callable[[], None] | None = None) -> None:
        """Start a generation of workers on ``location``; the previous one stops as its workers go idle
        (then ``on_retired`` of that generation runs, e.g. to delete its snapshot)."""
        generation = self.generation + 1
        fresh = [Worker(location, self.read_only, self.timeout, generation) for _ in range(self.size)]
        try:
            await asyncio.gather(*(w.start(self.session, self.verbose) for w in fresh))
        except BaseException:
            await asyncio.gather(*(w.stop() for w in fresh))
            raise
        old = self.generation
        self.generation, self.location = generation, location
        if on_retired is not None:
            self._retired[generation] = on_retired
        self._all.update(fresh)
        stale = []
        while not self._idle.empty():
            stale.append(self._idle.get_nowait())
        for w in fresh:
            self._idle.put_nowait(w)
        for w in stale:
            await self._drop(w)
        self._check_retired(old)

    async def acquire(self) -> Worker:
        if not self.read_only:
            worker = await self._idle.get()  # the one writer, shared: put straight back
            self._idle.put_nowait(worker)
            return worker
        return await self._idle.get()

    async def release(self, worker: Worker) -> None:
        if not self.read_only:
            return
        if worker.generation == self.generation and worker.alive:
            self._idle.put_nowait(worker)
        else:
            await self._drop(worker)
            if worker.generation == self.generation:
                await self._replace(worker)

    async def kill(self, worker: Worker) -> None:
        """Stop a worker whose query ran out of time (or that died), and start another in its place."""
        if not self.read_only:
            return  # the writer keeps running; Oxigraph's own timeout cancels the query
        await self._drop(worker)
        if worker.generation == self.generation:
            await self._replace(worker)

    async def _replace(self, worker: Worker) -> None:
        fresh = Worker(self.location, True, self.timeout, worker.generation)
        try:
            await fresh.start(self.session, self.verbose)
        except StoreError as exc:
            print(f"kg serve: {exc}", file=sys.stderr)
            return
        self._all.add(fresh)
        await self.release(fresh)

    async def _drop(self, worker: Worker) -> None:
        await worker.stop()
        self._all.discard(worker)
        self._check_retired(worker.generation)

    def _check_retired(self, generation: int) -> None:
        if generation != self.generation and not any(w.generation == generation for w in self._all):
            done = self._retired.pop(generation, None)
            if done is not None:
                done()

    async def close(self) -> None:
        await asyncio.gather(*(w.stop() for w in list(self._all)))
        self._all.clear()
        for done in self._retired.values():
            done()
        self._retired.clear()
        await self.session.close()


def default_workers() -> int:
    """One read-only worker per core, at least two."""
    return max(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2)
