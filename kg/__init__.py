"""dipkg: news articles about diplomacy and war as an RDF knowledge graph.

``from kg import KnowledgeGraph`` is the entry point for scripts and notebooks.
"""

from kg.version import __version__

__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str):
    if name == "KnowledgeGraph":
        from kg.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
