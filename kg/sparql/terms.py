"""RDF terms in SPARQL (and N-Triples) syntax, checked so that no value can escape its term; Python
values and users' IRIs as RDF terms."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.vocab import PREFIXES

_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_LANG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")
_BNODE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def sparql_term(term: Identifier) -> str:
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
