"""Files written whole: the content appears at once, with the mode a plain open() would give."""
from __future__ import annotations

import os
import stat

import pytest

from kg.files import atomic_output, atomic_write


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umask_mode_not_mkstemps_0600(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a.ttl", b"x")
        assert mode(tmp_path / "a.ttl") == 0o644
        os.umask(0o027)
        atomic_write(tmp_path / "b.ttl", b"x")
        assert mode(tmp_path / "b.ttl") == 0o640
    finally:
        os.umask(old)


def test_an_existing_file_keeps_its_mode(tmp_path):
    path = tmp_path / "graph.html"
    path.write_bytes(b"old")
    path.chmod(0o600)
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new" and mode(path) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    path = tmp_path / "out.nq"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(path) as fh:
        fh.write(b"half")
        raise RuntimeError("crash while writing")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nq"]
