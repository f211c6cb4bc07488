"""SHACL validation of graphs against ``ontology/shapes.ttl`` (pySHACL)."""
from __future__ import annotations

from functools import cache

from rdflib import Graph

from kg.resources import ontology_dir


@cache
def shapes() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return g


def validate(graph: Graph) -> tuple[bool, str]:
    """Whether ``graph`` conforms to the shapes, and pySHACL's report text."""
    from pyshacl import validate as shacl

    conforms, _, text = shacl(graph, shacl_graph=shapes(), inference="none", advanced=True)
    return bool(conforms), str(text)
