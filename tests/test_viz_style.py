"""The look of the HTML graph (``kg.viz.style`` and ``ontology/viz_style.yaml``): a colour for every
PLOVER type of the scheme and a shape for every quad class, no sign of its own, the legend in the
scheme's order."""
from __future__ import annotations

from kg.plover import plover_scheme
from kg.viz import style


def test_the_style_colours_exactly_the_schemes_types():
    scheme = plover_scheme()
    assert set(style.style()["event_types"]) == set(scheme.names)
    assert set(style.style()["quad_classes"]) == {t.quad for t in scheme.types}
    assert all("sign" not in q for q in style.style()["quad_classes"].values())


def test_the_legend_follows_the_scheme():
    scheme = plover_scheme()
    drawn = {t.name: t.quad for t in reversed(scheme.types)}
    rows = style.legend({"state", "person"}, drawn)
    assert [r["key"] for r in rows if r["group"] == "actor"] == ["person", "state"]
    events = [r for r in rows if r["group"] == "event"]
    assert [r["key"] for r in events] == list(scheme.names)
    for r in events:
        assert r["symbol"] == style.quad_style(scheme[r["key"]].quad)["symbol"]
        assert r["color"] == style.event_color(r["key"]) != style.UNKNOWN_COLOR
    assert style.legend(set(), {"ASSAULT": "MaterialConflict"})[0]["symbol"] == "★"


def test_unknown_kinds_and_quads_fall_back():
    assert style.actor_style("martian") == style.actor_style("group")
    assert style.quad_style(None) == style.quad_style("VerbalCooperation")
    assert style.event_color("TELEPORT") == style.UNKNOWN_COLOR
    assert [style.relation_color(s) for s in (5, 0, -3)] == [
        style.relation_color(1), style.relation_color(0), style.relation_color(-1)]
