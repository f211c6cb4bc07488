"""Synthetic articles for tests and benchmarks, mapped to RDF through the real ``kg.rdf.to_graph``.

Each document holds a few generated sentences, each describing one event between actors drawn
from a skewed (Zipf-like) distribution, with a date, a PLOVER type and a finer class, so the
graphs have the shape of docs/architecture.md: events, actors, provenance sentences with offsets.

    python benchmarks/synth.py 10000 -o /tmp/events.nq     # 10k events as N-Quads
"""
from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rdflib import Dataset, Graph

from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Sentence
from kg.rdf import ONTOLOGY_GRAPH, ontology_graph, to_graph


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
EXTRA_ACTORS = 200  # generated minor actors, so the actor set is not tiny at 100k events

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


def _actor_pool(rng: random.Random) -> list[SynthActor]:
    extra = [SynthActor(f"minister-{i:03d}", f"Minister Number {i}", "person", role="foreign minister",
                        affiliation=rng.choice(["france", "germany", "poland", "turkey", "china"]))
             for i in range(EXTRA_ACTORS)]
    return [*ACTORS, *extra]


def _pick(rng: random.Random, pool: list[SynthActor], k: int) -> list[SynthActor]:
    """``k`` distinct actors; low ranks are much more frequent (about Zipf, s=1)."""
    weights = [1.0 / (i + 1) for i in range(len(pool))]
    chosen: list[SynthActor] = []
    while len(chosen) < k:
        a = rng.choices(pool, weights)[0]
        if a not in chosen:
            chosen.append(a)
    return chosen


def synth_extractions(n_events: int, events_per_doc: int = 10, seed: int = 0,
                      start: date = date(2024, 1, 1), days: int = 730) -> Iterator[Extraction]:
    """Documents with ``events_per_doc`` events each, ``n_events`` in all."""
    rng = random.Random(seed)
    pool = _actor_pool(rng)
    made = 0
    d = 0
    while made < n_events:
        n = min(events_per_doc, n_events - made)
        published = start + timedelta(days=rng.randrange(days))
        doc_id = f"synth-{seed}-{d:06d}"
        sentences: list[Sentence] = []
        events: list[Event] = []
        actors: dict[str, Actor] = {}
        text = f"Synthetic report {d}\n\n"
        for i in range(n):
            plover, cameo, cls, mode, template = EVENT_KINDS[rng.randrange(len(EVENT_KINDS))]
            a, b = _pick(rng, pool, 2)
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
        yield Extraction(doc, sentences, list(actors.values()), events)
        made += n
        d += 1


def synth_graphs(n_events: int, events_per_doc: int = 10, seed: int = 0) -> Iterator[Graph]:
    """The documents' named graphs (``kg.rdf.to_graph``)."""
    for ex in synth_extractions(n_events, events_per_doc, seed):
        yield to_graph(ex)


def fill(store, n_events: int, events_per_doc: int = 10, seed: int = 0) -> list[str]:
    """Put the ontology graph and ``n_events`` synthetic events in ``store``; the graph names."""
    store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
    names = []
    for g in synth_graphs(n_events, events_per_doc, seed):
        store.replace_graph(str(g.identifier), g)
        names.append(str(g.identifier))
    return names


def write_nquads(path: Path, n_events: int, events_per_doc: int = 10, seed: int = 0) -> int:
    """Write the synthetic dataset as N-Quads (streamed per document); the number of quads."""
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for g in synth_graphs(n_events, events_per_doc, seed):
            ds = Dataset()
            named = ds.graph(g.identifier)
            for t in g:
                named.add(t)
            count += len(g)
            fh.write(ds.serialize(format="nquads"))
    return count


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("events", type=int)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    n = write_nquads(args.output, args.events, args.per_doc, args.seed)
    print(f"{n} quads -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
