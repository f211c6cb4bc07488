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
from kg.extract.state import Draft, stated_date
from kg.extract.timing import fold_title
from kg.extract.word_sets import lowered
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
    #: words by which an event is told as one more occurrence ("will meet again", "another round")
    anew: frozenset[str] = frozenset()
    #: words on an event verb by which it tells one more act beside one told before ("also condemned")
    additive: frozenset[str] = frozenset()
    #: a title's event left alone by the other folds joins the first event of its type that begins at
    #: most this many sentences after the title, the parties counted by side (0: never)
    title_lead: int = 0
    #: class -> the kin it belongs to: classes that tell one act in other words ("condemns ... a
    #: flagrant violation")
    kin: tuple[tuple[str, str], ...] = ()


@cache
def coref_rules() -> CorefRules:
    """The coreference rules of ontology/event_coref.yaml."""
    data = load_yaml("event_coref.yaml")
    frames = tuple(
        (frozenset(f.get("frame") or ()), frozenset(f.get("held") or ())) for f in data.get("frames") or ()
    )
    anaphor = lowered(data.get("anaphor"))
    return CorefRules(
        title=bool(data.get("title")), anaphor=anaphor, repeats=int(data.get("repeats") or 0), frames=frames,
        lasting=frozenset(str(c) for c in data.get("lasting") or ()),
        own_sides=frozenset(str(c).upper() for c in data.get("own_sides") or ()),
        anew=lowered(data.get("anew")),
        additive=lowered(data.get("additive")),
        title_lead=int(data.get("title_lead") or 0),
        kin=tuple((str(c), str(k)) for k, cs in (data.get("kin") or {}).items() for c in cs),
    )


def kinds(classes: set[str | None], generic: frozenset[str]) -> set[str]:
    """The kinds of act the classes name: the classes less the generic ones (``generic``) and none,
    each class of a ``kin`` group of ontology/event_coref.yaml counted as its group."""
    kin = dict(coref_rules().kin)
    return {kin.get(c, c) for c in classes if c is not None and c not in generic}


def points_back(tok: Token) -> bool:
    """The event noun is determined by a word that points back to an event told before."""
    words = coref_rules().anaphor
    return tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def _carries(tok: Token, words: frozenset[str], via: tuple[str, ...], deps: tuple[str, ...] = ()) -> bool:
    """The word, or the word it hangs on by one of ``via``, has a dependent that is one of ``words``
    (of one of ``deps``, when given)."""
    near = [tok, tok.head] if tok.dep_ in via else [tok]
    return any(c.lower_ in words and (not deps or c.dep_ in deps) for w in near for c in w.children)


def told_anew(tok: Token) -> bool:
    """The event word, or the word it is the object of, carries a word of repetition ("will meet him
    again", "looked forward to speaking again", "hold another round of talks")."""
    return _carries(tok, coref_rules().anew, ("dobj", "pobj", "xcomp"))


def told_besides(tok: Token, deed: bool = False) -> bool:
    """The event verb is told as one more act by an adverb of its own ("the US also condemned ...";
    ``additive`` words), a deed in the field (``deed``) also by a word of repetition ("jets struck the
    town again"; ``anew`` words: a statement made "again" is most often the stance told once more):
    another occurrence than the one told in an earlier sentence. A passive verb's "also" adds to
    whom it was done ("the judges are also sanctioned"): more of the same measure; a gerund after a
    preposition tells no occurrence ("to keep X from invading again")."""
    rules = coref_rules()
    words = rules.additive | (rules.anew if deed else frozenset())
    if tok.dep_ == "pcomp" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    return tok.pos_ in ("VERB", "AUX") and _carries(tok, words, ("xcomp",), ("advmod",))


def besides(a: Group, b: Group, other: set[int], titles: frozenset[int]) -> bool:
    """One group tells by a verb told as one more act (``other``: their tokens, :func:`told_besides`)
    what the other tells by a verb in another sentence of the body: two occurrences."""
    return any(
        x.is_verb and y.is_verb and (x.token in other or y.token in other)
        and x.sentence.index != y.sentence.index
        and x.sentence.index not in titles and y.sentence.index not in titles
        for x in a
        for y in b
    )


#: named-entity labels of words that name who did a deed ("Armenian", "Russia's", "Hamas")
_DOER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def names_no_doer(tok: Token, deeds: set[int]) -> bool:
    """The event word names no doer: a passive verb without its agent ("four soldiers were killed"),
    a verb whose subject is a deed noun naming none ("the shelling destroyed homes"; ``deeds``: the
    tokens of event words), a noun with no owner or qualifier naming a people, state, body or person
    and no agent ("the attack", "yesterday's attack"). A subject the gazetteer does not know ("rebels
    attacked the convoy") still names one."""
    deps = {c.dep_ for c in tok.children}
    if "agent" in deps or any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
        return False
    if tok.pos_ in ("VERB", "AUX"):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:
            return all(c.i in deeds and c.pos_ == "NOUN" and names_no_doer(c, deeds) for c in subjects)
        return bool(deps & {"nsubjpass", "auxpass"})
    return tok.pos_ == "NOUN" and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in _DOER_ENTS for c in tok.children
    )


def _dates_agree(a: Group, b: Group) -> bool:
    """No two mentions give different dates (a date taken from the report says nothing)."""
    xs = {s for s in map(stated_date, a) if s}
    ys = {s for s in map(stated_date, b) if s}
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


def _fold_lead_titles(groups: list[Group], titles: frozenset[int], within: int,
                      side_of: dict[str, str]) -> list[Group]:
    """A title's event that no other fold took, most often for naming its parties otherwise than the
    body does (the state in the title, its minister or leader in the body: "Manila and Jakarta agree
    ..." over "the two presidents agreed ..."; "UN condemns ..." over "the Security Council
    condemned ..."), joins the first event of its type that begins at most ``within`` sentences after
    the title, when they share a side (an actor and the state or body it acts for count as one), their
    dates agree and their roles are not turned round: a title tells the story's main event, which the
    lead tells first."""
    if not titles:
        return groups
    out = list(groups)
    last = max(titles)
    for g in groups:
        if not all(x.sentence.index in titles for x in g):
            continue
        sides = _sides(_roles(g)[0], side_of)
        lead = [
            h
            for h in out
            if h is not g and h[0].plover == g[0].plover and not any(x.sentence.index in titles for x in h)
            and _compatible(g, h, side_of) and sides & _sides(_roles(h)[0], side_of)
        ]
        first = min(lead, key=lambda h: min(x.sentence.index for x in h), default=None)
        if first is not None and min(x.sentence.index for x in first) <= last + within:
            fold_title(g, first, out)
    return out


def _fold_anaphors(groups: list[Group], pointing: set[int]) -> list[Group]:
    """An event named only by nouns that point back joins the nearest earlier event of its type, when
    it names no party that event lacks, or only the doer that event left unnamed ("condemned the attack
    on a UN base ... The attack, claimed by Ansar Dine, killed ...")."""
    out: list[Group] = []
    for g in groups:
        if all(id(x) in pointing for x in g):
            parties = _roles(g)[0]
            h = next((h for h in reversed(out) if _compatible(h, g)), None)
            if h is not None and (parties <= _roles(h)[0] or _names_the_doer(h, g)):
                h.extend(g)
                continue
        out.append(g)
    return out


def _names_the_doer(told: Group, anaphor: Group) -> bool:
    """The anaphor adds only the doer of a deed told without one."""
    parties, sources, _ = _roles(told)
    new = _roles(anaphor)[0] - parties
    return bool(new) and not sources and new <= _roles(anaphor)[1] and not told[0].spec.symmetric


def _fold_repeats(
    groups: list[Group],
    within: int,
    lex: Lexicon,
    side_of: dict[str, str],
    titles: frozenset[int],
    anew: set[int],
    doerless: set[int],
    other: set[int] | None = None,
) -> list[Group]:
    """An event told again, its parties among the earlier telling's once an actor and the state it
    acts for count as one side ("the President warned Iran" after "the US warns Iran"), joins it when
    at most ``within`` sentences lie between them."""
    out: list[Group] = []
    for g in groups:
        parties = _sides(_roles(g)[0], side_of)
        classes = kinds({x.event_class for x in g}, lex.generic_classes)
        h = next(
            (
                h
                for h in out
                if _compatible(_undone(h, g, side_of, doerless), _undone(g, h, side_of, doerless), side_of)
                and _modalities_fit(h, g, anew, titles)
                and len(classes | kinds({x.event_class for x in h}, lex.generic_classes)) <= 1
                and _fits_parties(parties, _sides(_roles(h)[0], side_of))
                and _gap(h, g) <= within
                and not apart(h, g, lex, titles, other)
            ),
            None,
        )
        if h is None:
            out.append(g)
        else:
            told, h[:] = _undone(g, h, side_of, doerless), _undone(h, g, side_of, doerless)
            h.extend(told)
            if h[0].modality != "asserted" and any(x.modality == "asserted" for x in h):
                h[0] = replace(h[0], modality="asserted")  # told as done: it was done
    return out


def _undone(g: Group, h: Group, side_of: dict[str, str], doerless: set[int]) -> Group:
    """A group whose words name no doer (``doerless``: their tokens, :func:`names_no_doer`), told
    again beside a group that names one: the parties it has a deed done to that are the other's doers
    are no targets of it ("Malian troops retook the town ... four Malian soldiers were killed": the
    soldiers fell in the deed their side did)."""
    if any(x.source or x.token not in doerless for x in g):
        return g
    doers = _sides(_roles(h)[1], side_of)
    if not doers:
        return g
    return [
        replace(x, target=[k for k in x.target if not _sides({k}, side_of) & doers]) if x.target else x
        for x in g
    ]


def _modalities_fit(a: Group, b: Group, anew: set[int], titles: frozenset[int] = frozenset()) -> bool:
    """Both groups are told in one modality, or neither is dated by the body's text nor told as one
    more occurrence (``anew``: the tokens of the mentions told with "again", "another"): an
    announcement told as to come and as done ("the UK will provide £10m ... the £10m of UK aid"). A
    title's date ("PM call with X: 4 August 2025") dates the story, not one of its tellings."""
    if {x.modality for x in a} == {x.modality for x in b}:
        return True
    return not any(stated_date(x) and x.sentence.index not in titles or x.token in anew for x in (*a, *b))


def apart(a: Group, b: Group, lex: Lexicon, titles: frozenset[int], other: set[int] | None = None) -> bool:
    """Two groups of one type that tell two occurrences whatever else they share: calls each made by
    a verb of asking of its own (``calls_apart`` types, :func:`told_apart`), deeds each told by a verb
    of their own (``deed`` types, :func:`deeds_apart`), an act told by a verb as one more beside one
    told by a verb in another sentence (``other``: the tokens of such verbs, :func:`besides`), but for
    the symmetric types, whose "also discussed" tells more of the one meeting, and for calls, which
    have their rule of their own."""
    rules = lex.rules(a[0].plover)
    return bool(
        other and not (rules.symmetric or rules.calls_apart) and besides(a, b, other, titles)
        or rules.calls_apart and told_apart(a, b, titles, lex.object_control)
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
    anew: set[int] | None = None,
    doerless: set[int] | None = None,
    other: set[int] | None = None,
) -> list[Group]:
    """The groups of mentions, one per occurrence: groups that report the same occurrence as an
    earlier one are folded into it. ``titles``: the indices of the sentences that are the title;
    ``pointing``: the ids of the mentions named by a noun that points back (:func:`points_back`);
    ``lex``: the lexicon (its event classes that say nothing of identity, and what tells two
    occurrences apart: :func:`apart`); ``side_of``: actor -> the state or body it acts for; ``anew``:
    the tokens of the mentions told as one more occurrence (:func:`told_anew`); ``doerless``: the tokens
    of the mentions whose words name no doer (:func:`names_no_doer`); ``other``: the tokens of the
    verbs told as one more act (:func:`told_besides`)."""
    rules = coref_rules()
    if rules.title:
        groups = _fold_titles(groups, titles)
    if rules.anaphor:
        groups = _fold_anaphors(groups, pointing)
    if rules.frames:
        groups = _fold_frames(groups, rules.frames)
    if rules.repeats:
        groups = _fold_repeats(
            groups, rules.repeats, lex, side_of or {}, titles, anew or set(), doerless or set(), other
        )
    if rules.title_lead:
        groups = _fold_lead_titles(groups, titles, rules.title_lead, side_of or {})
    return groups
