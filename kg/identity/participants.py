"""Whether two reports' participants can be one event's: each actor read as the side it stands for
on the report's day, the anchors a leader and his state share, statements told by one speaker, and
the condemners of a deed set aside (rules in ``ontology/identity.yaml``)."""
from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import combinations

from kg.identity.days import REPORTS_CACHED, day_of
from kg.identity.names import named_alike
from kg.identity.report import Report
from kg.identity.rules import rules
from kg.identity.sides import acts_for, anchored, another_person, kind, leader_anchors, state_of_place

MAX_CONDEMNERS = 6  # persons of a candidate whose subsets may_agree tries as set aside


@lru_cache(maxsize=65536)
def _side(key: str, day: date | None) -> str:
    """The side ``key`` stands for: the highest body it acts for that day (Putin: Russia; Treasury:
    the United States; the Security Council: the UN), else itself."""
    bodies = acts_for(key, day)
    if not bodies:
        return key
    return min([b for b in bodies if not acts_for(b, day)] or bodies)


def _sides_on(actors: frozenset[str], day: date | None) -> dict[str, str]:
    return {k: _side(k, day) for k in actors}


@lru_cache(maxsize=REPORTS_CACHED)
def sides(r: Report) -> dict[str, str]:
    """Each participant of ``r`` and the side it stands for on the report's day."""
    return _sides_on(r.participants, day_of(r))


def side_keys(r: Report) -> list[str]:
    """The distinct sides of ``r``'s participants, sorted. Two reports that :func:`actors_agree`
    share two of them, or share one and name at most ``max_extra_participants`` more between them
    (the old rule's shape over actors, now over sides): what a candidate index files and looks up by,
    and a shared actor besides. Two reports of a ``condemned_types`` event may name one more: the
    person :func:`_condemners` sets aside (:func:`may_agree` lets them through)."""
    return sorted(set(sides(r).values()))


@lru_cache(maxsize=REPORTS_CACHED)
def anchors(r: Report) -> frozenset[str]:
    """``r``'s participants, the states its leaders lead and the leaders of its states, on ``r``'s
    day (:func:`kg.identity.sides.leader_anchors`): what the candidate keys file it under and look
    up. Two reports the rules link share one of these (:func:`kg.identity.sides.anchored`: a leader
    of both days is in both sets)."""
    day = day_of(r)
    return frozenset().union(*(leader_anchors(k, day) for k in r.participants))


def actors_agree(a: dict[str, str], b: dict[str, str], max_extra: int = 1, on: date | None = None,
                 on_b: date | None = None) -> bool:
    """Whether two reports' participants (actor -> side, :func:`sides`) can be one event's: one actor
    named by both, or a leader in one and the state he leads that day in the other
    (:func:`kg.identity.sides.anchored`);
    the sides that only one names number at most ``max_extra`` or at most as many as
    the shared sides (one shared actor among many is weak evidence; two leaders of a five-leader call
    are not the five); and no side is two different people in the two reports (a ministers' meeting
    is not the leaders' meeting of the same day; a spokesperson and the one they speak for on day ``on``
    are one; ``b``'s actors read on day ``on_b`` when given)."""
    if not anchored(a.keys(), on, b.keys(), on if on_b is None else on_b):
        return False
    sa, sb = set(a.values()), set(b.values())
    if len(sa ^ sb) > max(max_extra, len(sa & sb)):
        return False
    return not _people_differ(a, b, sa & sb, on)


def _people_differ(a: dict[str, str], b: dict[str, str], shared: set[str], on: date | None) -> bool:
    """A side both name is two different people in the two reports (neither speaking for the other)."""
    for side in shared:
        people_a = {k for k, v in a.items() if v == side and kind(k) == "person"}
        people_b = {k for k, v in b.items() if v == side and kind(k) == "person"}
        if people_a and people_b and not _speaks_for(people_a, on, people_b, on):
            return True
    return False


def one_party_of(a: dict[str, str], b: dict[str, str], on: date | None = None,
                 on_b: date | None = None) -> bool:
    """One report names one side only, and it is one of the other's sides (both anchored: an actor
    in common, or a leader and his state), with no side two different people: "Sudan" alone in a
    message on the Juba Peace Agreement is one party of the agreement another report tells as
    signed by the government and the rebel fronts. Evidence only when the lone report names the
    event in passing as past after the day the other gives it (the caller:
    :func:`participants_agree` with :func:`kg.identity.link._mentioned_after`): many sides besides
    one are then not the weak evidence of one shared among many, as a passing mention names one
    known event and no other party that could differ."""
    sa, sb = set(a.values()), set(b.values())
    lone, other = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(lone) != 1 or not lone < other:
        return False
    if not anchored(a.keys(), on, b.keys(), on if on_b is None else on_b):
        return False
    return not (another_person(a, b) or _people_differ(a, b, lone, on))


def _lone_is(mention: Report, a: Report, sa: dict[str, str], b: Report, sb: dict[str, str]) -> bool:
    """The report of one side only, of ``a`` and ``b``, is ``mention``."""
    mine = sa if mention.iri == a.iri else sb if mention.iri == b.iri else None
    return mine is not None and len(set(mine.values())) == 1


def may_agree(r: Report, actors: frozenset[str], max_extra: int = 1) -> bool:
    """Whether an event naming ``actors`` can agree with ``r``'s participants (both read on ``r``'s
    day): a cheap test before the event's other facts are read (for a ``condemned_types`` report,
    also with each set of persons :func:`_condemners` may set aside from both: ``r``'s sources when
    all are persons, or some of the event's persons)."""
    if not anchors(r) & actors:
        return False
    return _may_agree(r, _sides_on(actors, day_of(r)), max_extra)


def may_agree_with(r: Report, other: Report, max_extra: int = 1) -> bool:
    """:func:`may_agree` with another report, its actors read on its own day as the rules read them
    (a president named before and after taking office)."""
    if not (anchors(r) & other.participants or anchors(other) & r.participants):
        return False
    return _may_agree(r, sides(other), max_extra, day_of(other))


def _may_agree(r: Report, theirs: dict[str, str], max_extra: int, their_day: date | None = None) -> bool:
    day = day_of(r)
    mine = sides(r)
    if actors_agree(mine, theirs, max_extra, day, their_day):
        return True
    if r.plover in rules().symmetric_types and one_party_of(mine, theirs, day, their_day):
        return True  # the rules decide by the day (kg.identity.link.refusal)
    if r.plover not in rules().condemned_types:
        return False
    people = sorted(k for k in theirs if kind(k) == "person")
    if len(people) > MAX_CONDEMNERS:
        return True  # too many sets to try: let the rules decide
    drops = [frozenset(c) for n in range(1, len(people) + 1) for c in combinations(people, n)]
    if r.source and all(kind(k) == "person" for k in r.source):
        drops.append(r.source)
    for drop in drops:
        x = {k: v for k, v in mine.items() if k not in drop}
        y = {k: v for k, v in theirs.items() if k not in drop}
        if x and y and actors_agree(x, y, max_extra, day, their_day):
            return True
    return False


def _speaks_for(xs: Collection[str], dx: date | None, ys: Collection[str], dy: date | None) -> bool:
    """An actor of ``xs`` is one of ``ys``, or one acts for the other (the UK and its Foreign
    Secretary, a spokesperson and the principal; not two ministers of one government, nor an organ
    and an officer of one body)."""
    return any(x == y or y in acts_for(x, dx) or x in acts_for(y, dy) for x in xs for y in ys)


def _one_statement(a: Report, b: Report) -> bool:
    """Two reports of a statement can be one: both name the speaker and the speakers match
    (:func:`_speaks_for`); the ones it is about match when both name one, and when either does
    not, the speaker is the same actor, not of the ``many_voiced_kinds`` (a state speaks through
    its head, its ministers and its envoys on one day: nothing else ties the two to one of them),
    and both reports state the day."""
    da, db = day_of(a), day_of(b)
    if not _speaks_for(a.source, da, b.source, db):
        return False
    if a.target and b.target:
        return _speaks_for(a.target, da, b.target, db)
    shared = a.source & b.source
    if all(kind(k) in rules().many_voiced_kinds for k in shared):
        return False  # (also where no speaker is shared)
    return a.basis == b.basis == "stated" or _one_day(a, b)


def _one_day(a: Report, b: Report) -> bool:
    """Both reports put the event on one day (stated or not): one speaker's words of one kind and
    day in two reports. A report that gives the words no time of their own (dated by its report),
    published up to ``stated_slack_days`` after the day the other's words give ("said on
    Wednesday"), is that day's report of them: a story filed the next morning, or across a time
    zone."""
    if a.date and a.date == b.date and len(a.date) == 10:
        return True
    return any(x.basis == "report" and y.basis == "stated" and y.date_text
               and x.date and len(x.date) == 10 and y.date and len(y.date) == 10
               and 0 < (date.fromisoformat(x.date) - date.fromisoformat(y.date)).days
               <= rules().stated_slack_days
               for x, y in ((a, b), (b, a)))


def _condemners(a: Report, b: Report, sa: dict[str, str], sb: dict[str, str]) -> frozenset[str]:
    """The sources to set aside when two reports of a ``condemned_types`` event name one target on one
    stated day but sources of different sides, and one report's sources are all persons: the official
    who condemned the event read as its author (:func:`participants_agree`). Empty otherwise."""
    if not (a.basis == b.basis == "stated" and a.target and b.target and a.source and b.source):
        return frozenset()
    if not {sa[k] for k in a.target} & {sb[k] for k in b.target}:
        return frozenset()
    if {sa[k] for k in a.source} & {sb[k] for k in b.source}:
        return frozenset()
    people = [r.source for r in (a, b) if all(kind(k) == "person" for k in r.source)]
    return people[0] if len(people) == 1 else frozenset()


def participants_agree(a: Report, b: Report, symmetric: bool, max_extra: int = 1,
                       statement: bool = False, condemned: bool = False,
                       unarmed: frozenset[str] = frozenset(),
                       one_day: Callable[[], bool] | None = None, mention: Report | None = None) -> bool:
    """The participants agree (:func:`actors_agree`), a directed event is not reversed (compared by
    side), and a ``statement`` (one speaker's words about someone) is one (:func:`_one_statement`).
    In a ``condemned`` type, the persons :func:`_condemners` finds are set aside first; a surname one
    report names alone is the other's full name (:func:`kg.identity.names.named_alike`). Two reports
    of a ``condemned`` type may be reversed when one names no author and the other took its victim,
    of one of the ``unarmed`` kinds, for the author (:func:`_victim_as_source`; the caller gives the
    kinds only for two reports that give the event one day). Two reports that each name one side
    only, the same, one as the doer alone and the other as the one done to alone, are not reversed
    when ``one_day()`` tells they give the event one day (:func:`_one_side_crossed`)."""
    a, b = named_alike(a, b)
    sa, sb = sides(a), sides(b)
    if condemned:
        drop = _condemners(a, b, sa, sb)
        if drop:
            sa = {k: v for k, v in sa.items() if k not in drop}
            sb = {k: v for k, v in sb.items() if k not in drop}
            a = replace(a, source=a.source - drop, target=a.target - drop, participants=a.participants - drop)
            b = replace(b, source=b.source - drop, target=b.target - drop, participants=b.participants - drop)
    # one party of a symmetric event, named in passing after the day the other report gives it
    party = symmetric and mention is not None and _lone_is(mention, a, sa, b, sb)
    if not (actors_agree(sa, sb, max_extra, day_of(a), day_of(b))
            or party and one_party_of(sa, sb, day_of(a), day_of(b))):
        return False
    if statement and not _one_statement(a, b):
        return False
    if symmetric:
        return not another_person(sa, sb)

    def meet(xs: frozenset[str], x_sides: dict, ys: frozenset[str], y_sides: dict) -> bool:
        return bool({x_sides[x] for x in xs} & {y_sides[y] for y in ys})

    crossed = meet(a.source, sa, b.target, sb) or meet(a.target, sa, b.source, sb)
    aligned = meet(a.source, sa, b.source, sb) or meet(a.target, sa, b.target, sb)
    if not crossed or aligned:
        return True
    if condemned and unarmed and (_victim_as_source(a, sa, b, sb, unarmed)
                                  or _victim_as_source(b, sb, a, sa, unarmed)):
        return True
    return one_day is not None and one_side_crossed(a, b, condemned) and one_day()


def one_side_crossed(a: Report, b: Report, condemned: bool) -> bool:
    """:func:`_one_side_crossed` of two reports, not for an attack (``condemned``) whose side is a
    state: a state's forces strike and are struck many times a day in a war."""
    if condemned and any(kind(k) == "state" for k in a.participants | b.participants):
        return False
    return _one_side_crossed(a, sides(a), b, sides(b))


def _one_side_crossed(a: Report, sa: dict[str, str], b: Report, sb: dict[str, str]) -> bool:
    """Each report names one side only, the same one, and no other role: the doer alone in one
    ("the Belarusian authorities forced the plane down"), the one done to alone in the other ("the
    jet was diverted to Belarus", "the Easter attacks in Sri Lanka" read as done to it). A side named
    alone tells nothing of the role the other report gives it: a headline or a passive sentence
    loses the roles ("the coup in Myanmar", "Sri Lanka attacks"), and with nobody else named there
    is no other party the event could be reversed against. The caller asks it only for two reports
    that give the event one day (:func:`participants_agree`), and for an attack (``condemned_types``)
    only when the side is not a state: in a war a state strikes and is struck many times a day
    ("Russia launched strikes", "the strike on Russia"). A report naming a second side keeps the
    direction test ("Russia struck Ukraine" is not "Ukraine struck Russia")."""
    if len(set(sa.values())) != 1 or set(sa.values()) != set(sb.values()):
        return False
    return bool(a.source and not a.target and b.target and not b.source
                or a.target and not a.source and b.source and not b.target)


def _victim_as_source(x: Report, sx: dict[str, str], y: Report, sy: dict[str, str],
                      unarmed: frozenset[str]) -> bool:
    """Report ``x`` names no author of the attack, only whom it hit; report ``y`` names that victim
    as the source, and the victim is a body that wages no war (``unarmed_kinds``: an
    intergovernmental body, an organisation), and ``y`` names no target but states: "the bombing
    of the UN building in Abuja" read as the UN acting on Nigeria, the state of the place where it
    was hit. A victim that can be an author (a state, an armed group, a person, an actor the
    gazetteer does not know) is not read so: "Israel struck Hamas" is not "the attack on Israel"
    of the same day. When ``x`` gives the place where the body was hit, a state ``y`` names is that
    place's: the bombing of the UN office in Kandahar is not the UN acting on Nigeria."""
    if x.source or not x.target:
        return False
    hit = {sx[k] for k in x.target}
    taken = [k for k in y.source if sy[k] in hit]
    if not taken or any(kind(k) not in unarmed for k in taken):
        return False
    if not all(kind(k) == "state" for k in y.target):
        return False
    where = state_of_place(x.place) if x.place else None
    return not (where and y.target and where not in {sy[k] for k in y.target})


def places_differ(a: str, b: str) -> bool:
    """Two place names that cannot be one event's place: in different states as far as the place
    list and the gazetteer know ("Geneva" and "Vienna"), not a city and its region or state
    ("Anchorage" and "Alaska"), nor two names of which one is unknown."""
    if a.casefold() == b.casefold():
        return False
    sa, sb = state_of_place(a), state_of_place(b)
    return bool(sa and sb and sa != sb)
