"""The actor gazetteer: states, organisations, groups and people with their names, read from Turtle.

Data lives in ``ontology/actors/*.ttl`` (loaded in file-name order), then in the files or folders given
to :meth:`Gazetteer.load`, then in those named by ``$KG_ACTORS``. A later file adds names to, and
overrides the single-valued fields of, an actor an earlier file described. Office titles are
normalised through ``ontology/offices.yaml``.

Matching policy: surface forms are case-sensitive as written ("US" matches, "us" does not). An
entry marked ``dip:ambiguous true`` ("Chad", "Jordan", "Georgia", "Turkey", "Niger", ...) has a name
that is also a common word, a first name or another place; extraction should accept a one-word
match of such an entry only where the NER agrees (a GPE/NORP/ORG entity) or the word is a clear
political actor in context.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import yaml

from kg.errors import KGError
from kg.resources import ontology_dir

ACTOR_NS = "https://w3id.org/dipkg/actor/"
_DIP = "https://w3id.org/dipkg/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_WD = "http://www.wikidata.org/entity/"
_FAMILY_NAME = "http://xmlns.com/foaf/0.1/familyName"

KINDS = {
    _DIP + "Person": "person",
    _DIP + "State": "state",
    _DIP + "InternationalOrganization": "igo",
    _DIP + "Organization": "org",
    _DIP + "Group": "group",
}
HOWS = ("name", "demonym", "metonym")
_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "al", "el",
              "bin", "ibn", "ben", "dos", "das", "ter", "zu"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


class GazetteerError(KGError):
    """An actor file cannot be read or describes an actor badly."""


@dataclass(frozen=True)
class Office:
    title: str
    of: str
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        """Held on that day: the start day counts, the end day belongs to the successor."""
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass
class Entry:
    key: str
    label: str
    kind: str
    wikidata: str | None
    cameo: str | None
    iso3: str | None
    names: list[str]
    demonyms: list[str]
    metonyms: list[str]
    country: str | None
    offices: list[Office]
    ambiguous: bool = False
    member_of: list[str] = field(default_factory=list)
    family_name: str | None = None
    #: names that identify the actor only in a text about its country (dip:localName: "the Maoists")
    local_names: list[str] = field(default_factory=list)

    @property
    def iri(self) -> str:
        return ACTOR_NS + self.key


# ------------------------------------------------------------------------------ text normalisation

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-",
                         "\u2011": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")


def _fold(text: str) -> str:
    """Drop diacritics ("Erdoğan" -> "Erdogan") and unify quotes, dashes and spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACE.sub(" ", text).strip()


def normalise(text: str) -> str:
    """The form lookups compare: folded, without a leading "the" or a trailing possessive."""
    text = _fold(text).replace(" & ", " and ").strip(" .,;:\"")
    text = _POSSESSIVE.sub("", _THE.sub("", text))
    return text.strip()


def strip_the(text: str) -> str:
    return _THE.sub("", text.strip())


# ------------------------------------------------------------------------------ parsing


@dataclass
class _Draft:
    """What the files say about one actor, merged in load order."""

    key: str
    source: str
    kind: str | None = None
    label: str | None = None
    wikidata: str | None = None
    cameo: str | None = None
    iso3: str | None = None
    country: str | None = None
    ambiguous: bool | None = None
    family_name: str | None = None
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    member_of: list[str] = field(default_factory=list)
    local_names: list[str] = field(default_factory=list)


def _actor_key(iri: str, where: str) -> str:
    if not iri.startswith(ACTOR_NS) or len(iri) == len(ACTOR_NS):
        raise GazetteerError(f"{where}: actor IRI <{iri}> must start with <{ACTOR_NS}>")
    return iri[len(ACTOR_NS):]


def _date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise GazetteerError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _add(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def _parse_file(path: Path) -> dict[str, dict[str, list]]:
    """Subject -> predicate -> objects of one Turtle file, with a one-line error when it is malformed."""
    subjects: dict[str, dict[str, list]] = {}
    try:
        for quad in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
            s = quad.subject
            skey = ("_:" + s.value) if isinstance(s, ox.BlankNode) else s.value
            subjects.setdefault(skey, {}).setdefault(quad.predicate.value, []).append(quad.object)
    except SyntaxError as exc:
        line = exc.args[1][1] if len(exc.args) > 1 and exc.args[1] else "?"
        message = str(exc.args[0]).splitlines()[0] if exc.args else str(exc)
        raise GazetteerError(f"{path}: line {line}: malformed Turtle: {message}") from None
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: cannot read actor file: {exc}") from None
    return subjects


def _node_id(term) -> str:
    return ("_:" + term.value) if isinstance(term, ox.BlankNode) else term.value


def _offices(holds: list, subjects: dict, where: str) -> Iterator[Office]:
    for node in holds:
        props = subjects.get(_node_id(node), {})
        title = [o.value for o in props.get(_DIP + "officeTitle", [])]
        of = [o.value for o in props.get(_DIP + "officeOf", [])]
        if len(title) != 1 or len(of) != 1:
            raise GazetteerError(f"{where}: an office holding needs one dip:officeTitle and one dip:officeOf")
        start = [_date(o.value, where) for o in props.get(_DIP + "start", [])]
        end = [_date(o.value, where) for o in props.get(_DIP + "end", [])]
        yield Office(title[0], _actor_key(of[0], where), start[0] if start else None, end[0] if end else None)


def _english(literals: list) -> str | None:
    """The English (or untagged) label among ``literals``, else the first one."""
    for lit in literals:
        lang = getattr(lit, "language", None) or ""
        if lang in ("", "en") or lang.startswith("en-"):
            return lit.value
    return literals[0].value if literals else None


def _merge_file(path: Path, drafts: dict[str, _Draft]) -> None:
    subjects = _parse_file(path)
    for subj, props in subjects.items():
        where = f"{path}: <{subj}>"
        if subj.startswith("_:") or not subj.startswith(ACTOR_NS):
            if any(t.value in KINDS for t in props.get(_RDF_TYPE, [])):
                _actor_key(subj, where)
            continue
        key = _actor_key(subj, where)
        d = drafts.get(key) or drafts.setdefault(key, _Draft(key, str(path)))
        for t in props.get(_RDF_TYPE, []):
            if t.value in KINDS:
                d.kind = KINDS[t.value]
        label = _english(props.get(_SKOS + "prefLabel", []) or props.get(_RDFS_LABEL, []))
        if label is not None:
            if d.label is not None and d.label != label:
                _add(d.names, d.label)
            d.label = label
        for o in props.get(_SKOS + "altLabel", []):
            _add(d.names, o.value)
        for o in props.get(_DIP + "demonym", []):
            _add(d.demonyms, o.value)
        for o in props.get(_DIP + "metonym", []):
            _add(d.metonyms, o.value)
        for o in props.get(_DIP + "localName", []):
            _add(d.local_names, o.value)
        for o in props.get(_SAME_AS, []):
            if o.value.startswith(_WD):
                d.wikidata = o.value[len(_WD):]
        for pred, attr in ((_DIP + "cameoCode", "cameo"), (_DIP + "iso3", "iso3")):
            for o in props.get(pred, [])[:1]:
                setattr(d, attr, o.value)
        for o in props.get(_DIP + "country", [])[:1]:
            d.country = _actor_key(o.value, where)
        for o in props.get(_DIP + "memberOf", []):
            _add(d.member_of, _actor_key(o.value, where))
        for o in props.get(_FAMILY_NAME, [])[:1]:
            d.family_name = o.value
        for o in props.get(_DIP + "ambiguous", [])[:1]:
            d.ambiguous = o.value in ("true", "1")
        for office in _offices(props.get(_DIP + "holds", []), subjects, where):
            if office not in d.offices:
                d.offices.append(office)


def _entry(d: _Draft) -> Entry:
    if d.kind is None:
        raise GazetteerError(f"{d.source}: actor <{ACTOR_NS}{d.key}> has no class (dip:Person, dip:State, …)")
    if d.label is None:
        raise GazetteerError(f"{d.source}: actor <{ACTOR_NS}{d.key}> has no skos:prefLabel")
    wikidata = d.wikidata or (d.key if re.fullmatch(r"Q[1-9]\d*", d.key) else None)
    names = [d.label] + [n for n in d.names if n != d.label]
    return Entry(d.key, d.label, d.kind, wikidata, d.cameo, d.iso3, names, d.demonyms, d.metonyms,
                 d.country, d.offices, bool(d.ambiguous), d.member_of, d.family_name, d.local_names)


def _turtle_files(item: Path) -> list[Path]:
    if item.is_dir():
        return sorted(item.glob("*.ttl"))
    if not item.exists():
        raise GazetteerError(f"{item}: no such actor file or folder")
    return [item]


def _env_paths() -> list[Path]:
    return [Path(p) for p in os.environ.get("KG_ACTORS", "").split(os.pathsep) if p.strip()]


# ------------------------------------------------------------------------------ offices.yaml


def _office_rules(path: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    try:
        return _parse_office_rules(path, path.stat().st_mtime_ns)
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read office titles: {exc.strerror}") from None
    except (yaml.YAMLError, AttributeError, TypeError) as exc:
        message = str(exc).replace("\n", " ")
        raise GazetteerError(f"{path}: malformed office titles: {message}") from None


@cache
def _parse_office_rules(path: Path, mtime: int) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(generic synonym -> title, actor key -> (local synonym -> title)), keys folded."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    generic: dict[str, str] = {}
    for title, synonyms in (data.get("titles") or {}).items():
        for syn in [title, *(synonyms or [])]:
            generic[_title_key(syn)] = title
    local: dict[str, dict[str, str]] = {}
    for actor, mapping in (data.get("by_actor") or {}).items():
        table = local.setdefault(str(actor), {})
        for title, synonyms in (mapping or {}).items():
            for syn in [title, *(synonyms or [])]:
                table[_title_key(syn)] = title
    return generic, local


def _title_key(title: str) -> str:
    return normalise(title).replace(".", "").replace("-", " ").lower()


# ------------------------------------------------------------------------------ the gazetteer


class Gazetteer:
    """Every known actor, with indexes for surface forms, surnames and office holders."""

    def __init__(self, entries: dict[str, Entry], offices_path: Path | None = None) -> None:
        self.entries = entries
        self._offices_path = offices_path or ontology_dir() / "offices.yaml"
        self._exact: dict[str, tuple[str, str]] = {}
        self._folded: dict[str, tuple[str, str]] = {}
        self._surnames: dict[str, list[str]] = {}
        self._holdings: dict[tuple[str, str], list[tuple[Office, Entry]]] = {}
        self._local: dict[str, list[str]] = {}
        labels: set[str] = set()
        for entry in entries.values():
            for name in entry.local_names:
                self._local.setdefault(name, []).append(entry.key)
            for office in entry.offices:
                self._holdings.setdefault((office.of, office.title), []).append((office, entry))
            for text, how in _forms(entry):
                # A preferred label beats another actor's alternative name; otherwise a later file wins.
                norm, is_label = normalise(text), text == entry.label
                if is_label or norm not in labels:
                    self._exact[norm] = (entry.key, how)
                    if len(norm) >= 4:
                        self._folded[norm.casefold()] = (entry.key, how)
                if is_label:
                    labels.add(norm)
            if entry.kind == "person":
                family = [_surname_key(entry.family_name)] if entry.family_name else []
                for surname in [*family, *_surnames(entry.names)]:
                    keys = self._surnames.setdefault(surname, [])
                    if entry.key not in keys:
                        keys.append(entry.key)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """ontology/actors/*.ttl, then ``extra`` files or folders, then those named in $KG_ACTORS."""
        files: list[Path] = []
        for item in [ontology_dir() / "actors", *map(Path, extra), *_env_paths()]:
            files.extend(_turtle_files(item))
        return cls.from_files(files)

    @classmethod
    def from_files(cls, files: Iterable[Path]) -> Gazetteer:
        """Exactly these Turtle files, in this order (no defaults, no $KG_ACTORS)."""
        return _load_files(tuple((f, f.stat().st_mtime_ns) for f in map(Path, files)))

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(text, key, how) for every name, demonym and metonym; a leading "the" is dropped."""
        seen: set[tuple[str, str]] = set()
        for entry in self.entries.values():
            for text, how in _forms(entry):
                form = strip_the(_SPACE.sub(" ", text))
                if form and (form, entry.key) not in seen:
                    seen.add((form, entry.key))
                    yield form, entry.key, how

    def lookup(self, text: str) -> tuple[Entry, str] | None:
        """The entry a surface form names and how ("name", "demonym", "metonym"), or None.

        Exact after normalising; a differently cased form of four letters or more ("UKRAINE",
        "KREMLIN") also matches when the text has a capital letter, so "us" never finds "US".
        """
        norm = normalise(text)
        hit = self._exact.get(norm)
        if hit is None and len(norm) >= 4 and norm != norm.lower():
            hit = self._folded.get(norm.casefold())
        return (self.entries[hit[0]], hit[1]) if hit else None

    def by_local_name(self, text: str) -> list[Entry]:
        """The actors a local name ("Maoists") may stand for, each only in a text about its country."""
        return [self.entries[k] for k in self._local.get(text, [])]

    def by_surname(self, surname: str) -> list[Entry]:
        """People whose last name (with particles: "von der Leyen") or foaf:familyName ("Xi",
        "Kim") is ``surname``."""
        return [self.entries[k] for k in self._surnames.get(_surname_key(surname), [])]

    def holder(self, title: str, of: str, on: date | None = None) -> Entry | None:
        """Who held that office of that state or organisation on that day (None: the latest holder)."""
        of_key = self._actor_key(of)
        if of_key is None:
            return None
        norm = self.normalise_title(title, of_key) or title
        best: tuple[tuple, Entry] | None = None
        for office, entry in self._holdings.get((of_key, norm), []):
            if on is not None:
                if not office.covers(on):
                    continue
                rank: tuple = (office.start or date.min,)
            else:
                rank = (office.end is None, office.end or date.max, office.start or date.min)
            if best is None or rank > best[0]:
                best = (rank, entry)
        return best[1] if best else None

    def normalise_title(self, title: str, of: str | None = None) -> str | None:
        """The canonical office title ("PM" -> "Prime Minister"; US "Secretary of State" ->
        "Foreign Minister"; UK "Chancellor" -> "Finance Minister"), or None when unknown."""
        generic, local = _office_rules(self._offices_path)
        key = _title_key(title)
        of_key = self._actor_key(of) if of else None
        if of_key and key in local.get(of_key, {}):
            return local[of_key][key]
        canonical = generic.get(key)
        if canonical and of_key:
            return local.get(of_key, {}).get(_title_key(canonical), canonical)
        return canonical

    def _actor_key(self, of: str) -> str | None:
        if of in self.entries:
            return of
        if of.startswith(ACTOR_NS):
            return of[len(ACTOR_NS):]
        hit = self.lookup(of)
        return hit[0].key if hit else None

    def __len__(self) -> int:
        return len(self.entries)


def _forms(entry: Entry) -> Iterator[tuple[str, str]]:
    for how, values in zip(HOWS, (entry.names, entry.demonyms, entry.metonyms), strict=True):
        for text in values:
            yield text, how


def _surname_key(name: str) -> str:
    return normalise(name).casefold()


def _surnames(names: list[str]) -> Iterator[str]:
    """The last word of each name, and that word with its particles ("von der Leyen")."""
    for name in names:
        words = [w for w in normalise(name).split(" ") if w.casefold().rstrip(",") not in _SUFFIXES]
        if not words:
            continue
        yield _surname_key(words[-1])
        i = len(words) - 1
        while i > 1 and words[i - 1].casefold() in _PARTICLES:
            i -= 1
        if i < len(words) - 1:
            yield _surname_key(" ".join(words[i:]))


@cache
def _load_files(files: tuple[tuple[Path, int], ...]) -> Gazetteer:
    """Parse and merge the files; cached on (path, mtime) so repeated loads cost nothing."""
    drafts: dict[str, _Draft] = {}
    for path, _mtime in files:
        _merge_file(path, drafts)
    entries = {key: _entry(d) for key, d in drafts.items()}
    for entry in entries.values():
        for ref in filter(None, (entry.country, *(o.of for o in entry.offices))):
            if ref not in entries:
                source = drafts[entry.key].source
                raise GazetteerError(f"{source}: actor {entry.key} refers to unknown actor {ref}")
    return Gazetteer(entries)
