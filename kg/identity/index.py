"""The candidate index in the store: every report filed under its keys (:mod:`kg.identity.keys`), in
the named graph ``graph/identity-index`` as ``<key> dip:candidateOf <report>``, with the linker's view
of the report (``<report> dip:linkView "JSON"``: the fields of :class:`Report`), so a link looks a
new report's keys up and reads what the rules compare in one query, instead of scanning the months
of its actors and reading each candidate's facts. A view is read only while its report is in a
document's graph; a report's new view replaces its old one when its document is linked again.

The graph holds a mark (``dip:indexState``, a digest of the key scheme and the rules it depends on)
only while it files every report of the store: :func:`rebuild` (``kg relink``) writes it, a link
into a store that held no report before starts it, and :func:`invalidate` (``kg load``, which writes
documents without linking them) takes it away; without it the linker reads the store as before.
Entries of reports that are gone (a document removed or replaced) may stay until the next re-link:
a lookup that finds one reads nothing for it, and the rules decide on the reports that are there.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import date

from rdflib.namespace import RDF

from kg.identity.keys import LEVELS, filed_keys
from kg.identity.report import Report
from kg.identity.rules import Rules
from kg.store.ntriples import statements
from kg.vocab import DIP, SEM
from kg.vocab import INDEX_GRAPH as _INDEX

INDEX_GRAPH = str(_INDEX)
KEY = "https://w3id.org/dipkg/index/"
SCHEME = 6  # the key scheme's version: a change makes every index stale
CHUNK = 500  # keys per bound query
WRITE_CHUNK = 200_000  # entries per write in a rebuild
_FILED = f"<{DIP.candidateOf}>"
_STATE = f"<{DIP.indexState}>"
_VIEW = f"<{DIP.linkView}>"


def _literal(text: str) -> str:
    """``text`` (ASCII, as ``json.dumps`` writes it) as an N-Triples literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def view(r: Report) -> str:
    """The report's fields as JSON."""
    return json.dumps([r.iri, r.doc, r.plover, r.event_class, sorted(r.participants), sorted(r.source),
                       sorted(r.target), r.date, r.basis, r.date_text, r.modality, r.place,
                       r.published.isoformat() if r.published else None, r.background])


def from_view(text: str) -> Report:
    """The report a :func:`view` describes."""
    (iri, doc, plover, cls, participants, source, target, when, basis, date_text, modality, place,
     published, *rest) = json.loads(text)
    return Report(iri=iri, doc=doc, plover=plover, event_class=cls, participants=frozenset(participants),
                  source=frozenset(source), target=frozenset(target), date=when, basis=basis,
                  date_text=date_text, modality=modality, place=place, background=bool(rest and rest[0]),
                  published=date.fromisoformat(published) if published else None)


def digest(rule: Rules) -> str:
    """The rules' fields the keys depend on, and the scheme, as a short digest."""
    data = [SCHEME, LEVELS, sorted(map(sorted, rule.compatible_types)), rule.max_extra_participants,
            rule.stated_slack_days, rule.report_window_days, rule.undated_window_days,
            list(rule.relative_dates), sorted(rule.organs.items()), rule.carried_window_days,
            sorted(rule.spokespeople.items()), sorted(rule.condemned_types),
            sorted(rule.lasting_classes), rule.lasting_window_days, sorted(rule.statement_types)]
    return hashlib.sha1(json.dumps(data).encode("utf-8")).hexdigest()[:16]


def entries(reports: Iterable[Report], rule: Rules) -> Iterator[str]:
    """The index's lines (N-Triples) for ``reports``: each one's keys and view."""
    for r in reports:
        keys = filed_keys(r, rule)
        if not keys:
            continue
        obj = f"<{r.iri}> .\n"
        for key in keys:
            yield f"<{KEY}{key}> {_FILED} {obj}"
        yield f"<{r.iri}> {_VIEW} {_literal(view(r))} .\n"


def replace(reports: list[Report], rule: Rules) -> str:
    """A SPARQL update that takes the old views of ``reports`` away and files them (their new keys
    and views)."""
    if not reports:
        return ""
    values = " ".join(f"<{r.iri}>" for r in reports)
    drop = (f"DELETE {{ GRAPH <{INDEX_GRAPH}> {{ ?e {_VIEW} ?v }} }} WHERE {{ VALUES ?e {{ {values} }} "
            f"GRAPH <{INDEX_GRAPH}> {{ ?e {_VIEW} ?v }} }}")
    add = insert(entries(reports, rule))
    return f"{drop} ;\n{add}" if add else drop


def _state_line(rule: Rules) -> str:
    return f'<{INDEX_GRAPH}> {_STATE} "{digest(rule)}" .\n'


def insert(lines: Iterable[str]) -> str:
    """A SPARQL update that adds ``lines`` to the index graph ("" when none)."""
    body = "".join(lines)
    return f"INSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{\n{body}}} }}" if body else ""


def start(rule: Rules) -> str:
    """The update that marks the index as filing every report."""
    return insert([_state_line(rule)])


def is_complete(store, rule: Rules) -> bool:
    """Whether the index files every report of the store under ``rule``'s keys."""
    q = f'ASK {{ GRAPH <{INDEX_GRAPH}> {{ <{INDEX_GRAPH}> {_STATE} "{digest(rule)}" }} }}'
    return bool(store.query(q).boolean)


def invalidate(store) -> None:
    """Take the mark away (documents were written without being filed)."""
    store.update(f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{INDEX_GRAPH}> {_STATE} ?s }} }}")


def lookup(store, keys: Iterable[str]) -> dict[str, Report]:
    """The reports filed under any of ``keys``, by IRI, as their views describe them: some may be gone
    from the documents' graphs (:func:`present` tells)."""
    keys = sorted(set(keys))
    # one query of many keys: on an embedded store about a tenth of the time of a quad-pattern
    # read per key (each opens its own read of the store)
    found: dict[str, Report] = {}
    for i in range(0, len(keys), CHUNK):
        values = " ".join(f"<{KEY}{k}>" for k in keys[i:i + CHUNK])
        found.update((e, from_view(v)) for e, v in _pairs(
            store, f"SELECT DISTINCT ?e ?v WHERE {{ GRAPH <{INDEX_GRAPH}> {{ "
                   f"VALUES ?k {{ {values} }} ?k {_FILED} ?e . ?e {_VIEW} ?v }} }}"))
    return found


def views(store, iris: list[str]) -> dict[str, Report]:
    """The reports ``iris`` as their views describe them (those the index files), by IRI."""
    found: dict[str, Report] = {}
    for i in range(0, len(iris), CHUNK):
        values = " ".join(f"<{e}>" for e in iris[i:i + CHUNK])
        text = f"SELECT ?e ?v WHERE {{ GRAPH <{INDEX_GRAPH}> {{ VALUES ?e {{ {values} }} ?e {_VIEW} ?v }} }}"
        found.update((e, from_view(v)) for e, v in _pairs(store, text))
    return found


def present(store, reports: list[Report]) -> list[Report]:
    """The ``reports`` a document's graph still holds (checked for the few a lookup keeps: joined
    with every lookup's views, the check took 2 to 4 times the lookup). On an embedded store each is
    one read of one of Oxigraph's indexes, without a query."""
    match = getattr(store, "match", None)
    if match is not None:
        kind, event = str(RDF.type), str(SEM.Event)
        return [r for r in reports if any(g is not None for *_, g in match(r.iri, kind, event))]
    held: set[str] = set()
    for i in range(0, len(reports), CHUNK):
        values = " ".join(f"<{r.iri}>" for r in reports[i:i + CHUNK])
        text = (f"SELECT ?e WHERE {{ VALUES ?e {{ {values} }} "
                f"FILTER EXISTS {{ GRAPH ?g {{ ?e a <{SEM.Event}> }} }} }}")
        held.update(str(row[0]) for row in store.query(text).rows)
    return [r for r in reports if r.iri in held]


def _pairs(store, text: str) -> Iterable[tuple[str, str]]:
    """The rows of a SELECT of two variables as plain strings."""
    select = getattr(store, "select_pairs", None)  # read as TSV, not as rdflib terms
    return select(text) if select is not None else ((str(a), str(b)) for a, b in store.query(text).rows)


def _existing(store) -> Iterator[str]:
    """The index graph's lines as the store holds them."""
    match = getattr(store, "match", None)
    if match is not None:
        view_of = str(DIP.linkView)
        for s, p, o, _ in match(graph=INDEX_GRAPH):
            yield f"<{s}> <{p}> {_literal(o) if p in (view_of, str(DIP.indexState)) else f'<{o}>'} .\n"
        return
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?s ?p ?o }} }}").rows
    yield from (statements([row]) for row in rows)


def rebuild(store, reports: Iterable[Report], rule: Rules) -> int:
    """File every report of the store again: the entries that differ from the graph's are removed or
    added (Oxigraph removes a quad in many times the time it adds one, so a graph dropped and
    written again would spend most of a re-link deleting), then the mark. The number of entries.

    Hashes are held (of the graph's lines, and of those still wanted), not lines: the new lines are
    written as they are made, ``WRITE_CHUNK`` at a time."""
    invalidate(store)
    held = {hash(line) for line in _existing(store)}
    wanted: set[int] = set()
    part: list[str] = []
    bulk = getattr(store, "bulk_add", None)

    def write(lines: list[str]) -> None:
        if bulk is not None:
            bulk("".join(line[:-2] + f"<{INDEX_GRAPH}> .\n" for line in lines))
        else:
            store.update(insert(lines))

    n = 0
    for line in entries(reports, rule):
        n += 1
        h = hash(line)
        if h in held:
            wanted.add(h)
            continue
        part.append(line)
        if len(part) >= WRITE_CHUNK:
            write(part)
            part = []
    if part:
        write(part)
    gone = held - wanted
    stale = [line for line in _existing(store) if hash(line) in gone] if gone else []
    for i in range(0, len(stale), WRITE_CHUNK):
        store.update(f"DELETE DATA {{ GRAPH <{INDEX_GRAPH}> {{\n{''.join(stale[i:i + WRITE_CHUNK])}}} }}")
    store.update(start(rule))
    return n
