"""What a relative clause of a deed is about when the parser hung it on a place: "the attack on a
school in Herat, Afghanistan, which killed 20" tells that the attack killed them, not Afghanistan. A
part of ``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token


class Antecedents:
    """The relative-clause part of ``Discourse`` (a mixin: it uses its ``index``, ``lex``, ``roles``,
    ``words`` and ``positions``)."""

    def place_antecedent(self, clause: Token) -> bool:
        """The relative clause ``clause`` tells of a deed and hangs on a place ("an attack on Sumy,
        Ukraine, which killed 34"): the place did nothing. (A verb whose object is an event word of
        another kind is no deed: "Washington, which struck a defence accord with X".)"""
        spec = self.positions.get(clause.i)
        deed = spec is not None and self.lex.rules(spec.plover).deed
        if not deed or any(c.dep_ == "dobj" and c.i in self.positions for c in clause.children):
            return False
        tok = clause.head
        m = self.index.at(tok)
        while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
            tok = tok.head  # "Sumy, Ukraine"
        placed = tok.dep_ == "pobj" and tok.head.lower_ in self.roles.place_preps
        return placed or m is not None and m.locative

    def antecedent_event(self, verb: Token) -> Token | None:
        """The deed word a relative clause tells more of when the parser hung it on a place in that
        word's phrase ("the attack on a school in Herat, which killed 20": the attack killed them)."""
        pronouns = self.words.relative_pronouns
        relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in pronouns for c in verb.children)
        cur = verb.head
        for _ in range(8 if relative and verb.dep_ == "relcl" else 0):
            spec = self.positions.get(cur.i)
            if spec is not None:
                return cur if cur.pos_ == "NOUN" and self.lex.rules(spec.plover).deed else None
            if cur.dep_ not in ("appos", "conj", "compound", "pobj", "prep") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None
