"""Convert the PETRARCH2 dictionaries (MIT licence, Open Event Data Alliance) into ontology data.

The CAMEO verb dictionary groups verbs into synonym blocks under a CAMEO code: only single-word
verbs with a code that maps to a PLOVER type (in ontology/plover.ttl) are kept into
``ontology/cameo_verbs.yaml``; the pattern lines are not. The agents dictionary gives the nouns that
name a kind of party by its sector ("police" COP, "gunmen" UAF, "protester" OPP): its single-word
entries go into ``ontology/cameo_agents.yaml``. Run once when a dictionary changes::

    python -m kg.extract.petrarch ../shared/data/petrarch/CAMEO.2.0.txt ontology/cameo_verbs.yaml
    python -m kg.extract.petrarch --agents ../shared/data/petrarch/Phoenix.agents.txt \
        ontology/cameo_agents.yaml
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from kg.files import atomic_write
from kg.plover import plover_scheme

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_VERB = re.compile(r"^([A-Z][A-Z_-]*)\s*(\{[^}]*\})?\s*(\[([0-9:]+)\])?")
_AGENT = re.compile(r"^([A-Z][A-Z-]*)\s*(\{([^}]*)\})?\s*\[~?([A-Z]{3})[A-Z]*\]")
_VERBS_HEAD = """\
# CAMEO verbs for breadth, converted from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt)
# by kg/extract/petrarch.py. Used only where both a source and a target actor are found.
#
"""
_AGENTS_HEAD = """\
# Nouns that name a kind of party by its CAMEO sector ("police": COP, "gunmen": UAF), converted from
# the PETRARCH2 agents dictionary (Phoenix.agents.txt) by kg/extract/petrarch.py: single words only,
# with their irregular plurals. Which sectors name a party to an event: party_sectors in language.yaml.
#
"""
_LICENCE = """\
# The MIT License (MIT)
# Copyright (c) {year} Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""


def plover_of(code: str) -> str | None:
    """The PLOVER type of a CAMEO code, as ontology/plover.ttl maps it (None for public statements)."""
    return plover_scheme().of_cameo(code)


def convert(text: str) -> dict[str, dict[str, str]]:
    """lemma -> {plover, cameo} for every single-word verb of a coded block."""
    verbs: dict[str, dict[str, str]] = {}
    block_code = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        m = _BLOCK.match(line)
        if m:
            code = m[2].split(":", 1)[0]
            block_code = code if code.isdigit() else None
            continue
        if not line or line.startswith(("-", "+", "&", "<", " ")) or block_code is None and "[" not in line:
            continue
        v = _VERB.match(line)
        if not v or "_" in v[1]:
            continue
        code = (v[4] or "").split(":", 1)[0] or block_code
        if not code or not code.isdigit():
            continue
        plover = plover_of(code)
        if plover:
            verbs.setdefault(v[1].lower(), {"plover": plover, "cameo": code})
    return verbs


def convert_agents(text: str) -> dict[str, str]:
    """word -> CAMEO sector (its first three letters) for every single-word agent, and its irregular
    plural ("GUNMAN {} GUNMEN", "LAWMAN {LAWMEN}"); the first entry of a word wins."""
    agents: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        m = _AGENT.match(line)
        if not m or "!" in line.split("[", 1)[0]:
            continue
        for word in (m[1], *(m[3] or "").split()):
            agents.setdefault(word.lower(), m[4])
    return agents


def main(argv: list[str]) -> int:
    agents = argv[:1] == ["--agents"]
    src, out = (Path(a) for a in argv[int(agents) : int(agents) + 2])
    text = src.read_text("utf-8", errors="replace")
    if agents:
        found, head, year = convert_agents(text), _AGENTS_HEAD, 2014
        body = yaml.safe_dump({"agents": dict(sorted(found.items()))}, sort_keys=False, width=110)
    else:
        found, head, year = convert(text), _VERBS_HEAD, 2015
        body = yaml.safe_dump({"verbs": dict(sorted(found.items()))}, sort_keys=False, width=110)
    atomic_write(out, (head + _LICENCE.format(year=year) + body).encode("utf-8"))
    print(f"{len(found)} entries -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
