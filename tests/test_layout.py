"""The package's shape: no import cycle among kg modules, no kg module longer than 500 lines, no kg
module that spells out five or more PLOVER types in its code (they are data: ontology/plover.ttl and
the type flags of ontology/triggers.yaml).

Every import counts, wherever it is written (top level, inside a function, under TYPE_CHECKING): a
cycle is a cycle in the design even when Python can load it."""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

KG = Path(__file__).resolve().parent.parent / "kg"
MAX_LINES = 500
MAX_TYPES_NAMED = 4


def kg_modules() -> dict[str, Path]:
    """Every module of the kg package by its dotted name (a package by its own name)."""
    out = {}
    for path in sorted(KG.rglob("*.py")):
        parts = path.relative_to(KG.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The kg modules one module imports (``from a import b`` counts as ``a.b`` when that is a module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}".rstrip(".")
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> nx.DiGraph:
    modules = kg_modules()
    g = nx.DiGraph()
    g.add_nodes_from(modules)
    for name, path in modules.items():
        g.add_edges_from((name, target) for target in imported(name, path, set(modules)))
    return g


def test_the_import_graph_is_read_whole():
    g = import_graph()
    assert {"kg", "kg.store", "kg.store.embedded", "kg.cli", "kg.query"} <= set(g)
    assert g.has_edge("kg.store.embedded", "kg.store.base") and g.has_edge("kg.query", "kg.store")
    assert g.has_edge("kg", "kg.api")  # a function-level import counts too


def test_no_import_cycle_among_kg_modules():
    g = import_graph()
    cycles = [[a for a, _ in nx.find_cycle(g.subgraph(c))] for c in nx.strongly_connected_components(g)
              if len(c) > 1]
    assert not cycles, "import cycles: " + "; ".join(" -> ".join([*c, c[0]]) for c in cycles)


def test_no_kg_module_is_longer_than_500_lines():
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in kg_modules().items()}
    assert len(sizes) > 40
    over = {name: n for name, n in sorted(sizes.items()) if n > MAX_LINES}
    assert not over, f"modules over {MAX_LINES} lines: {over}"


def plover_types_named(path: Path, types: set[str]) -> set[str]:
    """The PLOVER type codes a module writes as string literals (docstrings and comments aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        and node.value in types
    }


def test_no_kg_module_spells_out_the_plover_types(tmp_path):
    from kg.plover import plover_scheme

    types = set(plover_scheme().names)
    assert len(types) == 16
    sample = tmp_path / "sample.py"
    sample.write_text('"""AGREE CONSULT"""\nK = ("AID", "AID", "ASSAULT")  # "COERCE"\n', encoding="utf-8")
    assert plover_types_named(sample, types) == {"AID", "ASSAULT"}
    named = {name: plover_types_named(path, types) for name, path in kg_modules().items()}
    over = {name: sorted(t) for name, t in sorted(named.items()) if len(t) > MAX_TYPES_NAMED}
    assert not over, f"modules naming {MAX_TYPES_NAMED + 1} or more PLOVER types: {over}"


def _setup_cfg():
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(KG.parent / "setup.cfg")
    return cfg


def test_every_package_ships_in_the_wheel():
    """setup.cfg lists its packages by name: a package left out installs from a checkout (editable)
    but not from the wheel, where importing it fails."""
    listed = {p.strip() for p in _setup_cfg()["options"]["packages"].split(",")}
    packages = {".".join(p.parent.relative_to(KG.parent).parts) for p in KG.rglob("__init__.py")}
    assert packages - listed == set()


def test_the_ontology_data_ships_in_the_wheel():
    """Every data file of ontology/ (the trained model's files too) matches a package_data pattern."""
    from fnmatch import fnmatch

    ontology = KG.parent / "ontology"
    patterns = [p.strip() for p in _setup_cfg()["options.package_data"]["kg.ontology"].split(",")]
    relative = [f.relative_to(ontology) for f in ontology.rglob("*") if f.is_file()]
    files = [f.as_posix() for f in relative if len(f.parts) == 1 or f.parts[0] == "models"]
    missing = [f for f in files if not any(fnmatch(f, p) and f.count("/") == p.count("/") for p in patterns)]
    assert files and missing == []
