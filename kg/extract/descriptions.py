"""Who a definite description stands for: "the kingdom", "the alliance", "the country" with no name of
their own are the actor of that kind the text named last. A part of ``Discourse``
(kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: how many sentences before its own a description may look back for the actor it stands for
_REACH = 3
_SUBJECTS = ("nsubj", "nsubjpass")
#: the parts of a clause a description may play and still stand for an actor (not "across the country")
_PARTS = (*_SUBJECTS, "dobj", "poss")


class Descriptions:
    """The definite-description part of ``Discourse`` (a mixin: it uses its ``doc``, ``index`` and
    ``words``)."""

    def described_before(self, tok: Token) -> list[str]:
        """ "the kingdom" (a noun of ``kind_nouns`` with "the" and no name or demonym of its own): the
        actor of a fitting kind named last, in its sentence before it or in the sentences before in the
        same paragraph; none where that sentence names two such actors and not just one as a subject
        ("Kenya and Uganda met. The country ..."), nor for a place named only as a place. Only as a
        subject, object or owner ("the kingdom's", "by the kingdom"), not as a place ("in the country")."""
        kinds = self.words.kind_nouns.get(tok.lower_)
        if not kinds or not self._bare_description(tok):
            return []
        agent = tok.dep_ == "pobj" and tok.head.lower_ == "by"
        if tok.dep_ not in _PARTS and not agent:
            return []
        first = tok.left_edge.i
        for sent in self._reach(tok):
            found = [
                m
                for m in self.index.mentions
                if sent.start <= m.start < min(sent.end, first)
                and not m.modifier
                and not m.locative
                and m.how != "pronoun"
                and self.index.actors[m.key].kind in kinds
            ]
            keys = list(dict.fromkeys(m.key for m in found))
            if len(keys) == 1:
                return keys
            subjects = list(dict.fromkeys(m.key for m in found if self._subject_mention(m)))
            if keys:
                # "Kenya warned Eritrea. The country ...": the subject before, for a subject; in its
                # own sentence two are two
                later = sent.start != tok.sent.start and tok.dep_ in _SUBJECTS
                return subjects if later and len(subjects) == 1 else []
        return []

    def _bare_description(self, tok: Token) -> bool:
        """ "the country", "the island nation": "the", at most words of ``kind_modifiers``, no name."""
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return False
        plain = self.words.kind_modifiers
        if any(c.dep_ != "det" and not (c.dep_ in ("amod", "compound") and c.lower_ in plain) for c in kids):
            return False
        return not any(
            t.i != tok.i and (t.pos_ == "PROPN" or self.index.at(t) is not None) for t in tok.subtree
        )

    def _reach(self, tok: Token) -> list[Span]:
        """The sentence of ``tok`` and up to ``_REACH`` before it, latest first, not past a paragraph."""
        out = [tok.sent]
        while len(out) <= _REACH and out[-1].start > 0:
            before = self.doc[out[-1].start - 1].sent
            words = [t for t in before if not t.is_space]
            end = words[-1].idx + len(words[-1]) if words else before.start_char
            if "\n" in self.doc.text[end : out[-1].start_char]:
                break
            out.append(before)
        return out

    def _subject_mention(self, m) -> bool:
        root = self.doc[m.start : m.end].root
        while root.dep_ in ("compound", "conj", "appos") and root.head.i != root.i:
            root = root.head
        return root.dep_ in _SUBJECTS or root.dep_ == "poss" and root.head.dep_ in _SUBJECTS
