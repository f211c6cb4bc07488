"""Documents in partitions, each named by a hash of its content: the same documents make the same
partition name, so a re-run finds the part files it already wrote."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass

from kg.model import Document
from kg.version import __version__
from kg.vocabulary import digest


@dataclass
class Partition:
    key: str  # content hash: the part file's name
    documents: list[Document]


def partition_key(documents: list[Document], salt: bytes = b"") -> str:
    """A hash of the documents (every field) and of what maps them (kg's version, the ontology, and
    ``salt``: the gazetteer when it is not the default one)."""
    h = hashlib.sha256(f"{__version__}\n{digest()}\n".encode() + salt)
    for d in documents:
        for value in astuple(d):
            h.update(repr(value).encode("utf-8"))
            h.update(b"\x00")
        h.update(b"\x01")
    return h.hexdigest()[:32]


def partitions(documents: Iterable[Document], size: int, salt: bytes = b"") -> Iterator[Partition]:
    """Consecutive runs of ``size`` documents, read as they are needed."""
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield Partition(partition_key(batch, salt), batch)
            batch = []
    if batch:
        yield Partition(partition_key(batch, salt), batch)
