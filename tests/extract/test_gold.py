"""The extractor on the project's gold corpus of real published texts (tests/data/gold: Voice of
America, GOV.UK, U.S. government, UN, Kremlin and Wikinews texts under open licences), scored by
``kg evaluate``. The floors sit a little below what the extractor reaches, so a regression fails.

Batches join ``SCORED`` only after their blind figures were recorded in docs/evaluation.md: a
batch not yet scored stays out of every test, so that its first score is an honest estimate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate.runner import evaluate
from kg.plover import plover_scheme

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
#: b26, b29 and b30 were held out as standing blind batches and are not in the repository; five
#: texts of b33, b35 and b37 that credit wire services were scored blind but left out; b86-b90 are no
#: batches (the sixth session's post-work b86 and b87 were lost with the machine, see docs/evaluation.md)
SCORED = tuple(f"b{n}" for n in (*range(1, 26), 27, 28, *range(31, 86), *range(91, 119)))

#: events strict F1, actors F1, and on matched events the date, direction and modality shares
FLOORS = {"events": 0.65, "actors": 0.88, "date": 0.85, "direction": 0.78, "modality": 0.90}


@pytest.fixture(scope="module")
def summary(pipeline):
    nlp, gaz = pipeline
    return evaluate([GOLD / b for b in SCORED], nlp=nlp, gazetteer=gaz).summary


def test_gold_files_are_well_formed():
    names = plover_scheme().names
    golds = sorted(GOLD.glob("*/*.gold.json"))
    assert len(golds) >= 50
    for gold in golds:
        data = json.loads(gold.read_text(encoding="utf-8"))
        text = (gold.parent / data["doc"]).read_text(encoding="utf-8")
        assert text.startswith("---\n") and "\nlicense: " in text.split("\n---\n", 1)[0], gold.name
        refs = {a["id"] or a["name"] for a in data["actors"]}
        for event in data["events"]:
            assert event["type"] in names, (gold.name, event["type"])
            assert set(event["source"]) | set(event["target"]) <= set(event["participants"]), gold.name
            assert set(event["participants"]) <= refs, (gold.name, event["participants"])
            for sentence in event["sentences"]:
                assert sentence in text, (gold.name, sentence)


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_gold_floor(summary, figure):
    value = {
        "events": summary["events_strict"]["f"],
        "actors": summary["actors"]["f"],
        "date": summary["date_acc"],
        "direction": summary["direction_acc"],
        "modality": summary["modality_acc"],
    }[figure]
    assert value >= FLOORS[figure], f"{figure} {value:.3f} < {FLOORS[figure]}"


def test_sentences_alone_keep_their_events(pipeline):
    """Each gold sentence extracted alone, as a JSON Lines record with no date or title (as
    PLOVER-coded sentence sets are used): most give an event, and the types hold up. Most of these
    sentences trained the sentence-type model (kg.extract.sentence_types), so the floors guard that
    it is used, not what it gives on new text (0.96 with an event, types F1 0.84 at 6750f40; out of
    fold 0.935 and 0.73: docs/evaluation.md)."""
    from kg.evaluate.runner import sentence_set
    from kg.evaluate.sentences import evaluate_sentences

    nlp, gaz = pipeline
    summary = evaluate_sentences(sentence_set([GOLD / b for b in SCORED]), nlp, gaz).summary
    assert summary["with_event"] >= 0.92
    assert summary["types"]["f"] >= 0.78
