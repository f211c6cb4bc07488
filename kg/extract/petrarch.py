"""Convert the PETRARCH2 CAMEO verb dictionary into ``ontology/cameo_verbs.yaml``.

The dictionary (MIT licence, Open Event Data Alliance) groups verbs into synonym blocks under a
CAMEO code. Only single-word verbs with a code that maps to a PLOVER type (in ontology/plover.ttl)
are kept; the pattern lines are not. Run once when the dictionary changes::

    python -m kg.extract.petrarch ../shared/data/petrarch/CAMEO.2.0.txt ontology/cameo_verbs.yaml
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
_LICENCE = """\
# CAMEO verbs for breadth, converted from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt)
# by kg/extract/petrarch.py. Used only where both a source and a target actor are found.
#
# The MIT License (MIT)
# Copyright (c) 2015 Open Event Data Alliance
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


def main(argv: list[str]) -> int:
    src, out = Path(argv[0]), Path(argv[1])
    verbs = convert(src.read_text("utf-8", errors="replace"))
    body = yaml.safe_dump({"verbs": dict(sorted(verbs.items()))}, sort_keys=False, width=110)
    atomic_write(out, (_LICENCE + body).encode("utf-8"))
    print(f"{len(verbs)} verbs -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
