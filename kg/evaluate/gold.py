"""Gold sets: folders of ``NAME.txt`` + ``NAME.gold.json`` pairs (``../shared/eval/ANNOTATION.md``).

:func:`find_gold` lists the gold files of one or more folders, :func:`read_gold` reads one into
scorer records and checks it on the way: a file that is not JSON, or that lacks a key or holds a
value of the wrong kind, raises :class:`GoldError` with one line naming the file and the place.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.evaluate.records import MODALITIES, PLOVER, Actor, Event, Scored, is_qid, name_keys

SUFFIX = ".gold.json"
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class EvaluationError(KGError, ValueError):
    """Gold annotations or predictions cannot be scored."""


class GoldError(EvaluationError):
    """A gold folder or file cannot be used."""


@dataclass
class GoldDocument:
    """One annotated document: where it lives, its publication date, its gold actors and events."""

    name: str  # NAME, the file stem both files share
    path: Path  # NAME.gold.json
    published: str | None
    gold: Scored

    @property
    def text_path(self) -> Path:
        return self.path.with_name(self.name + ".txt")


def stem(path: Path) -> str:
    return path.name[: -len(SUFFIX)]


def find_gold(folders: Iterable[Path], doc: str | None = None) -> list[Path]:
    """The ``*.gold.json`` files of the folders (folder by folder, sorted), or only those of ``doc``."""
    found: list[Path] = []
    folders = list(folders)
    for folder in folders:
        if not folder.exists():
            raise GoldError(f"{folder}: no such folder")
        if not folder.is_dir():
            raise GoldError(f"{folder}: not a folder (give a folder of NAME.txt + NAME.gold.json pairs)")
        files = sorted(folder.glob("*" + SUFFIX))
        if not files:
            raise GoldError(f"{folder}: no *{SUFFIX} files (a gold set is NAME.txt + NAME{SUFFIX} pairs)")
        found.extend(files)
    if doc is not None:
        wanted = Path(doc).name.removesuffix(SUFFIX).removesuffix(".txt")
        chosen = [p for p in found if stem(p) == wanted]
        if not chosen:
            names = ", ".join(stem(p) for p in found[:5]) + (", ..." if len(found) > 5 else "")
            raise GoldError(f"no document {wanted!r} in {', '.join(map(str, folders))} (there: {names})")
        return chosen
    return found


def read_gold(path: Path) -> GoldDocument:
    """One gold file as records; :class:`GoldError` if it is not in the annotation format."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise GoldError(f"{path}: {exc.strerror or exc}") from None
    where = str(path)
    _expect(isinstance(data, dict), where, "expected a JSON object with 'actors' and 'events'")
    for key in ("actors", "events"):
        _expect(key in data, where, f"missing key {key!r}")
        _expect(isinstance(data[key], list), where, f"{key!r} must be a list")
    published = data.get("published")
    _expect(published is None or (isinstance(published, str) and _DAY.fullmatch(published)), where,
            f"'published' must be YYYY-MM-DD or null, not {published!r}")

    by_ref: dict[str, Actor] = {}
    actors: list[Actor] = []
    for n, a in enumerate(data["actors"]):
        at = f"{where}: actors[{n}]"
        _expect(isinstance(a, dict), at, "expected an object with 'name' (and 'id', 'kind')")
        _expect(isinstance(a.get("name"), str) and a["name"].strip(), at, "missing key 'name'")
        qid = a.get("id")
        _expect(qid is None or isinstance(qid, str), at, f"'id' must be a Wikidata item or null, not {qid!r}")
        actor = Actor(name_keys(a["name"]) | ({qid} if qid else set()), a["name"])
        actors.append(actor)
        by_ref[a["name"]] = actor
        if qid:
            by_ref[qid] = actor

    def resolve(refs: list[str]) -> list[Actor]:
        return [by_ref.get(r) or Actor(name_keys(r) | ({r} if is_qid(r) else set()), r) for r in refs]

    events = [_event(e, f"{where}: events[{n}]", resolve) for n, e in enumerate(data["events"])]
    return GoldDocument(stem(path), path, published, Scored(actors, events))


def _event(e: object, at: str, resolve) -> Event:
    _expect(isinstance(e, dict), at, "expected an object with 'type' and 'participants'")
    assert isinstance(e, dict)
    _expect(isinstance(e.get("type"), str), at, "missing key 'type'")
    kind = e["type"].upper()
    _expect(kind in PLOVER, at, f"'type' {e['type']!r} is not one of the 16 PLOVER types")
    _expect("participants" in e, at, "missing key 'participants'")
    for key in ("participants", "source", "target", "sentences"):
        value = e.get(key) or []
        _expect(isinstance(value, list) and all(isinstance(v, str) for v in value), at,
                f"{key!r} must be a list of strings")
    date = e.get("date")
    _expect(date is None or (isinstance(date, str) and _DATE.fullmatch(date)), at,
            f"'date' must be YYYY-MM-DD, YYYY-MM, YYYY or null, not {date!r}")
    modality = (e.get("modality") or "asserted")
    _expect(isinstance(modality, str) and modality.lower() in MODALITIES, at,
            f"'modality' must be one of {', '.join(MODALITIES)}, not {modality!r}")
    return Event(
        type=kind,
        participants=resolve(e.get("participants") or []),
        source=resolve(e.get("source") or []),
        target=resolve(e.get("target") or []),
        date=date,
        modality=modality.lower(),
        sentences=list(e.get("sentences") or []),
    )


def _expect(ok: object, where: str, message: str) -> None:
    if not ok:
        raise GoldError(f"{where}: {message}")
