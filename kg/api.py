"""The Python API: a knowledge graph in a store, fed with articles, asked with SPARQL.

    from kg import KnowledgeGraph
    with KnowledgeGraph.open("graphs/store") as kg:
        kg.ingest(["news/"], published="2025-08-19")
        for row in kg.query("who-met-whom", actor="Trump"):
            print(row.date, row.name1, row.name2, row.sentence)
        events = kg.query("events-table").to_df()     # pandas, one row per event
        kg.export("graph.ttl")
        kg.export("events.csv")                       # or .tsv, .parquet, .graphml, .gexf
"""
from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from rdflib import Dataset, Graph

from kg.errors import QueryError
from kg.query import run
from kg.sparql.results import QueryResult
from kg.store import Store
from kg.store.internal import internal_size, public_graphs

if TYPE_CHECKING:
    from kg.identity.store import LinkResult
    from kg.ingest import IngestReport


class Rows(list):
    """A SELECT answer: a list of named tuples (one field per variable), plus the variable names."""

    def __init__(self, result: QueryResult) -> None:
        self.vars = list(result.vars)
        row_type = _row_type(tuple(self.vars))
        super().__init__(row_type(*r) for r in result.rows)

    def dicts(self) -> list[dict[str, object]]:
        return [r._asdict() for r in self]

    def to_df(self):
        """A pandas DataFrame, one column per variable: integers and numbers as such, the rest as text,
        None where unbound (needs the ``tables`` extra: ``pip install 'dipkg[tables]'``)."""
        from kg.tables import dataframe

        return dataframe(self.vars, self)


def _row_type(names: tuple[str, ...]) -> type[NamedTuple]:
    from collections import namedtuple

    return namedtuple("Row", names, rename=True)


@dataclass
class Stats:
    """What a store holds. ``events`` counts real-world events (the reports of one event in several
    documents count once), ``reports`` each document's own events; both by PLOVER type."""

    documents: int
    graphs: int
    triples: int
    actors: int
    events: int
    events_by_type: Counter = field(default_factory=Counter)
    reports: int = 0
    reports_by_type: Counter = field(default_factory=Counter)
    #: the linker's candidate index (counted in neither ``graphs`` nor ``triples``)
    index_triples: int = 0


def stats(store: Store) -> Stats:
    """What the store holds: documents, graphs and triples (without the linker's candidate index,
    whose size is ``index_triples``), actors, and events and reports by PLOVER type."""
    docs = store.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:NewsArticle }").rows
    actors = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sem:Actor }").rows
    # the tallies of events-by-month summed by type: one scan of dip:inTally (a join of sem:eventType
    # with rdf:type took 20 times as long at 1M events), the linked reports and the real-world events
    events, reports = Counter(), Counter()
    for row in run(store, "events-by-month").dicts():
        events[str(row["type"])] += int(row["events"])
        reports[str(row["type"])] += int(row["reports"])
    index = internal_size(store)
    return Stats(documents=int(docs[0][0]), graphs=len(public_graphs(store.graph_names())),
                 triples=len(store) - index, index_triples=index,
                 actors=int(actors[0][0]), events=sum(events.values()), events_by_type=+events,
                 reports=sum(reports.values()), reports_by_type=+reports)


class KnowledgeGraph:
    """A store plus what people do with it: ingest articles, query, export."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, location: str | Path | None = None, *, read_only: bool = False) -> KnowledgeGraph:
        """A folder (embedded on disk), ``None``/``":memory:"``, or a SPARQL endpoint URL."""
        return cls(Store.open(location, read_only=read_only))

    def ingest(self, paths: Iterable[str | Path] | str | Path, published: date | str | None = None,
               n_process: int = 1) -> IngestReport:
        """Read articles (files or folders), extract, and replace each document's named graph.

        Returns the ingest report (documents, graphs, actors, events by type, notes).
        """
        from kg.documents import parse_date, read_inputs
        from kg.ingest import ingest

        if isinstance(paths, str | Path):
            paths = [paths]
        docs = read_inputs([Path(p) for p in paths], parse_date(published))
        return ingest(self.store, docs, n_process=n_process)

    def query(self, sparql_or_name: str, **params: object) -> Rows | bool | Graph:
        """Rows with named fields for SELECT, a bool for ASK, an rdflib Graph for CONSTRUCT/DESCRIBE.

        ``sparql_or_name`` is a stored query's name (``kg query --list``), a ``.rq`` file or SPARQL.
        """
        result = run(self.store, sparql_or_name, params)
        if result.kind == "ask":
            return bool(result.boolean)
        if result.kind == "graph":
            return result.graph
        return Rows(result)

    def update(self, sparql: str) -> None:
        self.store.update(sparql)

    def load(self, path: str | Path, format: str | None = None, graph: str | None = None) -> list[str]:
        """Load an RDF file (TriG, N-Quads; or Turtle etc. into ``graph``); each named graph in it
        replaces the store's graph of that name. The names of the graphs loaded. Nothing is linked
        (``relink`` then links them), and the candidate index no longer counts as complete."""
        from kg.identity.index import invalidate

        names = self.store.load_file(path, format, graph)
        invalidate(self.store)
        return names

    def optimize(self) -> None:
        """Compact an embedded store after a large load (see ``kg optimize``)."""
        self.store.optimize()

    def remove(self, doc_id: str) -> bool:
        """Drop one document's named graph and take its reports out of their real-world events;
        False if it was not there."""
        from kg.identity.store import remove_document

        return remove_document(self.store, doc_id)

    def relink(self) -> LinkResult:
        """Link every report to its real-world event again (see ``kg relink``)."""
        from kg.identity.store import relink

        return relink(self.store)

    def documents(self) -> list[str]:
        return [str(r.id) for r in self.query("documents") if r.id is not None]

    def stats(self) -> Stats:
        return stats(self.store)

    @property
    def graph(self) -> Dataset:
        """A copy of the store's content as an rdflib Dataset (one named graph per document)."""
        buf = io.BytesIO()
        self.store.dump(buf, "nquads")
        ds = Dataset()
        ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
        return ds

    def export(self, path: str | Path, format: str | None = None, graph: str | None = None) -> Path:
        """Write the graph to ``path``, atomically: RDF, the events table (``.csv``, ``.tsv``,
        ``.parquet``) or the actor network (``.graphml``, ``.gexf``), the format from the suffix unless
        given; an unknown suffix is refused."""
        from kg.export import export, export_format

        path = Path(path)
        export(self.store, path, export_format(format, path), graph=graph)
        return path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.store.location}>"


__all__ = ["KnowledgeGraph", "QueryError", "Rows", "Stats", "stats"]
