"""Cross-document event identity scored against gold clusters: the rules of the shared
``score_crossdoc.py``, in one process.

A gold folder for it holds, besides its ``NAME.txt`` + ``NAME.gold.json`` pairs, a ``clusters.json``
that puts every gold event of every document (by its index in that document's ``events``) in exactly
one cluster, a real-world event::

    {"clusters": [{"id": "...", "mentions": [{"doc": "NAME.txt", "event": 0}, ...]}, ...]}

The documents are extracted, written to a store in memory and linked by :func:`kg.ingest.ingest`, as
``kg build`` writes and links them. Each document's events are matched one to one to its gold events
(the strict matching of :mod:`kg.evaluate.match`) as ``score_crossdoc.py`` reads them: actors by their
labels and Wikidata items but not their alternative labels, no modality, in the order of type, date,
evidence and real-world event (where two events tie for a gold one, that order decides which links
count). Over every pair of matched gold events of different documents: gold-same when the two are in
one cluster, linked when the two predicted events carry the same ``dip:realWorldEvent`` (an event
without one is its own). Precision and recall of the "same" decisions, F1, and the coverage: how many
gold events of clusters that span documents were matched at all. Folders scored together are one
store: a link across folders is a false one.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.evaluate.gold import GoldDocument, GoldError
from kg.evaluate.match import match_events, prf, score_document, summarize
from kg.evaluate.records import Event, Scored
from kg.evaluate.runner import Evaluation, load_pipeline, read_gold_set, read_texts

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.gazetteer import Gazetteer

CLUSTERS = "clusters.json"


@dataclass
class CrossdocScore:
    """The pair counts, and the gold events of multi-document clusters that were matched."""

    tp: int = 0  # gold-same and linked
    fp: int = 0  # linked, not gold-same
    fn: int = 0  # gold-same, not linked
    covered: int = 0
    in_multi: int = 0

    @property
    def prf(self) -> tuple[float, float, float]:
        """Precision (right of the linked pairs), recall (linked of the gold-same pairs) and F1."""
        return prf(self.tp, self.tp + self.fp, self.tp, self.tp + self.fn)

    @property
    def p(self) -> float:
        return self.prf[0]

    @property
    def r(self) -> float:
        return self.prf[1]

    @property
    def f(self) -> float:
        return self.prf[2]

    def as_dict(self) -> dict:
        """The figures in the shape ``score_crossdoc.py --json`` prints."""
        return {"pairs_same_gold": self.tp + self.fn, **asdict(self), "p": round(self.p, 3),
                "r": round(self.r, 3), "f": round(self.f, 3), "coverage": f"{self.covered}/{self.in_multi}"}

    def lines(self) -> list[str]:
        """The lines ``score_crossdoc.py`` prints."""
        return [f"matched gold events in multi-document clusters: {self.covered} of {self.in_multi}",
                f"cross-document pairs: gold-same {self.tp + self.fn}, linked {self.tp + self.fp}, "
                f"both {self.tp}",
                f"crossdoc pairwise P {self.p:.2f} R {self.r:.2f} F1 {self.f:.2f}"]


def read_clusters(folder: Path, golds: list[GoldDocument]) -> dict[tuple[str, int], str]:
    """(document name, gold event index) -> cluster, for the folder's documents; :class:`GoldError`
    when ``clusters.json`` is missing, malformed, or leaves out or repeats a gold event."""
    path = folder / CLUSTERS
    try:
        data = json.loads(path.read_text("utf-8"))
        clusters = data["clusters"]
        found = {(str(m["doc"]).removesuffix(".txt"), int(m["event"])): f"{folder}#{c['id']}"
                 for c in clusters for m in c["mentions"]}
        count = sum(len(c["mentions"]) for c in clusters)
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file (the gold clusters --crossdoc scores against)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"{path}: not a clusters file ({type(exc).__name__}: {exc})") from None
    wanted = {(g.name, i) for g in golds for i in range(len(g.gold.events))}
    if count != len(found) or set(found) != wanted:
        missing = sorted(wanted - set(found))
        what = f"leaves out event {missing[0][1]} of {missing[0][0]}" if missing else \
            "names an event no gold file has, or one event twice"
        raise GoldError(f"{path}: every gold event must be in exactly one cluster; it {what}")
    return found


def as_linked(pred: Scored, links: dict[str, str]) -> list[Event]:
    """The predicted events as ``score_crossdoc.py`` reads them before it matches (``pred`` read
    without alternative labels): without their modality (every one asserted), in the order of type,
    date, evidence and real-world event. Where two events tie for a gold one, the order decides which
    is matched, and so which links count."""
    events = [replace(e, modality="asserted") for e in pred.events]
    return sorted(events, key=lambda e: (e.type, e.date or "", e.text, links.get(e.node, e.node)))


def score_links(golds: list[GoldDocument], predictions: list[Scored], links: dict[str, str],
                cluster_of: dict[tuple[str, int], str]) -> CrossdocScore:
    """The pairwise figures: ``links`` maps a predicted event's IRI to its real-world event."""
    sizes: dict[str, set[str]] = {}
    for (doc, _), cluster in cluster_of.items():
        sizes.setdefault(cluster, set()).add(doc)
    multi = {c for c, docs in sizes.items() if len(docs) > 1}
    matched: list[tuple[str, str, str]] = []  # (document, cluster, predicted real-world event)
    for gold, pred in zip(golds, predictions, strict=True):
        index = {id(e): i for i, e in enumerate(gold.gold.events)}
        for p, g in match_events(as_linked(pred, links), gold.gold.events).pairs:
            cluster = cluster_of[(gold.name, index[id(g)])]
            matched.append((gold.name, cluster, links.get(p.node, p.node)))
    score = CrossdocScore(in_multi=sum(1 for c in cluster_of.values() if c in multi),
                          covered=sum(1 for _, c, _ in matched if c in multi))
    for x, (d1, c1, w1) in enumerate(matched):
        for d2, c2, w2 in matched[x + 1:]:
            if d1 == d2:
                continue
            same, linked = c1 == c2, w1 == w2
            score.tp += same and linked
            score.fp += linked and not same
            score.fn += same and not linked
    return score


def evaluate_crossdoc(folders: Iterable[Path], jobs: int = 1, nlp: Language | None = None,
                      gazetteer: Gazetteer | None = None, actors: Iterable[Path] = ()
                      ) -> tuple[Evaluation, CrossdocScore]:
    """Extract the gold folders' documents, link them in one store in memory, and score both the
    documents (as :func:`kg.evaluate.evaluate`) and the links."""
    from kg.evaluate.contract import read_graph
    from kg.ingest import ingest
    from kg.rdf import to_graph
    from kg.store import Store
    from kg.vocab import DIP

    folders = list(folders)
    golds = read_gold_set(folders)
    cluster_of: dict[tuple[str, int], str] = {}
    for folder in folders:
        mine = [g for g in golds if g.path.parent.resolve() == folder.resolve()]
        cluster_of.update(read_clusters(folder, mine))
    nlp, gazetteer = load_pipeline(nlp, gazetteer, actors)
    docs = read_texts(golds)
    extractions = {}
    store = Store.open(":memory:")
    ingest(store, docs, n_process=max(1, jobs), gazetteer=gazetteer, nlp=nlp,
           on_document=lambda ex: extractions.__setitem__(ex.document.id, ex))
    graphs = [to_graph(extractions[d.id]) for d in docs]
    predictions: list[Scored] = [read_graph(g) for g in graphs]
    rows = store.query(f"SELECT ?e ?w WHERE {{ ?e <{DIP.realWorldEvent}> ?w }}").rows
    links = {str(e): str(w) for e, w in rows}
    scores = [score_document(g.name, g.gold, p) for g, p in zip(golds, predictions, strict=True)]
    as_linker_reads = [read_graph(g, alt_labels=False) for g in graphs]
    return Evaluation(scores, summarize(scores)), score_links(golds, as_linker_reads, links, cluster_of)
