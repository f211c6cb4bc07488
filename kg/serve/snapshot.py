"""Snapshots of an embedded store for ``kg serve`` to read while ``kg build`` or ``kg load`` writes.

pyoxigraph and Oxigraph's server both say that opening a store read-only while another process
writes it is undefined behaviour, and version 0.5 has no secondary (follower) mode. So the server
never reads the store a writer may be writing: it takes the store's lock for an instant, when no
writer holds it, makes a checkpoint (Oxigraph's ``backup``: hard links to the store's immutable
files, so cheap on the same file system) and serves that. A checkpoint nobody writes is safe to
read. When the store's files change and the writer is gone, a newer checkpoint replaces it.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError


def _lock_held(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("no locks" in text or "temporarily unavailable" in text or "lock hold" in text)


def signature(store: Path) -> tuple:
    """What changes when a writer commits: the store's files with their sizes and times (not its log)."""
    out = []
    with contextlib.suppress(OSError):
        for p in store.iterdir():
            if p.name == "LOCK" or p.name.startswith("LOG"):
                continue
            with contextlib.suppress(OSError):
                st = p.stat()
                out.append((p.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


class Snapshots:
    """Checkpoints of one store, each in its own folder beside it (same file system: hard links)."""

    def __init__(self, store: str | Path) -> None:
        self.store = Path(store)
        if not (self.store / "CURRENT").is_file():
            raise StoreError(f"no store at {self.store} (build one with: kg build)")
        self.seen: tuple = ()
        self._folders: set[Path] = set()
        self._remove_orphans()

    def _remove_orphans(self) -> None:
        """Delete the snapshots of servers that died without cleaning up (``kill -9``)."""
        if not Path("/proc/self").exists():  # no way to tell a live server here
            return
        for folder in self.store.parent.glob(f".{self.store.name}.serve-*-*"):
            pid = folder.name.rsplit(".serve-", 1)[1].split("-", 1)[0]
            if pid.isdigit() and not Path(f"/proc/{pid}").exists() and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)

    def changed(self) -> bool:
        """Whether a writer committed since the last snapshot."""
        return signature(self.store) != self.seen

    def take(self) -> str | None:
        """A new checkpoint's folder, or None while a writer holds the store."""
        try:
            db = ox.Store(str(self.store))
        except OSError as exc:
            if _lock_held(exc):
                return None
            raise StoreError(f"cannot read store {self.store}: {str(exc).splitlines()[0]}") from None
        folder = self._new_folder()
        try:
            db.backup(str(folder / "store"))
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise StoreError(f"cannot snapshot store {self.store}: {str(exc).splitlines()[0]}") from None
        finally:
            del db  # closes it: the lock goes back to writers
        self._folders.add(folder)
        self.seen = signature(self.store)
        return str(folder / "store")

    def _new_folder(self) -> Path:
        for parent in (self.store.parent, None):  # beside the store (hard links), else the temp folder
            with contextlib.suppress(OSError):
                return Path(tempfile.mkdtemp(prefix=f".{self.store.name}.serve-{os.getpid()}-", dir=parent))
        raise StoreError(f"cannot make a snapshot folder beside {self.store}")

    def remove(self, snapshot: str) -> None:
        folder = Path(snapshot).parent
        self._folders.discard(folder)
        shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        for folder in list(self._folders):
            shutil.rmtree(folder, ignore_errors=True)
        self._folders.clear()
