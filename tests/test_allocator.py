"""The kg commands that bulk-load restart themselves under mimalloc when it is installed, and only
they: the others start once (a restart costs a second interpreter start)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = ("import os; from kg import allocator; allocator.reexec(); "
         "print(os.environ.get('LD_PRELOAD', '-'), allocator.in_use(), os.getpid())")


def _probe(**env: str) -> list[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "KG_MALLOC")}
    proc = subprocess.Popen([sys.executable, "-c", PROBE], env={**base, **env}, stdout=subprocess.PIPE,
                            text=True)
    out = proc.communicate(timeout=60)[0].split()
    assert proc.returncode == 0 and out[2] == str(proc.pid)  # restarted in place: same process
    return out


def test_the_command_runs_under_mimalloc_and_gives_back_the_environment(mimalloc):
    preload, in_use, _ = _probe()
    assert in_use == "mimalloc"
    assert preload == "-"  # programs kg starts do not inherit the preload


def test_a_users_own_preload_is_kept_beside_it(mimalloc):
    other = subprocess.run(["sh", "-c", "ldconfig -p | grep -o '/[^ ]*libz.so.1$' | head -1"],
                           capture_output=True, text=True).stdout.strip()
    if not other:
        pytest.skip("no libz.so.1 to preload")
    preload, in_use, _ = _probe(LD_PRELOAD=other)
    assert in_use == "mimalloc" and preload == other


def test_kg_malloc_system_keeps_the_c_librarys_allocator():
    preload, in_use, _ = _probe(KG_MALLOC="system")
    assert in_use == "system" and preload == "-"


def test_kg_version_names_the_allocator(mimalloc):
    out = subprocess.run([sys.executable, "-m", "kg.cli", "--version"], capture_output=True, text=True,
                         check=True).stdout
    assert out.startswith("kg ") and "memory allocator: system; kg build and load: mimalloc" in out


COMMAND_PROBE = ("import os, sys; from kg import allocator; allocator.for_command(sys.argv[1:]); "
                 "print(allocator.in_use(), os.getpid())")


@pytest.mark.parametrize(("args", "expected"), [
    (["load", "x.nq"], "mimalloc"), (["--store", "/tmp/s", "build", "news/"], "mimalloc"),
    (["query", "who-met-whom"], "system"), (["--store", "load", "stats"], "system"),
    (["--version"], "system"),
])
def test_only_bulk_loads_restart_under_mimalloc(mimalloc, args, expected):
    base = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "KG_MALLOC")}
    proc = subprocess.Popen([sys.executable, "-c", COMMAND_PROBE, *args], env=base, stdout=subprocess.PIPE,
                            text=True)
    in_use, pid = proc.communicate(timeout=60)[0].split()
    assert proc.returncode == 0 and pid == str(proc.pid) and in_use == expected
