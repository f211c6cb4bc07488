"""``kg evaluate``: the extractor scored against gold annotations, in one process.

A gold set is a folder of ``NAME.txt`` + ``NAME.gold.json`` pairs (the annotation format of the
shared evaluation). The rules are those of the shared scorer ``score.py``, re-implemented here:

- :mod:`kg.evaluate.records`   actors and events as the scorer sees them; when two actors are the same
- :mod:`kg.evaluate.gold`      reading and checking ``NAME.gold.json``
- :mod:`kg.evaluate.contract`  reading predictions from an RDF graph through the output contract only
- :mod:`kg.evaluate.match`     one-to-one event matching and the figures
- :mod:`kg.evaluate.runner`    extraction in one process (or exports in a folder), document by document
- :mod:`kg.evaluate.sentences` the sentence-level measure (each gold sentence extracted alone)
- :mod:`kg.evaluate.crossdoc`  the links between reports of one event across documents (``clusters.json``)
- :mod:`kg.evaluate.report`    the table, the JSON and the per-document details

    from kg.evaluate import evaluate
    result = evaluate([Path("tests/data/gold/b2")])
    result.summary["events_strict"]["f"]
"""
from kg.evaluate.crossdoc import CrossdocScore, evaluate_crossdoc
from kg.evaluate.gold import EvaluationError, GoldError
from kg.evaluate.runner import Evaluation, evaluate, sentence_set
from kg.evaluate.sentences import evaluate_sentences, to_jsonl

__all__ = ["CrossdocScore", "Evaluation", "EvaluationError", "GoldError", "evaluate", "evaluate_crossdoc",
           "evaluate_sentences", "sentence_set", "to_jsonl"]
