"""The projection of the store (``kg.network.projection``): events and actors read with SPARQL, the
filters, one-line errors, the same projection over every kind of store, signs from the PLOVER scheme."""
from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.network import check_types, interaction_graph, project
from kg.plover import plover_scheme
from kg.store import Store
from kg.vocab import ACTOR
from kg.vocabulary import is_vocabulary

A = str(ACTOR)


def test_filters_by_date_type_and_actor(world):
    g = interaction_graph(world, since="2025-09", until="2025-09-02")
    assert sorted(d["type"] for _, _, d in g.edges(data=True)) == ["CONSULT", "CONSULT"]
    assert A + "Q1" not in g  # filtered graphs keep only the actors of the kept events
    g = interaction_graph(world, types=["assault", "sanction"])
    assert {d["type"] for _, _, d in g.edges(data=True)} == {"ASSAULT", "SANCTION"}
    g = interaction_graph(world, actors=["Putin"])
    assert set(g) == {A + "Q22686", A + "Q7747"}
    # a month-precision date (the planned aid, "2025-08") overlaps a day range inside that month
    assert A + "Q6383" in interaction_graph(world, since="2025-08-20", until="2025-08-21")


@pytest.mark.parametrize("kwargs, message", [
    ({"since": "last week"}, "not a date"),
    ({"since": "2025-02-30"}, "not a valid date"),
    ({"since": "2025-09", "until": "2025-08"}, "after"),
    ({"types": ["TELEPORT"]}, "unknown PLOVER type TELEPORT"),
    ({"actors": ["Nobody At All"]}, "no actor named"),
])
def test_bad_filters_are_one_line_errors(world, kwargs, message):
    with pytest.raises(KGError, match=message) as info:
        interaction_graph(world, **kwargs)
    assert "\n" not in str(info.value)


def _signature(p) -> list[tuple]:
    return sorted((e.iri, e.type, e.date, e.modality, e.sign, tuple(sorted(e.participants)), tuple(e.sources),
                   tuple(e.targets), tuple(x["text"] for x in e.evidence)) for e in p.events)


def test_projections_agree_over_every_kind_of_store(backend, synth_dir):
    with Store.open(synth_dir, read_only=True) as embedded:
        reference = project(embedded)
    got = project(backend)
    assert len(got.events) > 100
    assert _signature(got) == _signature(reference)
    assert got.actors == reference.actors


def test_types_and_signs_come_from_the_plover_scheme(world):
    """The sign of an event is its quad class's in the store (dip:sign), else the scheme's."""
    scheme = plover_scheme()
    with pytest.raises(KGError) as err:
        check_types("consult,TELEPORT")
    assert str(err.value).endswith(f"(one of {', '.join(scheme.names)})")
    assert check_types(["assault", " consult "]) == {"ASSAULT", "CONSULT"}
    with Store.open() as bare:  # the documents without the ontology graph: no dip:sign in the store
        for name in world.graph_names():
            if not is_vocabulary(name):
                bare.replace_graph(name, [(q.subject, q.predicate, q.object) for q in world.quads(name)])
        events = project(bare).events
    assert len(events) == len(project(world).events) > 5
    for e in events:
        assert e.sign == scheme.sign(e.type) == scheme.quad_sign(e.quad), e.type
    assert {e.sign for e in events} == {1, -1}
