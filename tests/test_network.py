"""NetworkX projections and analytics over a real store holding a hand-written world of events."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from kg.errors import KGError
from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Sentence
from kg.network import (
    bipartite_graph,
    centrality,
    communities,
    ego,
    ego_table,
    interaction_graph,
    layout,
    project,
    resolve_actor,
    shortest_path,
    timeline,
    write_gexf,
    write_graphml,
)
from kg.rdf import ONTOLOGY_GRAPH, ontology_graph, to_graph
from kg.store import Store
from tests.conftest_store import backend, kg_serve_url, oxigraph_url, synth_dir  # noqa: F401 (fixtures)

HOSTILE = 'Evil <img src=x onerror="window.__xss=1"> </script><script>window.__xss2=1</script> "q" \\ \''

ACTORS = {
    "Q22686": ("Donald Trump", "person", "Trump"),
    "Q3881": ("Volodymyr Zelensky", "person", "Zelensky"),
    "Q7747": ("Vladimir Putin", "person", "Putin"),
    "Q6383": ("Keir Starmer", "person", "Starmer"),
    "Q159": ("Russia", "state", "Russia"),
    "Q212": ("Ukraine", "state", "Ukraine"),
    "Q458": ("European Union", "igo", "EU"),
    "evil": (HOSTILE, "group", "Evil"),
    "Q1": ("Lonely Observer", "person", "Observer"),
}

# (doc, sentence, trigger, PLOVER, CAMEO, class, participants, source, target, date, modality)
FACTS = [
    ("a", "Trump met Zelensky at the White House.", "met", "CONSULT", "040", "Meeting",
     ["Q22686", "Q3881"], [], [], "2025-08-18", "asserted"),
    ("a", "Trump spoke with Putin by phone for forty minutes.", "spoke", "CONSULT", "042", "PhoneCall",
     ["Q22686", "Q7747"], [], [], "2025-08-18", "asserted"),
    ("a", "Russia launched hundreds of drones at Ukraine.", "launched", "ASSAULT", "195", "MilitaryStrike",
     ["Q159", "Q212"], ["Q159"], ["Q212"], "2025-08-19", "asserted"),
    ("a", "Starmer said Britain would send aid to Ukraine.", "aid", "AID", "070", None,
     ["Q6383", "Q212"], ["Q6383"], ["Q212"], "2025-08", "planned"),
    ("a", "The EU imposed new sanctions on Russia.", "sanctions", "SANCTION", "163", None,
     ["Q458", "Q159"], ["Q458"], ["Q159"], "2025-07-30", "asserted"),
    ("b", "Starmer met Zelensky in London.", "met", "CONSULT", "040", "Meeting",
     ["Q6383", "Q3881"], [], [], "2025-09-02", "asserted"),
    ("b", f"{HOSTILE} met Zelensky.", "met", "CONSULT", "040", "Meeting",
     ["evil", "Q3881"], [], [], "2025-09-01", "asserted"),
    ("b", "Russia accused Ukraine of provocation </script><b>bold</b>.", "accused", "ACCUSE", "112", None,
     ["Q159", "Q212"], ["Q159"], ["Q212"], "2025-09-03", "asserted"),
]


def extraction(doc_id: str, published: date) -> Extraction:
    facts = [f for f in FACTS if f[0] == doc_id]
    text = "".join(f[1] + "\n" for f in facts)
    sentences, events, mentions = [], [], {}
    pos = 0
    for i, (_, sent, trig, plover, cameo, cls, parts, src, tgt, when, modality) in enumerate(facts):
        s = Sentence(i, pos, pos + len(sent), sent)
        sentences.append(s)
        for key in parts:
            surface = ACTORS[key][2]
            at = sent.find(surface)
            if at >= 0:
                mentions.setdefault(key, []).append(Mention(pos + at, pos + at + len(surface), surface, i))
        t = sent.index(trig)
        events.append(Event(f"e{i}", plover, cameo, cls, participants=list(parts), source=list(src),
                            target=list(tgt), date=when, modality=modality,
                            mentions=[EventMention(Mention(pos + t, pos + t + len(trig), trig, i), s)]))
        pos += len(sent) + 1
    keys = list(mentions) + (["Q1"] if doc_id == "a" else [])
    actors = [Actor(k, ACTORS[k][0], ACTORS[k][1], wikidata=k if k.startswith("Q") else None,
                    mentions=mentions.get(k, [])) for k in keys]
    doc = Document(id=f"doc-{doc_id}", text=text, title=f"Report {doc_id} <i>x</i>", published=published,
                   url=f"https://news.example/{doc_id}")
    return Extraction(doc, sentences, actors, events)


def world_store():
    """A store holding the ontology graph and the two documents of the world."""
    store = Store.open(":memory:")
    store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
    for doc_id, day in (("a", date(2025, 8, 19)), ("b", date(2025, 9, 3))):
        g = to_graph(extraction(doc_id, day))
        store.replace_graph(str(g.identifier), g)
    return store


# -- tests ------------------------------------------------------------------------------------------

A = "https://w3id.org/dipkg/actor/"


@pytest.fixture(scope="module")
def store():
    s = world_store()
    yield s
    s.close()


@pytest.fixture(scope="module")
def graph(store):
    return interaction_graph(store)


def test_interaction_graph_edges_carry_type_count_dates_sign_and_direction(graph):
    assert graph.nodes[A + "Q22686"]["label"] == "Donald Trump"
    assert graph.nodes[A + "Q212"]["kind"] == "state" and graph.nodes[A + "Q212"]["wikidata"] == "Q212"
    assault = graph.edges[A + "Q159", A + "Q212", "ASSAULT"]
    assert assault["directed"] and assault["sign"] == -1 and assault["count"] == 1
    assert assault["first"] == assault["last"] == "2025-08-19"
    assert not graph.has_edge(A + "Q212", A + "Q159")
    meet = graph.get_edge_data(A + "Q22686", A + "Q3881") or graph.get_edge_data(A + "Q3881", A + "Q22686")
    assert list(meet) == ["CONSULT"] and meet["CONSULT"]["directed"] is False and meet["CONSULT"]["sign"] == 1
    assert graph.number_of_edges() == 8
    assert "Q1" in {n.rsplit("/", 1)[1] for n in graph}  # an actor with no event is still an actor
    for _, _, d in graph.edges(data=True):
        assert all(e.startswith("https://w3id.org/dipkg/event/doc-") for e in d["events"])


def test_filters_by_date_type_and_actor(store):
    g = interaction_graph(store, since="2025-09", until="2025-09-02")
    assert sorted(d["type"] for _, _, d in g.edges(data=True)) == ["CONSULT", "CONSULT"]
    assert A + "Q1" not in g  # filtered graphs keep only the actors of the kept events
    g = interaction_graph(store, types=["assault", "sanction"])
    assert {d["type"] for _, _, d in g.edges(data=True)} == {"ASSAULT", "SANCTION"}
    g = interaction_graph(store, actors=["Putin"])
    assert set(g) == {A + "Q22686", A + "Q7747"}
    # a month-precision date (the planned aid, "2025-08") overlaps a day range inside that month
    assert A + "Q6383" in interaction_graph(store, since="2025-08-20", until="2025-08-21")


@pytest.mark.parametrize("kwargs, message", [
    ({"since": "last week"}, "not a date"),
    ({"since": "2025-02-30"}, "not a valid date"),
    ({"since": "2025-09", "until": "2025-08"}, "after"),
    ({"types": ["TELEPORT"]}, "unknown PLOVER type TELEPORT"),
    ({"actors": ["Nobody At All"]}, "no actor named"),
])
def test_bad_filters_are_one_line_errors(store, kwargs, message):
    with pytest.raises(KGError, match=message) as info:
        interaction_graph(store, **kwargs)
    assert "\n" not in str(info.value)


def test_bipartite_graph_has_roles(store):
    b = bipartite_graph(store)
    strike = "https://w3id.org/dipkg/event/doc-a/e2"
    assert b.nodes[strike]["bipartite"] == 1 and b.nodes[strike]["type"] == "ASSAULT"
    assert b.edges[A + "Q159", strike]["role"] == "source"
    assert b.edges[strike, A + "Q212"]["role"] == "target"
    assert b.edges["https://w3id.org/dipkg/event/doc-a/e0", A + "Q22686"]["role"] == "participant"
    assert sum(1 for _, d in b.nodes(data=True) if d["bipartite"] == 1) == len(FACTS)


def test_centrality_ranks_the_broker_first(graph):
    rows = centrality(graph)
    assert [r["rank"] for r in rows] == list(range(1, 10))
    assert rows[0]["label"] == "Volodymyr Zelensky"
    lonely = next(r for r in rows if r["label"] == "Lonely Observer")
    assert lonely["pagerank"] == min(r["pagerank"] for r in rows) and lonely["betweenness"] == 0


def test_communities_are_seeded_and_split_the_world(graph):
    first, second = communities(graph, seed=3), communities(graph, seed=3)
    assert first == second
    groups = [set(c["actors"]) for c in first]
    russia = next(g for g in groups if A + "Q159" in g)
    assert A + "Q212" in russia and A + "Q22686" not in russia
    assert sum(c["size"] for c in first) == graph.number_of_nodes()


def test_shortest_path_explains_each_hop_with_its_sentence(graph):
    hops = shortest_path(graph, "Keir Starmer", "putin")
    assert [(h["from"], h["to"]) for h in hops] == [
        ("Keir Starmer", "Volodymyr Zelensky"), ("Volodymyr Zelensky", "Donald Trump"),
        ("Donald Trump", "Vladimir Putin")]
    assert hops[2]["sentence"] == "Trump spoke with Putin by phone for forty minutes."
    assert hops[0]["document"] == "doc-b" and hops[0]["date"] == "2025-09-02"
    with pytest.raises(KGError, match="no path"):
        shortest_path(graph, "Lonely Observer", "Russia")


def test_actor_names_resolve_by_label_part_qid_or_iri_and_ambiguity_is_an_error(graph):
    assert resolve_actor(graph, "zelensky") == A + "Q3881"
    assert resolve_actor(graph, "Q7747") == A + "Q7747"
    assert resolve_actor(graph, A + "Q159") == A + "Q159"
    with pytest.raises(KGError, match="ambiguous"):
        resolve_actor(graph, "r")


def test_ego_and_timeline(graph):
    e = ego(graph, "Ukraine")
    assert set(e) == {A + "Q212", A + "Q159", A + "Q6383"}
    table = ego_table(graph, "Ukraine")
    assert table[0]["label"] == "Russia" and table[0]["events"] == 2 and table[0]["sign"] == -2
    rows = timeline(graph, "Zelensky")
    assert [r["date"] for r in rows] == ["2025-08-18", "2025-09-01", "2025-09-02"]
    assert rows[1]["with"] == HOSTILE and rows[1]["sentence"].startswith(HOSTILE)
    assert all(r["role"] == "participant" for r in rows)


def test_graphml_and_gexf_round_trip_hostile_text(graph, tmp_path: Path):
    write_graphml(graph, tmp_path / "g.graphml")
    write_gexf(graph, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes[A + "evil"]["label"] == HOSTILE
    assert back.number_of_edges() == graph.number_of_edges()
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert {d["label"] for _, d in gexf.nodes(data=True)} >= {HOSTILE, "Russia"}
    assert not list(tmp_path.glob(".*tmp*"))


def test_layout_is_seeded_and_untangles_a_tree():
    g = nx.random_labeled_tree(600, seed=1)
    a, b = layout(g, seed=5), layout(g, seed=5)
    assert a == b and a != layout(g, seed=6)
    pts = np.array([a[n] for n in range(600)])
    assert np.isfinite(pts).all()
    gaps = np.sort(np.linalg.norm(pts[:, None] - pts[None], axis=2), axis=1)[:, 1]
    assert np.median(gaps) > 0.3  # nodes do not pile up on each other
    edge = np.median([np.linalg.norm(pts[u] - pts[v]) for u, v in g.edges()])
    radius = np.median(np.linalg.norm(pts, axis=1))
    assert edge < 0.35 * radius  # neighbours sit close (random placement gives about 1.0)


def _cli(args: list[str]):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, args, catch_exceptions=False)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "db"
    s = Store.open(str(path))
    s.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
    for doc_id, day in (("a", date(2025, 8, 19)), ("b", date(2025, 9, 3))):
        g = to_graph(extraction(doc_id, day))
        s.replace_graph(str(g.identifier), g)
    s.close()
    return str(path)


def test_cli_analyze_formats_and_exports(store_dir, tmp_path: Path):
    out = _cli(["analyze", "centrality", "--store", store_dir, "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)[0]["label"] == "Volodymyr Zelensky"
    out = _cli(["analyze", "path", "Starmer", "Putin", "--store", store_dir, "--format", "csv",
                "--graphml", str(tmp_path / "p.graphml"), "--gexf", str(tmp_path / "p.gexf")])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["hop"] for r in rows] == ["1", "2", "3"]
    on_path = {A + "Q6383", A + "Q3881", A + "Q22686", A + "Q7747"}
    assert set(nx.read_graphml(tmp_path / "p.graphml")) == on_path
    assert (tmp_path / "p.gexf").stat().st_size > 0
    out = _cli(["analyze", "timeline", "Zelensky", "--store", store_dir])
    assert out.exit_code == 0 and "2025-09-01" in out.output and "\x1b" not in out.output
    out = _cli(["analyze", "communities", "--store", store_dir, "--types", "CONSULT"])
    assert out.exit_code == 0 and "Donald Trump" in out.output
    out = _cli(["analyze", "ego", "Ukraine", "--store", store_dir, "--format", "table"])
    assert out.exit_code == 0 and "ASSAULTx1" in out.output


def test_cli_analyze_errors_are_one_line(store_dir, tmp_path: Path):
    for args in (["analyze", "path", "Starmer", "Nobody", "--store", store_dir],
                 ["analyze", "centrality", "--store", store_dir, "--since", "yesterday"],
                 ["analyze", "centrality", "--store", str(tmp_path / "missing")]):
        out = _cli(args)
        assert out.exit_code == 1
        assert out.output.startswith("kg: error: ") and out.output.count("\n") == 1, out.output


def _signature(p) -> list[tuple]:
    return sorted((e.iri, e.type, e.date, e.modality, e.sign, tuple(sorted(e.participants)), tuple(e.sources),
                   tuple(e.targets), tuple(x["text"] for x in e.evidence)) for e in p.events)


def test_projections_agree_over_every_kind_of_store(backend, synth_dir):  # noqa: F811 (fixtures)
    with Store.open(synth_dir, read_only=True) as embedded:
        reference = project(embedded)
    got = project(backend)
    assert len(got.events) > 100
    assert _signature(got) == _signature(reference)
    assert got.actors == reference.actors
