"""``kg stats``, ``kg load``, ``kg optimize``, ``kg remove`` and ``kg relink``: what the store holds, and its
upkeep."""
from __future__ import annotations

import time
from pathlib import Path

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import fail, friendly
from kg.cli.options import document_graph

COMMANDS = ("stats", "load", "optimize", "remove", "relink")


@click.command()
@uses_store
@friendly
def stats(access: StoreAccess) -> None:
    """How much the store holds: documents, graphs, triples, actors, events by PLOVER type.
    Graphs and triples leave out the linker's candidate index, whose size has a line of its own.

    Events are real-world events: the reports of one event in several documents (linked by
    kg build or kg relink) count once. Reports are each document's own events.

    \b
    Example:
      kg stats --store graphs/store
    """
    from kg.api import stats as store_stats

    s = store_stats(access.open(read_only=True))
    click.echo(f"documents: {s.documents}")
    click.echo(f"graphs:    {s.graphs}")
    click.echo(f"triples:   {s.triples}")
    if s.index_triples:
        click.echo(f"index:     {s.index_triples} triples (the linker's candidate index, counted in "
                   "neither graphs nor triples)")
    click.echo(f"actors:    {s.actors}")
    click.echo(f"events:    {s.events} (real-world events)")
    click.echo(f"reports:   {s.reports} (each document's own events)")
    click.echo(f"  {'type':<10} {'events':>7} {'reports':>8}")
    for kind in sorted(s.reports_by_type, key=lambda k: (-s.events_by_type[k], -s.reports_by_type[k], k)):
        click.echo(f"  {kind:<10} {s.events_by_type[kind]:>7} {s.reports_by_type[kind]:>8}")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", metavar="FORMAT",
              help="RDF format of the files (trig, nq, ttl, nt, xml, jsonld) [default: from the extension].")
@click.option("--graph", metavar="IRI",
              help="The named graph a Turtle/N-Triples/RDF-XML file goes into "
                   "(TriG and N-Quads name their own graphs).")
@uses_store
@friendly
def load(access: StoreAccess, files: tuple[Path, ...], fmt: str | None, graph: str | None) -> None:
    """Load RDF files (an export, another machine's graphs) into the store, fast.

    Each named graph in a file replaces the store's graph of that name. Into an embedded store,
    a file of new graphs goes through Oxigraph's bulk loader: all of it or none of it. Nothing is
    linked across documents, and the linker's candidate index stops counting as complete (links
    then read the store without it): `kg relink` links the store and writes the index again.

    \b
    Examples:
      kg export --format nquads -o all.nq && kg load all.nq --store /data/store
      kg relink --store /data/store            # then: the export carries no candidate index
      kg load article.ttl --graph https://w3id.org/dipkg/graph/article
      kg load corpus.trig --store http://127.0.0.1:7878

    A bulk load leaves the store in many files; `kg optimize` then compacts it.
    """
    from kg.identity.index import invalidate

    st = access.open(read_only=False)
    for path in files:
        t = time.perf_counter()
        before = len(st)
        names = st.load_file(path, fmt, graph)
        added = len(st) - before
        invalidate(st)
        click.echo(f"{path}: {len(names)} graphs, {added:+,} triples in the store "
                   f"({time.perf_counter() - t:.1f} s)")


@click.command()
@uses_store
@friendly
def optimize(access: StoreAccess) -> None:
    """Compact an embedded store after a large load or build, so reads touch fewer files.

    At 100k events it took 14 s (the load 32 s) and made answers that print many terms 2-3x
    faster; the store grew on disk. It may find nothing to do (at 1M events it did not change
    the store); benchmarks/store.py measures both. A remote store is left alone.

    \b
    Example:
      kg load corpus.nq --store /data/store && kg optimize --store /data/store
    """
    t = time.perf_counter()
    st = access.open(read_only=False)
    st.optimize()
    click.echo(f"optimized {st.location} ({time.perf_counter() - t:.1f} s)")


@click.command()
@click.argument("doc_id", metavar="DOCID")
@uses_store
@friendly
def remove(access: StoreAccess, doc_id: str) -> None:
    """Drop one document's named graph from the store (DOCID as `kg query documents` shows it); the
    real-world events it reported lose its reports (each updated, split, or gone).

    \b
    Example:
      kg remove 000-96dc649541558637
    """
    from kg.identity.store import remove_document
    from kg.rdf import VOCABULARY_GRAPH

    graph = document_graph(doc_id)
    if graph == str(VOCABULARY_GRAPH):
        fail(f"{doc_id} is the store's shared vocabulary, not a document")
    if not remove_document(access.open(read_only=False), graph.rsplit("/", 1)[-1]):
        fail(f"no document {doc_id!r} in the store")
    click.echo(f"removed {doc_id}")


@click.command()
@uses_store
@friendly
def relink(access: StoreAccess) -> None:
    """Link every report in the store to its real-world event again, from the rules of
    ontology/identity.yaml (after they change; ingesting keeps the links up to date by itself).

    \b
    Example:
      kg relink --store graphs/store
    """
    from kg.identity.store import relink as relink_store

    t = time.perf_counter()
    r = relink_store(access.open(read_only=False))
    click.echo(f"{r.reports} reports, {r.events} real-world events reported in several documents, "
               f"{r.linked} reports linked ({time.perf_counter() - t:.1f} s)")
