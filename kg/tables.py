"""Tables an analyst opens: one row per event (the named query ``kg/queries/events-table.rq``) as CSV,
TSV or Parquet, and query answers as pandas DataFrames.

CSV and TSV need nothing beyond Python; Parquet and DataFrames need the ``tables`` extra
(``pip install 'dipkg[tables]'``: pandas and pyarrow), and say so in one line when it is missing.
Every column is text (a CAMEO code keeps its leading zeros: ``"042"``) except the sentence's
character offsets and the number of sources, which are integers; a missing value is an empty cell
(null in Parquet).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, BinaryIO

from rdflib import Literal
from rdflib.namespace import XSD

from kg.errors import StoreError
from kg.query import run

if TYPE_CHECKING:
    from kg.sparql.results import QueryResult
    from kg.store import Store

#: the named query whose rows ``kg export -o events.csv`` writes
EVENTS_QUERY = "events-table"
#: the columns that hold integers; every other column is text
INTEGER_COLUMNS = ("sentence_start", "sentence_end", "sources")
#: a cell a spreadsheet would take for a formula starts with one of these (CSV and TSV only)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_INTEGER_TYPES = {str(XSD[t]) for t in ("integer", "int", "long", "short", "nonNegativeInteger")}
_NUMBER_TYPES = {str(XSD[t]) for t in ("decimal", "double", "float")}
_EXTRA = "pip install 'dipkg[tables]'"


def events_table(store: Store, params: Mapping[str, object] | None = None) -> QueryResult:
    """One row per event (the ``events-table`` named query), with its optional parameters."""
    return run(store, EVENTS_QUERY, params)


def _cell(term) -> str:
    return "" if term is None else str(term)


def _safe(text: str) -> str:
    """A cell that a spreadsheet would run as a formula, quoted as text (OWASP's advice for CSV)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_delimited(result: QueryResult, out: BinaryIO, delimiter: str = ",") -> None:
    """A header line and one line per row (RFC 4180 quoting; UTF-8)."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow([_safe(_cell(t)) for t in row])
    text.flush()
    text.detach()


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise StoreError(f"writing Parquet needs pyarrow ({_EXTRA})") from None
    return pyarrow


def check_table_format(fmt: str) -> None:
    """Raise a one-line StoreError before anything is written if ``fmt`` needs a missing package."""
    if fmt == "parquet":
        _pyarrow()


def write_parquet(result: QueryResult, out: BinaryIO) -> None:
    """The rows as one Parquet table: text columns, integer offsets, nulls where unbound."""
    pa = _pyarrow()
    columns = {}
    for i, name in enumerate(result.vars):
        values = [row[i] for row in result.rows]
        if name in INTEGER_COLUMNS:
            columns[name] = pa.array([None if v is None else int(v) for v in values], pa.int64())
        else:
            columns[name] = pa.array([None if v is None else str(v) for v in values], pa.string())
    pa.parquet.write_table(pa.table(columns), out)


def write_table(store: Store, out: BinaryIO, fmt: str, params: Mapping[str, object] | None = None) -> None:
    """The events table in ``fmt`` (``csv``, ``tsv`` or ``parquet``) to a binary stream."""
    check_table_format(fmt)
    result = events_table(store, params)
    if fmt == "parquet":
        write_parquet(result, out)
    elif fmt in ("csv", "tsv"):
        write_delimited(result, out, "," if fmt == "csv" else "\t")
    else:
        raise StoreError(f"unknown table format {fmt!r} (one of: csv, tsv, parquet)")


def python_value(term) -> object:
    """A result term as a DataFrame holds it: integers and numbers as such, everything else as text
    (dates keep their precision, ``2025-08``, as text), None where unbound."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype is not None:
        dt = str(term.datatype)
        if dt in _INTEGER_TYPES:
            return int(term)
        if dt in _NUMBER_TYPES:
            return float(term)
    return str(term)


def dataframe(columns: Sequence[str], rows: Sequence[Sequence[object]]):
    """A pandas DataFrame of query rows (``Rows.to_df()``); an ImportError naming the extra without pandas."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(f"to_df() needs pandas ({_EXTRA})") from None
    return pd.DataFrame([[python_value(t) for t in row] for row in rows], columns=list(columns))
