"""The trigger lexicon (``ontology/triggers.yaml`` and ``ontology/cameo_verbs.yaml``) as lookups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.resources import load_yaml

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
_WORD = re.compile(r"\w+|[^\w\s]")
_ALPHA = re.compile(r"(?<!['’\w])[^\W\d_]+(?![\w])")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: the words that name an event and how to read its roles."""

    lemma: str
    plover: str
    cameo: str
    event_class: str | None = None
    mode: str | None = None
    pos: str | None = None
    prefix: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    modal: tuple[str, ...] = ()
    particle: tuple[str, ...] = ()
    absorbs: bool = False
    adopts: bool = False
    topic: bool = False
    needs_target: bool = False
    negated_as: tuple[str, str, str] | None = None
    modality: str | None = None
    symmetric: bool = False
    target_preps: tuple[str, ...] = ()
    breadth: bool = False


@dataclass
class Lexicon:
    by_word: dict[str, list[Trigger]] = field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    idioms: tuple[str, ...] = ()
    object_control: frozenset[str] = frozenset()
    types: dict[str, dict] = field(default_factory=dict)

    def candidates(self, word: str) -> list[Trigger]:
        return self.by_word.get(word, [])

    def add(self, t: Trigger) -> None:
        self.by_word.setdefault(t.lemma, []).append(t)


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    bad = [v for v in items if isinstance(v, bool)]
    if bad:
        # YAML reads a bare on/off/yes/no as a boolean: the word must be quoted
        raise ValueError(f"triggers.yaml: quote the word read as {bad[0]!r} in {items!r}")
    return tuple(str(v).lower() for v in items)


@cache
def load_lexicon() -> Lexicon:
    data = load_yaml("triggers.yaml")
    types = {k: v or {} for k, v in (data.get("types") or {}).items()}
    lex = Lexicon(
        speech_verbs=frozenset(_tuple(data.get("speech_verbs"))),
        light_verbs=frozenset(_tuple(data.get("light_verbs"))),
        types=types,
        idioms=_tuple(data.get("idioms")),
        object_control=frozenset(_tuple(data.get("object_control"))),
    )
    for raw in data.get("triggers") or []:
        lex.add(_trigger(raw, types))
    listed = set(lex.by_word)
    exclude = set(_tuple(data.get("cameo_exclude")))
    for lemma, spec in (load_yaml("cameo_verbs.yaml").get("verbs") or {}).items():
        if lemma in listed or lemma in exclude:
            continue
        lex.add(
            _trigger(
                {
                    "lemma": lemma,
                    "pos": "VERB",
                    "plover": spec["plover"],
                    "cameo": spec["cameo"],
                    "needs_target": True,
                },
                types,
                breadth=True,
            )
        )
    return lex


def _trigger(raw: dict, types: dict[str, dict], breadth: bool = False) -> Trigger:
    plover = str(raw["plover"]).upper()
    if plover not in PLOVER_TYPES:
        raise ValueError(f"triggers.yaml: {raw.get('lemma')!r} has unknown PLOVER type {plover!r}")
    words = _WORD.findall(str(raw["lemma"]).lower())
    defaults = types.get(plover, {})
    neg = raw.get("negated_as")
    return Trigger(
        lemma=words[-1],
        prefix=tuple(words[:-1]),
        plover=plover,
        cameo=str(raw.get("cameo") or ""),
        event_class=raw.get("class"),
        mode=raw.get("mode"),
        pos=raw.get("pos"),
        prep=_tuple(raw.get("prep")),
        object=_tuple(raw.get("object")),
        modal=_tuple(raw.get("modal")),
        particle=_tuple(raw.get("particle")),
        absorbs=bool(raw.get("absorbs") or raw.get("adopts")),
        adopts=bool(raw.get("adopts")),
        topic=bool(raw.get("topic")),
        needs_target=bool(raw.get("needs_target")),
        negated_as=tuple(str(x) for x in neg) if neg else None,
        modality=raw.get("modality"),
        symmetric=bool(raw.get("symmetric", defaults.get("symmetric", False))),
        target_preps=_tuple(raw.get("target_preps", defaults.get("target_preps"))),
        breadth=breadth,
    )


def titlecase(sent) -> bool:
    """A headline in title case ("Trump Meets Putin in Alaska"), where the tagger reads verbs as names."""
    words = _ALPHA.findall(sent.text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def verb_forms(word: str) -> list[str]:
    """Base forms a capitalised headline verb may have ("Meets" meet, "Strikes" strike, "Urges" urge)."""
    w = word.lower()
    out = []
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    return out


def headline_match(lex: Lexicon, tok) -> Trigger | None:
    """A verb of a title-case headline that the tagger took for a name: plain entries only."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    for word in verb_forms(tok.text):
        for t in lex.candidates(word):
            if t.pos == "VERB" and not (
                t.prefix or t.prep or t.object or t.modal or t.particle or t.adopts or t.breadth
            ):
                return t
    return None


def match(lex: Lexicon, tok) -> Trigger | None:
    """The first lexicon entry that fits this token and its dependents, or None."""
    return next(matches(lex, tok), None)


def matches(lex: Lexicon, tok):
    """Every lexicon entry that fits this token and its dependents, most specific first."""
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return
    words = dict.fromkeys([tok.lemma_.lower(), tok.lower_])
    for word in words:
        for t in lex.candidates(word):
            if t.pos and t.pos != pos:
                continue
            if t.prefix and not _has_prefix(tok, t.prefix):
                continue
            if t.prep and not any(c.dep_ in ("prep", "agent") and c.lower_ in t.prep for c in tok.children):
                continue
            if t.object and not (
                any(_object_is(c, t.object) for c in tok.children)
                or tok.dep_ == "acl"
                and tok.tag_ == "VBN"
                and (tok.head.lemma_.lower() in t.object or tok.head.lower_ in t.object)
            ):
                continue  # also "a missile fired by the Houthis"
            if t.modal and not any(c.dep_ == "aux" and c.lower_ in t.modal for c in tok.children):
                continue
            if t.particle and not any(
                c.dep_ in ("prt", "advmod", "prep") and c.lower_ in t.particle for c in tok.children
            ):
                continue
            yield t


def _has_prefix(tok, prefix: tuple[str, ...]) -> bool:
    doc = tok.doc
    start = tok.i - len(prefix)
    if start < 0:
        return False
    return all(doc[start + k].lower_ == w or doc[start + k].lemma_.lower() == w for k, w in enumerate(prefix))


def _object_is(child, lemmas: tuple[str, ...]) -> bool:
    """The direct object is one of ``lemmas``, also through "of" ("dozens of rockets")."""
    if child.dep_ not in ("dobj", "nsubjpass", "attr"):
        return False
    if child.lemma_.lower() in lemmas or child.lower_ in lemmas:
        return True
    for prep in child.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                if p.dep_ == "pobj" and (p.lemma_.lower() in lemmas or p.lower_ in lemmas):
                    return True
    return False
