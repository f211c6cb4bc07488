"""Who a definite description of a group stands for: "the two leaders", "both countries", "the three
nations", "the two nuclear-armed neighbours", "the two", "the countries", and "both" or "all" as a
subject. The kind of its noun says whom it can be (people for "leaders", "ministers", "men"; states and
bodies for "countries", "nations"), and its count how many: the last group the text named with that
many actors of that kind, coordinated ("X and Y") or taking part in one event together, in its
sentence or the few before; a description that counts no one ("the countries") looks only as far back
as the sentence before, for a group of two or more. Where none is near, a description of states or
bodies stands for the one such group the text has named, however far back ("the Eritrea-Ethiopia
border" in the lead, "the countries fought a war" at the end), and for none where the text named
several. A part of ``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token

#: how many sentences before its own a counted description may look back for its group
_REACH = 4
_BODIES = ("state", "igo", "org", "group")
_PERSONS = ("person",)
_ANY = (*_PERSONS, *_BODIES)
#: the kinds of actor a description of a group may stand for, and how many (None: two or more)
_Described = tuple[tuple[str, ...], int | None]


class Counted:
    """The group-description part of ``Discourse`` (a mixin: it uses its ``doc``, ``index``,
    ``words``, ``roles``, ``plurals``, ``pairs``, ``history``, ``_since`` and ``_plural_before``)."""

    def counted_group(self, tok: Token) -> list[str]:
        """ "the two leaders", "both nations", "the two", "the countries": the last group of actors of
        the noun's kind and of its count named before it; "all" as a subject: the group named last, as
        "they" is. [] where its noun names no group, it names someone itself, or no such group is near
        (the pairs the text named last may still be meant: ``Discourse._collective``)."""
        kids = list(tok.children)
        if tok.lower_ == "all" and tok.pos_ in ("PRON", "DET") and tok.dep_ == "nsubj" and not kids:
            return self._plural_before(tok.i)  # "All affirmed their commitment"
        described = self._group_description(tok, kids)
        if described is None:
            return []
        kinds, count = described
        first = tok.left_edge.i
        ours = any(c.dep_ == "poss" for c in kids)
        since = self._since(tok.i, _REACH) if count or ours else self._since(tok.i)
        # a group that did something (a coordinated subject or object, the parties of an event) before a
        # pair only named ("the dispute between X and Y"); not the tail of a longer list ("X, Y and Z"
        # are three, not "Y and Z")
        whole = [[(j, k) for j, k in g if self.doc[j].dep_ != "conj"] for g in (self.plurals, self.pairs)]
        plurals, pairs = whole
        acted = [*plurals, *((d.token, d.participants) for d in self.history)]
        for sides in (False, True):  # the states the people of a group speak for, where none is named
            for groups in (acted, pairs):
                found = [
                    (j, f)
                    for j, keys in groups
                    if since <= j < first
                    for f in [self._members(keys, kinds, count, sides)]
                    if f
                ]
                if found:
                    return list(max(found, key=lambda f: f[0])[1])
        # else, for states and bodies, the one group of them the text has named, however far back ("the
        # countries fought a border war" after "the Eritrea-Ethiopia border" in the lead); none where it
        # named several. (People are told of near where they act: "the officials", "the leaders".)
        kinds = tuple(k for k in kinds if k in _BODIES)
        named = [(j, self._members(keys, kinds, count, False)) for j, keys in [*acted, *pairs] if j < first]
        named = [(j, f) for j, f in named if f]
        one = len({frozenset(f) for _, f in named}) == 1
        return list(max(named, key=lambda f: f[0])[1]) if one else []

    def _group_description(self, tok: Token, kids: list[Token]) -> _Described | None:
        """The kinds of actor and the count (None: two or more) of a definite description of a group,
        or None where ``tok`` is none: "both", "the two" (alone), or "the", "both" or "the" and a number
        before a plural noun of a group ("the leaders", "the two nuclear-armed neighbours"), with no
        name, no owner and no phrase of its own ("the leaders of X" name their group themselves)."""
        if any(t.i != tok.i and (t.pos_ == "PROPN" or self.index.at(t) is not None) for t in tok.subtree):
            return None
        ours = [c for c in kids if c.dep_ == "poss" and c.lower_ in self.roles.first_plural]
        if any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos") and c not in ours for c in kids):
            return None
        low = tok.lower_
        # "our countries", "our two nations": the speaker's and the other's, as "the two" are
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or bool(ours)
        if low == "both" and tok.dep_ in ("nsubj", "nsubjpass") and not kids:
            return _ANY, 2  # "both said ..."
        if tok.pos_ == "NUM":
            n = self.words.count(low)
            return (_ANY, n) if the and len(kids) == 1 and n and n >= 2 else None  # "the two agreed"
        if tok.tag_ not in ("NNS", "NNPS"):
            return None
        counts = [self.words.count(c.lower_) for c in kids if c.dep_ == "nummod"]
        both = any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in kids)
        count = 2 if both else counts[0] if counts else None
        if count is not None and count < 2 or count is None and not the:
            return None
        people = self.words.group_heads | self.roles.person_collectives
        bodies = self.words.party_words
        if low in people and low in bodies:
            return _ANY, count  # "both sides"
        if low in people:
            return _PERSONS, count
        if low in bodies:
            return _BODIES, count
        return None

    def _members(self, keys: list[str], kinds: tuple[str, ...], count: int | None, sides: bool) -> list[str]:
        """The actors of a group that are people, else those that are states or bodies, of ``kinds``, if
        there are ``count`` of them (two or more where None), else []: "Putin and Modi, Russia and
        India" are two leaders and two countries, never "Putin and Russia". With ``sides``, for a noun
        of states or bodies alone, a group of people stands for the states they speak for ("Putin met
        Sisoulith ... our two countries")."""
        for kind in (_PERSONS, _BODIES):
            if not set(kind) & set(kinds):
                continue
            if kind == _BODIES and sides:
                if kinds != _BODIES or any(self._kind(k) in _BODIES for k in keys):
                    return []
                fit = [s for k in keys if self._kind(k) == "person" for s in [self._side_of(k)] if s]
            else:
                fit = [k for k in keys if self._kind(k) in kind]
            fit = list(dict.fromkeys(fit))
            if len(fit) == count or count is None and len(fit) >= 2:
                return fit
        return []

    def _kind(self, key: str) -> str | None:
        actor = self.index.actors.get(key)
        return actor.kind if actor is not None else None
