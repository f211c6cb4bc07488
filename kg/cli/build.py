"""``kg build``: the main job, articles into the store and Turtle + HTML under ``graphs/``."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import date
from pathlib import Path

import click

from kg.cli.context import StoreAccess, uses_store
from kg.cli.errors import fail, friendly
from kg.cli.options import actors_option, gazetteer, published_option

COMMANDS = ("build",)


@contextmanager
def progress(paths: list[Path]) -> Iterator[object | None]:
    """click's progress bar (count, rate, ETA) on stderr when stderr is a terminal; else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    from kg.documents import count_documents

    with click.progressbar(length=count_documents(paths), label="documents", file=sys.stderr,
                           show_pos=True, show_eta=True) as bar:
        yield bar


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("graphs"),
              show_default=True, help="Folder for <name>.ttl and <name>.html.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for parsing (2 uses both cores of a small machine).")
@click.option("--max-nodes", type=click.IntRange(10), default=300, show_default=True,
              help="Above this, the HTML graph shows the strongest actors and edges.")
@click.option("--strict", is_flag=True,
              help="Stop at the first input that cannot be read: exit 1, the store untouched.")
@click.option("--engine", default="local", show_default=True, metavar="NAME",
              help="Where extraction runs: local, or dask (a Dask distributed cluster).")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler (tcp://host:8786); default: a local cluster.")
@click.option("--workers", type=click.IntRange(1, 256), default=2, show_default=True,
              help="With --engine dask and no --scheduler: worker processes of the local cluster.")
@click.option("--parts", "parts_dir", type=click.Path(file_okay=False, path_type=Path),
              help="With --engine dask: folder of the N-Quads part files, shared with the workers "
                   "[default: OUT/<name>.parts].")
@click.option("--partition-size", type=int, default=50, show_default=True,
              help="With --engine dask: documents per partition (one part file each); it divides "
                   "the 50 documents linked at a time.")
@published_option
@actors_option
@uses_store
@friendly
def build(access: StoreAccess, inputs: tuple[Path, ...], out_dir: Path, jobs: int, max_nodes: int,
          strict: bool, engine: str, scheduler: str | None, workers: int, parts_dir: Path | None,
          partition_size: int, published: date | None, actors: tuple[str, ...]) -> None:
    """Ingest articles into the store and write Turtle + HTML (default input: seeds/).

    Each document becomes its own named graph; building again replaces it, so the store
    and the files end the same. An input that cannot be read (empty, binary, not English,
    an undecodable encoding, a malformed JSON Lines record or Parquet row, a folder that
    cannot be listed)
    is skipped and named on stderr with its reason, and the others are built; with --strict
    the first one stops the build before the store is touched. On a terminal a progress bar
    shows the count and the time left. Parquet files (columns id, text, title, published,
    url) are read like JSON Lines. --engine dask runs the extraction on a Dask cluster and
    leaves the same store (see the README).

    \b
    Examples:
      kg build                              # seeds/ -> graphs/seeds.ttl, graphs/seeds.html
      kg build news/ --published 2025-08-19 --jobs 2
      kg build feed.jsonl --strict          # all or nothing
      kg build a.txt b.html --store /tmp/kgstore --out /tmp/out
      kg build archive.parquet --engine dask --workers 2
      kg build news/ --engine dask --scheduler tcp://head:8786 --parts /shared/parts
    """
    from kg.build import build as run_build
    from kg.build import build_on_engine, output_name
    from kg.distributed.inputs import read_sources
    from kg.documents import Skipped, quiet

    paths = list(inputs) or [Path("seeds")]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}")
    if strict:
        for item in read_sources(paths, published):  # every input read once before the store is opened
            if isinstance(item, Skipped):
                fail(str(item))

    def skipped(item: object) -> None:
        click.echo(f"kg: skipped: {item}", err=True)
        if bar:
            bar.update(1)

    if engine != "local":
        from kg.distributed.engine import check_engine
        from kg.distributed.load import check_partition_size

        check_engine(engine)
        check_partition_size(partition_size)
    with progress(paths) as bar, quiet() if strict else nullcontext():
        if engine != "local":
            result = build_on_engine(
                read_sources(paths, published), output_name(paths), lambda: access.open(read_only=False),
                out_dir, engine=engine, scheduler=scheduler, workers=workers, parts_dir=parts_dir,
                partition_size=partition_size, max_nodes=max_nodes, gazetteer=gazetteer(actors),
                on_skip=skipped, on_part=(lambda s: bar.update(len(s.documents))) if bar else None)
        else:
            result = run_build(read_sources(paths, published), output_name(paths),
                           lambda: access.open(read_only=False), out_dir,
                               n_process=jobs, max_nodes=max_nodes, gazetteer=gazetteer(actors),
                               on_skip=skipped, on_document=(lambda ex: bar.update(1)) if bar else None)
    rep, held = result.report, result.held
    read = len(rep.documents)
    click.echo(f"documents: {held.documents}" + (f" (of {read} read)" if held.documents != read else ""))
    click.echo(f"actors:    {held.actors}")
    click.echo(f"events:    {held.events}")
    for kind, n in sorted(rep.events.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {kind:<10} {n}")
    if result.skipped:
        click.echo(f"skipped:   {len(result.skipped)} (named above)")
    for note in rep.notes:
        click.echo(f"note: {note}")
    click.echo(f"wrote {result.turtle}")
    click.echo(f"wrote {result.html}")
