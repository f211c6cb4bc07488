"""``kg build`` on real folders of mixed inputs (issue 12, defects 1 and 2): bad inputs skipped and
named, the good ones built, ids that do not collide, a summary counted in the store, ``--strict``,
unreadable folders named, a progress bar on a terminal; and the HTML warnings of ``kg extract``."""
from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.documents import Skipped, read_batch
from kg.identity.index import INDEX_GRAPH
from kg.identity.store import IDENTITY_GRAPH
from kg.model import Document
from kg.store import Store
from kg.vocabulary import is_vocabulary
from tests.test_documents import FRENCH

ROOT = Path(__file__).resolve().parent.parent
GOOD = {
    "geneva.txt": "Talks in Geneva\nThe foreign ministers of Armenia and Azerbaijan met in Geneva.\n",
    "kharkiv.txt": "Strike on Kharkiv\nRussia launched a missile strike on Kharkiv on Tuesday.\n",
    "report \u00e9.txt": "Sanctions\nThe European Union imposed new sanctions on Iran on Wednesday.\n",
    "report \u00fc.txt": "Call\nPresident Macron spoke by phone with President Zelensky on Thursday.\n",
    "Report.txt": "Visit\nChancellor Merz visited Warsaw on Friday and met Prime Minister Tusk.\n",
}
URL = "https://example.org/world/2025/08/19/" + "a-long-headline-slug-" * 4


def mixed_folder(root: Path) -> Path:
    folder = root / "news"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "french.txt").write_text(FRENCH)
    (folder / "feed.jsonl").write_text(
        json.dumps({"url": URL + "one", "text": "Lavrov met Wang Yi in Moscow on Monday.",
                    "published": "Tue, 19 Aug 2025 10:00:00 GMT"}) + "\n{oops\n"
        + json.dumps({"url": URL + "two", "text": "Putin met Xi in Beijing on Monday.",
                      "published": "2025-08-19T10:00:00Z"}) + "\n")
    return folder


def graphs_in(store: Path) -> list[str]:
    with Store.open(store, read_only=True) as s:
        derived = {str(IDENTITY_GRAPH), INDEX_GRAPH}  # the identity layer's, not a document's
        return [g for g in s.graph_names() if not is_vocabulary(g) and g not in derived]


def test_build_keeps_the_good_files_names_the_bad_and_counts_the_store(tmp_path, kg_run):
    folder = mixed_folder(tmp_path)
    store, out = tmp_path / "store", tmp_path / "out"
    run = kg_run("build", str(folder), "--store", str(store), "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    skipped = sorted(line for line in run.stderr.splitlines() if line.startswith("kg: skipped: "))
    assert skipped == sorted([
        f"kg: skipped: {folder / 'binary.txt'}: binary data, not text",
        f"kg: skipped: {folder / 'empty.txt'}: empty document",
        next(line for line in skipped if f"{folder / 'french.txt'}: not English" in line),
        f"kg: skipped: {folder / 'feed.jsonl'}:2: not JSON "
        "(Expecting property name enclosed in double quotes)",
    ])
    collisions = [line for line in run.stderr.splitlines() if "document id 'report' is taken" in line]
    assert len(collisions) == 2 and all(line.startswith("kg: warning: ") for line in collisions)
    held = graphs_in(store)
    assert len(held) == 7 == len(set(held))  # five files and two records: nothing overwritten
    events = int(re.search(r"^events:\s+(\d+)$", run.stdout, re.M)[1])
    assert "documents: 7\n" in run.stdout and "skipped:   4" in run.stdout
    with Store.open(store, read_only=True) as s:
        in_store = s.query("SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a "
                           "<http://semanticweb.cs.vu.nl/2009/11/sem/Event> } }").rows[0][0]
    assert events == int(in_store) > 0
    assert (out / "news.ttl").exists() and (out / "news.html").exists()


def test_strict_stops_at_the_first_bad_input_and_leaves_the_store_as_it_was(tmp_path, kg_run):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD["geneva.txt"])
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text(FRENCH)
    store = tmp_path / "store"
    with Store.open(store) as s:
        s.replace_graph("https://w3id.org/dipkg/graph/kept", [])
        s.update("INSERT DATA { GRAPH <https://w3id.org/dipkg/graph/kept> { <urn:a> <urn:b> <urn:c> } }")
        before = len(s)
    run = kg_run("build", str(folder), "--strict", "--store", str(store), "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    assert run.stderr.splitlines() == [f"kg: error: {folder / 'b.txt'}: empty document"]
    assert graphs_in(store) == ["https://w3id.org/dipkg/graph/kept"]
    with Store.open(store, read_only=True) as s:
        assert len(s) == before
    assert not (tmp_path / "out").exists()


def unreadable_folder(root: Path) -> Path:
    """A subfolder ``os.scandir`` refuses: no permission, or (as root, whom permissions do not stop)
    a path past the system's limit of 4,096 bytes, made one level at a time through folder handles."""
    if os.geteuid() != 0:
        (root / "locked").mkdir()
        (root / "locked" / "b.txt").write_text(GOOD["kharkiv.txt"])
        (root / "locked").chmod(0)
        return root / "locked"
    fd = os.open(root, os.O_RDONLY)
    for _ in range(20):
        os.mkdir("d" * 250, dir_fd=fd)
        inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(fd)
    return root / ("d" * 250)


def test_an_unreadable_subfolder_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD["geneva.txt"])
    unreadable_folder(tmp_path)
    try:
        items = list(read_batch([tmp_path]))
    finally:
        if (tmp_path / "locked").exists():
            (tmp_path / "locked").chmod(0o755)
    assert [d.id for d in items if isinstance(d, Document)] == ["a"]
    (skipped,) = [s for s in items if isinstance(s, Skipped)]
    assert skipped.name.startswith(str(tmp_path))
    assert re.fullmatch(r"folder not read \((Permission denied|File name too long)\)", skipped.reason)


def test_progress_bar_with_count_and_eta_on_a_terminal(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("geneva.txt", "kharkiv.txt"):
        (folder / name).write_text(GOOD[name])
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(folder), "--store",
                             str(tmp_path / "store"), "--out", str(tmp_path / "out")],
                            stdout=subprocess.PIPE, stderr=slave, cwd=ROOT)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.wait(timeout=600) == 0
    shown = seen.decode("utf-8", "replace")
    assert re.search(r"documents\s+\[[#-]+\]\s+1/2\s+\d\d:\d\d:\d\d", shown), shown  # count and ETA
    assert re.search(r"documents\s+\[#+\]\s+2/2", shown), shown
    assert "documents: 2" in proc.stdout.read().decode()
    assert "documents" not in subprocess.run(  # not on a pipe
        [sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(tmp_path / "store"),
         "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT).stderr


WEATHER = [
    "Forecasters expect a sunny and warm weekend across the region, with light winds and temperatures "
    "well above the seasonal average on both days.",
    "Rain is likely to return on Monday morning in the north, spreading south during the afternoon "
    "with some heavy bursts along the coast.",
    "Gardeners are advised to water young plants in the evening, when less of the water is lost to the "
    "heat of the sun.",
    "Pollen counts will stay high until the rain arrives, so people with hay fever should keep windows "
    "closed in the early morning.",
]
WEATHER_PAGE = ("<html><head><title>Sunny weekend ahead</title></head><body><article>"
                + "".join(f"<p>{p}</p>" for p in WEATHER) + "</article></body></html>")


def test_extract_warns_when_a_page_gives_no_events(tmp_path, kg_run):
    page = tmp_path / "weather.html"
    page.write_text(WEATHER_PAGE)
    run = kg_run("extract", str(page), "-o", str(tmp_path / "out.ttl"))
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [f"kg: warning: {page}: no events found in the page "
                                       "(is its main text the article?)"]


@pytest.mark.parametrize("strict", [False, True])
def test_missing_input_is_an_error_before_anything_is_read(tmp_path, kg_run, strict):
    run = kg_run("build", str(tmp_path / "nope"), "--store", str(tmp_path / "store"),
                 *(["--strict"] if strict else []))
    assert run.returncode == 1
    assert run.stderr.splitlines() == [f"kg: error: no such file or folder: {tmp_path / 'nope'}"]
    assert not (tmp_path / "store").exists()


def test_held_counts_what_the_store_holds_not_what_was_read():
    """Two documents under one id: the ingest read two, the store holds one (what the summary prints)."""
    from kg.ingest import held, ingest
    from kg.model import Document as Doc

    store = Store.open(":memory:")
    docs = [Doc(id="same", text="Talks\nThe foreign ministers met in Geneva on Monday.\n"),
            Doc(id="same", text="Strike\nRussia launched a missile strike on Kharkiv on Tuesday.\n")]
    report = ingest(store, docs)
    assert len(report.documents) == 2
    found = held(store, report.graphs)
    assert found.documents == 1 and found.events == 1
