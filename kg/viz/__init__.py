"""The interactive HTML graph: the page (:mod:`kg.viz.html`), its seeded layout (:mod:`kg.viz.layout`)
and its look (:mod:`kg.viz.style`, from ``ontology/viz_style.yaml``)."""
from kg.viz.html import json_for_script, render, write_html
from kg.viz.layout import layout

__all__ = ["json_for_script", "layout", "render", "write_html"]
