"""SPARQL for scripts: named queries (``kg/queries/*.rq``), parameter binding, result formats.

Parameters are bound as RDF terms in a ``VALUES`` block placed at the start of the query's
WHERE pattern, so they work for any variable (projected or not) and a value can never change
the query's text outside a quoted term.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.resources import queries_dir
from kg.vocab import ACTOR, PREFIXES

if TYPE_CHECKING:
    from kg.store import QueryResult, Store

PARAM_TYPES = ("iri", "actor", "literal", "date", "integer", "limit")

# ----------------------------------------------------------------------------- terms

_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_LANG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")
_BNODE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def sparql_term(term) -> str:
    """An rdflib term written in SPARQL (and N-Triples) syntax; refuses anything that could escape it."""
    if isinstance(term, URIRef):
        if _IRI_BAD.search(term) or not _SCHEME.match(term):
            raise QueryError(f"not a valid IRI: {str(term)[:80]!r}")
        return f"<{term}>"
    if isinstance(term, BNode):
        if not _BNODE.fullmatch(term):
            raise QueryError(f"not a valid blank node id: {str(term)[:80]!r}")
        return f"_:{term}"
    if isinstance(term, Literal):
        try:
            str(term).encode("utf-8")
        except UnicodeEncodeError:
            raise QueryError("a literal holds text that is not valid Unicode") from None
        lexical = '"' + str(term).translate(_LITERAL_ESCAPES) + '"'
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise QueryError(f"not a valid language tag: {term.language!r}")
            return f"{lexical}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{lexical}^^{sparql_term(URIRef(term.datatype))}"
        return lexical
    raise QueryError(f"not an RDF term: {term!r}")


def to_term(value: object) -> Identifier:
    """A Python value as an RDF term: rdflib terms stay, other values become literals."""
    if isinstance(value, Identifier):
        return value
    if isinstance(value, bool | int | float | Decimal | date | datetime):
        return Literal(value)
    return Literal(str(value))


def expand_iri(value: str) -> URIRef | None:
    """``<iri>``, an absolute IRI, or a prefixed name of the project's prefixes (``actor:Q22686``)."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if re.match(r"(https?|urn|file|mailto):", text):
        return URIRef(text)
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and re.fullmatch(r"[\w.%-]*", local):
        return URIRef(PREFIXES[prefix] + local)
    return None


# ----------------------------------------------------------------------------- query text

_TOKEN = re.compile(
    r'(?P<comment>\#[^\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')'
    r'|(?P<iri><[^\x00-\x20<>"{}|^`\\]*>)'
    r'|(?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)'
    r'|(?P<word>[A-Za-z_][\w.\-]*:[\w.\-%:]*|:[\w.\-%:]*|[A-Za-z_][\w\-]*)'
    r'|(?P<punct>[{}()])'
    r'|(?P<other>\S)', re.DOTALL)

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def _tokens(text: str) -> Iterator[tuple[str, str, int]]:
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind != "comment":
            yield kind, m.group(), m.start()


@lru_cache(maxsize=256)
def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or UPDATE (a SPARQL Update request)."""
    for kind, value, _ in _tokens(text):
        if kind == "word":
            word = value.upper()
            if word in FORMS:
                return word
            if word in UPDATES:
                return "UPDATE"
    raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")


@lru_cache(maxsize=256)
def variables(text: str) -> frozenset[str]:
    """The variable names in a query text (a stored query's text is read once per process)."""
    return frozenset(value[1:] for kind, value, _ in _tokens(text) if kind == "var")


@lru_cache(maxsize=256)
def _where_brace(text: str) -> int:
    """The offset just after the ``{`` that opens the query's WHERE pattern."""
    depth = parens = 0
    braces_at_top = 0
    form = None
    after_where = False
    for kind, value, start in _tokens(text):
        word = value.upper() if kind == "word" else ""
        if form is None and word in FORMS:
            form = word
        if kind == "word" and word == "WHERE" and depth == 0 and parens == 0:
            after_where = True
        elif value == "(":
            parens += 1
        elif value == ")":
            parens -= 1
        elif value == "{":
            if depth == 0 and parens == 0:
                braces_at_top += 1
                if after_where and form == "CONSTRUCT" and braces_at_top == 1:
                    raise QueryError("parameters cannot be bound in the short form CONSTRUCT WHERE { }")
                if after_where or form != "CONSTRUCT" or braces_at_top == 2:
                    return start + 1
            depth += 1
        elif value == "}":
            depth -= 1
    raise QueryError("the query has no WHERE pattern to bind parameters in")


def bind_values(text: str, params: Mapping[str, object]) -> str:
    """``text`` with a VALUES block per parameter at the start of its WHERE pattern.

    A value may be a list (several alternatives); ``None`` leaves the variable unbound.
    """
    if query_form(text) == "UPDATE":
        raise QueryError("parameters are only bound in queries, not in updates")
    present = variables(text)
    blocks = []
    for name, value in params.items():
        if value is None:
            continue
        if not re.fullmatch(r"[A-Za-z0-9_]+", name):
            raise QueryError(f"bad parameter name {name!r}")
        if name not in present:
            raise QueryError(f"the query has no variable ?{name}")
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        terms = " ".join(sparql_term(to_term(v)) for v in values)
        blocks.append(f"VALUES ?{name} {{ {terms} }}")
    if not blocks:
        return text
    at = _where_brace(text)
    return f"{text[:at]} {' '.join(blocks)} {text[at:]}"


# ----------------------------------------------------------------------------- named queries

@dataclass(frozen=True)
class Param:
    name: str
    type: str
    doc: str
    required: bool = False
    default: str | None = None

    def describe(self) -> str:
        need = "required" if self.required else f"default {self.default}" if self.default else "optional"
        return f"{self.name} ({self.type}, {need}): {self.doc}"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    text: str
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default=())
    path: Path | None = None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_PARAM_LINE = re.compile(
    r"#\s*@param\s+(?P<name>\w+)\s+(?P<type>\w+)\s+"
    r"(?:(?P<req>required|optional)|=\s*(?P<default>\"[^\"]*\"|\S+))\s+--\s*(?P<doc>.*)")


def parse_named(name: str, text: str, path: Path | None = None) -> NamedQuery:
    """A query file: leading ``#`` lines are its summary, ``# @param``, and ``# @example`` lines."""
    summary: list[str] = []
    params: list[Param] = []
    examples: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = _PARAM_LINE.fullmatch(stripped)
        if m:
            if m["type"] not in PARAM_TYPES:
                raise QueryError(f"{name}.rq: parameter {m['name']} has unknown type {m['type']!r}")
            default = m["default"].strip('"') if m["default"] else None
            params.append(Param(m["name"], m["type"], m["doc"].strip(), m["req"] == "required", default))
        elif stripped.startswith("# @example"):
            examples.append(stripped[len("# @example"):].strip())
        elif not stripped.startswith("# @"):
            summary.append(stripped.lstrip("#").strip())
    text_summary = " ".join(s for s in summary if s)
    return NamedQuery(name, text_summary, text, tuple(params), tuple(examples), path)


@cache
def _load(path: Path, mtime: float) -> NamedQuery:
    return parse_named(path.stem, path.read_text(encoding="utf-8"), path)


def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` of the queries folder, by name (the file stem)."""
    folder = folder or queries_dir()
    return {p.stem: _load(p, p.stat().st_mtime) for p in sorted(folder.glob("*.rq"))}


def resolve(query: str) -> tuple[str, NamedQuery | None]:
    """A stored query's name, a ``.rq`` file, or SPARQL text: the text, and the named query if any."""
    stored = queries_dir() / f"{query}.rq"
    if re.fullmatch(r"[\w-]+", query) and stored.is_file():
        nq = _load(stored, stored.stat().st_mtime)
        return nq.text, nq
    if re.fullmatch(r"[\w./~-]+\.(rq|sparql)", query.strip()):
        path = Path(query.strip()).expanduser()
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        text = path.read_text(encoding="utf-8")
        return text, parse_named(path.stem, text, path)
    if re.fullmatch(r"[\w-]+", query.strip()):
        raise QueryError(f"unknown query {query!r} (kg query --list shows the stored queries)")
    return query, None


# ----------------------------------------------------------------------------- parameter values

def _date_value(name: str, value: object) -> Literal:
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"parameter {name}: bad date {text!r}") from None
        return Literal(text, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        return Literal(text, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    raise QueryError(f"parameter {name}: bad date {text!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")


def actor_iris(store: Store, value: str) -> list[URIRef]:
    """The actors a user means by ``value``: an IRI, a Wikidata id (Q22686), or a label ("Trump")."""
    iri = expand_iri(value)
    if iri is not None:
        return [iri]
    text = value.strip()
    if re.fullmatch(r"Q\d+", text):
        return [ACTOR[text]]
    spellings = list(dict.fromkeys([Literal(text), Literal(text.title())]))
    exact = _actors_labelled(store, spellings, "rdfs:label")
    if exact:
        return exact
    # every distinct label once (a scan of the label index; the union repeats each actor's label
    # once per document, so labels are matched first and their actors fetched after)
    labels = _labels(store)
    wanted = text.casefold()
    exact = _actors_labelled(store, [la for la in labels if str(la).casefold() == wanted])
    if exact:
        return exact
    words = re.findall(r"\w+", wanted)
    if not words:
        raise QueryError(f"no actor matches {value!r}")

    def has_words(label: str) -> bool:
        have = set(re.findall(r"\w+", label.casefold()))
        return all(w in have for w in words)

    partial = _actors_labelled(store, [la for la in labels if has_words(str(la))])
    if not partial:
        raise QueryError(f"no actor matches {value!r} (kg query actors lists them)")
    return partial


LABELS = "rdfs:label|skos:altLabel|skos:prefLabel"


def _labels(store: Store) -> list:
    """Every distinct label in the store, kept in the store's cache until its data changes."""
    cache = store.cache
    if cache is not None and "labels" in cache:
        return cache["labels"]
    labels = [r[0] for r in store.query(f"SELECT DISTINCT ?l WHERE {{ ?a {LABELS} ?l }}").rows]
    if cache is not None:
        cache["labels"] = labels
    return labels


def _actors_labelled(store: Store, labels: list, path: str = LABELS) -> list[URIRef]:
    """The actors (``sem:Actor``) with one of ``labels``, sorted."""
    if not labels:
        return []
    found = [r[0] for r in store.query(f"SELECT DISTINCT ?a WHERE {{ ?a {path} ?l }}", {"l": labels}).rows]
    if not found:
        return []
    rows = store.query("SELECT ?a WHERE { FILTER EXISTS { ?a a sem:Actor } }", {"a": found}).rows
    return sorted({r[0] for r in rows})


def convert_param(store: Store, p: Param, value: object) -> object:
    """A parameter value as the RDF term(s) its declared type asks for."""
    if isinstance(value, Identifier):
        return value
    text = str(value)
    if p.type == "actor":
        return actor_iris(store, text)
    if p.type == "iri":
        iri = expand_iri(text)
        if iri is None:
            raise QueryError(f"parameter {p.name}: {text!r} is not an IRI")
        return iri
    if p.type == "date":
        return _date_value(p.name, text)
    if p.type in ("integer", "limit"):
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            raise QueryError(f"parameter {p.name}: {text!r} is not an integer")
        return Literal(int(text))
    return Literal(text)


def bind_named(store: Store, nq: NamedQuery, params: Mapping[str, object]) -> dict[str, object]:
    """Check ``params`` against the query's declared parameters, apply defaults, convert values."""
    unknown = sorted(set(params) - {p.name for p in nq.params})
    if unknown:
        known = ", ".join(p.name for p in nq.params) or "none"
        raise QueryError(f"query {nq.name} has no parameter {unknown[0]!r} (its parameters: {known})")
    bound: dict[str, object] = {}
    for p in nq.params:
        value = params.get(p.name, p.default)
        if value is None or value == "":
            if p.required:
                raise QueryError(f"query {nq.name} needs --param {p.name}=... ({p.doc})")
            continue
        bound[p.name] = convert_param(store, p, value)
    return bound


def with_limit(text: str, nq: NamedQuery | None, bound: dict[str, object]) -> str:
    """Take the ``limit``-typed parameters out of ``bound`` and cap the query's rows with them.

    A row cap is a solution modifier, not an RDF term: it is checked to be a whole number >= 0
    and appended as ``LIMIT n`` (the text must not have its own LIMIT).
    """
    if nq is None:
        return text
    for p in nq.params:
        if p.type != "limit" or p.name not in bound:
            continue
        n = int(bound.pop(p.name))
        if n < 0:
            raise QueryError(f"parameter {p.name}: {n} is not a row count")
        text = f"{text.rstrip()}\nLIMIT {n}\n"
    return text


def run(store: Store, query: str, params: Mapping[str, object] | None = None) -> QueryResult:
    """Run a stored query by name, a ``.rq`` file, or SPARQL text, with parameters."""
    text, nq = resolve(query)
    params = dict(params or {})
    bound = bind_named(store, nq, params) if nq is not None and nq.params else params
    text = with_limit(text, nq, bound)
    return store.query(text, bound or None)


# ----------------------------------------------------------------------------- result formats

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")


def compact(term) -> str:
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


_PREFIX_ORDER = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))


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


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """A SELECT/ASK result in one of :data:`RESULT_FORMATS` (W3C SPARQL 1.1 result formats + table)."""
    writers = {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json, "xml": to_xml}
    if fmt not in writers:
        raise QueryError(f"unknown result format {fmt!r} (one of: {', '.join(RESULT_FORMATS)})")
    if result.kind == "graph":
        raise QueryError("a CONSTRUCT or DESCRIBE result is a graph: write it as RDF")
    return writers[fmt](result)
