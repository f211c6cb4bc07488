"""The inputs of a build: kg's own (files, folders, JSON Lines; :mod:`kg.documents`) and Parquet files
with the columns news archives are kept in (``id``, ``text``, ``title``, ``published``, ``url``; only
``text`` is required), streamed in record batches. A Parquet row is read as the JSON Lines record of
the same fields would be, so both give the same document."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from kg.documents import Skipped, read_items, record_document, walk
from kg.errors import DocumentError
from kg.model import Document
from kg.readers.ids import DocumentIds

PARQUET_SUFFIXES = (".parquet", ".pq")
COLUMNS = ("id", "text", "title", "published", "url", "source")


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


def read_parquet(path: Path, ids: DocumentIds, published: date | None = None, batch_size: int = 1000
                 ) -> Iterator[Document | Skipped]:
    """The rows of a Parquet file as documents, streamed; a row without text a :class:`Skipped`."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Skipped(str(path), "reading Parquet needs pyarrow: pip install 'dipkg[tables]'")
        return
    name = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types for a file that is not Parquet
        yield Skipped(name, f"not a Parquet file ({str(exc).splitlines()[0]})")
        return
    columns = [c for c in COLUMNS if c in pf.schema_arrow.names]
    if "text" not in columns:
        yield Skipped(name, "no 'text' column")
        return
    n = 0
    for batch in pf.iter_batches(batch_size=batch_size, columns=columns):
        for row in batch.to_pylist():
            n += 1
            record = {k: _plain(v) for k, v in row.items() if v is not None}
            try:
                doc = record_document(record, f"{name}:{n}", name, n, ids)
            except DocumentError as exc:
                yield Skipped(f"{name}:{n}", str(exc).removeprefix(f"{name}:{n}: "))
                continue
            if doc.published is None:
                doc.published = published
            yield doc


def read_sources(inputs: Iterable[Path], published: date | None = None) -> Iterator[Document | Skipped]:
    """:func:`kg.documents.read_batch` with Parquet files read too (ids unique across all inputs)."""
    ids = DocumentIds()
    for item in walk(inputs):
        if isinstance(item, Skipped):
            yield item
        elif item.suffix.lower() in PARQUET_SUFFIXES:
            yield from read_parquet(item, ids, published)
        else:
            yield from read_items(item, published, ids)
