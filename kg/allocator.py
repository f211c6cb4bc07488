"""The memory allocator of kg's own processes.

Oxigraph (through pyoxigraph) allocates through the C library. Its bulk loader sorts millions of
small keys per batch and its query engine builds hash tables of small tuples; under glibc's malloc
a fifth of that time goes to the allocator (``perf``, 100k events). Under mimalloc the same load is
about 20 % faster (``benchmarks/store.py`` measures both in one run). A library cannot swap the
allocator of a running process, so the ``kg`` commands that bulk-load (:data:`BULK_COMMANDS`) start
themselves again with mimalloc preloaded when the library is installed (Debian: ``libmimalloc2.0``);
the restart costs a second interpreter start (about 0.1 s, ``benchmarks/allocator.py``), which
only a bulk load earns back, so the other commands keep the C library's allocator.
``KG_MALLOC=system`` keeps the C library's allocator for all. Scripts using the Python API get
mimalloc by starting Python with ``LD_PRELOAD`` set to :func:`library`'s path.
"""
from __future__ import annotations

import os
import sys
import sysconfig
from collections.abc import Mapping
from pathlib import Path

LIBRARY = "libmimalloc.so.2"
#: the kg verbs worth a restart under mimalloc: they bulk-load (Oxigraph's loader sorts millions of keys)
BULK_COMMANDS = frozenset({"build", "load"})
_MARK = "KG_MALLOC_PRELOADED"  # set across the exec: the LD_PRELOAD to give back to child processes


def library() -> str | None:
    """The path of mimalloc's shared library, if it is installed where the loader looks."""
    if not sys.platform.startswith("linux"):
        return None
    arch = sysconfig.get_config_var("MULTIARCH") or ""
    for folder in (f"/usr/lib/{arch}", f"/lib/{arch}", "/usr/lib64", "/usr/lib", "/usr/local/lib"):
        path = Path(folder, LIBRARY)
        if path.is_file():
            return str(path)
    return None


def _wanted(env: Mapping[str, str]) -> str | None:
    """mimalloc's path when it is installed and ``env`` does not ask for the system allocator."""
    return library() if env.get("KG_MALLOC", "mimalloc") != "system" else None


def preload_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: this process's) with mimalloc preloaded, when it is installed and wanted."""
    env = dict(os.environ if env is None else env)
    lib = _wanted(env)
    if lib and lib not in env.get("LD_PRELOAD", ""):
        env["LD_PRELOAD"] = " ".join(filter(None, [lib, env.get("LD_PRELOAD", "")]))
    return env


def for_bulk_loads() -> str:
    """The allocator :data:`BULK_COMMANDS` run under: ``mimalloc`` when installed and wanted."""
    return "mimalloc" if _wanted(os.environ) else "system"


def in_use() -> str:
    """``mimalloc`` when this process has it loaded, else ``system``."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "system"
    return "mimalloc" if "mimalloc" in maps else "system"


def command_of(args: list[str]) -> str | None:
    """The verb of a ``kg`` command line (``kg --store X load f.nq`` -> ``load``)."""
    it = iter(args)
    for arg in it:
        if arg == "--store":
            next(it, None)
        elif not arg.startswith("-"):
            return arg
    return None


def for_command(args: list[str]) -> None:
    """Restart under mimalloc if the command bulk-loads (see :func:`reexec`); other commands start
    as they are."""
    if command_of(args) in BULK_COMMANDS or _MARK in os.environ:
        reexec()


def reexec() -> None:
    """Start this command again under mimalloc (same process id, same arguments), if it is
    installed, wanted and not loaded yet. In the restarted process, put ``LD_PRELOAD`` back as the
    user had it, so the programs kg runs are not affected."""
    if _MARK in os.environ:
        previous = os.environ.pop(_MARK)
        if previous:
            os.environ["LD_PRELOAD"] = previous
        else:
            os.environ.pop("LD_PRELOAD", None)
        return
    env = preload_env()
    if env.get("LD_PRELOAD") == os.environ.get("LD_PRELOAD") or in_use() == "mimalloc":
        return
    env[_MARK] = os.environ.get("LD_PRELOAD", "")
    try:
        os.execve(sys.executable, sys.orig_argv, env)
    except OSError:
        return  # could not restart: go on with the allocator we have
