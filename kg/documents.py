"""Reading articles: plain text, front-matter text, HTML and JSON Lines.

Every reader returns :class:`kg.model.Document` objects whose ``text`` is what the offsets of the
graph point into. Input that is not an English news article raises :class:`DocumentError` with one
line that says why; the batch reader (:func:`read_batch`) yields a :class:`Skipped` instead and goes
on. Files and JSON Lines records are read one at a time, so memory stays flat on large inputs.
"""
from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

import yaml

from kg.errors import DocumentError
from kg.model import Document
from kg.readers.dates import parse_date
from kg.readers.decode import MAX_BYTES, decode
from kg.readers.html import html_article
from kg.readers.ids import DocumentIds, DuplicateInput, slug
from kg.readers.language import check_english
from kg.resources import load_yaml

__all__ = ["MAX_BYTES", "Skipped", "decode", "parse_date", "read_batch", "read_inputs", "read_path",
           "slug"]

log = logging.getLogger("kg.documents")

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_SUFFIXES = (".meta.json",)

#: Fields of a JSON Lines record that may hold its text, and its publication date, first found first.
_JSONL_TEXT = ("text", "sentence", "body", "content")
_JSONL_DATE = ("published", "date", "publication_date", "pub_date", "story_date")


@dataclass(frozen=True)
class Skipped:
    """An input that is not read, and why: ``name`` is a file, a folder or ``file:line``."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


# ------------------------------------------------------------------ page junk

_JUNK: tuple[list[re.Pattern], list[re.Pattern]] | None = None


def _junk_rules() -> tuple[list[re.Pattern], list[re.Pattern]]:
    global _JUNK
    if _JUNK is None:
        data = load_yaml("boilerplate.yaml")
        _JUNK = ([re.compile(p, re.I) for p in data.get("cut_from", [])],
                 [re.compile(p, re.I) for p in data.get("drop_line", [])])
    return _JUNK


def strip_junk(text: str, cut: bool = True) -> str:
    """Blank page furniture lines (``drop_line`` rules) and, with ``cut``, end the article at a
    comment form or a footer (``cut_from`` rules) standing after most of the text.

    A cut line in the first half of the text (a share bar under the byline) does not end it: the
    article is kept whole rather than lost. Blanked lines stay as empty lines."""
    cut_rules, drop = _junk_rules()
    lines = text.split("\n")
    total = sum(len(ln.strip()) for ln in lines)
    kept: list[str] = []
    seen = 0
    for line in lines:
        bare = line.strip()
        if cut and bare and seen * 2 >= total and any(p.fullmatch(bare) for p in cut_rules):
            break
        seen += len(bare)
        kept.append("" if bare and any(p.fullmatch(bare) for p in drop) else line)
    return "\n".join(kept).strip("\n") + "\n"


# ------------------------------------------------------------------ formats

def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """A leading ``---`` block read as YAML, and the text after it. A block YAML cannot read but made
    of ``key: value`` lines (``title: Talks: a second round``, as the shared annotation format
    allows) is read line by line."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        raise DocumentError(f"{name}: front matter opened with '---' but never closed")
    block = text[4:end]
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError:
        meta = _key_value_lines(block, name)
    if not isinstance(meta, dict):
        raise DocumentError(f"{name}: front matter is not a mapping of keys to values")
    body_start = text.find("\n", end + 1)
    return {str(k).strip().lower(): v for k, v in meta.items()}, \
        text[body_start + 1 if body_start >= 0 else len(text):]


def _key_value_lines(block: str, name: str) -> dict:
    meta = {}
    for n, line in enumerate(block.split("\n"), 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon or not key.strip():
            raise DocumentError(f"{name}: front matter line {n} is neither YAML nor 'key: value'")
        meta[key.strip()] = value.strip().strip('"')
    return meta


def _str(value: object) -> str | None:
    return str(value).strip() or None if value is not None and value != "" else None


def from_text(text: str, name: str, doc_id: str, meta: dict | None = None,
              path: str | None = None, cut: bool = True) -> Document:
    front, body = split_front_matter(text, name)
    meta = {**(meta or {}), **front}
    body = strip_junk(body, cut=cut)
    if not body.strip():
        raise DocumentError(f"{name}: no article text")
    check_english(body, name)
    first = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
    return Document(
        id=doc_id,
        text=body,
        title=_str(meta.get("title")) or first[:300] or None,
        published=parse_date(meta.get("published") or meta.get("date"), f"{name}: "),
        url=_str(meta.get("url")),
        source=_str(meta.get("source")),
        path=path,
    )


def from_html(html: str, name: str, doc_id: str, path: str | None = None) -> Document:
    """The page's main text (trafilatura), its title on the first line, and its metadata."""
    body, meta = html_article(html, name)
    title = meta.get("title", "")
    if title and not body.startswith(title):
        body = title + "\n" + body
    return from_text(body, name, doc_id, meta, path, cut=False)


def jsonl_record(line: str, where: str, file: str, n: int, ids: DocumentIds) -> Document:
    """One JSON Lines record as a document (``where`` names it in errors: ``file:line``)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(rec, dict):
        raise DocumentError(f"{where}: expected a JSON object per line")
    return record_document(rec, where, file, n, ids)


def record_document(rec: dict, where: str, file: str, n: int, ids: DocumentIds) -> Document:
    """One record (the fields of a JSON Lines object) as a document; ``where`` names it in errors."""
    body = next((rec[k] for k in _JSONL_TEXT if rec.get(k)), None)
    if not isinstance(body, str):
        empty = next((k for k in _JSONL_TEXT if isinstance(rec.get(k), str)), None)
        if empty:
            raise DocumentError(f"{where}: empty '{empty}' field")
        raise DocumentError(f"{where}: no 'text' field (nor 'sentence', 'body', 'content')")
    title = _str(rec.get("title"))
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n{body}"
    if rec.get("url") and not rec.get("id"):
        readable = origin = str(rec["url"])
    else:
        readable = str(rec.get("id") or f"{Path(file).stem}-{n}")
        origin = f"{file}#{readable}"
    doc = from_text(body, where, "", {
        "title": title, "published": next((rec[k] for k in _JSONL_DATE if rec.get(k)), None),
        "url": rec.get("url"), "source": rec.get("source"),
    }, path=file)
    try:
        doc.id = ids.assign(readable, origin)
    except DuplicateInput as exc:
        raise DocumentError(f"{where}: {exc}") from None
    return doc


def from_jsonl(text: str, name: str) -> Iterator[Document]:
    """The records of JSON Lines text; the first bad record raises DocumentError naming its line."""
    ids = DocumentIds()
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield jsonl_record(line, f"{name}:{n}", name, n, ids)


def _jsonl_lines(fh: BinaryIO, name: str) -> Iterator[tuple[int, str | Skipped]]:
    """Each non-blank line of an open JSON Lines file as text, or why it cannot be read."""
    n = 0
    while True:
        raw = fh.readline(MAX_BYTES + 1)
        if not raw:
            return
        n += 1
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while (rest := fh.readline(MAX_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield n, Skipped(f"{name}:{n}", f"record too large (over {MAX_BYTES:,} bytes)")
            continue
        if not raw.strip():
            continue
        try:
            yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield n, Skipped(f"{name}:{n}", f"not UTF-8 (byte 0x{raw[exc.start]:02x}), as JSON Lines must be")


def read_jsonl(path: Path, ids: DocumentIds) -> Iterator[Document | Skipped]:
    """The records of a JSON Lines file, streamed: each bad one a :class:`Skipped` naming its line."""
    name = str(path)
    with open(path, "rb") as fh:
        head = fh.read(8192)
        if not head.strip():
            yield Skipped(name, "empty document")
            return
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield Skipped(name, "binary data, not text")
            return
        fh.seek(0)
        for n, line in _jsonl_lines(fh, name):
            if isinstance(line, Skipped):
                yield line
                continue
            try:
                yield jsonl_record(line, f"{name}:{n}", name, n, ids)
            except DocumentError as exc:
                yield Skipped(f"{name}:{n}", str(exc).removeprefix(f"{name}:{n}: "))


# ------------------------------------------------------------------ files

def sidecar_meta(path: Path) -> dict:
    """Metadata from ``NAME.meta.json`` beside the article, if there is one."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        data = json.loads(side.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DocumentError(f"{side}: unreadable metadata ({exc})") from None
    return data if isinstance(data, dict) else {}


def _read_file(path: Path, ids: DocumentIds) -> Document:
    name = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{name}: is a folder") from None
    except OSError as exc:
        raise DocumentError(f"{name}: {exc.strerror or exc}") from None
    text = decode(data, name)
    if path.suffix.lower() in HTML_SUFFIXES or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        doc = from_html(text, name, "", name)
    else:
        doc = from_text(text, name, "", sidecar_meta(path), name)
    try:
        doc.id = ids.assign(path.stem, str(path.resolve()))
    except DuplicateInput as exc:
        raise DocumentError(f"{name}: {exc}") from None
    return doc


def read_items(path: Path, published: date | None = None, ids: DocumentIds | None = None
               ) -> Iterator[Document | Skipped]:
    """The documents of one file, or why it (or one of its records) is skipped."""
    ids = ids if ids is not None else DocumentIds()
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            items: Iterable[Document | Skipped] = read_jsonl(path, ids)
            for item in items:
                if isinstance(item, Document) and item.published is None:
                    item.published = published
                yield item
        except OSError as exc:
            yield Skipped(str(path), exc.strerror or str(exc))
        return
    try:
        doc = _read_file(path, ids)
    except DocumentError as exc:
        yield Skipped(str(path), str(exc).removeprefix(f"{path}: "))
        return
    if doc.published is None:
        doc.published = published
    yield doc


def read_path(path: Path, published: date | None = None) -> list[Document]:
    """Read one file; ``published`` fills in a missing publication date. The first bad input (the
    file, or a JSON Lines record) raises DocumentError."""
    return [_strict(item) for item in read_items(path, published)]


def _strict(item: Document | Skipped) -> Document:
    if isinstance(item, Skipped):
        raise DocumentError(str(item))
    return item


# ------------------------------------------------------------------ folders and batches

def _wanted(rel: Path) -> bool:
    return not any(part.startswith(".") for part in rel.parts) and not rel.name.endswith(META_SUFFIXES) \
        and rel.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def walk(inputs: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files named, and the article files of folders named (in sorted order, hidden ones and
    ``.meta.json`` sidecars left out); a folder that cannot be listed is a :class:`Skipped`."""
    for p in inputs:
        if p.is_dir():
            yield from _walk_folder(p)
        elif p.exists():
            yield p
        else:
            raise DocumentError(f"{p}: no such file or folder")


def _walk_folder(root: Path) -> Iterator[Path | Skipped]:
    def unreadable(err: OSError) -> None:
        problems.append(Skipped(str(err.filename or root), f"folder not read ({err.strerror or err})"))

    problems: list[Skipped] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable):
        yield from problems
        problems.clear()
        dirs.sort()
        for f in sorted(files):
            path = Path(folder, f)
            if _wanted(path.relative_to(root)) and path.is_file():
                yield path
    yield from problems


def iter_paths(inputs: Iterable[Path]) -> Iterator[Path]:
    """The files :func:`walk` finds; a folder that cannot be listed raises DocumentError."""
    for item in walk(inputs):
        yield Path(_strict_path(item))


def _strict_path(item: Path | Skipped) -> Path:
    if isinstance(item, Skipped):
        raise DocumentError(str(item))
    return item


def read_batch(inputs: Iterable[Path], published: date | None = None) -> Iterator[Document | Skipped]:
    """Every document of the inputs, one at a time; each file, record or folder that cannot be read
    a :class:`Skipped` in its place. Ids are unique across the batch (see :mod:`kg.readers.ids`)."""
    ids = DocumentIds()
    for item in walk(inputs):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_items(item, published, ids)


def read_inputs(inputs: Iterable[Path], published: date | None = None) -> Iterator[Document]:
    """Every document of the inputs; the first bad input raises DocumentError."""
    for item in read_batch(inputs, published):
        yield _strict(item)


def count_documents(inputs: Iterable[Path]) -> int:
    """About how many documents the inputs hold (a file each, a JSON Lines file a record per
    line), without reading them: the length of a progress bar."""
    total = 0
    for item in walk(inputs):
        if isinstance(item, Path) and item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with open(item, "rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            except OSError:
                total += 1
        elif isinstance(item, Path):
            total += 1
    return total


@contextmanager
def quiet() -> Iterator[None]:
    """Readers' warnings held back (for a second reading of the same inputs)."""
    before = log.disabled
    log.disabled = True
    try:
        yield
    finally:
        log.disabled = before
