"""The HTML graph (``kg.viz.html``): self-contained, deterministic, safe with hostile text, checked in
headless Chromium."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Sentence
from kg.rdf import to_graph
from kg.store import Store
from kg.viz import json_for_script, write_html

PAYLOADS = [
    "</style><script>window.__xss3=1</script>",
    "<!-- <script>window.__xss4=1</script> -->",
    "<svg onload=window.__xss5=1>",
    "]]> {{7*7}} `${window.__xss6=1}` \\u003c",
    "line\u2028sep\u2029aration \t tab",
    "Ünïcödé — 中文 — עברית",
]

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def pages(world, tmp_path_factory, hostile) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("html")
    full, agg = out / "full.html", out / "agg.html"
    write_html(world, full, title=f"World {hostile}")
    write_html(world, agg, max_nodes=5)
    return {"full": full, "agg": agg}


def test_page_is_one_offline_file_with_text_escaped(world, tmp_path: Path, monkeypatch, hostile, world_facts):
    monkeypatch.chdir(tmp_path)
    counts = write_html(world, tmp_path / "g.html", title=hostile)
    assert counts == {"actors": 9, "events": len(world_facts), "edges": 16, "aggregated": False,
                      "total_actors": 9, "total_events": len(world_facts)}
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]  # no lib/ folder, no temp file
    assert not EXTERNAL.search(html)
    assert "<img" not in html and "onerror=\"window" not in html
    assert html.count("</script>") == 3  # the data block and the two scripts; nothing breaks out
    assert "vis-network" in html and "Content-Security-Policy" in html
    assert json_for_script({"a": "</script><!--\u2028"}) == '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}'


@given(st.text())
def test_json_for_script_cannot_close_the_script_and_round_trips(text):
    out = json_for_script({"t": text})
    assert "<" not in out and "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"t": text}


def payload_store() -> Store:
    """One event between actors named with each payload, its sentence made of them all."""
    sentence = " | ".join(PAYLOADS) + " met."
    s = Sentence(0, 0, len(sentence), sentence)
    actors, keys, at = [], [], 0
    for i, name in enumerate(PAYLOADS):
        actors.append(Actor(f"p{i}", name, "group", mentions=[Mention(at, at + len(name), name, 0)]))
        keys.append(f"p{i}")
        at += len(name) + 3
    t = sentence.index("met")
    event = Event("e0", "CONSULT", "040", "Meeting", participants=keys, date="2025-01-02",
                  mentions=[EventMention(Mention(t, t + 3, "met", 0), s)])
    doc = Document(id="payloads", text=sentence, title=PAYLOADS[0], published=date(2025, 1, 3))
    store = Store.open(":memory:")
    g = to_graph(Extraction(doc, [s], actors, [event]))
    store.replace_graph(str(g.identifier), g)
    return store


def test_same_graph_draws_the_same_way(world, world_dir, tmp_path: Path):
    write_html(world, tmp_path / "a.html")
    write_html(world, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    # and in other processes, whose sets iterate in other orders (the aggregated view as well)
    script = ("import sys; from kg.store import Store; from kg.viz import write_html; "
              "write_html(Store.open(sys.argv[1], read_only=True), sys.argv[2], max_nodes=int(sys.argv[3]))")
    for max_nodes in (300, 5):
        pages = []
        for seed in ("1", "2"):
            page = tmp_path / f"p{seed}-{max_nodes}.html"
            subprocess.run([sys.executable, "-c", script, world_dir, str(page), str(max_nodes)], check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed})
            pages.append(page.read_bytes())
        assert pages[0] == pages[1], max_nodes


def test_filters_and_aggregation_counts(world, tmp_path: Path):
    counts = write_html(world, tmp_path / "x.html", actor="Zelensky", types=["CONSULT"], since="2025-09")
    assert (counts["actors"], counts["events"]) == (3, 2)
    counts = write_html(world, tmp_path / "y.html", documents=["doc-b"])
    assert counts["events"] == 3
    counts = write_html(world, tmp_path / "z.html", max_nodes=5)
    assert counts["aggregated"] and counts["actors"] == 5 and 0 < counts["events"] < counts["total_events"]
    page = (tmp_path / "z.html").read_text(encoding="utf-8")
    assert "more than the 5 nodes" in page
    # the header counts what is drawn: actors, links, and the events the links fold (not "0 events")
    assert (f"5 of 9 actors · {counts['edges']} links · {counts['events']} of {counts['total_events']} events"
            in page)


# -- in a real browser ------------------------------------------------------------------------------

class Page:
    """A page opened in Chromium, recording every request and console message."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kg && window.kg.ready !== null", timeout=20000)

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def click_node(self, node_id: str) -> None:
        x, y = self.js("""id => { const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]);
                          const r = document.getElementById('kg-network').getBoundingClientRect();
                          return [r.left + p.x, r.top + p.y]; }""", node_id)
        self.page.mouse.click(x, y)

    def panel(self) -> str:
        return self.page.inner_text("#kg-panel")


def test_page_in_chromium_offline_clickable_and_safe(browser, pages, hostile, world_facts):
    pg = Page(browser, pages["full"])
    try:
        assert pg.requests == [pages["full"].as_uri()]
        assert pg.errors == []
        assert pg.js("[kg.nodes.length, kg.edges.length]") == [9 + len(world_facts), 16]
        assert pg.js("kg.network.body.nodeIndices.length") == 9 + len(world_facts)
        assert pg.js("document.title") == f"World {hostile}"

        strike = "https://w3id.org/dipkg/event/doc-a/e2"
        pg.click_node(strike)
        text = pg.panel()
        assert "Russia launched hundreds of drones at Ukraine." in text
        assert "2025-08-19" in text and "asserted" in text and "doc-a" in text
        assert "Russia\n" in text or "Russia —" in text

        pg.click_node("https://w3id.org/dipkg/actor/evil")
        assert pg.js("document.querySelector('#kg-panel h2').textContent") == hostile
        assert hostile + " met Zelensky." in pg.panel()
        assert pg.js("[window.__xss, window.__xss2, document.querySelectorAll('img, b').length]") == [
            None, None, 0]
        assert pg.js("document.getElementById('kg-title').textContent") == f"World {hostile}"

        pg.page.fill("#kg-search", "putin")
        pg.page.press("#kg-search", "Enter")
        assert pg.page.inner_text("#kg-search-status") == "2 matches"  # the actor and the call's sentence
        assert "https://w3id.org/dipkg/actor/Q7747" in pg.js("kg.network.getSelectedNodes()")

        shown = pg.js("kg.view.length")
        pg.page.uncheck("input[data-cat='event:CONSULT']")
        assert pg.js("kg.view.length") == shown - 4
        pg.page.check("input[data-cat='event:CONSULT']")
        assert pg.js("kg.view.length") == shown
        assert pg.errors == [] and len(pg.requests) == 1
    finally:
        pg.page.close()


def test_every_payload_shows_as_text_and_runs_nothing(browser, tmp_path: Path):
    page_path = tmp_path / "payloads.html"
    with payload_store() as store:
        write_html(store, page_path, title=PAYLOADS[1])
    pg = Page(browser, page_path)
    try:
        assert pg.errors == [] and len(pg.requests) == 1
        for i, name in enumerate(PAYLOADS):
            pg.click_node(f"https://w3id.org/dipkg/actor/p{i}")
            assert pg.js("document.querySelector('#kg-panel h2').textContent") == name
        sentence = pg.js("document.querySelector('#kg-panel blockquote').textContent")
        assert sentence == " | ".join(PAYLOADS) + " met."
        flags = pg.js("[3, 4, 5, 6].map(i => window['__xss' + i])")
        assert flags == [None] * 4
        assert pg.js("document.querySelectorAll('svg, img, iframe').length") == 0
        assert pg.js("document.title") == PAYLOADS[1]
    finally:
        pg.page.close()


def test_aggregated_page_says_so_and_lists_a_links_events(browser, pages):
    pg = Page(browser, pages["agg"])
    try:
        assert pg.errors == [] and len(pg.requests) == 1
        assert "strongest links" in pg.page.inner_text("#kg-notice")
        assert pg.js("kg.nodes.length") == 5
        ukraine, russia = "https://w3id.org/dipkg/actor/Q212", "https://w3id.org/dipkg/actor/Q159"
        x, y = pg.js("""([a, b]) => { const p = kg.network.getPositions([a, b]);
                        const mid = {x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2};
                        const m = kg.network.canvasToDOM(mid);
                        const r = document.getElementById('kg-network').getBoundingClientRect();
                        return [r.left + m.x, r.top + m.y]; }""", [ukraine, russia])
        pg.page.mouse.click(x + 0.5, y + 0.5)
        text = pg.panel()
        assert "2 event(s)" in text and "Russia accused Ukraine" in text and "2025-08-19" in text
    finally:
        pg.page.close()


NODES_JS = """() => kg.nodes.getIds().map(id => {
    const n = kg.nodes.get(id), p = kg.network.getPositions([id])[id], b = kg.network.getBoundingBox(id);
    return {id: id, size: n.size, font: n.font.size, x: p.x, y: p.y, box: [b.left, b.top, b.right, b.bottom]};
})"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _drawn(pg: Page) -> tuple[list[dict], float]:
    nodes, scale = pg.js(NODES_JS), pg.js("kg.network.getScale()")
    for n in nodes:  # the node's shape alone, and whether its label is drawn at this zoom
        n["shape"] = [n["x"] - n["size"], n["y"] - n["size"], n["x"] + n["size"], n["y"] + n["size"]]
        n["labelled"] = n["font"] * scale >= 11
    return nodes, scale


def _clashes(nodes: list[dict]) -> list[tuple[str, str]]:
    """Pairs whose shapes overlap, or whose drawn labels (with their shapes) do."""
    out = []
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            labels = a["labelled"] and b["labelled"] and _overlap(a["box"], b["box"])
            if labels or _overlap(a["shape"], b["shape"]):
                out.append((a["id"], b["id"]))
    return out


def _solo_actors(n: int, events: int = 20) -> Extraction:
    """A document where each of ``n`` actors acts alone, ``events`` times."""
    sentences, actors, evs, pos = [], [], [], 0
    for i in range(n):
        name = f"Lone Actor {i}"
        for k in range(events):
            text = f"{name} mobilized troops."
            s = Sentence(len(sentences), pos, pos + len(text), text)
            sentences.append(s)
            at = pos + len(name) + 1
            trigger = EventMention(Mention(at, at + 9, "mobilized", s.index), s)
            evs.append(Event(f"e{i}-{k}", "MOBILIZE", "150", None, participants=[f"solo{i}"],
                             source=[f"solo{i}"], date="2025-01-02", mentions=[trigger]))
            pos += len(text) + 1
        actors.append(Actor(f"solo{i}", name, "group", mentions=[Mention(0, len(name), name, 0)]))
    text = "\n".join(s.text for s in sentences) + "\n"
    return Extraction(Document(id="solo", text=text, title="Solo", published=date(2025, 1, 3)), sentences,
                      actors, evs)


def test_summary_of_41_documents_is_readable_at_first_view(browser, tmp_path: Path):
    from benchmarks.synth import fill

    with Store.open(":memory:") as store:
        fill(store, 410)  # 41 documents
        g = to_graph(_solo_actors(30))  # busy actors that never meet another: they cannot be linked
        store.replace_graph(str(g.identifier), g)
        counts = write_html(store, tmp_path / "summary.html")
    assert counts["aggregated"] and counts["events"] > 0
    pg = Page(browser, tmp_path / "summary.html")
    try:
        assert pg.errors == []
        summary = pg.page.inner_text("#kg-summary")
        assert summary.startswith(f"{counts['actors']:,} of {counts['total_actors']:,} actors · "
                                  f"{counts['edges']:,} links · {counts['events']:,} of "
                                  f"{counts['total_events']:,} events")
        linked = set(pg.js("kg.edges.get().flatMap(e => [e.from, e.to])"))
        assert set(pg.js("kg.nodes.getIds()")) <= linked  # no actor floats alone
        nodes, scale = _drawn(pg)
        main = set(pg.js("kg.data.main"))
        assert len(main) >= 20 and all(n["labelled"] for n in nodes if n["id"] in main)  # names readable
        assert _clashes(nodes) == []
    finally:
        pg.page.close()


def test_an_ego_graph_of_two_actors_does_not_overlap(browser, world, tmp_path: Path):
    counts = write_html(world, tmp_path / "ego.html", actor="Putin")
    assert counts["actors"] == 2
    pg = Page(browser, tmp_path / "ego.html")
    try:
        nodes, scale = _drawn(pg)
        assert all(n["labelled"] for n in nodes) and _clashes(nodes) == []
        assert scale * min(n["font"] for n in nodes) >= 11
    finally:
        pg.page.close()
