"""The identity layer in a store: read reports, link documents in, take them out, re-link all.

The links (``report dip:realWorldEvent event``) live in the store's default graph; the real-world
events and their derived facts in the named graph ``graph/identity``. The documents' own graphs are
never touched, so a document's removal or re-ingest changes only the real-world events it reports.
Linking a document touches only the real-world events its reports join: candidates come from the
store by type and month (``dip:inTally``) and actor, never from a scan of the store.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from sys import intern

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from kg.identity import index, pending
from kg.identity.cluster import clusters, linked_to
from kg.identity.days import ALWAYS, NEVER
from kg.identity.facts import facts, links
from kg.identity.halves import halves, may_pair
from kg.identity.keys import halves_part, lookup_keys
from kg.identity.link import _news_day, window
from kg.identity.participants import anchors, may_agree, may_agree_with
from kg.identity.report import Report
from kg.identity.rules import Rules, rules
from kg.rdf import document_iri, graph_iri
from kg.resources import queries_dir
from kg.sparql.binding import bind_values
from kg.sparql.terms import sparql_term
from kg.store.ntriples import statements
from kg.vocab import ACTOR, DIP, GRAPH, PLOVER, SCHEMA, SEM, TALLY

IDENTITY_GRAPH = GRAPH["identity"]
CHUNK = 500  # values per bound query
HOPS = 1  # how far from a new report linking follows the reports linked with it
WRITE_CHUNK = 20000  # triples per INSERT DATA in a full re-link
BASIS = {str(DIP.StatedDate): "stated", str(DIP.ReportDate): "report"}
#: the facts of an event the linker reads
READ = {_p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]: _p for _p in (
    RDF.type, SEM.eventType, PROV.wasDerivedFrom, DIP.modality, SEM.hasTimeStamp, DIP.dateBasis, DIP.dateText,
    DIP.placeName, SEM.hasActor, DIP.source, DIP.target, DIP.background)}


@dataclass
class LinkResult:
    reports: int = 0  # reports read
    events: int = 0  # real-world events written
    linked: int = 0  # reports that carry a real-world event


@cache
def _query(name: str) -> str:
    return (queries_dir() / "identity" / f"{name}.rq").read_text(encoding="utf-8")


def _rows(store, name: str = "", params: dict | None = None, text: str | None = None
          ) -> list[tuple[str | None, ...]]:
    """The rows of the named identity query (or of ``text``), as plain strings (on an embedded store
    read from its answer as TSV: making rdflib terms of them cost three times the query, and
    pyoxigraph's own terms one by one as much as the query)."""
    text = text or _query(name)
    select = getattr(store, "select_values", None)
    if select is None:
        return [tuple(None if v is None else str(v) for v in row) for row in store.query(text, params).rows]
    return list(select(bind_values(text, params) if params else text))


def _property(store, prop: str) -> Iterable[tuple[str, str]]:
    """(subject, object) of every quad of ``prop`` in a named graph: on an embedded store from one
    query whose answer Oxigraph writes as TSV (a third of the time of reading its quads one by one),
    else by a bound query."""
    select = getattr(store, "select_pairs", None)
    if select is None:
        return ((str(e), o) for e, o in _rows(store, "property", {"p": URIRef(prop)}))
    return select(_query("property").replace("?p", sparql_term(URIRef(prop))))


def _classes(store) -> Iterable[tuple[str, str]]:
    """(event, class) of every document event's ``sem:Event`` and ``dip:`` classes (and maybe of
    other nodes: the caller keeps the events')."""
    select = getattr(store, "select_pairs", None)
    if select is None:
        return _property(store, str(RDF.type))
    return select(_query("classes"))


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _key(iri: str) -> str:
    return iri[len(str(ACTOR)):] if iri.startswith(str(ACTOR)) else iri


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _true(values) -> bool:
    """A boolean literal is true (as the store writes it: ``true``, ``"true"^^xsd:boolean``, ``1``)."""
    return any(str(v).lstrip('"').lower().startswith(("true", "1")) for v in values or ())


def _name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_reports(store, *, graphs: Iterable[str] | None = None, events: Iterable[str] | None = None
                 ) -> list[Report]:
    """The document events of ``graphs`` (named graphs), of ``events`` (IRIs), or of the whole store."""
    if graphs is not None:
        var, values = "g", [URIRef(g) for g in graphs]
    else:
        var, values = "e", None if events is None else [URIRef(e) for e in events]
    facts_of: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    if values is None:  # every event: its types first, then each other property of those events
        for e, o in _property(store, str(SEM.eventType)):
            facts_of[e]["eventType"].append(o)
        for prop in READ.values():
            if prop == SEM.eventType:
                continue
            name = _name(str(prop))
            for e, o in _classes(store) if prop == RDF.type else _property(store, str(prop)):
                if e in facts_of:  # one string of each value (an actor, a day) for a million events
                    facts_of[e][name].append(intern(o))
    for params in [] if values is None else [{var: part} for part in _chunks(values)]:
        for e, p, o in _rows(store, "reports", params):
            name = _name(str(p))
            if name in READ:
                facts_of[str(e)][name].append(o)
    published: dict[str, date | None] = {}
    if values is None:  # every document's: one property read, not the documents in parts
        published.update((doc, _date(pub)) for doc, pub in _property(store, str(SCHEMA.datePublished)))
    else:
        docs = sorted({str(d) for f in facts_of.values() for d in f.get("wasDerivedFrom", ())})
        for part in _chunks([URIRef(d) for d in docs]):
            for doc, pub in _rows(store, "published", {"doc": part}):
                published[str(doc)] = _date(pub)
    out = []
    for iri, f in facts_of.items():
        types = [str(t) for t in f.get("eventType", ()) if str(t).startswith(str(PLOVER))]
        doc = min((str(d) for d in f.get("wasDerivedFrom", ())), default=None)
        if not types or doc is None or str(SEM.Event) not in map(str, f.get("type", ())):
            continue
        classes = sorted(str(c)[len(str(DIP)):] for c in f.get("type", ()) if str(c).startswith(str(DIP)))
        one = {k: str(min(f[k], key=str)) for k in ("hasTimeStamp", "dateBasis", "dateText", "placeName",
                                                     "modality") if f.get(k)}
        out.append(Report(
            iri=iri, doc=doc, plover=intern(min(types)[len(str(PLOVER)):]),
            event_class=classes[0] if classes else None,
            participants=frozenset(intern(_key(str(a))) for a in f.get("hasActor", ())),
            source=frozenset(intern(_key(str(a))) for a in f.get("source", ())),
            target=frozenset(intern(_key(str(a))) for a in f.get("target", ())),
            date=one.get("hasTimeStamp"), basis=BASIS.get(one.get("dateBasis", "")),
            date_text=one.get("dateText"), background=_true(f.get("background")),
            modality=intern(_name(one.get("modality", "Asserted")).lower()),
            place=one.get("placeName"), published=published.get(doc)))
    out.sort(key=lambda x: x.iri)
    return out


def _periods(lo: date, hi: date) -> list[str] | None:
    """The tally periods (months, their years, 'undated') a window touches; None: too wide to list."""
    if lo == NEVER or hi == ALWAYS or (hi - lo).days > 800:
        return None
    months, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months + sorted({p[:4] for p in months}) + ["undated"]


def _scan(store, new: list[Report], rule: Rules) -> set[str]:
    """Events of a type ``new``'s reports may have that name one of their actors, in a tally month
    their windows touch (widened by how far a window reaches past its own date): the store read
    without the candidate index."""
    near = timedelta(days=max(rule.report_window_days, rule.stated_slack_days,
                                rule.carried_window_days) + 1)
    far = max(near, timedelta(days=rule.lasting_window_days + 1))  # a lasting event's class
    found: set[str] = set()
    dated: set[tuple] = set()  # (tally, actor, first day, last day): one lookup each
    undated: set[URIRef] = set()
    actors: set[URIRef] = set()
    unbounded: set[str] = set()  # types to search whatever the date
    for r in new:
        if not r.participants:
            continue
        mine = [ACTOR[a] for a in sorted(anchors(r))]
        actors.update(mine)
        lo, hi = window(r, rule)
        reach = far if r.event_class in rule.lasting_classes else near
        bounded = lo != NEVER and hi != ALWAYS
        periods = _periods(lo - reach, hi + reach) if bounded else None
        if periods is not None:
            first = Literal((lo - reach).isoformat(), datatype=XSD.date)
            last = Literal((hi + reach).isoformat(), datatype=XSD.date)
        for plover in rule.compatible_with(r.plover):
            undated.add(TALLY[f"{plover}/undated"])
            if periods is None:
                unbounded.add(plover)
                continue
            dated.update((TALLY[f"{plover}/{p}"], a, first, last) for p in periods if p != "undated"
                         for a in mine)
    for part in _chunks(sorted(dated)):
        block = " ".join(f"({' '.join(sparql_term(t) for t in row)})" for row in part)
        values = f"WHERE {{ VALUES (?tally ?actor ?lo ?hi) {{ {block} }}"
        text = _query("candidates").replace("WHERE {", values, 1)
        found.update(str(row[0]) for row in _rows(store, text=text))
    if undated:
        params = {"tally": sorted(undated), "actor": sorted(actors)}
        found.update(str(row[0]) for row in _rows(store, "candidates-undated", params))
    if unbounded:
        params = {"type": [PLOVER[t] for t in sorted(unbounded)], "actor": sorted(actors)}
        found.update(str(row[0]) for row in _rows(store, "candidates-by-type", params))
    return found


def _scan_days(store, new: list[Report], rule: Rules) -> set[str]:
    """Events of an attack type of the days ``new``'s halves of an attack may be linked on
    (:func:`kg.identity.keys.halves_part`: the day its report gives it, and the days of slack
    around it), whatever their actors: the store read without the candidate index."""
    rows: set[tuple] = set()
    for r in new:
        keys = halves_part(r, rule, lookup=True)  # none without a day (_news_day)
        if not keys:
            continue
        day = _news_day(r)
        asked = [int(k.rsplit("/", 1)[1]) for k in keys]  # the days its keys ask
        lo, hi = date.fromordinal(min(asked)), date.fromordinal(max(asked))
        first = Literal(lo.isoformat(), datatype=XSD.date)
        last = Literal(hi.isoformat(), datatype=XSD.date)
        months = {f"{d.year:04d}-{d.month:02d}" for d in (lo, day, hi)}
        for plover in sorted(rule.compatible_with(r.plover) & rule.condemned_types):
            rows.update((TALLY[f"{plover}/{m}"], first, last) for m in months)
    found: set[str] = set()
    for part in _chunks(sorted(rows)):
        block = " ".join(f"({' '.join(sparql_term(t) for t in row)})" for row in part)
        values = f"WHERE {{ VALUES (?tally ?lo ?hi) {{ {block} }}"
        text = _query("candidates-by-day").replace("WHERE {", values, 1)
        found.update(str(row[0]) for row in _rows(store, text=text))
    return found


def candidates(store, new: list[Report], rule: Rules | None = None, known: set[str] = frozenset(),
               indexed: bool = False) -> list[Report]:
    """Events in the store that could report what ``new`` reports (a superset of those
    :func:`same_event` links with them), leaving out ``known`` IRIs: looked up by key in the
    candidate index when it is ``indexed`` (:mod:`kg.identity.index`; a report whose window has no
    bounds is looked for as without it), else read from the store by type, tally month and actor.
    Those looked up by key are as their views describe them: some may be gone from the documents'
    graphs (:func:`kg.identity.index.present` tells)."""
    rule = rule or rules()
    keys: list[str] = []
    scan: list[Report] = []
    for r in new:
        mine = lookup_keys(r, rule) if indexed else None
        if mine is None:
            scan.append(r)
        else:
            keys.extend(mine)
    extra = rule.max_extra_participants
    viewed = {iri: r for iri, r in (index.lookup(store, keys) if keys else {}).items() if iri not in known}
    found = _scan(store, scan, rule) - known - set(viewed) if scan else set()
    # the participants alone rule most of them out, before their other facts are read
    parts: dict[str, set[str]] = defaultdict(set)
    for part in _chunks(sorted(found)):
        for e, a in _rows(store, "actors", {"e": [URIRef(x) for x in part]}):
            parts[e].add(_key(a))
    found = {e for e in found if any(may_agree(r, frozenset(parts[e]), extra) for r in new)}
    out = [c for c in viewed.values()
           if any(may_agree_with(r, c, extra) or may_pair(r, c, rule) for r in new)]
    out += read_reports(store, events=sorted(found)) if found else []
    halved = _scan_days(store, scan, rule) - known - set(viewed) - found if scan else set()
    return out + [c for c in (read_reports(store, events=sorted(halved)) if halved else [])
                  if any(may_pair(r, c, rule) for r in new)]


def _events_of_documents(store, docs: list[str]) -> set[str]:
    out: set[str] = set()
    for part in _chunks([URIRef(d) for d in docs]):
        out.update(str(row[0]) for row in _rows(store, "events-of-documents", {"doc": part}))
    return out


def _members(store, events: set[str]) -> set[str]:
    out: set[str] = set()
    for part in _chunks([URIRef(w) for w in sorted(events)]):
        out.update(str(row[0]) for row in _rows(store, "links", {"w": part}))
    return out


def _rewrite(store, old: set[str], new: dict[str, list[Report]], extra: str = "") -> None:
    """Replace the real-world events ``old`` (links and facts) by ``new``, and run ``extra`` (an
    update of the candidate index), in one update."""
    ops = [extra] if extra else []
    for part in _chunks(sorted(old)):
        values = " ".join(sparql_term(URIRef(w)) for w in part)
        ops.append(f"DELETE {{ ?e <{DIP.realWorldEvent}> ?w }} WHERE {{ VALUES ?w {{ {values} }} "
                   f"?e <{DIP.realWorldEvent}> ?w }}")
        ops.append(f"DELETE {{ GRAPH <{IDENTITY_GRAPH}> {{ ?w ?p ?o }} }} WHERE {{ VALUES ?w {{ {values} }} "
                   f"GRAPH <{IDENTITY_GRAPH}> {{ ?w ?p ?o }} }}")
    if new:
        fact_triples = [t for iri, members in sorted(new.items()) for t in facts(iri, members)]
        ops.append(f"INSERT DATA {{\n{statements(links(new))}"
                   f"GRAPH <{IDENTITY_GRAPH}> {{\n{statements(fact_triples)}}}\n}}")
    if ops:
        store.update(" ;\n".join(ops))


def _neighbourhood(store, seed: list[Report], rule: Rules, indexed: bool, hops: int = HOPS,
                   gone: frozenset[str] = frozenset()) -> dict[str, Report]:
    """The reports joined to ``seed`` through :func:`same_event` in at most ``hops`` steps (none of
    the documents ``gone``), and one step further from a report the last step found by halves of an
    attack (:func:`kg.identity.halves.halves`: the reports that compete for that link, or place its
    author, are linked with it; :func:`kg.identity.halves.uncontested` weighs them)."""
    known = {r.iri: r for r in seed}
    frontier, last = list(seed), []
    for step in range(hops + 1):
        if step == hops:
            frontier = [c for c in frontier if any(halves(f, c, rule) for f in last)]
        if not frontier:
            break
        near = [c for c in candidates(store, frontier, rule, set(known), indexed)
                if c.iri not in known and c.doc not in gone]
        found = linked_to(frontier, near, rule)
        if indexed:  # a view may outlive its report (a document removed or replaced): checked
            found = index.present(store, found)  # for the few the rules link, not every candidate
        for c in found:
            known[c.iri] = c
        frontier, last = found, frontier
    return known


@dataclass
class Plan:
    """What a link would write: the real-world events ``old`` it replaces by ``made``, from the
    ``reports`` it read."""
    old: set[str]
    made: dict[str, list[Report]]
    reports: int


def _plan_around(store, seed: list[Report], old: set[str], rule: Rules, indexed: bool,
                 gone: frozenset[str] = frozenset(), hops: int = HOPS) -> Plan:
    """Cluster ``seed``'s neighbourhood again, with every report of the real-world events it touches
    (but those of the documents ``gone``): the events to put in place of those (and of ``old``)."""
    universe = _neighbourhood(store, seed, rule, indexed, hops, gone)
    old = set(old)
    for part in _chunks([URIRef(iri) for iri in sorted(universe)]):
        old.update(str(row[1]) for row in _rows(store, "links", {"e": part}))
    more = sorted(_members(store, old) - set(universe))
    viewed = index.views(store, more) if indexed and more else {}
    universe.update((r.iri, r) for r in index.present(store, list(viewed.values())))  # not removed
    unviewed = [e for e in more if e not in viewed]
    for r in read_reports(store, events=unviewed) if unviewed else []:
        universe[r.iri] = r
    if gone:
        universe = {iri: r for iri, r in universe.items() if r.doc not in gone}
    return Plan(old, clusters(universe.values(), rule), len(universe))


def _relink_around(store, seed: list[Report], old: set[str], rule: Rules, indexed: bool,
                   extra: str = "", gone: frozenset[str] = frozenset()) -> LinkResult:
    """:func:`_plan_around`, written in place of the events it replaces with ``extra`` (an index
    update, a document's drop), in one update."""
    plan = _plan_around(store, seed, old, rule, indexed, gone)
    _rewrite(store, plan.old, plan.made, extra)
    return LinkResult(plan.reports, len(plan.made), sum(len(m) for m in plan.made.values()))


def _seed(store, doc_ids: list[str]) -> tuple[list[Report], list[Report], set[str]]:
    """The documents' reports now, those with the reports they were linked with before (a
    re-ingest), and the real-world events they reported."""
    new = read_reports(store, graphs=[str(graph_iri(d)) for d in doc_ids])
    old = _events_of_documents(store, [str(document_iri(d)) for d in doc_ids])
    before = _members(store, old) - {r.iri for r in new}
    return new, new + (read_reports(store, events=sorted(before)) if before else []), old


def plan_link(store, doc_ids: Iterable[str], rule: Rules | None = None, hops: int = HOPS) -> Plan:
    """What :func:`link_documents` would write, following ``hops`` steps of links from the
    documents' reports, without writing it (to compare how far a link needs to look)."""
    rule = rule or rules()
    _, seed, old = _seed(store, list(dict.fromkeys(doc_ids)))
    return _plan_around(store, seed, old, rule, index.is_complete(store, rule), hops=hops)


def link_documents(store, doc_ids: Iterable[str], rule: Rules | None = None) -> LinkResult:
    """Link the events of documents already in the store with the reports of the others.

    Only the reports near these documents' reports (now, or before a re-ingest: ``HOPS`` links
    away) and the real-world events they belong to are read and rewritten. The result is the one
    :func:`relink` of the whole store gives unless a chain of linked reports runs further than that
    (dense coverage of one pair of actors); ``kg relink`` is then the reference."""
    rule = rule or rules()
    doc_ids = list(dict.fromkeys(doc_ids))
    new, seed, old = _seed(store, doc_ids)
    indexed = index.is_complete(store, rule)
    if indexed:
        ops = [index.replace(new, rule)]
    elif _alone(store, doc_ids):  # the first documents of a store: the index starts with them
        ops = [index.replace(new, rule), index.start(rule)]
    else:
        ops = []
    extra = " ;\n".join(filter(None, [*ops, pending.cleared(doc_ids)]))
    return _relink_around(store, seed, old, rule, indexed, extra)


def settle(store, rule: Rules | None = None) -> list[str]:
    """Link the documents a build wrote but did not link (it was interrupted in between): the ones
    :mod:`kg.identity.pending` finds marked. Their ids, in order; none in a store in good order."""
    owed = pending.owed(store)
    if owed:
        link_documents(store, owed, rule)
    return owed


def _alone(store, doc_ids: list[str]) -> bool:
    """Whether the store holds no document event outside the graphs of ``doc_ids``."""
    graphs = ", ".join(sparql_term(graph_iri(d)) for d in doc_ids)
    outside = f"FILTER(?g NOT IN ({graphs}))" if graphs else ""
    return not store.query(f"ASK {{ GRAPH ?g {{ ?e a <{SEM.Event}> }} {outside} }}").boolean


def unlink_document(store, doc_id: str, rule: Rules | None = None, drop: bool = False) -> LinkResult:
    """The real-world events a document reported, rebuilt from the reports of the other documents
    (each updated, split, or gone when one document is left); with ``drop``, the document's graph
    is dropped in the same update (else it is gone already)."""
    rule = rule or rules()
    doc = str(document_iri(doc_id))
    old = _events_of_documents(store, [doc])
    members = _members(store, old)
    left = read_reports(store, events=sorted(members)) if members else []
    seed = [r for r in left if r.doc != doc]
    extra = f"DROP SILENT GRAPH {sparql_term(graph_iri(doc_id))}" if drop else ""
    return _relink_around(store, seed, old, rule, index.is_complete(store, rule), extra, frozenset([doc]))


def remove_document(store, doc_id: str) -> bool:
    """Drop a document's named graph and take its reports out of their real-world events, in one
    update; False if the store has no such document (the identity layer's own graphs, ``identity``
    and ``identity-index``, are none)."""
    graph = graph_iri(doc_id)
    if not store.query(f"ASK {{ GRAPH {sparql_term(graph)} {{ ?d a <{SCHEMA.NewsArticle}> }} }}").boolean:
        return False
    unlink_document(store, doc_id, drop=True)
    return True


def relink(store, rule: Rules | None = None) -> LinkResult:
    """Link every report in the store again (after a rule changed): all links and facts replaced."""
    rule = rule or rules()
    reports = read_reports(store)
    made = clusters(reports, rule)
    store.update(f"DELETE WHERE {{ ?e <{DIP.realWorldEvent}> ?w }} ; DROP SILENT GRAPH <{IDENTITY_GRAPH}> ;\n"
                 + pending.cleared_all())
    triples = links(made)
    fact_triples = [t for iri, members in sorted(made.items()) for t in facts(iri, members)]
    for part in _chunks(triples, WRITE_CHUNK):
        store.update(f"INSERT DATA {{\n{statements(part)}}}")
    for part in _chunks(fact_triples, WRITE_CHUNK):
        store.update(f"INSERT DATA {{ GRAPH <{IDENTITY_GRAPH}> {{\n{statements(part)}}} }}")
    index.rebuild(store, reports, rule)
    return LinkResult(len(reports), len(made), len(triples))
