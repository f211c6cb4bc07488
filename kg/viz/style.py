"""The look of the HTML graph: colours, shapes and legend, read from ``ontology/viz_style.yaml``; the
order of the PLOVER types comes from the scheme (:mod:`kg.plover`)."""
from __future__ import annotations

from functools import cache

from kg.plover import plover_scheme
from kg.resources import load_yaml

DEFAULT_ACTOR_KIND = "group"
DEFAULT_QUAD = "VerbalCooperation"
UNKNOWN_COLOR = "#999999"


@cache
def style() -> dict:
    return load_yaml("viz_style.yaml")


def actor_style(kind: str | None) -> dict:
    kinds = style()["actor_kinds"]
    return kinds.get(kind or "", kinds[DEFAULT_ACTOR_KIND])


def quad_style(quad: str | None) -> dict:
    quads = style()["quad_classes"]
    return quads.get(quad or "", quads[DEFAULT_QUAD])


def event_color(plover: str) -> str:
    return style()["event_types"].get(plover, UNKNOWN_COLOR)


def role_style(role: str) -> dict:
    return style()["roles"].get(role, style()["roles"]["participant"])


def relation_color(sign: int) -> str:
    return style()["relation_colors"][str(max(-1, min(1, sign)))]


def legend(actor_kinds: set[str], event_types: dict[str, str | None]) -> list[dict]:
    """Legend entries for what the page draws: ``{group, key, label, symbol, color}``, the event
    types in the scheme's order.

    ``event_types`` maps each PLOVER type drawn to its quad class (which gives the shape).
    """
    s = style()
    rows = [{"group": "actor", "key": k, "label": v["label"], "symbol": v["symbol"], "color": v["color"]}
            for k, v in s["actor_kinds"].items() if k in actor_kinds]
    rows += [{"group": "event", "key": t, "label": t.lower(), "symbol": quad_style(event_types[t])["symbol"],
              "color": event_color(t)} for t in plover_scheme().names if t in event_types]
    return rows
