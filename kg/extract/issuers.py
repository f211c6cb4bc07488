"""Who a text speaks for: "a statement from the ministry called on X", "the resolution demands that
X ...", "the communiqué urged X": the subject that is a text issued by a body acts for whoever issued
it, named in its own phrase ("from X", "X's", "issued by X") or, where it names none, the body or
person the sentence before or the same sentence names as its subject ("The Council voted to impose
sanctions. The resolution demands ..."). A part of ``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token


class Issuers:
    """The issuer part of ``Discourse`` (a mixin: it uses its ``doc``, ``index``, ``words``,
    ``actors_at`` and ``_named_before``)."""

    def _issuer(self, tok: Token, depth: int) -> list[str]:
        """The issuer of the text the subject ``tok`` names ([] when none is found)."""
        owning = [
            c
            for c in tok.children
            if c.dep_ == "poss"
            or c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
            or c.dep_ == "acl" and c.tag_ == "VBN"
        ]
        if owning:  # (a text of someone the text does not name, "the rebels' statement": no one's)
            return [
                a
                for c in owning
                for t in ([c] if c.dep_ == "poss" else c.subtree)
                if t.dep_ in ("poss", "pobj") and (t.i == c.i or t.head.i == c.i or t.head.head.i == c.i)
                for a in self.actors_at(t, depth + 1)
            ]
        for m in self._named_before(tok.i):
            if m.locative or m.modifier or m.key in self.index.media:
                continue
            head = self.doc[m.start : m.end].root
            if head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX"):
                return [m.key]
        return []
