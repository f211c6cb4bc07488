"""List every cross-document pair of matched events of a gold folder, and why the linker linked it
or not: a diagnostic for the identity rules (``kg/identity``), beside ``score_crossdoc.py``.

    PYTHONPATH=. python scripts/crossdoc_pairs.py tests/data/crossdoc/x1 [--all] [--misses]

Builds an in-memory store from the folder's texts, matches each document's events to its gold events
as the shared scorer does, then prints, for each pair of matched gold events in different documents
that is gold-same or linked (``--all``: every pair of one type), the outcome (TP, FN, FP), the rule
that refused the link (``same_event``'s first refusal, or ``clustering`` when the pair is linked but
complete linkage kept it apart) and both reports' facts. Then the gold events of multi-document
clusters that no extracted event matched (coverage).
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from pathlib import Path

from rdflib import Dataset

from kg.documents import read_path
from kg.identity.link import refusal, window
from kg.identity.store import read_reports
from kg.ingest import ingest
from kg.store import Store
from kg.vocab import DIP

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def _module(name: str):
    sys.path.insert(0, str(EVAL))
    return importlib.import_module(name)


def _describe(r, pred_text: str) -> str:
    lo, hi = window(r)
    return (f"    {r.doc.rsplit('/', 1)[-1][:60]}\n"
            f"      {r.plover}/{r.event_class} mod={r.modality} place={r.place}\n"
            f"      actors={sorted(r.participants)} src={sorted(r.source)} tgt={sorted(r.target)}\n"
            f"      date={r.date} basis={r.basis} text={r.date_text!r} pub={r.published} window={lo}..{hi}\n"
            f"      \"{pred_text[:300]}\"")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--all", action="store_true", help="also pairs of one type that are neither")
    ap.add_argument("--misses", action="store_true", help="only FN and FP")
    ap.add_argument("--store", help="a store already built from the folder (default: build one in memory)")
    a = ap.parse_args(argv)
    if not (EVAL / "score_crossdoc.py").exists():
        print(f"crossdoc_pairs: the shared scorer is not at {EVAL}/score_crossdoc.py", file=sys.stderr)
        return 1
    if not (a.gold / "clusters.json").exists():
        print(f"crossdoc_pairs: {a.gold} has no clusters.json", file=sys.stderr)
        return 1
    S, SC = _module("score"), _module("score_crossdoc")
    with Store.open(a.store or ":memory:") as st, tempfile.TemporaryDirectory() as tmp:
        if not a.store:
            ingest(st, [d for p in sorted(a.gold.glob("*.txt")) for d in read_path(p)])
        reports = {r.iri: r for r in read_reports(st)}
        export = Path(tmp) / "all.nq"
        st.dump(export, "nquads")
        ds = Dataset()
        ds.parse(export, format="nquads")
    rwe = {str(e): str(w) for e, _, w in ds.triples((None, DIP.realWorldEvent, None))}
    for t in list(ds.quads((None, DIP.realWorldEvent, None, None))):
        ds.remove(t)
    graphs = {str(g.identifier).rsplit("/", 1)[-1]: g for g in ds.graphs()}
    clusters = json.loads((a.gold / "clusters.json").read_text())["clusters"]
    cluster_of = {(m["doc"], m["event"]): c["id"] for c in clusters for m in c["mentions"]}
    multi = {c["id"] for c in clusters if len({m["doc"] for m in c["mentions"]}) > 1}
    matched, unmatched = [], []
    for gp in sorted(a.gold.glob("*.gold.json")):
        doc = gp.name.replace(".gold.json", ".txt")
        _, gold = S.load_gold(gp)
        g = graphs.get(SC.slug(gp.name.replace(".gold.json", "")))
        pred = SC.load_graph_events(ds, g) if g is not None else []
        pairs, _, _ = S.match_events(pred, gold)
        index = {id(x): i for i, x in enumerate(gold)}
        hit = set()
        for p, gv in pairs:
            i = index[id(gv)]
            hit.add(i)
            matched.append((doc, i, cluster_of[(doc, i)], p.canon, p, gv))
        for i, gv in enumerate(gold):
            if i not in hit and cluster_of[(doc, i)] in multi:
                unmatched.append((doc, i, cluster_of[(doc, i)], gv, pred))
    counts: dict[str, int] = {}
    for x in range(len(matched)):
        for y in range(x + 1, len(matched)):
            d1, i1, c1, e1, p1, g1 = matched[x]
            d2, i2, c2, e2, p2, g2 = matched[y]
            if d1 == d2:
                continue
            gs = c1 == c2
            ls = e1 in rwe and rwe.get(e1) == rwe.get(e2)
            if not (gs or ls or (a.all and p1.type == p2.type)):
                continue
            outcome = {(True, True): "TP", (True, False): "FN", (False, True): "FP"}.get((gs, ls), "TN")
            if a.misses and outcome not in ("FN", "FP"):
                continue
            r1, r2 = reports[e1], reports[e2]
            why = refusal(r1, r2) or ("linked" if ls else "clustering")
            counts[f"{outcome} {why}"] = counts.get(f"{outcome} {why}", 0) + 1
            print(f"{outcome} [{why}] gold {c1}#{d1[:25]}:{i1} / {c2}#{d2[:25]}:{i2}")
            print(f"  gold: {g1.type} {sorted(x.label for x in g1.participants)} {g1.date} | "
                  f"{g2.type} {sorted(x.label for x in g2.participants)} {g2.date}")
            print(_describe(r1, p1.text))
            print(_describe(r2, p2.text))
    print("\nGold events of multi-document clusters that no extracted event matched:")
    for doc, i, cid, gv, pred in unmatched:
        print(f"  {cid} {doc[:40]}:{i} {gv.type} {sorted(x.label for x in gv.participants)} "
              f"{gv.date} \"{gv.text[:200]}\"")
        same_sentence = [p for p in pred if p.text and S.text_overlap(p.text, gv.text) > 0.3]
        for p in same_sentence:
            print(f"      extracted there: {p.type} {sorted(x.label for x in p.participants)} {p.date}")
    print("\n" + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
