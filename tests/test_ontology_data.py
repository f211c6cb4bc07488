"""The YAML data in ontology/ gives each key once: a YAML loader keeps the last of two equal keys, so a
second one silently replaces the first (as a "party_words" mapping once replaced the word list)."""

from pathlib import Path

import pytest
import yaml

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that fails on a mapping key given twice."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_the_strict_loader_fails_on_a_key_given_twice():
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("a: [1]\nb: 2\na: {x: 1}\n", Loader=_StrictLoader)


@pytest.mark.parametrize("path", sorted(ONTOLOGY.rglob("*.yaml")), ids=lambda p: p.name)
def test_no_ontology_yaml_gives_a_key_twice(path):
    yaml.load(path.read_text("utf-8"), Loader=_StrictLoader)
