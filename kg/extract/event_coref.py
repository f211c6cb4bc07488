"""Within-document event coreference: an event folds into an earlier one of the same document when
both report the same occurrence (a title and the body's event, a noun pointing back, a visit and the
meeting held on it). Every mention stays on the kept event as evidence. The rules are switched and
parametrised in ontology/event_coref.yaml; called by the merge pass once repeated mentions are merged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.extract.state import Draft
from kg.extract.timing import fold_title
from kg.resources import load_yaml

Group = list[Draft]
Frames = tuple[tuple[frozenset[str], frozenset[str]], ...]


@dataclass(frozen=True)
class CorefRules:
    """ontology/event_coref.yaml: which folds apply."""

    title: bool
    #: the determiners by which an event noun points back ("these sanctions")
    anaphor: frozenset[str]
    #: an event told again with its parties named by their states joins the first telling told at
    #: most this many sentences before it (0: never)
    repeats: int
    #: (frame classes, held classes) pairs: "during his visit to X, A met B" is one meeting
    frames: Frames
    #: classes of deed that span many days: a deed of another class told near them is another event
    lasting: frozenset[str] = frozenset()
    #: CAMEO roles of groups that are a side of their own, not agents of the state they are from
    own_sides: frozenset[str] = frozenset()


@cache
def coref_rules() -> CorefRules:
    """The coreference rules of ontology/event_coref.yaml."""
    data = load_yaml("event_coref.yaml")
    frames = tuple(
        (frozenset(f.get("frame") or ()), frozenset(f.get("held") or ())) for f in data.get("frames") or ()
    )
    anaphor = frozenset(str(w).lower() for w in data.get("anaphor") or ())
    return CorefRules(
        title=bool(data.get("title")), anaphor=anaphor, repeats=int(data.get("repeats") or 0), frames=frames,
        lasting=frozenset(str(c) for c in data.get("lasting") or ()),
        own_sides=frozenset(str(c).upper() for c in data.get("own_sides") or ()),
    )


def points_back(tok: Token) -> bool:
    """The event noun is determined by a word that points back to an event told before."""
    words = coref_rules().anaphor
    return tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def _stated(d: Draft) -> str | None:
    return d.date if d.date_basis != "report" else None


def _dates_agree(a: Group, b: Group) -> bool:
    """No two mentions give different dates (a date taken from the report says nothing)."""
    xs = {s for s in map(_stated, a) if s}
    ys = {s for s in map(_stated, b) if s}
    return all(x.startswith(y) or y.startswith(x) for x in xs for y in ys)


def _roles(g: Group) -> tuple[set[str], set[str], set[str]]:
    return (
        {k for x in g for k in x.participants},
        {k for x in g for k in x.source},
        {k for x in g for k in x.target},
    )


def _sides(keys: set[str], side_of: dict[str, str]) -> set[str]:
    """The actors and the states or bodies they act for (a minister and the minister's country)."""
    return keys | {side_of[k] for k in keys if k in side_of}


def _compatible(a: Group, b: Group, side_of: dict[str, str] | None = None) -> bool:
    """Same type, dates that agree, roles not turned round and no two different agents (with
    ``side_of``, an actor and the state it acts for count as one side); roles do not count where
    every mention is of a symmetric sense (a call, a meeting: who called whom is no other call)."""
    if a[0].plover != b[0].plover or not _dates_agree(a, b):
        return False
    if any(x.earlier for x in a) != any(x.earlier for x in b):
        return False  # the talks a call follows up were held before it
    if any(x.campaign for x in a) != any(x.campaign for x in b):
        return False  # "they are conducting their attacks": the campaign, not the one attack told
    if _lasting_apart(a, b):
        return False  # "the invasion ... the recent strikes on Odesa": the war and one deed in it
    if all(x.spec.symmetric for x in (*a, *b)):
        return True  # who called whom does not split a call, nor who met whom a meeting
    side_of = side_of or {}
    _, src_a, tgt_a = (_sides(r, side_of) for r in _roles(a))
    _, src_b, tgt_b = (_sides(r, side_of) for r in _roles(b))
    if src_a & tgt_b or tgt_a & src_b:
        return False
    return not (src_a and src_b and not src_a & src_b)


def _lasting_apart(a: Group, b: Group) -> bool:
    """One group tells a deed that lasts many days (an invasion) and the other a deed of another
    class: two events, the war and a deed in it."""
    lasting = coref_rules().lasting
    ca = {x.event_class for x in a} - {None}
    cb = {x.event_class for x in b} - {None}
    return bool((ca | cb) & lasting) and ca != cb


def _shared(a: Group, b: Group) -> int:
    return len(_roles(a)[0] & _roles(b)[0])


def _fold_titles(groups: list[Group], titles: frozenset[int]) -> list[Group]:
    """A title event the headline fold left alone for its modality joins the body's event."""
    out = list(groups)
    for g in groups:
        if not all(x.sentence.index in titles and not x.headline for x in g):
            continue
        if any(x.modality in ("asserted", "planned") for x in g):
            continue  # a title that announces ("X to meet Y") may tell of another event than the body
        body = [h for h in out if h is not g and not any(x.sentence.index in titles for x in h)]
        fitting = (h for h in body if _compatible(g, h) and _shared(g, h))
        best = max(fitting, key=lambda h: _shared(g, h), default=None)
        if best is None:
            continue
        fold_title(g, best, out)
    return out


def _fold_anaphors(groups: list[Group], pointing: set[int]) -> list[Group]:
    """An event named only by nouns that point back joins the nearest earlier event of its type."""
    out: list[Group] = []
    for g in groups:
        if all(id(x) in pointing for x in g):
            parties = _roles(g)[0]
            h = next((h for h in reversed(out) if _compatible(h, g)), None)
            if h is not None and parties <= _roles(h)[0]:
                h.extend(g)
                continue
        out.append(g)
    return out


def _fold_repeats(
    groups: list[Group], within: int, lex: Lexicon, side_of: dict[str, str], titles: frozenset[int]
) -> list[Group]:
    """An event told again, its parties among the earlier telling's once an actor and the state it
    acts for count as one side ("the President warned Iran" after "the US warns Iran"), joins it when
    at most ``within`` sentences lie between them."""
    out: list[Group] = []
    for g in groups:
        parties = _sides(_roles(g)[0], side_of)
        classes = {x.event_class for x in g} - {None} - lex.generic_classes
        h = next(
            (
                h
                for h in out
                if _compatible(h, g, side_of)
                and {x.modality for x in h} == {x.modality for x in g}
                and len(classes | ({x.event_class for x in h} - {None} - lex.generic_classes)) <= 1
                and _fits_parties(parties, _sides(_roles(h)[0], side_of))
                and _gap(h, g) <= within
                and not apart(h, g, lex, titles)
            ),
            None,
        )
        if h is None:
            out.append(g)
        else:
            h.extend(g)
    return out


def apart(a: Group, b: Group, lex: Lexicon, titles: frozenset[int]) -> bool:
    """Two groups of one type that tell two occurrences whatever else they share: calls each made by
    a verb of asking of its own (``calls_apart`` types, :func:`told_apart`), deeds each told by a verb
    of their own (``deed`` types, :func:`deeds_apart`)."""
    rules = lex.rules(a[0].plover)
    return bool(
        rules.calls_apart and told_apart(a, b, titles, lex.object_control)
        or rules.deed and any(deeds_apart(a, y) for y in b)
    )


def told_apart(a: Group, b: Group, titles: frozenset[int], verbs: frozenset[str]) -> bool:
    """Each group tells its call by a verb of asking of its own (``verbs``: "urge", "call on", ...) in
    another sentence of the body: two calls ("X urged Y to withdraw. X also called on Z to ..."),
    whatever they share. A verb that only stresses a need ("underlined the need for ...") is no call
    of its own."""
    return any(
        x.is_verb and y.is_verb and x.spec.lemma in verbs and y.spec.lemma in verbs
        and x.sentence.index != y.sentence.index
        and x.sentence.index not in titles and y.sentence.index not in titles
        for x in a
        for y in b
    )


def deeds_apart(group: Group, d: Draft) -> bool:
    """A deed told by a verb of its own in another sentence of the body, at another place or by
    another verb, is another deed: "rebels entered X. ... they have also taken Y" are two. A noun
    ("the attack"), a title, or the same verb at the same place tells the deed again."""
    if not d.is_verb or not d.source or d.sentence.index == 0:
        return False
    return any(
        x.is_verb
        and x.source
        and x.sentence.index not in (0, d.sentence.index)
        and (x.place != d.place if x.place and d.place else x.spec.lemma != d.spec.lemma)
        for x in group
    )


def _gap(a: Group, b: Group) -> int:
    return min(abs(x.sentence.index - y.sentence.index) for x in a for y in b)


def _fits_parties(a: set[str], b: set[str]) -> bool:
    return bool(a & b) and (a <= b or b <= a)


def _within(d: Draft, parties: set[str]) -> Draft:
    """The mention with only the given parties: the place a visit went to is no party to the meeting."""
    keep = parties.__contains__
    return replace(
        d,
        participants=list(filter(keep, d.participants)),
        source=list(filter(keep, d.source)),
        target=list(filter(keep, d.target)),
    )


def _fold_frames(groups: list[Group], frames: Frames) -> list[Group]:
    """An event of a frame class joins the event of a held class told in the same sentence."""
    out = list(groups)
    for frame, held in frames:
        for g in list(out):
            if not any(x.event_class in frame for x in g):
                continue
            sentences = {x.sentence.index for x in g}
            h = next(
                (
                    h
                    for h in out
                    if h is not g
                    and any(x.event_class in held and x.sentence.index in sentences for x in h)
                    and _compatible(g, h)
                    and _shared(g, h)
                    and {x.modality for x in h} == {x.modality for x in g}
                ),
                None,
            )
            if h is not None:
                parties = _roles(h)[0]
                h.extend(_within(x, parties) for x in g)
                out.remove(g)
    return out


def fold_coreferent(
    groups: list[Group],
    titles: frozenset[int],
    pointing: set[int],
    lex: Lexicon,
    side_of: dict[str, str] | None = None,
) -> list[Group]:
    """The groups of mentions, one per occurrence: groups that report the same occurrence as an
    earlier one are folded into it. ``titles``: the indices of the sentences that are the title;
    ``pointing``: the ids of the mentions named by a noun that points back (:func:`points_back`);
    ``lex``: the lexicon (its event classes that say nothing of identity, and what tells two
    occurrences apart: :func:`apart`); ``side_of``: actor -> the state or body it acts for."""
    rules = coref_rules()
    if rules.title:
        groups = _fold_titles(groups, titles)
    if rules.anaphor:
        groups = _fold_anaphors(groups, pointing)
    if rules.frames:
        groups = _fold_frames(groups, rules.frames)
    if rules.repeats:
        groups = _fold_repeats(groups, rules.repeats, lex, side_of or {}, titles)
    return groups
