"""``kg build --engine dask`` (issue 14): on a real Dask ``LocalCluster`` of two worker processes,
200+ documents (the openly licensed gold texts, and JSON Lines and Parquet records of their
paragraphs) give a store whose sorted N-Quads export equals the local build's; a re-run rewrites
only a missing part file; each worker loads the model once; the parts load into a SPARQL server
(``kg serve``) too; an unknown engine, an unreachable scheduler or a partition that fails is one
line on stderr and exit 1."""
from __future__ import annotations

import io
import json
import re
import socket
from datetime import date
from pathlib import Path

import pytest

from kg.distributed.inputs import read_sources
from kg.documents import Skipped
from kg.store import Store

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold"
PARAGRAPHS = 100  # JSON Lines records added to the gold texts


def paragraphs() -> list[dict]:
    """Records of the first paragraph of 20 words or more of each gold text."""
    out = []
    for txt in sorted(GOLD.glob("*/*.txt")):
        para = next((p for p in re.split(r"\n\s*\n", txt.read_text(encoding="utf-8"))[1:]
                     if len(p.split()) >= 20), None)
        if para:
            out.append({"id": f"para-{txt.stem}", "text": para.strip(), "title": None,
                        "published": date(2024, 1, 15), "url": f"https://example.org/{txt.stem}"})
    return out[:PARAGRAPHS]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            plain = {k: v.isoformat() if isinstance(v, date) else v for k, v in r.items()}
            fh.write(json.dumps(plain) + "\n")
    return path


def write_parquet(path: Path, records: list[dict]) -> Path:
    pa = pytest.importorskip("pyarrow")
    from pyarrow import parquet

    parquet.write_table(pa.Table.from_pylist(records), path)
    return path


def test_parquet_rows_read_as_the_json_lines_records_of_the_same_fields(tmp_path):
    records = paragraphs()[:5] + [{"id": "no-text", "text": None}]
    from_jsonl = list(read_sources([write_jsonl(tmp_path / "a.jsonl", records)]))
    from_parquet = list(read_sources([write_parquet(tmp_path / "a.parquet", records)]))
    assert [isinstance(d, Skipped) for d in from_parquet] == [False] * 5 + [True]
    fields = [(d.id, d.text, d.title, d.published, d.url) for d in from_parquet[:5]]
    assert fields == [(d.id, d.text, d.title, d.published, d.url) for d in from_jsonl[:5]]
    assert fields[0][3] == date(2024, 1, 15) and fields[0][4].startswith("https://example.org/")


def sorted_nquads(location: Path) -> list[str]:
    with Store.open(location, read_only=True) as store:
        buf = io.BytesIO()
        store.dump(buf, "nquads")
    return sorted(buf.getvalue().decode("utf-8").splitlines())


def documents_built(stdout: str) -> int:
    return int(re.search(r"^documents: (\d+)", stdout, re.M).group(1))


def test_engine_build_equals_local_build_and_reruns_only_missing_parts(tmp_path, kg_run):
    records = paragraphs()
    inputs = [str(GOLD), str(write_jsonl(tmp_path / "paragraphs.jsonl", records[::2])),
              str(write_parquet(tmp_path / "paragraphs.parquet", records[1::2]))]
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


def _model_loads() -> int:
    from kg.nlp import load_model

    return load_model.cache_info().misses


def test_each_worker_loads_the_model_once_and_complete_parts_are_skipped(tmp_path):
    from kg.distributed.engine import connect, write_parts
    from kg.distributed.partition import partitions

    docs = [d for d in read_sources([GOLD / "b1"]) if not isinstance(d, Skipped)]
    with connect(None, 2) as client:
        first = write_parts(client, partitions(docs, 2), tmp_path)
        again = write_parts(client, partitions(docs, 2), tmp_path)
        loads = client.run(_model_loads)
    assert len(loads) == 2 and set(loads.values()) == {1}  # per worker process, however many partitions
    assert [s.documents for s in first] == [[d.id for d in docs[i:i + 2]] for i in range(0, len(docs), 2)]
    assert not any(s.skipped for s in first) and all(s.skipped for s in again)
    assert [s.key for s in again] == [s.key for s in first]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"part-{s.key}{ext}" for s in first for ext in (".json", ".nq"))


def test_a_failing_partition_is_one_line_and_exit_1_with_the_store_untouched(tmp_path, kg_run):
    (tmp_path / "file").write_text("not a folder")
    out = kg_run("build", str(GOLD / "b1"), "--engine", "dask", "--workers", "1",
                 "--parts", str(tmp_path / "file" / "parts"), "--store", str(tmp_path / "s"),
                 "--out", str(tmp_path / "o"))
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert re.fullmatch(r"kg: error: partition kg-part-\w+ failed on the cluster: .*Not a directory.*\n",
                        out.stderr), out.stderr
    assert not (tmp_path / "s").exists()


def document_quads(lines: list[str]) -> list[str]:
    """The quads of the documents' own graphs (the vocabulary's home differs between stores)."""
    return [q for q in lines if re.search(r" <https://w3id\.org/dipkg/graph/[^>]+> \.$", q)
            and not q.endswith("<https://w3id.org/dipkg/graph/identity> .")]


def test_engine_parts_load_into_a_sparql_server(tmp_path, kg_run, kg_serve_rw):
    local = kg_run("build", str(GOLD / "b1"), "--store", str(tmp_path / "local"),
                   "--out", str(tmp_path / "o1"))
    assert local.returncode == 0, local.stderr
    engine = kg_run("build", str(GOLD / "b1"), "--engine", "dask", "--workers", "2", "--partition-size", "5",
                    "--store", kg_serve_rw, "--out", str(tmp_path / "o2"))
    assert engine.returncode == 0, engine.stderr
    assert documents_built(engine.stdout) == documents_built(local.stdout) == 9
    with Store.open(kg_serve_rw) as store:
        buf = io.BytesIO()
        store.dump(buf, "nquads")
    served = document_quads(sorted(buf.getvalue().decode("utf-8").splitlines()))
    assert len(served) > 1000
    assert served == document_quads(sorted_nquads(tmp_path / "local"))


def test_a_failing_partition_is_one_line_while_another_cluster_holds_port_8787(tmp_path, kg_run):
    held = socket.socket()
    held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        held.bind(("0.0.0.0", 8787))
        held.listen()
    except OSError:
        pass  # something else holds it already: the case this test is about
    try:
        (tmp_path / "file").write_text("not a folder")
        out = kg_run("build", str(GOLD / "b1"), "--engine", "dask", "--workers", "1",
                     "--parts", str(tmp_path / "file" / "parts"), "--store", str(tmp_path / "s"),
                     "--out", str(tmp_path / "o"))
    finally:
        held.close()
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
