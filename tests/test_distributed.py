"""``kg build --engine dask`` (issue 14): on a real Dask ``LocalCluster`` of two worker processes,
200+ documents (the openly licensed gold texts and JSON Lines records of their paragraphs) give a
store whose sorted N-Quads export equals the local build's; a re-run rewrites only a missing part
file; an unknown engine or an unreachable scheduler is one line on stderr and exit 1."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from kg.store import Store

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold"
PARAGRAPHS = 100  # JSON Lines records added to the gold texts


def paragraphs_jsonl(path: Path) -> Path:
    """The first paragraphs of 20 words or more of the gold texts, one record each."""
    with path.open("w", encoding="utf-8") as fh:
        n = 0
        for txt in sorted(GOLD.glob("*/*.txt")):
            for para in re.split(r"\n\s*\n", txt.read_text(encoding="utf-8"))[1:]:
                if len(para.split()) >= 20:
                    fh.write(json.dumps({"id": f"para-{txt.stem}", "text": para.strip(),
                                         "published": "2024-01-15"}) + "\n")
                    n += 1
                    break
            if n >= PARAGRAPHS:
                break
    return path


def sorted_nquads(location: Path) -> list[str]:
    with Store.open(location, read_only=True) as store:
        buf = io.BytesIO()
        store.dump(buf, "nquads")
    return sorted(buf.getvalue().decode("utf-8").splitlines())


def documents_built(stdout: str) -> int:
    return int(re.search(r"^documents: (\d+)", stdout, re.M).group(1))


def test_engine_build_equals_local_build_and_reruns_only_missing_parts(tmp_path, kg_run):
    inputs = [str(GOLD), str(paragraphs_jsonl(tmp_path / "paragraphs.jsonl"))]
    local = kg_run("build", *inputs, "--store", str(tmp_path / "local"), "--out", str(tmp_path / "o1"))
    assert local.returncode == 0, local.stderr
    engine = kg_run("build", *inputs, "--engine", "dask", "--workers", "2", "--partition-size", "25",
                    "--store", str(tmp_path / "engine"), "--out", str(tmp_path / "o2"))
    assert engine.returncode == 0, engine.stderr
    assert documents_built(engine.stdout) == documents_built(local.stdout) >= 200
    expected = sorted_nquads(tmp_path / "local")
    assert any("realWorldEvent" in line for line in expected)  # the cross-document links are compared too
    assert sorted_nquads(tmp_path / "engine") == expected
    assert (tmp_path / "o2" / "graph.ttl").read_bytes() == (tmp_path / "o1" / "graph.ttl").read_bytes()

    parts = sorted((tmp_path / "o2" / "graph.parts").glob("part-*.nq"))
    assert len(parts) == -(-documents_built(local.stdout) // 25)
    lost, kept = parts[3], parts[:3] + parts[4:]
    stamps = {p: p.stat().st_mtime_ns for p in kept}
    lost.unlink()  # as if its partition had failed: the store is filled only once every part is written
    again = kg_run("build", *inputs, "--engine", "dask", "--workers", "2", "--partition-size", "25",
                   "--store", str(tmp_path / "resumed"), "--out", str(tmp_path / "o2"))
    assert again.returncode == 0, again.stderr
    assert lost.is_file()
    assert {p: p.stat().st_mtime_ns for p in kept} == stamps  # the complete parts were not written again
    assert sorted_nquads(tmp_path / "resumed") == expected


@pytest.mark.parametrize("args, message", [
    (["--engine", "spark"], "kg: error: unknown engine 'spark'"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"], "kg: error: cannot reach the Dask scheduler"),
    (["--engine", "dask", "--scheduler", "no such host::"], "kg: error: cannot reach the Dask scheduler"),
    (["--engine", "dask", "--partition-size", "30"], "kg: error: partition size 30 does not divide"),
])
def test_bad_engine_or_scheduler_is_one_line_and_exit_1(tmp_path, kg_run, args, message):
    out = kg_run("build", str(GOLD / "b1"), *args, "--store", str(tmp_path / "s"),
                 "--out", str(tmp_path / "o"), env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert out.returncode == 1
    assert out.stderr.startswith(message) and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert not (tmp_path / "s").exists() and not (tmp_path / "o").exists()
