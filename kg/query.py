"""Named queries (``kg/queries/*.rq``): read with their declared parameters, the parameters' values
checked and converted to RDF terms (an actor given by name, a date, a row count), and run on a store.

The values are bound by the store as RDF terms (:mod:`kg.sparql.binding`), never pasted into the text.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.rdf import actor_iri
from kg.resources import queries_dir
from kg.sparql.results import QueryResult
from kg.sparql.terms import expand_iri

if TYPE_CHECKING:
    from kg.store import Store

PARAM_TYPES = ("iri", "actor", "literal", "date", "integer", "limit")


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
        return [actor_iri(text)]
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


def prepare(store: Store, query: str, params: Mapping[str, object] | None = None
            ) -> tuple[str, dict[str, object] | None]:
    """A stored query by name, a ``.rq`` file, or SPARQL text, with parameters: the text to run and
    the parameters converted to RDF terms (for :meth:`Store.query`)."""
    text, nq = resolve(query)
    params = dict(params or {})
    bound = bind_named(store, nq, params) if nq is not None and nq.params else params
    text = with_limit(text, nq, bound)
    return text, bound or None


def run(store: Store, query: str, params: Mapping[str, object] | None = None) -> QueryResult:
    """Run a stored query by name, a ``.rq`` file, or SPARQL text, with parameters."""
    return store.query(*prepare(store, query, params))
