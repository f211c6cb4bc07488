"""The PLOVER event scheme, read from its one source: ``ontology/plover.ttl`` (types, their order,
quad classes, CAMEO codes and the PLOVER type each maps to) and ``ontology/dipkg.ttl`` (the sign of
each quad class). The extractor, the network analytics, the HTML style and the PETRARCH converter
all read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kg.resources import ontology_dir
from kg.vocab import DIP, PLOVER


@dataclass(frozen=True)
class PloverType:
    """One of the 16 PLOVER event types."""

    name: str
    label: str
    definition: str
    quad: str  # VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict
    sign: int  # +1 cooperation, -1 conflict


@dataclass(frozen=True)
class PloverScheme:
    types: tuple[PloverType, ...]
    #: CAMEO code -> PLOVER type, for every code the scheme maps (roots and exceptions below them)
    cameo: MappingProxyType

    @property
    def names(self) -> tuple[str, ...]:
        """The type codes in the manual's order."""
        return tuple(t.name for t in self.types)

    def __getitem__(self, name: str) -> PloverType:
        for t in self.types:
            if t.name == name:
                return t
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return any(t.name == name for t in self.types)

    def of_cameo(self, code: str) -> str | None:
        """The PLOVER type of a CAMEO code: the mapping of its longest mapped prefix (None for 01)."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.cameo:
                return self.cameo[code[:n]]
        return None

    def root_of(self, name: str) -> str:
        """The lowest two-digit CAMEO root code that maps to a PLOVER type; for a type no root maps to
        (RETREAT), its shortest code."""
        return min((code for code, t in self.cameo.items() if t == name), key=lambda c: (len(c), c))

    def sign(self, name: str) -> int:
        return self[name].sign

    def quad_sign(self, quad: str | None) -> int:
        """+1 for a cooperation quad class, -1 for conflict, 0 when unknown."""
        return next((t.sign for t in self.types if t.quad == quad), 0)


@cache
def plover_scheme() -> PloverScheme:
    g = Graph()
    g.parse(ontology_dir() / "plover.ttl", format="turtle")
    g.parse(ontology_dir() / "dipkg.ttl", format="turtle")
    members = sorted(g.subjects(SKOS.topConceptOf, PLOVER.scheme), key=lambda n: int(g.value(n, DIP.rank)))
    types = []
    for node in members:
        quad = g.value(node, DIP.quadClass)
        types.append(
            PloverType(
                name=str(g.value(node, SKOS.notation)),
                label=str(g.value(node, SKOS.prefLabel)),
                definition=str(g.value(node, SKOS.definition) or ""),
                quad=_local(quad),
                sign=int(g.value(quad, DIP.sign)),
            )
        )
    cameo = {
        str(g.value(code, SKOS.notation)): str(g.value(t, SKOS.notation))
        for code, t in g.subject_objects(DIP.ploverType)
    }
    return PloverScheme(tuple(types), MappingProxyType(dict(sorted(cameo.items()))))


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
