"""``kg evaluate``: the same figures as the shared scorer, the matching rules case by case, the
sentence mode, and bad input as one line on stderr."""
from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.cli import main
from kg.evaluate.contract import DIP, GAF, NIF, SEM, read_graph
from kg.evaluate.gold import read_gold
from kg.evaluate.match import score_document, summarize
from kg.evaluate.records import Actor, name_keys, same_actor

B2 = Path(__file__).parent / "data" / "gold" / "b2"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
SMALL = ("ukgov-pm-call-president-trump-2018-05-11", "dod-airstrikes-iranian-backed-militia-syria-2021-02-25",
         "ukgov-fcdo-truss-summons-russian-ambassador-2022-02-24")


def kg(*args: str):
    return CliRunner().invoke(main, ["evaluate", *args])


def scorer() -> Path:
    if not SCORER.exists():
        message = f"the shared scorer is not at {SCORER}"
        if os.environ.get("KG_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    return SCORER


@pytest.fixture
def small_gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in SMALL:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(B2 / f"{name}{suffix}", gold / f"{name}{suffix}")
    return gold


# ------------------------------------------------------------------ (a) the scorer's figures

def test_same_figures_as_the_shared_scorer(small_gold, tmp_path, pipeline):
    score = scorer()
    kept = tmp_path / "exports"
    kept.mkdir()
    kg_extract = f"{shlex.quote(sys.executable)} -m kg.cli extract"
    cmd = f"{kg_extract} {{txt}} -o {{out}} && cp {{out}} {shlex.quote(str(kept))}/"
    run = subprocess.run([sys.executable, str(score), "--gold", str(small_gold), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, check=True)
    *body, last = run.stdout.strip().splitlines()
    expected = json.loads("\n".join(body))
    assert last.startswith("events F1 ")
    assert sorted(p.name for p in kept.iterdir()) == sorted(f"{n}.ttl" for n in SMALL), run.stderr

    ours = kg("--gold", str(small_gold), "--json")
    assert ours.exit_code == 0, ours.output
    figures = json.loads(ours.stdout)
    assert figures == expected
    assert figures["docs"] == 3 and figures["totals"]["gold_events"] > 10

    # the text report, line for line, and the exports scored with --pred
    text = subprocess.run([sys.executable, str(score), "--gold", str(small_gold), "--pred", str(kept)],
                          capture_output=True, text=True, check=True).stdout
    assert text.splitlines()[-1] == last
    assert kg("--gold", str(small_gold)).stdout == text
    assert kg("--gold", str(small_gold), "--pred", str(kept)).stdout == text


def test_one_document_and_details(small_gold):
    name = SMALL[0]
    result = kg("--gold", str(small_gold), "--doc", name, "--details")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("events F1 ")
    assert sum(1 for ln in lines if ln.startswith(name)) == 1  # one row in the table
    header = next(ln for ln in lines if ln.startswith("== "))
    missed = sum(1 for ln in lines if ln.strip().startswith("missed "))
    spurious = sum(1 for ln in lines if ln.strip().startswith("spurious "))
    assert header == f"== {name}: {missed} missed, {spurious} spurious"
    data = json.loads(kg("--gold", str(small_gold), "--doc", f"{name}.txt", "--json", "--details").stdout)
    assert data["docs"] == 1
    [doc] = data["details"]
    assert len(doc["missed"]) == missed and len(doc["spurious"]) == spurious
    tot = data["totals"]
    assert tot["gold_events"] - tot["strict_tp"] == missed
    assert tot["pred_events"] - tot["strict_tp"] == spurious
    assert all(e["sentence"] for e in doc["missed"])  # every gold event of this file lists its sentence


# ------------------------------------------------------------------ (b) the matching rules

WD = "http://www.wikidata.org/entity/"
EX = Namespace("https://example.org/")
PLOVER_NS = Namespace("https://example.org/plover/")


def predicted(events: list[dict], mentioned: dict[str, str | None] | None = None) -> Graph:
    """A graph in the contract's terms: each event {type, participants, source, target, date, modality}
    names actors by label; ``mentioned`` adds actors (label -> QID) that only the text mentions."""
    g = Graph()
    actors: dict[str, URIRef] = {}

    def actor(label: str, qid: str | None = None) -> URIRef:
        if label not in actors:
            node = actors[label] = EX[f"actor/{len(actors)}"]
            g.add((node, RDF.type, SEM.Actor))
            g.add((node, RDFS.label, Literal(label)))
            if qid:
                g.add((node, OWL.sameAs, URIRef(WD + qid)))
        return actors[label]

    for label, qid in (mentioned or {}).items():
        g.add((actor(label, qid), GAF.denotedBy, EX[f"mention/{label}"]))
    for n, e in enumerate(events):
        node = EX[f"event/{n}"]
        g.add((node, RDF.type, SEM.Event))
        for t in e["type"].split(","):
            g.add((node, SEM.eventType, PLOVER_NS[t]))
            g.add((PLOVER_NS[t], SKOS.notation, Literal(t)))
        for label in e["participants"]:
            g.add((node, SEM.hasActor, actor(label)))
        for label in e.get("source", []):
            g.add((node, DIP.source, actor(label)))
        for label in e.get("target", []):
            g.add((node, DIP.target, actor(label)))
        if e.get("date"):
            kind = XSD.date if len(e["date"]) == 10 else XSD.gYearMonth
            g.add((node, SEM.hasTimeStamp, Literal(e["date"], datatype=kind)))
        g.add((node, DIP.modality, DIP[e.get("modality", "asserted").capitalize()]))
        sentence = EX[f"sentence/{n}"]
        g.add((node, GAF.denotedBy, sentence))
        g.add((sentence, NIF.anchorOf, Literal(e.get("sentence", f"Sentence {n}."))))
        g.add((sentence, NIF.beginIndex, Literal(n * 100)))
    return g


ACTORS = [
    {"id": "Q6386", "name": "Keir Starmer", "kind": "person"},
    {"id": "Q3881317", "name": "Volodymyr Zelenskyy", "kind": "person"},
    {"id": "Q7747", "name": "Vladimir Putin", "kind": "person"},
    {"id": "Q159", "name": "Russia", "kind": "state"},
    {"id": "Q212", "name": "Ukraine", "kind": "state"},
]


def counts(tmp_path: Path, gold_events: list[dict], graph: Graph, actors=ACTORS):
    path = tmp_path / "case.gold.json"
    path.write_text(json.dumps({"doc": "case.txt", "published": "2025-08-19", "actors": actors,
                                "events": gold_events}))
    return score_document("case", read_gold(path).gold, read_graph(graph))


def consult(*parts: str, **more) -> dict:
    return {"type": "CONSULT", "participants": list(parts), **more}


def test_a_predicted_event_keeps_its_iri_and_a_gold_event_has_none(tmp_path):
    graph = predicted([consult("Keir Starmer", "Vladimir Putin"), {"type": "CONSULT,AGREE",
                                                                  "participants": ["Keir Starmer"]}])
    nodes = sorted((e.node, e.type) for e in read_graph(graph).events)
    assert nodes == [(str(EX["event/0"]), "CONSULT"), (str(EX["event/1"]), "AGREE"),
                     (str(EX["event/1"]), "CONSULT")]
    gold = counts(tmp_path, [consult("Q6386", "Q7747")], graph)
    assert gold.missed == [] and read_gold(tmp_path / "case.gold.json").gold.events[0].node == ""


def test_a_surname_matches_a_full_name(tmp_path):
    row = counts(tmp_path, [consult("Q6386", "Q3881317", date="2025-08-18")],
                 predicted([consult("Mr. Starmer", "Zelensky", date="2025-08-18")]))
    c = row.counts
    assert (c.strict_tp, c.actor_tp_gold, c.actor_tp_pred) == (1, 2, 2)
    assert (c.linkable, c.linked_ok) == (2, 0)  # matched by name, but no Wikidata item given
    # a shared last word that names a kind of body is no surname
    def same(a: str, b: str) -> bool:
        return same_actor(Actor(name_keys(a), a), Actor(name_keys(b), b))

    assert not same("Russian Armed Forces", "Ukrainian Armed Forces")
    assert not same("Rishi Sunak", "Keir Starmer")
    assert same("President Zelensky", "Volodymyr Zelenskyy") and same("Mr. Putin", "Vladimir Putin")


def test_a_wrong_type_matches_untyped_only(tmp_path):
    row = counts(tmp_path, [consult("Q6386", "Q3881317")],
                 predicted([{"type": "SUPPORT", "participants": ["Keir Starmer", "Volodymyr Zelenskyy"]}]))
    c = row.counts
    assert (c.strict_tp, c.lenient_tp_pred, c.lenient_tp_gold, c.untyped_tp) == (0, 0, 0, 1)
    assert [e.type for e in row.missed] == ["CONSULT"] and [e.type for e in row.spurious] == ["SUPPORT"]


def test_matching_is_one_to_one_best_overlap_first(tmp_path):
    gold = [consult("Q6386", "Q7747"), consult("Q6386", "Q3881317")]
    # the prediction shares Starmer with both gold meetings, but both of its actors with the second
    row = counts(tmp_path, gold, predicted([consult("Keir Starmer", "Volodymyr Zelenskyy")]))
    c = row.counts
    assert (c.strict_tp, c.lenient_tp_pred, c.lenient_tp_gold) == (1, 1, 2)
    assert [a.label for a in row.missed[0].participants] == ["Keir Starmer", "Vladimir Putin"]
    # two reports of one meeting: one matches strictly, lenient forgives the repeat
    twice = predicted([consult("Keir Starmer", "Volodymyr Zelenskyy"), consult("Starmer", "Zelensky")])
    c = counts(tmp_path, gold[1:], twice).counts
    assert (c.pred_events, c.strict_tp, c.lenient_tp_pred, c.lenient_tp_gold) == (2, 1, 2, 1)


def test_date_accuracy_counts_a_day_within_a_gold_month(tmp_path):
    def date_counts(gold_date, pred_date):
        c = counts(tmp_path, [consult("Q6386", "Q3881317", date=gold_date)],
                   predicted([consult("Keir Starmer", "Zelenskyy", date=pred_date)])).counts
        return c.strict_tp, c.dated, c.date_ok

    assert date_counts("2025-08", "2025-08-18") == (1, 1, 1)
    assert date_counts("2025-08-18", "2025-08-18") == (1, 1, 1)
    assert date_counts("2025-08-18", "2025-08") == (1, 1, 0)  # less precise than the gold: wrong
    assert date_counts("2025-08-18", None) == (1, 1, 0)
    assert date_counts(None, "2025-08-18") == (1, 0, 0)  # no gold date: not counted


def test_direction_modality_and_types_of_one_event(tmp_path):
    strike = {"type": "ASSAULT", "participants": ["Q159", "Q212"], "source": ["Q159"], "target": ["Q212"],
              "modality": "asserted"}
    reversed_ = {"type": "ASSAULT", "participants": ["Russia", "Ukraine"], "source": ["Ukraine"],
                 "target": ["Russia"], "modality": "planned"}
    c = counts(tmp_path, [strike], predicted([reversed_])).counts
    assert (c.strict_tp, c.directed, c.direction_ok, c.modality_ok) == (1, 1, 0, 0)
    # an event with two PLOVER types is scored as two events
    both = {"type": "ASSAULT,THREATEN", "participants": ["Russia", "Ukraine"], "source": ["Russia"]}
    c = counts(tmp_path, [strike], predicted([both])).counts
    assert (c.pred_events, c.strict_tp, c.direction_ok, c.modality_ok) == (2, 1, 1, 1)


def test_actors_an_event_holds_or_the_text_mentions(tmp_path):
    graph = predicted([consult("Keir Starmer", "Vladimir Putin")], mentioned={"Ukraine": "Q212", "BBC": None})
    graph.add((EX["actor/unmentioned"], RDF.type, SEM.Actor))  # neither in an event nor mentioned
    c = counts(tmp_path, [consult("Q6386", "Q7747")], graph).counts
    assert (c.pred_actors, c.actor_tp_pred, c.gold_actors, c.actor_tp_gold) == (4, 3, 5, 3)
    assert (c.linkable, c.linked_ok) == (3, 1)
    gold = read_gold(tmp_path / "case.gold.json").gold
    summary = summarize([score_document("case", gold, read_graph(graph))])
    assert summary["actors"]["p"] == 0.75 and summary["actors"]["r"] == 0.6


# ------------------------------------------------------------------ (c) the sentence mode

def test_sentence_mode(tmp_path, pipeline):
    from kg.documents import read_path
    from kg.evaluate.contract import read_graph as contract_graph
    from kg.extract import extract_many
    from kg.rdf import to_graph

    gold = tmp_path / "gold"
    gold.mkdir()
    talks = "Prime Minister Keir Starmer met President Volodymyr Zelenskyy in London on Monday."
    strike = "Russia launched dozens of missiles at Kyiv overnight, Ukraine's air force said."
    praise = "Starmer praised Zelenskyy for his courage and pledged more military aid to Ukraine."
    (gold / "a.txt").write_text(f"Leaders meet\n\n{talks} {praise}\n\n{strike}\n")
    (gold / "a.gold.json").write_text(json.dumps({"published": "2025-08-19", "actors": ACTORS, "events": [
        consult("Q6386", "Q3881317", sentences=[talks, praise]),
        {"type": "SUPPORT", "participants": ["Q6386", "Q3881317"], "sentences": [praise]},
        {"type": "ASSAULT", "participants": ["Q159", "Q212"], "sentences": [strike]},
        {"type": "AID", "participants": ["Q6386", "Q212"], "sentences": [praise]},
    ]}))
    jsonl = tmp_path / "sentences.jsonl"
    result = kg("--gold", str(gold), "--sentences", "--json", "--details", "--write-jsonl", str(jsonl))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)

    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert [(r["id"], r["text"], r["published"], r["gold_types"]) for r in records] == [
        ("a-s01", talks, "2025-08-19", ["CONSULT"]),
        ("a-s02", praise, "2025-08-19", ["CONSULT", "SUPPORT", "AID"]),
        ("a-s03", strike, "2025-08-19", ["ASSAULT"]),
    ]
    # the same records through `kg extract FILE.jsonl`'s reader, each extracted alone
    docs = read_path(jsonl)
    assert [d.text.strip() for d in docs] == [talks, praise, strike]
    nlp, gaz = pipeline
    found = [sorted({e.type for e in contract_graph(to_graph(ex)).events})
             for ex in extract_many(docs, nlp=nlp, gazetteer=gaz)]
    assert [sorted(d["types"]) for d in data["details"]] == found
    assert any(found)  # something is found, so the figures below are not all zero

    gold_pairs = 5
    pred_pairs = sum(len(t) for t in found)
    tp = sum(len(set(t) & set(r["gold_types"])) for t, r in zip(found, records, strict=True))
    assert data["sentences"] == 3
    assert data["with_event"] == sum(1 for d in data["details"] if d["events"]) / 3
    assert data["type_found"] == sum(1 for t, r in zip(found, records, strict=True)
                                     if set(t) & set(r["gold_types"])) / 3
    assert data["totals"] | {"unreadable": 0} == {"sentences": 3, "with_event": data["totals"]["with_event"],
                                                 "type_found": data["totals"]["type_found"],
                                                 "gold_pairs": gold_pairs, "pred_pairs": pred_pairs, "tp": tp,
                                                 "unreadable": 0}
    p = tp / pred_pairs if pred_pairs else 0.0
    assert data["types"]["p"] == p and data["types"]["r"] == tp / gold_pairs
    text = kg("--gold", str(gold), "--sentences").stdout
    assert text.splitlines()[-1].startswith("sentences 3 with an event ")

    # --write-jsonl alone writes the records and extracts nothing
    again = tmp_path / "again.jsonl"
    only = kg("--gold", str(gold), "--write-jsonl", str(again))
    assert only.exit_code == 0 and only.stdout == "" and again.read_text() == jsonl.read_text()


# ------------------------------------------------------------------ (d) bad input

def _bad_folders(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    cases = {
        "missing folder": ("nowhere", None, "no such folder"),
        "no gold files": ("empty", None, "no *.gold.json files"),
        "not JSON": ("broken", '{"actors": [', "not valid JSON"),
        "missing key": ("nokey", '{"actors": []}', "missing key 'events'"),
        "actor without a name": ("noname", '{"actors": [{"id": "Q1"}], "events": []}', "missing key 'name'"),
        "unknown type": ("badtype", '{"actors": [], "events": [{"type": "MEET", "participants": []}]}',
                         "not one of the 16 PLOVER types"),
        "no text": ("notext", '{"actors": [], "events": []}', "a.txt: no such file"),
    }
    out = {}
    for case, (name, content, message) in cases.items():
        folder = tmp_path / name
        if name != "nowhere":
            folder.mkdir()
        if content is not None:
            (folder / "a.gold.json").write_text(content)
        out[case] = (folder, message)
    return out


def test_bad_input_is_one_line_on_stderr(tmp_path):
    for case, (folder, message) in _bad_folders(tmp_path).items():
        result = kg("--gold", str(folder))
        assert result.exit_code == 1, case
        assert result.stdout == "", case
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0], (case, lines)
    result = kg("--gold", str(B2), "--doc", "no-such-document")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "no document" in result.stderr


def test_bad_text_and_bad_prediction(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.gold.json").write_text('{"actors": [], "events": []}')
    (folder / "a.txt").write_bytes(b"\x00\x01binary")
    result = kg("--gold", str(folder))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "binary" in result.stderr
    preds = tmp_path / "pred"
    preds.mkdir()
    (preds / "a.ttl").write_text("this is not turtle")
    result = kg("--gold", str(folder), "--pred", str(preds))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "a.ttl: not readable RDF" in result.stderr


def test_registered_with_help_and_examples():
    assert "evaluate" in main.commands
    result = CliRunner().invoke(main, ["evaluate", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "kg evaluate --gold" in result.output
    options = ("--gold", "--pred", "--doc", "--json", "--details", "--sentences", "--write-jsonl", "--jobs")
    assert all(option in result.output for option in options)


# ------------------------------------------------------------------ (e) cross-document links

X6 = Path(__file__).parent / "data" / "crossdoc" / "x6"


def test_crossdoc_gives_the_shared_cross_document_scorers_figures(tmp_path, pipeline):
    from kg.evaluate import evaluate_crossdoc
    from tests.identity.test_crossdoc_x1 import scores_of

    expected = scores_of(X6, tmp_path)  # a store built by ingest, exported, scored by score_crossdoc.py
    nlp, gaz = pipeline
    result, links = evaluate_crossdoc([X6], nlp=nlp, gazetteer=gaz)
    ours = links.as_dict()
    assert {k: ours[k] for k in ("pairs_same_gold", "tp", "fp", "fn", "p", "r", "f", "coverage")} == \
        {k: expected[k] for k in ("pairs_same_gold", "tp", "fp", "fn", "p", "r", "f", "coverage")}
    assert ours["pairs_same_gold"] >= 5 and ours["tp"] >= 1
    assert result.summary["docs"] == 8
    # the command prints the scorer's lines before its own last line
    out = kg("--gold", str(X6), "--crossdoc").stdout.splitlines()
    assert out[-2] == f"crossdoc pairwise P {links.p:.2f} R {links.r:.2f} F1 {links.f:.2f}"
    assert out[-1].startswith("events F1 ")


def test_crossdoc_reads_actors_as_the_shared_scorer_does(tmp_path, pipeline):
    """x34: a Pakistani Taliban group whose alternative labels end in "Taliban" matches a gold attack
    by its alternative labels in ``score.py``, not in ``score_crossdoc.py``; which report of the
    attack is matched, and so which links count, follows the shared cross-document scorer."""
    from kg.evaluate import evaluate_crossdoc
    from tests.identity.test_crossdoc_x1 import scores_of

    x34 = X6.parent / "x34"
    expected = scores_of(x34, tmp_path)
    nlp, gaz = pipeline
    _, links = evaluate_crossdoc([x34], nlp=nlp, gazetteer=gaz)
    keys = ("pairs_same_gold", "tp", "fp", "fn", "coverage")
    assert {k: links.as_dict()[k] for k in keys} == {k: expected[k] for k in keys}


def test_crossdoc_bad_clusters_are_one_line_on_stderr(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    name = "ukgov-pm-call-president-trump-2018-05-11"
    for suffix in (".txt", ".gold.json"):
        shutil.copy(B2 / f"{name}{suffix}", folder / f"{name}{suffix}")
    events = len(json.loads((folder / f"{name}.gold.json").read_text())["events"])
    cases = {
        "missing": (None, "no such file"),
        "not json": ("{", "not a clusters file"),
        "an event left out": (json.dumps({"clusters": [{"id": "a", "mentions": [{"doc": f"{name}.txt",
                                                                                  "event": 0}]}]}),
                              "leaves out event 1"),
    }
    assert events >= 2
    for case, (text, message) in cases.items():
        if text is not None:
            (folder / "clusters.json").write_text(text)
        result = kg("--gold", str(folder), "--crossdoc")
        assert result.exit_code == 1, case
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0], (case, lines)
    result = kg("--gold", str(folder), "--crossdoc", "--pred", str(tmp_path))
    assert result.exit_code == 2 and "--crossdoc" in result.stderr
