"""How long loading the actor gazetteer takes (it runs at every ``kg extract``).

Prints the cold load (parse and index every ``ontology/actors/*.ttl`` with pyoxigraph), the warm load
(cached on file paths and mtimes), rdflib parsing the same files as a baseline in the same run, and
the time to build a spaCy PhraseMatcher from the surface forms.

    python benchmarks/gazetteer.py [--repeat 20]
"""
from __future__ import annotations

import argparse
import statistics
import time

from rdflib import Graph

from kg import gazetteer
from kg.gazetteer import Gazetteer
from kg.resources import ontology_dir


def best_and_median(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def cold_load() -> Gazetteer:
    gazetteer._load_files.cache_clear()
    gazetteer._parse_office_rules.cache_clear()
    return Gazetteer.load()


def rdflib_parse() -> None:
    for path in sorted((ontology_dir() / "actors").glob("*.ttl")):
        Graph().parse(path, format="turtle")


def phrase_matcher(gaz: Gazetteer) -> None:
    from spacy.matcher import PhraseMatcher

    from kg.nlp import load_model

    nlp = load_model()
    matcher = PhraseMatcher(nlp.vocab)
    for text, key, _how in gaz.surface_forms():
        matcher.add(key, [nlp.make_doc(text)])


def report(name: str, times: tuple[float, float], digits: int = 1) -> None:
    best, median = (f"{t * 1000:.{digits}f} ms" for t in times)
    print(f"{name:<40} best {best}, median {median}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    gaz = cold_load()
    forms = sum(1 for _ in gaz.surface_forms())
    files = len(list((ontology_dir() / "actors").glob("*.ttl")))
    print(f"entries {len(gaz.entries)}, surface forms {forms}, files {files}")

    cold = best_and_median(cold_load, args.repeat)
    warm = best_and_median(Gazetteer.load, args.repeat)
    base = best_and_median(rdflib_parse, max(3, args.repeat // 4))
    report("cold load (pyoxigraph parse + index)", cold)
    report("warm load (cached)", warm, 3)
    report("baseline: rdflib parse of the same files", base)
    print(f"ratio rdflib parse / cold load: {base[1] / cold[1]:.1f}x")

    from kg.nlp import load_model

    load_model()
    matcher = best_and_median(lambda: phrase_matcher(gaz), 3)
    report("PhraseMatcher from the surface forms", matcher)


if __name__ == "__main__":
    main()
