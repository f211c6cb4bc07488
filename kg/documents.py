"""Reading articles: plain text, front-matter text, HTML and JSON Lines.

Every reader returns :class:`kg.model.Document` objects whose ``text`` is what the
offsets of the graph point into. Input that is not an English news article in
UTF-8 raises :class:`DocumentError` with one line that says why.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import DocumentError
from kg.model import Document
from kg.resources import load_yaml

MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_SUFFIXES = (".meta.json",)


def slug(text: str, limit: int = 80) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:limit].strip("-") or hashlib.sha1(text.encode()).hexdigest()[:12]


#: Fields of a JSON Lines record that may hold its text, and its publication date, first found first.
_JSONL_TEXT = ("text", "sentence", "body", "content")
_JSONL_DATE = ("published", "date", "publication_date", "pub_date", "story_date")


def parse_date(value: object, where: str = "") -> date | None:
    """A YYYY-MM-DD date, also written YYYYMMDD (a longer ISO timestamp is cut to its date)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})|\s*(\d{4})(\d{2})(\d{2})(?!\d)", str(value))
    if not m:
        raise DocumentError(f"{where}bad date {value!r}: expected YYYY-MM-DD")
    try:
        y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        return date(int(y), int(mo), int(d))
    except ValueError as exc:
        raise DocumentError(f"{where}bad date {value!r}: {exc}") from None


# ------------------------------------------------------------------ checks

def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise DocumentError(f"{name}: empty document")
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{name}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data:
            raise DocumentError(f"{name}: binary data, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise DocumentError(f"{name}: binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_ENGLISH = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by",
    "he", "she", "it", "at", "said", "from", "his", "her", "an", "be", "have", "has", "had",
    "are", "were", "this", "which", "or", "will", "would", "not", "but", "they", "their", "its",
    "after", "who", "been", "we", "also", "more", "than", "about", "over", "into",
}


def check_english(text: str, name: str) -> None:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 12:
        return
    share = sum(1 for w in words if w in _ENGLISH) / len(words)
    if share < 0.08:
        raise DocumentError(f"{name}: does not look like English text ({share:.0%} common English words)")


# ------------------------------------------------------------------ page junk

def _junk_rules() -> tuple[list[re.Pattern], list[re.Pattern]]:
    data = load_yaml("boilerplate.yaml")
    cut = [re.compile(p, re.I) for p in data.get("cut_from", [])]
    drop = [re.compile(p, re.I) for p in data.get("drop_line", [])]
    return cut, drop


_JUNK: tuple[list[re.Pattern], list[re.Pattern]] | None = None


def strip_junk(text: str) -> str:
    """Cut page furniture that is not article text: comment forms, share bars, footers.

    A line matching a ``cut_from`` rule ends the article; ``drop_line`` lines are blanked
    (kept as empty lines, so later offsets stay close to the source's layout).
    """
    global _JUNK
    if _JUNK is None:
        _JUNK = _junk_rules()
    cut, drop = _JUNK
    lines = text.split("\n")
    kept: list[str] = []
    for line in lines:
        bare = line.strip()
        if bare and any(p.fullmatch(bare) for p in cut) and len(kept) > 1:
            break
        kept.append("" if bare and any(p.fullmatch(bare) for p in drop) else line)
    return "\n".join(kept).strip("\n") + "\n"


# ------------------------------------------------------------------ formats

def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        raise DocumentError(f"{name}: front matter opened with '---' but never closed")
    meta = {}
    for line in text[4:end].split("\n"):
        if ":" in line:
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip('"')
    body_start = text.find("\n", end + 1)
    return meta, text[body_start + 1 if body_start >= 0 else len(text):]


def from_text(text: str, name: str, doc_id: str, meta: dict | None = None,
              path: str | None = None) -> Document:
    front, body = split_front_matter(text, name)
    meta = {**(meta or {}), **front}
    body = strip_junk(body)
    if not body.strip():
        raise DocumentError(f"{name}: no article text")
    check_english(body, name)
    first = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
    return Document(
        id=doc_id,
        text=body,
        title=meta.get("title") or first[:300] or None,
        published=parse_date(meta.get("published") or meta.get("date"), f"{name}: "),
        url=meta.get("url") or None,
        source=meta.get("source") or None,
        path=path,
    )


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "article", "section",
             "blockquote", "tr", "header", "title"}
    SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in self.BLOCK and not self._skip:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK and not self._skip:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def from_html(html: str, name: str, doc_id: str, path: str | None = None) -> Document:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in "".join(parser.parts).split("\n")]
    body = "\n".join(ln for ln in lines if ln)
    m = parser.meta
    title = (m.get("og:title") or parser.title).strip()
    if title and not body.startswith(title):
        body = title + "\n" + body
    meta = {
        "title": title,
        "published": m.get("article:published_time") or m.get("datepublished") or m.get("date")
        or m.get("time"),
        "url": m.get("og:url") or m.get("canonical"),
        "source": m.get("og:site_name"),
    }
    return from_text(body, name, doc_id, {k: v for k, v in meta.items() if v}, path)


def from_jsonl(text: str, name: str) -> Iterator[Document]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DocumentError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict):
            raise DocumentError(f"{where}: expected a JSON object per line")
        body = next((rec[k] for k in _JSONL_TEXT if rec.get(k)), None)
        if not isinstance(body, str):
            raise DocumentError(f"{where}: no 'text' field (nor 'sentence', 'body', 'content')")
        title = rec.get("title")
        if title and not body.lstrip().startswith(title):
            body = f"{title}\n{body}"
        ident = str(rec.get("id") or rec.get("url") or f"{Path(name).stem}-{n}")
        yield from_text(body, where, slug(ident), {
            "title": title, "published": next((rec[k] for k in _JSONL_DATE if rec.get(k)), None),
            "url": rec.get("url"), "source": rec.get("source"),
        }, path=name)


# ------------------------------------------------------------------ entry points

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


def read_path(path: Path, published: date | None = None) -> list[Document]:
    """Read one file; ``published`` fills in a missing publication date."""
    name = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{name}: is a folder") from None
    except OSError as exc:
        raise DocumentError(f"{name}: {exc.strerror or exc}") from None
    text = decode(data, name)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        docs = list(from_jsonl(text, name))
    elif suffix in HTML_SUFFIXES or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        docs = [from_html(text, name, slug(path.stem), name)]
    else:
        docs = [from_text(text, name, slug(path.stem), sidecar_meta(path), name)]
    for d in docs:
        if d.published is None:
            d.published = published
    return docs


def iter_paths(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the readable files of folders named (sorted, hidden ones skipped)."""
    for p in inputs:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts) \
                        and not f.name.endswith(META_SUFFIXES) \
                        and f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                    yield f
        elif p.exists():
            yield p
        else:
            raise DocumentError(f"{p}: no such file or folder")


def read_inputs(inputs: Iterable[Path], published: date | None = None) -> Iterator[Document]:
    for path in iter_paths(inputs):
        yield from read_path(path, published)
