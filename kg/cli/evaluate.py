"""``kg evaluate``: the extractor scored against gold annotations, in one process."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.errors import friendly

COMMANDS = ("evaluate",)


@click.command()
@click.option("--gold", "gold", multiple=True, required=True, metavar="DIR",
              type=click.Path(path_type=Path),
              help="A folder of NAME.txt + NAME.gold.json pairs; repeatable (scored together as one set).")
@click.option("--pred", type=click.Path(path_type=Path), metavar="DIR",
              help="Score the exports in DIR (NAME.ttl, .nt, .trig, .jsonld or .nq) instead of extracting.")
@click.option("--doc", metavar="NAME", help="Score only the document NAME (its file stem).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON (the scorer's shape).")
@click.option("--details", is_flag=True,
              help="Also print, per document, the gold events missed and the predicted events matching none.")
@click.option("--sentences", is_flag=True,
              help="Sentence mode: extract each gold sentence alone and score the event types found.")
@click.option("--write-jsonl", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the sentence records (id, text, published, gold_types) as JSON Lines to FILE.")
@click.option("--crossdoc", is_flag=True,
              help="Also link the documents in one store and score the links against each folder's "
                   "clusters.json (the rules of score_crossdoc.py).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes for the parse (spaCy's n_process).")
@click.option("--actors", "actors", multiple=True, type=click.Path(path_type=Path), metavar="TTL",
              help="An extra actor gazetteer (Turtle file or folder); repeatable [env KG_ACTORS].")
@friendly
def evaluate(gold: tuple[Path, ...], pred: Path | None, doc: str | None, as_json: bool, details: bool,
             sentences: bool, write_jsonl: Path | None, crossdoc: bool, jobs: int, actors: tuple[Path, ...]
             ) -> None:
    """Score the extractor against gold annotations, with the rules of the shared scorer.

    Each NAME.txt of the gold folders is extracted in this process (the language model is
    loaded once), mapped to RDF and read back through the output contract, then matched to
    NAME.gold.json: events by PLOVER type and a shared participant, one to one, best overlap
    first. Prints the per-document table, precision, recall and F1 for events (strict,
    lenient, untyped) and actors, the date, direction, modality and linking accuracies, and
    last the line 'events F1 x.xx actors F1 x.xx'. The rules: docs/evaluation.md.

    With --sentences, every sentence a gold event lists is extracted alone (as a JSON Lines
    record of its own) and the types found are scored against the gold types.

    With --crossdoc, the documents are also written to one store in memory and linked as kg
    build links them, and the links between reports of one real-world event are scored
    against each folder's clusters.json: pairwise precision, recall and F1 over the pairs of
    matched gold events of different documents (the lines score_crossdoc.py prints, before
    the last line).

    \b
    Examples:
      kg evaluate --gold ../shared/eval/dev
      kg evaluate --gold tests/data/gold/b1 --gold tests/data/gold/b2 --jobs 2
      kg evaluate --gold ../shared/eval/dev --doc state-rubio-shaibani-call-2025-07-03 --details
      kg evaluate --gold ../shared/eval/dev --pred exports/ --json
      kg evaluate --gold tests/data/gold/b3 --sentences
      kg evaluate --gold tests/data/gold/b3 --write-jsonl b3.jsonl && kg extract b3.jsonl -o b3.ttl
      kg evaluate --gold tests/data/crossdoc/x1 --crossdoc
    """
    from kg.evaluate import report

    if pred is not None and (sentences or write_jsonl):
        raise click.UsageError("--pred scores whole documents; --sentences and --write-jsonl do not take it")
    if crossdoc and (pred is not None or sentences or write_jsonl or doc):
        raise click.UsageError("--crossdoc extracts and links whole folders; --pred, --doc, --sentences and "
                               "--write-jsonl do not take it")
    if crossdoc:
        _crossdoc_mode(gold, as_json, details, jobs, actors)
        return
    if sentences or write_jsonl:
        _sentence_mode(gold, doc, as_json, details, sentences, write_jsonl, jobs, actors)
        return
    from kg.evaluate import evaluate as run

    result = run(gold, doc=doc, pred=pred, jobs=jobs, actors=actors)
    if as_json:
        click.echo(report.as_json(result.summary, result.rows if details else None), nl=False)
        return
    if details:
        click.echo(report.details(result.rows), nl=False)
    click.echo(report.table(result.rows, result.summary), nl=False)


def _crossdoc_mode(gold: tuple[Path, ...], as_json: bool, details: bool, jobs: int,
                   actors: tuple[Path, ...]) -> None:
    from kg.evaluate import evaluate_crossdoc, report

    result, links = evaluate_crossdoc(gold, jobs=jobs, actors=actors)
    if as_json:
        summary = {**result.summary, "crossdoc": links.as_dict()}
        click.echo(report.as_json(summary, result.rows if details else None), nl=False)
        return
    if details:
        click.echo(report.details(result.rows), nl=False)
    *body, last = report.table(result.rows, result.summary).rstrip("\n").split("\n")
    click.echo("\n".join([*body, *links.lines(), last]))


def _sentence_mode(gold: tuple[Path, ...], doc: str | None, as_json: bool, details: bool, score: bool,
                   write_jsonl: Path | None, jobs: int, actors: tuple[Path, ...]) -> None:
    from kg.evaluate import evaluate_sentences, report, sentence_set, to_jsonl
    from kg.evaluate.runner import load_pipeline

    records = sentence_set(gold, doc)
    if write_jsonl is not None:
        from kg.files import atomic_write

        atomic_write(write_jsonl, to_jsonl(records).encode("utf-8"))
        click.echo(f"wrote {len(records)} sentence records to {write_jsonl}", err=True)
    if not score:
        return
    nlp, gazetteer = load_pipeline(actors=actors)
    result = evaluate_sentences(records, nlp, gazetteer, jobs)
    if as_json:
        click.echo(report.sentence_json(result, with_details=details), nl=False)
        return
    if details:
        click.echo(report.sentence_details(result), nl=False)
    click.echo(report.sentence_table(result), nl=False)
