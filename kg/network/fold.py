"""Reports folded into their real-world events: one :class:`EventRecord` per real-world event
(``dip:realWorldEvent``), whose actors and evidence are the union of its reports', so that the
graphs, the analytics and the HTML page count events, not reports."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.network.records import EventRecord

#: among reports that disagree on modality and are as many, the one a folded event takes
MODALITY_ORDER = ("asserted", "planned", "hypothetical", "negated")


def _commonest(values: Iterable, order: Iterable = ()) -> object:
    """The value most reports give; among equals, the first in ``order``, then the smallest."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    rank = {v: i for i, v in enumerate(order)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), str(v)))


def _report_order(e: EventRecord) -> tuple:
    return (e.published or "9999", e.doc_id or e.doc or "", e.iri)


def fold_reports(events: dict[str, EventRecord], links: Iterable[dict]) -> dict[str, EventRecord]:
    """The events with every linked report replaced by its real-world event.

    ``links`` are rows ``{"event": report IRI, "rwe": real-world event IRI, "best": its best date}``
    (``kg/queries/projection-links.rq``). A report in no link stays as it is.
    """
    groups: dict[str, list[EventRecord]] = {}
    best: dict[str, str | None] = {}
    for row in links:
        report = events.get(row["event"])
        if report is not None:
            groups.setdefault(row["rwe"], []).append(report)
            best[row["rwe"]] = row.get("best")
    folded = {r.iri for reports in groups.values() for r in reports}
    out = {iri: e for iri, e in events.items() if iri not in folded}
    for rwe, reports in groups.items():
        out[rwe] = real_world_event(rwe, sorted(reports, key=_report_order), best[rwe])
    return dict(sorted(out.items()))


def real_world_event(iri: str, reports: list[EventRecord], best: str | None = None) -> EventRecord:
    """One event of ``reports`` (in publication order): the type, class and modality most of them
    give, the best date (else the date most of them give), every actor and every evidence sentence, each
    sentence with the document it comes from."""
    kind = _commonest(r.type for r in reports)
    first = next(r for r in reports if r.type == kind)
    sources = list(dict.fromkeys(a for r in reports for a in r.sources))
    targets = list(dict.fromkeys(a for r in reports for a in r.targets))
    if set(sources) & set(targets):  # reports that disagree on who acted on whom: no direction
        sources, targets = [], []
    evidence = [{**s, "report": r.iri, "doc": r.doc_id or r.doc or "", "headline": r.headline or "",
                 "published": r.published or ""} for r in reports for s in r.evidence]
    return EventRecord(
        iri=iri, type=kind, quad=first.quad, sign=first.sign,
        date=best or _commonest(r.date for r in reports) or None,
        modality=_commonest((r.modality for r in reports), MODALITY_ORDER) or "asserted",
        event_class=_commonest(r.event_class for r in reports), label=first.label,
        trigger=first.trigger, date_text=first.date_text, doc=first.doc, doc_id=first.doc_id,
        headline=first.headline, url=first.url, published=reports[0].published,
        sources=sources, targets=targets,
        participants=list(dict.fromkeys(a for r in reports for a in r.participants)),
        evidence=evidence, reports=list(reports),
    )
