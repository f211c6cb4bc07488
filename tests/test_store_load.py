"""Loading RDF files (``Store.load_file``, ``kg.store.load``): round trips, graphs replaced whole, bad
input changes nothing, kill -9 during a load; into the embedded store and into real remote ones."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from benchmarks.synth import fill, write_nquads
from kg.errors import StoreError
from kg.query import run
from kg.store import LOAD_BATCH, Store

EX = "http://example.org/load/"
BAD_LINE = f'<{EX}s> <{EX}p> "a literal that never ends <{EX}g> .\n'


def nquads(graphs: dict[str, list[tuple[str, str]]]) -> str:
    """N-Quads text: ``{graph: [(subject, label), ...]}``, names local to EX."""
    return "".join(f'<{EX}{s}> <{EX}p> "{o}" <{EX}{g}> .\n' for g, pairs in graphs.items() for s, o in pairs)


def contents(st: Store) -> dict[str, set[tuple[str, str]]]:
    """The store's EX graphs as ``{graph: {(subject, object), ...}}`` (local names), by a query."""
    rows = st.query(f'SELECT ?g ?s ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{EX}")) }}')
    out: dict[str, set] = defaultdict(set)
    for g, s, o in rows.rows:
        out[str(g).removeprefix(EX)].add((str(s).removeprefix(EX), str(o)))
    return dict(out)


def stored(path: Path) -> list[ox.Quad]:
    """The quads of an RDF file as pyoxigraph itself stores them (it keeps derived integer types
    such as xsd:nonNegativeInteger as xsd:integer): the reference to compare a store with."""
    ref = ox.Store()
    ref.bulk_load(path=str(path))
    return list(ref)


def per_graph(quads) -> dict[str, frozenset]:
    out: dict[str, set] = defaultdict(set)
    for q in quads:
        out[q.graph_name.value].add(q)
    return {g: frozenset(qs) for g, qs in out.items()}


def with_bad_last_line(src: Path, dest: Path) -> int:
    """Copy ``src`` to ``dest`` with a malformed line at the end; that line's number."""
    data = src.read_bytes()
    assert data.endswith(b"\n")
    dest.write_bytes(data + BAD_LINE.encode())
    return data.count(b"\n") + 1


def meetings(st: Store) -> Counter:
    rows = run(st, "who-met-whom", {"actor": "Trump"}).rows
    assert rows, "the synthetic data should hold meetings with Trump"
    return Counter(rows)


@pytest.fixture(scope="module")
def source(synth_dir):
    """The synthetic store (ontology + 300 events, one graph per document), read-only."""
    with Store.open(synth_dir, read_only=True) as st:
        yield st


# ----------------------------------------------------------------------------- round trips

@pytest.mark.parametrize("fmt,suffix", [("nquads", "nq"), ("trig", "trig"), ("json-ld", "jsonld")])
def test_dump_then_load_gives_the_same_store(source, tmp_path, fmt, suffix):
    path = tmp_path / f"all.{suffix}"
    source.dump(path, fmt)
    expected = set(source.quads())
    assert len(expected) == len(source) > 10_000
    with Store.open(tmp_path / "store") as st:
        assert st.load_file(path) == source.graph_names()  # an empty store: the bulk loader
        assert st.graph_names() == source.graph_names()
        assert set(st.quads()) == expected and len(st) == len(source)
        assert meetings(st) == meetings(source)
        # every graph is now held, so the same file goes through transactions: nothing changes
        assert st.load_file(path) == source.graph_names()
        assert set(st.quads()) == expected
    with Store.open(tmp_path / "store", read_only=True) as st:  # and it was on disk
        assert set(st.quads()) == expected


# ----------------------------------------------------------------------------- replace semantics

A = {"g1": [("s0", "old 0"), ("s1", "old 1"), ("s2", "old 2")], "g2": [("s0", "two 0"), ("s1", "two 1")]}
B = {"g1": [("s9", "new")], "g3": [("s0", "three")]}


def as_sets(graphs: dict) -> dict[str, set]:
    return {g: set(pairs) for g, pairs in graphs.items()}


@pytest.mark.parametrize("where", ["memory", "disk"])
def test_each_graph_of_a_file_replaces_the_stores_graph_whole(tmp_path, where):
    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    a.write_text(nquads(A))
    b.write_text(nquads(B))
    with Store.open(None if where == "memory" else tmp_path / "store") as st:
        other = Graph()
        other.add((URIRef(EX + "x"), RDFS.label, Literal("untouched")))
        st.replace_graph(EX + "other", other)
        assert st.load_file(a) == [EX + "g1", EX + "g2"]  # none held yet: the bulk loader
        assert contents(st) == {**as_sets(A), "other": {("x", "untouched")}}
        # g1 is held: the file goes through transactions; g1 holds only B's triples, g2 stays
        assert st.load_file(b) == [EX + "g1", EX + "g3"]
        after_b = {**as_sets(A), **as_sets(B), "other": {("x", "untouched")}}
        assert contents(st) == after_b and len(st) == 5
        quads = set(st.quads())
        assert st.load_file(b) == [EX + "g1", EX + "g3"]  # idempotent
        assert set(st.quads()) == quads
        st.load_file(a)
        assert contents(st) == {**after_b, **as_sets(A)} and len(st) == 7


def test_many_graphs_are_replaced_across_batches(tmp_path):
    n = 2 * LOAD_BATCH + 7
    old = {f"d{i:03d}": [(f"s{j}", f"old {i} {j}") for j in range(3)] for i in range(n)}
    new = {f"d{i:03d}": [(f"s{j}", f"new {i} {j}") for j in range(2)] for i in range(n + 5)}
    (tmp_path / "old.nq").write_text(nquads(old))
    (tmp_path / "new.nq").write_text(nquads(new))
    with Store.open(tmp_path / "store") as st:
        st.load_file(tmp_path / "old.nq")
        assert st.load_file(tmp_path / "new.nq") == [EX + g for g in sorted(new)]
        assert contents(st) == as_sets(new) and len(st) == 2 * (n + 5)


def test_a_blank_node_shared_by_two_graphs_loads_again(tmp_path):
    """Valid N-Quads: one blank node in two graphs. Loading it a second time (every graph held, so
    through SPARQL updates) used to fail with "malformed SPARQL update: The blank node _:x cannot
    be shared by multiple blocks"."""
    path = tmp_path / "blank.nq"
    path.write_text(f'_:x <{EX}p> "1" <{EX}g1> .\n_:x <{EX}p> "2" <{EX}g2> .\n_:y <{EX}p> _:x <{EX}g1> .\n')
    with Store.open(tmp_path / "store") as st:
        for _ in range(2):
            assert st.load_file(path) == [EX + "g1", EX + "g2"]
            assert len(st) == 3
            # within a graph a label is still one node
            rows = st.query(f'SELECT ?y WHERE {{ GRAPH <{EX}g1> {{ ?y <{EX}p> ?x . ?x <{EX}p> "1" }} }}').rows
            assert len(rows) == 1 and isinstance(rows[0][0], BNode)


# ----------------------------------------------------------------------------- graph files

def small_graph(tag: str) -> Graph:
    g = Graph()
    s = URIRef(EX + "thing")
    g.add((s, RDFS.label, Literal(f"{tag}: quote \" backslash \\ newline \n Київ")))
    g.add((s, RDFS.label, Literal(f"{tag} in French", lang="fr")))
    g.add((s, URIRef(EX + "when"), Literal("2025-08-18", datatype=XSD.date)))
    g.add((s, URIRef(EX + "n"), Literal(len(tag))))
    return g


def graph_triples(st: Store, name: str) -> set:
    return set(st.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").rows)


def dataset(st: Store) -> set[ox.Quad]:
    buf = io.BytesIO()
    st.dump(buf, "nquads")
    return set(ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS))


@pytest.mark.parametrize("suffix,rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("rdf", "xml")])
def test_a_graph_file_goes_into_the_named_graph(tmp_path, suffix, rdflib_format):
    first, second = small_graph("first"), small_graph("second one")
    path = tmp_path / f"g.{suffix}"
    name = EX + "graph-file"
    with Store.open(tmp_path / "store") as st:
        first.serialize(path, format=rdflib_format, encoding="utf-8")
        assert st.load_file(path, graph=name) == [name]  # a new graph: the bulk loader
        assert graph_triples(st, name) == set(first) and st.graph_names() == [name]
        quads = dataset(st)
        assert quads and all(q.graph_name == ox.NamedNode(name) for q in quads)  # none in the default graph
        second.serialize(path, format=rdflib_format, encoding="utf-8")
        assert st.load_file(path, graph=name) == [name]  # held: replaced through a transaction
        assert graph_triples(st, name) == set(second) and len(st) == len(second)


def test_what_load_file_refuses(tmp_path):
    ttl, nq, jsonld, txt = tmp_path / "a.ttl", tmp_path / "a.nq", tmp_path / "a.jsonld", tmp_path / "a.txt"
    small_graph("x").serialize(ttl, format="turtle")
    nq.write_text(nquads(A))
    jsonld.write_text(f'{{"@id": "{EX}s", "{EX}p": "v"}}')
    txt.write_text(nquads(A))
    with Store.open(tmp_path / "store") as st:
        with pytest.raises(StoreError, match=r"give the graph to load it into \(--graph IRI\)") as err:
            st.load_file(ttl)
        assert str(ttl) in str(err.value)
        with pytest.raises(StoreError, match="N-Quads file names its own graphs"):
            st.load_file(nq, graph=EX + "g")
        with pytest.raises(StoreError, match="JSON-LD file names its own graphs") as err:
            st.load_file(jsonld, graph=EX + "g")
        assert str(err.value).count("JSON-LD") == 1  # not also listed among the graph formats
        with pytest.raises(StoreError, match="cannot tell the RDF format from the name; give --format"):
            st.load_file(txt)
        with pytest.raises(StoreError, match="unknown RDF format 'docx'"):
            st.load_file(txt, format="docx")
        with pytest.raises(StoreError, match="no such file"):
            st.load_file(tmp_path / "missing.nq")
        with pytest.raises(StoreError, match="no such file"):
            st.load_file(tmp_path)
        with pytest.raises(StoreError, match="bad graph name"):
            st.load_file(ttl, graph="not an iri")
        assert len(st) == 0 and st.graph_names() == []
        assert st.load_file(txt, format="nquads") == [EX + "g1", EX + "g2"]  # --format wins
    with Store.open(tmp_path / "store", read_only=True) as st:
        with pytest.raises(StoreError, match="read-only"):
            st.load_file(nq)
        assert contents(st) == as_sets(A)


# ----------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("held", ["nothing", "other graphs"])
def test_a_bad_last_line_into_new_graphs_changes_nothing(synth_nq, tmp_path, held):
    bad = tmp_path / "bad.nq"
    line = with_bad_last_line(synth_nq, bad)
    store = tmp_path / "store"
    with Store.open(store) as st:
        if held == "other graphs":
            st.replace_graph(EX + "other", small_graph("o"))
        before = set(st.quads())
        with pytest.raises(StoreError) as err:
            st.load_file(bad)
        assert str(err.value).startswith(f"{bad}: ") and re.search(rf"\bline {line}\b", str(err.value))
        assert "\n" not in str(err.value)
        assert set(st.quads()) == before
    with Store.open(store) as st:
        assert set(st.quads()) == before


def test_a_bad_line_after_a_million_quads_changes_nothing(tmp_path):
    """More than one batch of Oxigraph's bulk loader (1M quads) before the bad line: still nothing."""
    path = tmp_path / "big.nq"
    n = 1_100_000
    with open(path, "w") as fh:
        for i in range(0, n, 10_000):
            chunk = range(i, i + 10_000)
            fh.write("".join(f'<{EX}s{j}> <{EX}p> "{j}" <{EX}g{j // 10_000}> .\n' for j in chunk))
        fh.write(BAD_LINE)
    with Store.open(tmp_path / "store") as st:  # empty: straight to the bulk loader
        with pytest.raises(StoreError, match=rf"^{re.escape(str(path))}: .*\bline {n + 1}\b"):
            st.load_file(path)
        assert len(st) == 0 and st.graph_names() == []
    with Store.open(tmp_path / "store") as st:
        assert len(st) == 0


def test_a_bad_last_line_into_held_graphs_changes_nothing(tmp_path):
    """The store holds some of the file's graphs (spread over several LOAD_BATCH batches): the
    whole file is parsed before the first batch is written, so a syntax error writes nothing."""
    good, bad = tmp_path / "docs.nq", tmp_path / "bad.nq"
    write_nquads(good, 300, events_per_doc=2)  # 150 documents: 3 batches or more
    names = sorted({q.graph_name.value for q in ox.parse(path=good)})
    assert len(names) > 2 * LOAD_BATCH
    held = set(names[::3])
    lines = good.read_text().splitlines(keepends=True)
    older = "".join(line.replace("Synthetic report", "Earlier report") for line in lines
                    if line.strip() and line.rsplit(" ", 2)[-2][1:-1] in held)  # "S P O <G> .": G
    (tmp_path / "older.nq").write_text(older)
    line = with_bad_last_line(good, bad)
    with Store.open(tmp_path / "store") as st:
        st.load_file(tmp_path / "older.nq")
        st.replace_graph(EX + "other", small_graph("o"))
        before = set(st.quads())
        assert set(st.graph_names()) == held | {EX + "other"}
        with pytest.raises(StoreError, match=rf"\bline {line}\b"):
            st.load_file(bad)
        assert set(st.quads()) == before
        # and the good file replaces exactly the held ones, each whole, and adds the rest
        assert st.load_file(good) == names
        assert per_graph(st.quads()) == {**per_graph(stored(good)),
                                         EX + "other": per_graph(before)[EX + "other"]}


# ----------------------------------------------------------------------------- kill -9

LOADER = """
import sys, time
from kg.store import Store
st = Store.open(sys.argv[1])
print("ready", flush=True)
st.load_file({file!r})
print("done", flush=True)
time.sleep(120)
"""


def timed_load(script: str, store: Path) -> float:
    """Run the loader to the end, time the load, then kill -9 it (still holding the store open)."""
    proc = subprocess.Popen([sys.executable, "-c", script, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        start = time.monotonic()
        assert proc.stdout.readline().strip() == "done"
        return time.monotonic() - start
    finally:
        proc.kill()
        proc.wait()


COPIES = 6  # of 1,000 synthetic events (~66k quads each): ~400k quads, a load of a few seconds


@pytest.fixture(scope="module")
def big_nq(tmp_path_factory) -> tuple[Path, set[str], int]:
    """A few copies of the synthetic N-Quads, each copy's graphs renamed; its graphs and quad count."""
    folder = tmp_path_factory.mktemp("big")
    base = folder / "base.nq"
    write_nquads(base, 1000)
    quads = stored(base)
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)
    text = base.read_text()
    path = folder / "big.nq"
    with open(path, "w") as fh:
        for c in range(COPIES):
            fh.write(re.sub(r">( \.)$", rf"/copy{c}>\1", text, flags=re.M))
    names = {f"{q.graph_name.value}/copy{c}" for q in quads for c in range(COPIES)}
    return path, names, COPIES * len(quads)


def test_kill_9_during_a_bulk_load_leaves_all_of_the_file_or_none(big_nq, tmp_path, kill_9):
    path, file_names, file_quads = big_nq
    base = tmp_path / "base"
    with Store.open(base) as st:
        fill(st, 20, seed=7)  # graphs the file does not hold: loaded after a pass for its names
        before_names, before_len = set(st.graph_names()), len(st)
    assert not before_names & file_names
    script = LOADER.format(file=str(path))

    def outcome(store: Path) -> str:
        with Store.open(store) as st:
            names, n = set(st.graph_names()), len(st)
        if (names, n) == (before_names, before_len):
            return "none"
        assert names == before_names | file_names, f"{len(names - before_names)} of the file's graphs"
        assert n == before_len + file_quads, f"{n - before_len} of the file's {file_quads} quads"
        return "all"

    shutil.copytree(base, tmp_path / "timed")
    took = timed_load(script, tmp_path / "timed")
    assert outcome(tmp_path / "timed") == "all"  # killed after load_file returned: all of it is there
    seen = []
    for frac in (0.2, 0.5, 0.8, 0.95):
        store = tmp_path / f"kill-{frac}"
        shutil.copytree(base, store)
        kill_9(script, store, took * frac)
        seen.append(outcome(store))
    print(f"load of {file_quads} quads: {took:.1f} s; after kill -9 at 20/50/80/95%: {seen}")


def test_kill_9_during_a_transactional_load_leaves_each_graph_old_or_new(tmp_path, kill_9):
    """Every graph of the file is held: LOAD_BATCH graphs per transaction. A crash leaves the
    batches written before it (a prefix, in graph-name order) and every graph whole."""
    old, new = tmp_path / "old.nq", tmp_path / "new.nq"
    write_nquads(old, 600, events_per_doc=5)  # 120 documents and the ontology: 3 batches
    new.write_text(old.read_text().replace("Synthetic report", "Revised report"))
    old_graphs, new_graphs = per_graph(stored(old)), per_graph(stored(new))
    names = sorted(old_graphs)
    assert sorted(new_graphs) == names and len(names) > 2 * LOAD_BATCH
    changed = [g for g in names if old_graphs[g] != new_graphs[g]]
    assert len(changed) >= 100
    base = tmp_path / "base"
    with Store.open(base) as st:
        st.load_file(old)
    script = LOADER.format(file=str(new))

    def newer(store: Path) -> set[str]:
        with Store.open(store) as st:
            now = per_graph(st.quads())
        assert sorted(now) == names
        for g in names:
            assert now[g] in (old_graphs[g], new_graphs[g]), f"{g} is neither its old nor its new content"
        return {g for g in changed if now[g] == new_graphs[g]}

    shutil.copytree(base, tmp_path / "timed")
    took = timed_load(script, tmp_path / "timed")
    assert newer(tmp_path / "timed") == set(changed)
    prefixes = [set(names[:k]) & set(changed) for k in range(0, len(names) + LOAD_BATCH, LOAD_BATCH)]
    seen = []
    for frac in (0.5, 0.8):
        store = tmp_path / f"kill-{frac}"
        shutil.copytree(base, store)
        kill_9(script, store, took * frac)
        now = newer(store)
        assert now in prefixes, f"{len(now)} graphs new: not whole batches"
        seen.append(len(now))
    print(f"transactional load: {took:.1f} s; graphs new after kill -9 at 50/80%: {seen} of {len(changed)}")


# ----------------------------------------------------------------------------- into remote stores

RICH = (f'<{EX}s0> <{EX}p> "quote \\" backslash \\\\ newline \\n Київ" <{EX}r1> .\n'
        f'<{EX}s1> <{EX}p> "bonjour"@fr <{EX}r1> .\n'
        f'<{EX}s2> <{EX}p> "2025-08-18"^^<http://www.w3.org/2001/XMLSchema#date> <{EX}r2> .\n'
        f'<{EX}s3> <{EX}p> <{EX}s0> <{EX}r2> .\n')


def test_load_into_a_remote_store(remote, tmp_path):
    st = remote
    others, size = [g for g in st.graph_names() if not g.startswith(EX)], len(st)
    a, b, rich, ttl = tmp_path / "a.nq", tmp_path / "b.nq", tmp_path / "rich.nq", tmp_path / "one.ttl"
    a.write_text(nquads(A))
    b.write_text(nquads(B))
    rich.write_text(RICH)
    small_graph("remote").serialize(ttl, format="turtle")

    assert st.load_file(a) == [EX + "g1", EX + "g2"]
    assert contents(st) == as_sets(A)
    assert st.load_file(b) == [EX + "g1", EX + "g3"]
    assert st.load_file(b) == [EX + "g1", EX + "g3"]
    assert contents(st) == {**as_sets(A), **as_sets(B)}
    assert st.load_file(rich) == [EX + "r1", EX + "r2"]
    assert st.load_file(ttl, graph=EX + "ttl") == [EX + "ttl"]
    mine = [EX + g for g in ("g1", "g2", "g3", "r1", "r2", "ttl")]
    assert [g for g in st.graph_names() if g.startswith(EX)] == mine
    counts = st.query(f'SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                      f'FILTER(STRSTARTS(STR(?g), "{EX}")) }} GROUP BY ?g').rows
    assert {str(g): int(n) for g, n in counts} == dict(zip(mine, [1, 2, 1, 2, 2, 4], strict=True))
    # the same terms as an embedded store that loaded the same files
    with Store.open() as ref:
        ref.load_file(rich)
        ref.load_file(ttl, graph=EX + "ttl")
        for g in ("r1", "r2", "ttl"):
            assert graph_triples(st, EX + g) == graph_triples(ref, EX + g), g

    bad = tmp_path / "bad.nq"
    with_bad_last_line(b, bad)
    snapshot = contents(st)
    with pytest.raises(StoreError, match=r"\bline 3\b"):
        st.load_file(bad)
    assert contents(st) == snapshot
    assert [g for g in st.graph_names() if not g.startswith(EX)] == others
    assert len(st) == size + 12
