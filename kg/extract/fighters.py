"""Armed groups the discourse has in mind when a text names none: "the rebels", "the militants",
"the group" read as the armed group named last before them (or, for a lede's fighters, the first
named just after), and fighters "of" a group. A part of ``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token

#: How many sentences on an armed group named after "militants" with no name may be theirs.
_AHEAD = 5


class Fighters:
    """The armed-groups part of ``Discourse`` (a mixin: it uses its ``index``, ``doc`` and ``words``)."""

    def _armed_group_before(self, tok: Token) -> list[str]:
        """ "the rebels", "the militants", "the group", with no name of their own: the armed group
        named last before them; where none is named before them, fighters who act (a lede's subject)
        are the first armed group the text names in the few sentences after theirs."""
        if any(self.index.at(t) is not None for t in tok.subtree if t.i != tok.i):
            return []
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
        if not definite and tok.tag_ != "NNS":
            return []
        before = [m for m in self.index.mentions if m.start < tok.i and not m.modifier and m.how != "pronoun"]
        for m in sorted(before, key=lambda m: -m.start):
            if self._fighters(m):
                return [m.key]
        # a lede's "Militants attacked an outpost" with the group named only further on ("militants
        # allied with the X claimed the raid"): the first armed group named in the sentences after it
        if tok.dep_ != "nsubj":
            return []  # ("killed 40 militants": whoever they were, the deed is told of its doer)
        end = tok.sent.end
        after = [m for m in self.index.mentions if m.start >= end and not m.modifier and m.how != "pronoun"]
        first = min((m for m in after if self._fighters(m)), key=lambda m: m.start, default=None)
        within = first is not None and first.start < self._sentences_on(end, _AHEAD)
        return [first.key] if within else []

    def _fighters(self, m) -> bool:
        armed = self.index.actors[m.key].kind == "group" and m.key not in self.index.unarmed
        return armed or self._called_fighters(m)

    def _sentences_on(self, i: int, n: int) -> int:
        """The token ``n`` sentences on from the sentence that starts at ``i`` (or the text's end)."""
        doc = self.doc
        for _ in range(n):
            if i >= len(doc):
                break
            i = doc[i].sent.end
        return i

    def _fighters_of(self, tok: Token) -> list[str]:
        """Fighters whose "of"/"from" object names an armed group or organisation: they are its own."""
        return [
            m.key
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children
            if o.dep_ == "pobj"
            for m in [self.index.at(o)]
            if m is not None and not m.modifier and self.index.actors[m.key].kind in ("group", "org")
        ]

    def _called_fighters(self, m) -> bool:
        """An organisation the text calls an armed group: "the rebel group, the X", "the rebel X"."""
        root = self.doc[m.start : m.end].root
        phrase = root.head if root.dep_ == "appos" else root
        fighters = self.words.armed_group_nouns - self.words.group_nouns
        near = [phrase, *(c for c in phrase.children if c.dep_ in ("amod", "compound"))]
        return self.index.actors[m.key].kind == "org" and any({t.lower_, t.lemma_} & fighters for t in near)
