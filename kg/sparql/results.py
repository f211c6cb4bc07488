"""Query answers as rdflib terms (:class:`QueryResult`) and their formats: the W3C SPARQL 1.1 result
formats (JSON, XML, CSV, TSV) and an aligned text table for people."""
from __future__ import annotations

import csv
import io
import json
import re
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


def to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
    bindings = [{v: _json_term(t) for v, t in zip(result.vars, row, strict=True) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"


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


def to_xml(result: QueryResult) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.vars]
    out.append("</head>")
    if result.kind == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                            for v, t in zip(result.vars, row, strict=True) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.vars)
    for row in result.rows:
        w.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
    return buf.getvalue()


def to_tsv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join("" if t is None else sparql_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def to_table(result: QueryResult, max_width: int = 60) -> str:
    """An aligned text table; long cells are cut with an ellipsis."""
    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"

    def cell(t) -> str:
        s = " ".join(compact(t).split())
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    rows = [[cell(t) for t in row] for row in result.rows]
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(result.vars)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


_WRITERS = {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json, "xml": to_xml}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """A SELECT/ASK result in one of :data:`RESULT_FORMATS` (W3C SPARQL 1.1 result formats + table)."""
    if fmt not in _WRITERS:
        raise QueryError(f"unknown result format {fmt!r} (one of: {', '.join(RESULT_FORMATS)})")
    if result.kind == "graph":
        raise QueryError("a CONSTRUCT or DESCRIBE result is a graph: write it as RDF")
    return _WRITERS[fmt](result)
