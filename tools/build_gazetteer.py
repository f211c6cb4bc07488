"""Derive spelling variants of the gazetteer's states and groups, and the places of each state, from
the PETRARCH2 actor dictionaries.

The curated names live in ontology/actors/*.ttl. PETRARCH2 (MIT licence) lists, under each country
and armed group, the misspellings and transliterations seen in two decades of wire news
("UKRANE", "AFGHANESTAN", "HIZBULLAH"), mixed with cities, provinces, people and jokes. This keeps
only the synonyms that are spelling variants of a name or demonym the gazetteer already has
(same first letter, a close string match, letters only, and not a name of another actor), and
writes them as Turtle: skos:altLabel or dip:demonym on the existing actor IRI, with the MIT notice.
The other synonyms of a country's own record (cities, provinces, regions, deserts) are written as
the places of that state (ontology/places-petrarch.yaml): "shelled Kharkiv" is aimed at Ukraine.

    PYTHONPATH=. python tools/build_gazetteer.py [--petrarch DIR] [--out ontology/actors/states-petrarch.ttl]
        [--places-out ontology/places-petrarch.yaml]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

from kg.gazetteer import Entry, Gazetteer, normalise
from kg.resources import ontology_dir

# The PETRARCH2 dictionaries: $KG_PETRARCH, else shared/data/petrarch beside the checkout.
PETRARCH = Path(os.environ.get("KG_PETRARCH")
                or Path(__file__).resolve().parents[2] / "shared" / "data" / "petrarch")
SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.MilNonState.actors.txt")
MIN_RATIO = 0.8           # a variant must match a known form better than this
MAX_LENGTH_GAP = 3         # ... and differ from it in length by at most this
MIN_LENGTH = 5
# Places, surnames and words that pass the spelling filter but name something else.
FALSE_FRIENDS = {"tainan", "chiloe", "grenadines", "hollander", "mongolids", "mongol", "dprnk",
                 "c'ote d'ivoire"}
_LOWER = {"of", "the", "and", "al", "el", "de", "du", "da", "del", "la", "le", "ul", "wal"}
_WORD = re.compile(r"^[A-Za-z][A-Za-z' -]+[A-Za-z]$")
_COUNTRY = re.compile(r"^([A-Z][A-Z_'-]+)\s+\[([A-Z]{3})\]\s*$")
# A country record whose codes stand on lines of their own, after its synonyms, because the code
# changed over time ("UKRAINE_", "+KHARKIV_", ..., "\t[USRUKR <910824]", "\t[UKR >911221]").
_DATED_COUNTRY = re.compile(r"^([A-Z][A-Z_'-]+)\s*$")
_STATE_CODE = re.compile(r"^\s+\[[A-Z]{3}(\s[^\]]*)?\]")
# Words of a place name too common to trust alone ("the North West", "Central").
_VAGUE = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper",
          "lower", "new", "great", "pearl", "of", "the", "orient", "woman", "man"}
_COMMENT = re.compile(r"#.*$|<!--.*?-->|\[[^\]]*\]|;.*$")

HEADER = """# Spelling variants of the gazetteer's states and armed groups, derived by
# tools/build_gazetteer.py from the PETRARCH2 actor dictionaries (Phoenix.Countries.actors.txt,
# Phoenix.MilNonState.actors.txt) of the Open Event Data Alliance.
# Generated: edit the curated files or the tool, not this file.
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.

@prefix actor: <https://w3id.org/dipkg/actor/> .
@prefix dip: <https://w3id.org/dipkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""


def phrase(raw: str) -> str:
    """A PETRARCH phrase as text: comments and codes dropped, underscores to spaces."""
    return " ".join(_COMMENT.sub("", raw).replace("_", " ").split())


def blocks(path: Path) -> Iterator[list[str]]:
    """Each record: its primary phrase followed by its '+' synonyms."""
    block: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("+"):
            if block:
                block.append(phrase(line[1:]))
            continue
        if block:
            yield block
            block = []
        if line and not line[0].isspace() and line[0] not in "#<;":
            block = [phrase(line)]
    if block:
        yield block


def title_case(text: str) -> str:
    """"UNITED_STATES_OF_AMERCA" -> "United States of Amerca"; "AL-QASSAM" -> "al-Qassam"."""
    words = []
    for i, word in enumerate(text.lower().split()):
        pieces = enumerate(word.split("-"))
        parts = [p if p in _LOWER and (i or j) else p[:1].upper() + p[1:] for j, p in pieces]
        words.append("-".join(parts))
    return " ".join(words)


def closest(variant: str, forms: dict[str, str]) -> tuple[float, str]:
    """The best string match of ``variant`` among the entry's forms, and how that form names it."""
    best = (0.0, "name")
    for form, how in forms.items():
        if form[0] != variant[0] or abs(len(form) - len(variant)) > MAX_LENGTH_GAP:
            continue
        ratio = SequenceMatcher(None, variant, form).ratio()
        if ratio > best[0]:
            best = (ratio, how)
    return best


def variants(gaz: Gazetteer, sources: list[Path]) -> dict[str, dict[str, list[str]]]:
    """Actor key -> how -> new spelling variants found in the PETRARCH records of that actor."""
    kinds = {"state", "group"}
    found: dict[str, dict[str, list[str]]] = {}
    for path in sources:
        for block in blocks(path):
            hit = gaz.lookup(title_case(block[0])) if block[0] else None
            if hit is None or hit[0].kind not in kinds:
                continue
            entry: Entry = hit[0]
            forms = {normalise(n).casefold(): "name" for n in entry.names}
            forms.update({normalise(d).casefold(): "demonym" for d in entry.demonyms})
            seen = set(forms)
            for raw in block[1:]:
                text = title_case(raw)
                key = normalise(text).casefold()
                if (len(key) < MIN_LENGTH or not _WORD.match(text) or key in seen or key in FALSE_FRIENDS
                        or gaz.lookup(text)):
                    continue
                ratio, how = closest(key, forms)
                if ratio > MIN_RATIO:
                    found.setdefault(entry.key, {}).setdefault(how, []).append(text)
                    seen.add(key)
    return found


def _synonyms(lines: list[str], i: int) -> Iterator[str]:
    """The '+' synonyms of the record that opens at line ``i`` (commented-out lines skipped)."""
    for line in lines[i + 1 :]:
        if line.startswith("+"):
            yield line[1:]
        elif not line.startswith("#"):
            return


def _dated_state(lines: list[str], i: int) -> bool:
    """Whether the record that opens at line ``i`` has its synonyms first and then, on lines of their
    own, codes of which one names a state alone ("\t[UKR >911221]")."""
    j = i + 1
    while j < len(lines) and lines[j][:1] in ("+", "#"):
        j += 1
    if not any(_synonyms(lines, i)):
        return False
    while j < len(lines) and lines[j][:1].isspace() and lines[j].strip():
        if _STATE_CODE.match(lines[j]):
            return True
        j += 1
    return False


def places(gaz: Gazetteer, path: Path) -> dict[str, str]:
    """Place name -> state key, from the synonyms of each country's own record that are not spelling
    variants of its name or demonym, nor names or surnames of another actor."""
    out: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for i, line in enumerate(lines):
        m = _COUNTRY.match(line) or (_DATED_COUNTRY.match(line) if _dated_state(lines, i) else None)
        hit = gaz.lookup(title_case(phrase(m[1]))) if m else None
        if hit is None or hit[0].kind != "state":
            continue
        entry = hit[0]
        forms = {normalise(n).casefold(): "name" for n in entry.names}
        forms.update({normalise(d).casefold(): "demonym" for d in entry.demonyms})
        for raw in _synonyms(lines, i):
            text = title_case(phrase(raw))
            key = normalise(text).casefold()
            if (len(key) < 4 or not _WORD.match(text) or gaz.lookup(text) or key in FALSE_FRIENDS
                    or set(key.split()) & _VAGUE or closest(key, forms)[0] > MIN_RATIO
                    or gaz.by_surname(text)):  # "Austin": a place, and Lloyd Austin
                continue
            out.setdefault(text, entry.key)
    return out


def places_yaml(found: dict[str, str], gaz: Gazetteer) -> str:
    head = HEADER.split("@prefix", 1)[0].replace(
        "# Spelling variants of the gazetteer's states and armed groups, derived by",
        "# Places of each state (cities, provinces, regions), derived by")
    body = ["places:"]
    for name in sorted(found, key=str.casefold):
        body.append(f"  {json.dumps(name)}: {found[name]}  # {gaz.entries[found[name]].label}")
    return head + "\n".join(body) + "\n"


def turtle(found: dict[str, dict[str, list[str]]], gaz: Gazetteer) -> str:
    lines = [HEADER]
    for key in sorted(found, key=lambda k: gaz.entries[k].label):
        props = []
        for how, pred in (("name", "skos:altLabel"), ("demonym", "dip:demonym")):
            values = sorted(found[key].get(how, []))
            if values:
                props.append(pred + " " + " , ".join(f'"{v}"@en' for v in values))
        lines.append(f"# {gaz.entries[key].label}\nactor:{key} " + " ;\n    ".join(props) + " .\n")
    return "\n".join(lines)


def write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petrarch", type=Path, default=PETRARCH)
    parser.add_argument("--out", type=Path, default=ontology_dir() / "actors" / "states-petrarch.ttl")
    parser.add_argument("--places-out", type=Path, default=ontology_dir() / "places-petrarch.yaml")
    args = parser.parse_args()
    folder = ontology_dir() / "actors"
    curated = [p for p in sorted(folder.glob("*.ttl")) if p.resolve() != args.out.resolve()]
    gaz = Gazetteer.from_files(curated)
    found = variants(gaz, [args.petrarch / name for name in SOURCES])
    write_atomically(args.out, turtle(found, gaz))
    total = sum(len(v) for by_how in found.values() for v in by_how.values())
    print(f"{args.out}: {total} variants for {len(found)} actors")
    where = places(gaz, args.petrarch / SOURCES[0])
    write_atomically(args.places_out, places_yaml(where, gaz))
    print(f"{args.places_out}: {len(where)} places of {len(set(where.values()))} states")


if __name__ == "__main__":
    main()
