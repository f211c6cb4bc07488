"""Writing files whole or not at all."""
from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _new_file_mode(dest: Path) -> int:
    """The mode ``dest`` keeps if it exists, else what ``open()`` would give it (0666 less the umask);
    a temp file from ``mkstemp`` is 0600, which would make every output private to its owner."""
    try:
        return stat.S_IMODE(dest.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_output(dest: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``dest`` whole, or not at all (a temp file beside it, then rename)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        os.fchmod(fd, _new_file_mode(dest))
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, or not at all."""
    with atomic_output(Path(path)) as fh:
        fh.write(data)
