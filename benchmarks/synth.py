"""Synthetic articles for tests and benchmarks, mapped to RDF through the real ``kg.rdf`` mapping.

Each document holds a few generated sentences, each describing one event between actors drawn
from a skewed (Zipf-like) distribution, with a date, a PLOVER type and a finer class, so the
graphs have the shape of docs/architecture.md: events, actors, provenance sentences with offsets.

    python benchmarks/synth.py 10000 -o /tmp/events.nq            # 10k events as N-Quads
    python benchmarks/synth.py 1000000 -o /tmp/1m.nq --jobs 2     # 1M events, two processes
"""
from __future__ import annotations

import argparse
import itertools
import math
import multiprocessing
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Sentence
from kg.rdf import VOCABULARY_GRAPH, concept_triples, graph_iri, ontology_graph, to_triples
from kg.store.ntriples import statements
from kg.vocabulary import add_concepts, install


@dataclass(frozen=True)
class SynthActor:
    key: str
    label: str
    kind: str
    wikidata: str | None = None
    role: str | None = None
    affiliation: str | None = None


ACTORS = (
    SynthActor("Q22686", "Donald Trump", "person", "Q22686", "president", "Q30"),
    SynthActor("Q3881317", "Volodymyr Zelensky", "person", "Q3881317", "president", "Q212"),
    SynthActor("Q7747", "Vladimir Putin", "person", "Q7747", "president", "Q159"),
    SynthActor("Q6383803", "Keir Starmer", "person", "Q6383803", "prime minister", "Q145"),
    SynthActor("Q458", "European Union", "igo", "Q458"),
    SynthActor("Q7184", "NATO", "igo", "Q7184"),
    SynthActor("Q30", "United States", "state", "Q30"),
    SynthActor("Q159", "Russia", "state", "Q159"),
    SynthActor("Q212", "Ukraine", "state", "Q212"),
    SynthActor("Q145", "United Kingdom", "state", "Q145"),
    SynthActor("emmanuel-macron", "Emmanuel Macron", "person", None, "president", "france"),
    SynthActor("france", "France", "state"),
    SynthActor("germany", "Germany", "state"),
    SynthActor("poland", "Poland", "state"),
    SynthActor("turkey", "Turkey", "state"),
    SynthActor("china", "China", "state"),
    SynthActor("united-nations", "United Nations", "igo"),
    SynthActor("iaea", "International Atomic Energy Agency", "igo"),
)
MIN_EXTRA_ACTORS = 200  # generated minor actors; more as the corpus grows (see extra_actors)

# (PLOVER type, CAMEO code, finer class, mode, sentence template)
EVENT_KINDS = (
    ("CONSULT", "040", "Meeting", None, "{a} met {b} in {place} on {when} to discuss the war."),
    ("CONSULT", "040", "PhoneCall", "phone", "{a} spoke by phone with {b} on {when}, officials said."),
    ("CONSULT", "042", "Visit", "visit", "{a} travelled to {place} on {when} for talks with {b}."),
    ("CONSULT", "040", "Videoconference", "phone", "{a} joined a video call with {b} on {when}."),
    ("ASSAULT", "195", "MilitaryStrike", "aerial", "{a} launched drones and missiles at {b} on {when}."),
    ("ASSAULT", "190", "Attack", None, "{a} attacked positions held by {b} on {when}."),
    ("ACCUSE", "111", "Condemnation", None, "{a} condemned {b} on {when} over the attacks."),
    ("AGREE", "057", "Agreement", None, "{a} and {b} signed an agreement in {place} on {when}."),
    ("AID", "070", "Aid", None, "{a} pledged new military aid to {b} on {when}."),
    ("SANCTION", "163", "Sanctions", "discontinue", "{a} imposed new sanctions on {b} on {when}."),
    ("THREATEN", "130", "Threat", None, "{a} warned {b} on {when} of serious consequences."),
    ("REQUEST", "100", "Demand", None, "{a} called on {b} on {when} to agree a ceasefire."),
)
PLACES = ("Geneva", "Brussels", "Warsaw", "Ankara", "Washington", "London", "Paris", "Riyadh", "Helsinki")
MODALITIES = ("asserted",) * 8 + ("planned", "hypothetical")


def extra_actors(n_events: int) -> int:
    """Minor actors for a corpus of ``n_events``: the set of names grows with the square root of
    the corpus (Heaps' law), 200 at 10k events, 632 at 100k, 2,000 at 1M."""
    return max(MIN_EXTRA_ACTORS, round(2 * math.sqrt(n_events)))


def actor_pool(n_events: int, seed: int = 0) -> tuple[list[SynthActor], list[float]]:
    """The actors, most active first, and their cumulative Zipf (s=1) weights."""
    rng = random.Random(seed)
    extra = [SynthActor(f"minister-{i:04d}", f"Minister Number {i}", "person", role="foreign minister",
                        affiliation=rng.choice(["france", "germany", "poland", "turkey", "china"]))
             for i in range(extra_actors(n_events))]
    pool = [*ACTORS, *extra]
    return pool, list(itertools.accumulate(1.0 / (i + 1) for i in range(len(pool))))


def _pick(rng: random.Random, pool: list[SynthActor], cum: list[float], k: int) -> list[SynthActor]:
    """``k`` distinct actors, low ranks much more frequent."""
    chosen: list[SynthActor] = []
    while len(chosen) < k:
        a = rng.choices(pool, cum_weights=cum)[0]
        if a not in chosen:
            chosen.append(a)
    return chosen


def synth_extractions(n_events: int, events_per_doc: int = 10, seed: int = 0,
                      start: date = date(2024, 1, 1), days: int = 730,
                      docs: range | None = None) -> Iterator[Extraction]:
    """Documents with ``events_per_doc`` events each, ``n_events`` in all (or only the documents
    numbered in ``docs``: each document has its own random stream, so parts can be made apart)."""
    pool, cum = actor_pool(n_events, seed)
    n_docs = -(-n_events // events_per_doc)
    for d in docs if docs is not None else range(n_docs):
        if d >= n_docs:
            break
        n = min(events_per_doc, n_events - d * events_per_doc)
        yield _document(random.Random(f"{seed}:{d}"), pool, cum, seed, d, n, start, days)


def _document(rng: random.Random, pool: list[SynthActor], cum: list[float], seed: int, d: int, n: int,
              start: date, days: int) -> Extraction:
    published = start + timedelta(days=rng.randrange(days))
    doc_id = f"synth-{seed}-{d:06d}"
    sentences: list[Sentence] = []
    events: list[Event] = []
    actors: dict[str, Actor] = {}
    text = f"Synthetic report {d}\n\n"
    for i in range(n):
        plover, cameo, cls, mode, template = EVENT_KINDS[rng.randrange(len(EVENT_KINDS))]
        a, b = _pick(rng, pool, cum, 2)
        when_date = published - timedelta(days=rng.randrange(0, 5))
        when = when_date.strftime("%-d %B %Y")
        sentence = template.format(a=a.label, b=b.label, place=rng.choice(PLACES), when=when)
        s_start = len(text)
        text += sentence + " "
        s = Sentence(i, s_start, s_start + len(sentence), sentence)
        sentences.append(s)
        for who in (a, b):
            off = sentence.index(who.label)
            m = Mention(s_start + off, s_start + off + len(who.label), who.label, i)
            actor = actors.setdefault(who.key, Actor(
                key=who.key, label=who.label, kind=who.kind, wikidata=who.wikidata, role=who.role,
                affiliation=who.affiliation, in_gazetteer=who.wikidata is not None))
            actor.mentions.append(m)
        verb_at = len(a.label) + 1 if sentence.startswith(a.label) else 0
        verb = sentence[verb_at:].split(" ", 1)[0]
        trigger = Mention(s_start + verb_at, s_start + verb_at + len(verb), verb, i)
        directed = plover not in ("CONSULT", "AGREE")
        events.append(Event(
            key=f"e{i}", plover=plover, cameo=cameo, event_class=cls, mode=mode,
            participants=[a.key, b.key], source=[a.key] if directed else [],
            target=[b.key] if directed else [], date=when_date.isoformat(), date_text=when,
            modality=rng.choice(MODALITIES), mentions=[EventMention(trigger, s)]))
    doc = Document(id=doc_id, text=text, title=f"Synthetic report {d}", published=published,
                   url=f"https://news.example.org/{doc_id}", source="synthetic")
    for key in {k for e in events for k in e.participants}:
        if key not in actors:
            actors[key] = Actor(key=key, label=key, kind="group")
    return Extraction(doc, sentences, list(actors.values()), events)


def synth_triples(n_events: int, events_per_doc: int = 10, seed: int = 0,
                  docs: range | None = None) -> Iterator[tuple[str, list]]:
    """(graph name, triples) per document, through ``kg.rdf.to_triples`` (what ``kg build`` stores)."""
    for ex in synth_extractions(n_events, events_per_doc, seed, docs=docs):
        yield str(graph_iri(ex.document.id)), to_triples(ex)


def fill(store, n_events: int, events_per_doc: int = 10, seed: int = 0, batch: int = 50) -> list[str]:
    """Put the ontology graph and ``n_events`` synthetic events in ``store``, ``batch`` documents per
    call (as ``kg build`` does); the graph names."""
    install(store)
    names: list[str] = []
    pending: list[Extraction] = []

    def commit() -> None:
        add_concepts(store, pending)
        store.replace_graphs([(str(graph_iri(ex.document.id)), to_triples(ex)) for ex in pending])
        pending.clear()

    for ex in synth_extractions(n_events, events_per_doc, seed):
        pending.append(ex)
        names.append(str(graph_iri(ex.document.id)))
        if len(pending) >= batch:
            commit()
    if pending:
        commit()
    return names


CHUNK = 250  # documents per piece of work when writing N-Quads in several processes


def _nquads_chunk(job: tuple[int, int, int, int]) -> tuple[bytes, int]:
    n_events, events_per_doc, seed, first = job
    cache: dict = {}
    parts, count = [], 0
    for name, triples in synth_triples(n_events, events_per_doc, seed, docs=range(first, first + CHUNK)):
        parts.append(statements(triples, f" <{name}> .\n", cache))
        count += len(triples)
    return "".join(parts).encode("utf-8"), count


def write_nquads(path: Path, n_events: int, events_per_doc: int = 10, seed: int = 0, jobs: int = 1) -> int:
    """Write the ontology graph and the synthetic documents' graphs as N-Quads (what ``kg export
    --format nquads`` would write of such a store), ``jobs`` processes at once; the number of quads."""
    n_docs = -(-n_events // events_per_doc)
    work = [(n_events, events_per_doc, seed, first) for first in range(0, n_docs, CHUNK)]
    onto = str(VOCABULARY_GRAPH)
    vocabulary = dict.fromkeys([*ontology_graph(), *concept_triples(cameo_codes=[k[1] for k in EVENT_KINDS])])
    count = len(vocabulary)
    with open(path, "wb") as fh:
        fh.write(statements(vocabulary, f" <{onto}> .\n").encode("utf-8"))
        if jobs > 1:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                for data, n in pool.imap(_nquads_chunk, work):
                    fh.write(data)
                    count += n
        else:
            for data, n in map(_nquads_chunk, work):
                fh.write(data)
                count += n
    return count


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("events", type=int)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1, help="processes writing at once")
    args = ap.parse_args(argv)
    n = write_nquads(args.output, args.events, args.per_doc, args.seed, args.jobs)
    print(f"{n} quads -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
