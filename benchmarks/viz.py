"""How long the HTML graph takes to build and to draw, for 500, 2,000 and 5,000 nodes.

Prints, for each size: the projection queries, the layout, the whole ``write_html``, the page size,
and the time until the network is drawn and still in headless Chromium (physics is off, so the
first drawing is the stable one: the script checks that no node moves in the second after it).
Baseline, measured in the same run: ``nx.spring_layout`` on the same graph (the layout NetworkX
users reach for), as a ratio.

    .venv/bin/python benchmarks/viz.py [--sizes 500,2000,5000] [--no-browser] [--no-baseline]
    .venv/bin/python benchmarks/viz.py --screenshot graphs/seeds.html graphs/seeds.png
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import networkx as nx  # noqa: E402

from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Sentence  # noqa: E402
from kg.network import bipartite_graph, project  # noqa: E402
from kg.plover import plover_scheme  # noqa: E402
from kg.rdf import graph_iri, to_triples  # noqa: E402
from kg.store import Store  # noqa: E402
from kg.viz import layout, write_html  # noqa: E402
from kg.vocabulary import add_concepts, install  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
EVENTS_PER_DOC = 200


def synthetic_store(nodes: int, seed: int = 1) -> Store:
    """A store whose actor-event graph has about ``nodes`` nodes (a tenth of them actors, with hubs)."""
    rng = random.Random(seed)
    n_actors = max(10, nodes // 10)
    n_events = nodes - n_actors
    weights = [1 / (i + 1) for i in range(n_actors)]
    types = plover_scheme().names
    store = Store.open(":memory:")
    install(store)
    for d in range(0, n_events, EVENTS_PER_DOC):
        count = min(EVENTS_PER_DOC, n_events - d)
        lines = [f"Actor{rng.randrange(n_actors)} acted on a counterpart, item {d + i}."
                 for i in range(count)]
        text = "".join(line + "\n" for line in lines)
        sentences, events, pos = [], [], 0
        for i, line in enumerate(lines):
            s = Sentence(i, pos, pos + len(line), line)
            sentences.append(s)
            a, b = rng.choices(range(n_actors), weights, k=2)
            b = b if b != a else (a + 1) % n_actors
            directed = rng.random() < 0.5
            events.append(Event(f"e{i}", rng.choice(types), "040", participants=[f"a{a}", f"a{b}"],
                                source=[f"a{a}"] if directed else [], target=[f"a{b}"] if directed else [],
                                date=f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                                mentions=[EventMention(Mention(pos, pos + 6, line[:6], i), s)]))
            pos += len(line) + 1
        used = sorted({k for e in events for k in e.participants})
        actors = [Actor(k, f"Actor {k[1:]}", ("person", "state", "igo")[int(k[1:]) % 3]) for k in used]
        doc = Document(id=f"bench-{d}", text=text, title=f"bench {d}", published=date(2025, 12, 31))
        ex = Extraction(doc, sentences, actors, events)
        add_concepts(store, [ex])
        store.replace_graph(str(graph_iri(doc.id)), to_triples(ex))
    return store


def browser_time(path: Path, timeout_ms: int = 120_000) -> tuple[float, int, float]:
    """Milliseconds from navigation until vis-network first drew the graph, the requests made, and
    how far (px) any node moved in the second after that (0: the first drawing is the stable one)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = b.new_page(viewport={"width": 1400, "height": 900})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri())
        page.wait_for_function("window.kg && window.kg.ready !== null", timeout=timeout_ms)
        ready = page.evaluate("kg.ready")
        before = page.evaluate("kg.network.getPositions()")
        page.wait_for_timeout(1000)
        after = page.evaluate("kg.network.getPositions()")
        b.close()
    moved = max((abs(after[k]["x"] - v["x"]) + abs(after[k]["y"] - v["y"]) for k, v in before.items()),
                default=0.0)
    return ready, len(requests), moved


def screenshot(html: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = b.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.kg && window.kg.ready !== null", timeout=60_000)
        page.wait_for_timeout(300)
        page.screenshot(path=str(png))
        b.close()
    print(f"wrote {png}")


def run(sizes: list[int], browser: bool, baseline: bool) -> None:
    print(f"{'nodes':>6} {'edges':>6} {'query s':>8} {'layout s':>9} {'html s':>7} {'MB':>6} "
          f"{'drawn s':>8} {'spring s':>9} {'layout/spring':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            store = synthetic_store(n)
            t = time.perf_counter()
            p = project(store)
            t_query = time.perf_counter() - t
            g = bipartite_graph(p)
            t = time.perf_counter()
            layout(g.to_undirected(as_view=True))
            t_layout = time.perf_counter() - t
            out = Path(tmp) / f"g{n}.html"
            t = time.perf_counter()
            counts = write_html(store, out, max_nodes=n + 1)
            t_html = time.perf_counter() - t
            size = out.stat().st_size / 1e6
            drawn = "-"
            if browser:
                ms, nreq, moved = browser_time(out)
                drawn = f"{ms / 1000:.2f}" + ("" if nreq == 1 else f" ({nreq} requests!)")
                drawn += "" if moved == 0 else f" (moved {moved:.0f}px)"
            spring = ratio = "-"
            if baseline:
                u = nx.Graph(g.to_undirected(as_view=True))
                t = time.perf_counter()
                nx.spring_layout(u, seed=7)
                t_spring = time.perf_counter() - t
                spring, ratio = f"{t_spring:.2f}", f"{t_layout / t_spring:.3f}"
            nodes = counts["actors"] + counts["events"]
            print(f"{nodes:>6} {counts['edges']:>6} {t_query:>8.2f} {t_layout:>9.2f} {t_html:>7.2f} "
                  f"{size:>6.2f} {drawn:>8} {spring:>9} {ratio:>14}", flush=True)
            store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="500,2000,5000")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--screenshot", nargs=2, metavar=("HTML", "PNG"), type=Path)
    a = ap.parse_args()
    if a.screenshot:
        screenshot(*a.screenshot)
        return
    run([int(s) for s in a.sizes.split(",")], not a.no_browser, not a.no_baseline)


if __name__ == "__main__":
    main()
