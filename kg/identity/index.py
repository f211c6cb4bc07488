"""The candidate index in the store: every report filed under its keys (:mod:`kg.identity.keys`), in
the named graph ``graph/identity-index`` as ``<key> dip:candidateOf <report>``, so a link looks a new
report's keys up (each one range of an Oxigraph index, in time proportional to its answer) instead
of scanning the months of its actors.

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

from kg.identity.keys import LEVELS, filed_keys
from kg.identity.report import Report
from kg.identity.rules import Rules
from kg.store.ntriples import statements
from kg.vocab import DIP, GRAPH

INDEX_GRAPH = str(GRAPH["identity-index"])
KEY = "https://w3id.org/dipkg/index/"
SCHEME = 1  # the key scheme's version: a change makes every index stale
CHUNK = 500  # keys per bound query
WRITE_CHUNK = 200_000  # entries per write in a rebuild
_FILED = f"<{DIP.candidateOf}>"
_STATE = f"<{DIP.indexState}>"


def digest(rule: Rules) -> str:
    """The rules' fields the keys depend on, and the scheme, as a short digest."""
    data = [SCHEME, LEVELS, sorted(map(sorted, rule.compatible_types)), rule.max_extra_participants,
            rule.stated_slack_days, rule.report_window_days, rule.undated_window_days,
            list(rule.relative_dates), sorted(rule.organs.items())]
    return hashlib.sha1(json.dumps(data).encode("utf-8")).hexdigest()[:16]


def entries(reports: Iterable[Report], rule: Rules) -> Iterator[str]:
    """The index's lines (N-Triples) for ``reports``."""
    for r in reports:
        obj = f"<{r.iri}> .\n"
        for key in filed_keys(r, rule):
            yield f"<{KEY}{key}> {_FILED} {obj}"


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


def lookup(store, keys: Iterable[str]) -> set[str]:
    """The report IRIs filed under any of ``keys``."""
    keys = sorted(set(keys))
    # one query of many keys: on an embedded store about a tenth of the time of a quad-pattern
    # read per key (each opens its own read of the store)
    found: set[str] = set()
    for i in range(0, len(keys), CHUNK):
        values = " ".join(f"<{KEY}{k}>" for k in keys[i:i + CHUNK])
        rows = store.query(f"SELECT ?e WHERE {{ GRAPH <{INDEX_GRAPH}> {{ VALUES ?k {{ {values} }} "
                           f"?k {_FILED} ?e }} }}").rows
        found.update(str(row[0]) for row in rows)
    return found


def _existing(store) -> Iterator[str]:
    """The index graph's lines as the store holds them."""
    match = getattr(store, "match", None)
    if match is not None:
        for s, p, o, _ in match(graph=INDEX_GRAPH):  # the index holds IRIs only
            yield f"<{s}> <{p}> <{o}> .\n"
        return
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?s ?p ?o }} }}").rows
    yield from (statements([row]) for row in rows)


def rebuild(store, reports: Iterable[Report], rule: Rules) -> int:
    """File every report of the store again: the entries that differ from the graph's are removed or
    added (Oxigraph removes a quad in many times the time it adds one, so a graph dropped and
    written again would spend most of a re-link deleting), then the mark. The number of entries."""
    invalidate(store)
    want = list(entries(reports, rule))
    want.append(_state_line(rule))
    wanted = {hash(line) for line in want}
    held: set[int] = set()
    stale: list[str] = []
    for line in _existing(store):
        held.add(hash(line))
        if hash(line) not in wanted:
            stale.append(line)
    add = [line for line in want if hash(line) not in held]
    del wanted, held
    for i in range(0, len(stale), WRITE_CHUNK):
        store.update(f"DELETE DATA {{ GRAPH <{INDEX_GRAPH}> {{\n{''.join(stale[i:i + WRITE_CHUNK])}}} }}")
    bulk = getattr(store, "bulk_add", None)
    for i in range(0, len(add), WRITE_CHUNK):
        part = add[i:i + WRITE_CHUNK]
        if bulk is not None:
            bulk("".join(line[:-2] + f"<{INDEX_GRAPH}> .\n" for line in part))
        else:
            store.update(insert(part))
    return len(want) - 1
