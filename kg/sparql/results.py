"""Query answers as rdflib terms (:class:`QueryResult`) and their formats: the W3C SPARQL 1.1 result
formats (JSON, XML, CSV, TSV) and an aligned text table for people."""
from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.sparql.terms import sparql_term
from kg.vocab import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
#: the result format a file suffix implies (``kg query -o``)
RESULT_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json", ".xml": "xml",
                   ".srx": "xml", ".txt": "table"}


@dataclass
class QueryResult:
    """A query answer as rdflib terms: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def dicts(self) -> list[dict[str, object]]:
        return [dict(zip(self.vars, row, strict=True)) for row in self.rows]

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        return len(self.graph) if self.graph is not None else int(bool(self.boolean))


def result_format_for(path: str | Path, default: str = "csv") -> str:
    """The result format a file's suffix implies, else ``default``."""
    return RESULT_SUFFIXES.get(Path(path).suffix.lower(), default)


_PREFIX_ORDER = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))


def compact(term: Identifier | None) -> str:
    """A term for people: prefixed IRIs, literals without quotes, empty for unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in _PREFIX_ORDER:
            if term.startswith(ns) and re.fullmatch(r"[\w.%-]*", term[len(ns):]):
                return f"{prefix}:{term[len(ns):]}"
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_term(term) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _json(vars_: list[str], rows: Iterable[tuple], boolean: bool | None) -> Iterator[str]:
    if boolean is not None:
        yield json.dumps({"head": {}, "boolean": boolean}) + "\n"
        return
    yield '{"head": {"vars": ' + json.dumps(vars_) + '}, "results": {"bindings": ['
    sep = "\n"
    for row in rows:
        binding = {v: _json_term(t) for v, t in zip(vars_, row, strict=True) if t is not None}
        yield sep + json.dumps(binding, ensure_ascii=False)
        sep = ",\n"
    yield "\n]}}\n"


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attr = ""
    if term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype != XSD.string:
        attr = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attr}>{escape(_xml_chars(str(term)))}</literal>"


def _xml_chars(text: str) -> str:
    """Drop the control characters XML 1.0 cannot carry."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", text)


def _xml(vars_: list[str], rows: Iterable[tuple], boolean: bool | None) -> Iterator[str]:
    yield "\n".join(['<?xml version="1.0" encoding="utf-8"?>',
                     '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>",
                     *(f"<variable name={quoteattr(v)}/>" for v in vars_), "</head>"]) + "\n"
    if boolean is not None:
        yield f"<boolean>{'true' if boolean else 'false'}</boolean>\n</sparql>\n"
        return
    yield "<results>\n"
    for row in rows:
        cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                        for v, t in zip(vars_, row, strict=True) if t is not None)
        yield f"<result>{cells}</result>\n"
    yield "</results>\n</sparql>\n"


def _csv(vars_: list[str], rows: Iterable[tuple], boolean: bool | None) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if boolean is not None:
        w.writerow(["boolean"])
        w.writerow(["true" if boolean else "false"])
        yield buf.getvalue()
        return
    w.writerow(vars_)
    for row in rows:
        w.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _tsv(vars_: list[str], rows: Iterable[tuple], boolean: bool | None) -> Iterator[str]:
    if boolean is not None:
        yield "?boolean\n" + ("true" if boolean else "false") + "\n"
        return
    yield "\t".join(f"?{v}" for v in vars_) + "\n"
    for row in rows:
        yield "\t".join("" if t is None else sparql_term(t) for t in row) + "\n"


def _table(vars_: list[str], rows: Iterable[tuple], boolean: bool | None, max_width: int = 60,
           sample: int = 1000) -> Iterator[str]:
    """An aligned text table; long cells are cut with an ellipsis. Columns take the widths of the
    first ``sample`` rows, so a long answer prints as it comes."""
    if boolean is not None:
        yield ("yes" if boolean else "no") + "\n"
        return

    def cell(t) -> str:
        s = " ".join(compact(t).split())
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    def line(cells) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip() + "\n"

    rows = iter(rows)
    first = [[cell(t) for t in row] for row in itertools.islice(rows, sample)]
    widths = [max([len(v), *(len(r[i]) for r in first)]) for i, v in enumerate(vars_)]
    yield line(vars_) + "  ".join("-" * w for w in widths).rstrip() + "\n"
    yield "".join(line(r) for r in first)
    n = len(first)
    for row in rows:
        n += 1
        yield line([cell(t) for t in row])
    yield f"({n} row{'s' if n != 1 else ''})\n"


_WRITERS = {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json, "xml": _xml}


def stream_result(vars_: list[str], rows: Iterable[tuple], fmt: str = "table",
                  boolean: bool | None = None) -> Iterator[str]:
    """A SELECT answer (or an ASK answer: ``boolean`` set) in one of :data:`RESULT_FORMATS`, piece by
    piece as the rows come (W3C SPARQL 1.1 result formats + table)."""
    if fmt not in _WRITERS:
        raise QueryError(f"unknown result format {fmt!r} (one of: {', '.join(RESULT_FORMATS)})")
    return _WRITERS[fmt](vars_, rows, boolean)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """A SELECT/ASK result in one of :data:`RESULT_FORMATS` (W3C SPARQL 1.1 result formats + table)."""
    if result.kind == "graph":
        raise QueryError("a CONSTRUCT or DESCRIBE result is a graph: write it as RDF")
    boolean = bool(result.boolean) if result.kind == "ask" else None
    return "".join(stream_result(result.vars, result.rows, fmt, boolean))
