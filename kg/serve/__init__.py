"""``kg serve``: the store as a SPARQL 1.1 Protocol endpoint fit to share.

Oxigraph's own server runs the queries (:mod:`kg.serve.workers`); an aiohttp front end
(:mod:`kg.serve.front`) checks each request and keeps each query's time limit. Read-only by
default, the workers read a snapshot of the store (:mod:`kg.serve.snapshot`), never the store a
writer may be writing, and a newer snapshot replaces it within ``refresh`` seconds of a writer
finishing. With ``allow_update`` one worker opens the store itself as its one writer.
"""
from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web

from kg.errors import StoreError
from kg.serve.front import LOOPBACK, Settings, make_app
from kg.serve.snapshot import Snapshots
from kg.serve.workers import Pool, default_workers

DEFAULT_TIMEOUT = 30.0
DEFAULT_REFRESH = 2.0
BACKLOG = 1024


@dataclass
class ServeConfig:
    """How ``kg serve`` runs (the command's options)."""

    location: str
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    timeout: float = DEFAULT_TIMEOUT
    refresh: float = DEFAULT_REFRESH
    workers: int = field(default_factory=default_workers)
    cors: bool = True
    allow_hosts: tuple[str, ...] = ()
    verbose: bool = False

    def hosts(self) -> set[str]:
        return set(LOOPBACK) | {self.host} | set(self.allow_hosts)


def serve(config: ServeConfig, announce: Callable[[str, str], None]) -> None:
    """Run the endpoint until SIGINT or SIGTERM. ``announce(url, mode)`` is called once it listens."""
    if config.location.startswith(("http://", "https://")):
        raise StoreError("kg serve serves an embedded store (a folder), not a remote endpoint")
    if config.timeout <= 0:
        raise StoreError("the query time limit must be more than 0 seconds")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(config, announce))


async def _main(config: ServeConfig, announce: Callable[[str, str], None]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    pool = Pool(config.workers, config.timeout, read_only=not config.allow_update, verbose=config.verbose)
    snapshots: Snapshots | None = None
    watcher: asyncio.Task | None = None
    runner: web.AppRunner | None = None
    try:
        if config.allow_update:
            await pool.serve(None if config.location == ":memory:" else config.location)
            mode = "read-write: the store's one writer"
        else:
            if config.location == ":memory:":
                raise StoreError("a read-only endpoint needs a store folder (or use --allow-update)")
            snapshots = Snapshots(config.location)
            try:
                first = await _first_snapshot(snapshots, stop)
            except StoreError as exc:  # e.g. a store on a read-only disk: no writer can be there either
                print(f"kg serve: {exc}; serving the store itself", file=sys.stderr, flush=True)
                first, config.refresh = config.location, 0
            if first is None:
                return
            if first != config.location:
                await pool.serve(first, lambda: snapshots.remove(first))
            else:
                await pool.serve(first)
            if config.refresh > 0:
                mode = f"read-only; new data shows within {config.refresh:g} s of a writer finishing"
                watcher = asyncio.create_task(_watch(snapshots, pool, config.refresh))
            else:
                mode = "read-only; the data as it was at start (restart to see new data)"
        settings = Settings(pool, config.hosts(), config.cors, config.timeout, config.allow_update)
        log = web.access_logger if config.verbose else None
        runner = web.AppRunner(make_app(settings), access_log=log, handler_cancellation=False)
        await runner.setup()
        site = web.TCPSite(runner, config.host, config.port, backlog=BACKLOG)
        try:
            await site.start()
        except OSError as exc:
            raise StoreError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}") from None
        host, port = runner.addresses[0][:2]
        shown = f"[{host}]" if ":" in host else host
        announce(f"http://{shown}:{port}/sparql", mode)
        await stop.wait()
    finally:
        if watcher is not None:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
        if runner is not None:
            await runner.cleanup()
        await pool.close()
        if snapshots is not None:
            snapshots.close()


async def _first_snapshot(snapshots: Snapshots, stop: asyncio.Event) -> str | None:
    """A snapshot to serve; while a writer holds the store, wait for it (and say so)."""
    told = False
    while not stop.is_set():
        snap = await asyncio.to_thread(snapshots.take)
        if snap is not None:
            return snap
        if not told:
            print(f"kg serve: {snapshots.store} is being written by another process; "
                  "waiting for it to finish", file=sys.stderr, flush=True)
            told = True
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), 1.0)
    return None


async def _watch(snapshots: Snapshots, pool: Pool, every: float) -> None:
    """Take a newer snapshot when the store changed and no writer holds it; serve it."""
    while True:
        await asyncio.sleep(every)
        if not snapshots.changed():
            continue
        try:
            snap = await asyncio.to_thread(snapshots.take)
            if snap is not None:
                await pool.serve(snap, lambda s=snap: snapshots.remove(s))
        except StoreError as exc:
            print(f"kg serve: {exc}; still serving the previous snapshot", file=sys.stderr, flush=True)
