"""What the projections hold of one event: :class:`EventRecord`, a report of one document or a
real-world event that folds several reports (``reports``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations


@dataclass
class EventRecord:
    """One event as the projections see it; ``participants`` holds every actor (roles included).

    A real-world event (``iri`` under ``https://w3id.org/dipkg/rwe/``) keeps its reports in
    ``reports``, each an :class:`EventRecord` of one document, and the union of their evidence in
    ``evidence``; a report that no other document reports has no ``reports``.
    """

    iri: str
    type: str
    quad: str | None = None
    sign: int = 0
    date: str | None = None
    modality: str = "asserted"
    event_class: str | None = None
    label: str = ""
    trigger: str | None = None
    date_text: str | None = None
    doc: str | None = None
    doc_id: str | None = None
    headline: str | None = None
    url: str | None = None
    published: str | None = None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    reports: list[EventRecord] = field(default_factory=list)

    def role(self, actor: str) -> str | None:
        if actor in self.sources:
            return "source"
        if actor in self.targets:
            return "target"
        return "participant" if actor in self.participants else None

    def pairs(self) -> list[tuple[str, str, bool]]:
        """``(u, v, directed)``: source -> target when the event has a direction, else every pair
        (also when its actors are all sources, as in "A and B spoke by phone")."""
        if self.sources or self.targets:
            srcs = self.sources or [a for a in self.participants if a not in self.targets]
            tgts = self.targets or [a for a in self.participants if a not in self.sources]
            directed = [(s, t, True) for s in srcs for t in tgts if s != t]
            if directed:
                return directed
        return [(a, b, False) for a, b in combinations(sorted(set(self.participants)), 2)]

    def sentence(self) -> str:
        return self.evidence[0]["text"] if self.evidence else ""

    def document_ids(self) -> list[str]:
        """The documents that report the event (its reports' documents, or its own), in report order."""
        parts = self.reports or [self]
        return list(dict.fromkeys(r.doc_id or r.doc or "" for r in parts))
