"""Parameters bound into a query's text as RDF terms, in a ``VALUES`` block placed at the start of its
WHERE pattern: they work for any variable (projected or not), and a value can never change the
query's text outside a quoted term. Also what the binding needs to know of a text: its form, its
variables, and whether it names a SERVICE.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from kg.errors import QueryError
from kg.sparql.terms import sparql_term, to_term

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
def federated(text: str) -> bool:
    """Whether a query or update names a ``SERVICE`` (a federated query, which would make whoever
    runs it fetch a URL of the text's choosing); strings, IRIs, comments and prefixed names don't count."""
    return any(kind == "word" and value.upper() == "SERVICE" for kind, value, _ in _tokens(text))


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
