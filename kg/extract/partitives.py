"""People a count or a back-reference names: "hundreds of protesters", "dozens of Russian troops", "12
of the prisoners", "a group of demonstrators" are of the people their "of" phrase names; "those
detained", "the people arrested", "the detainees" are the people an arrest the text told of just
before held. A part of ``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token

#: how many sentences before its own a back-reference to people held may look for their arrest
_REACH = 3


class Partitives:
    """The count and custody part of ``Discourse`` (a mixin: it uses its ``doc``, ``index``,
    ``words``, ``lex``, ``history``, ``_since`` and ``actors_at``)."""

    def partitive(self, tok: Token, depth: int) -> list[str]:
        """ "hundreds of protesters", "dozens of Russian troops", "some of the detainees": the actors of
        the "of" phrase of a number or a noun that counts people; [] for any other word."""
        if self.index.at(tok) is not None or tok.pos_ not in ("NOUN", "NUM", "PRON"):
            return []
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return []  # the doer's own count is read with its verb ("a group of soldiers attacked")
        counts = (
            tok.pos_ == "NUM"
            or tok.ent_type_ == "CARDINAL"
            or tok.lower_ in self.words.crowd_counters
            or tok.lower_ in self.words.count_words
        )
        if not counts:
            return []
        ofs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        return [a for p in ofs if p.dep_ == "pobj" for a in self.actors_at(p, depth + 1)]

    def held_before(self, tok: Token) -> list[str]:
        """ "those detained", "the people arrested", "the detainees": the people an arrest told of in the
        sentence or the few before held (its target); [] for any other phrase."""
        if tok.dep_ in ("nsubj", "nsubjpass") or not self._held_phrase(tok):
            return []  # "those detained include X": whom the sentence names itself
        since = self._since(tok.i, _REACH)
        for d in reversed(self.history):
            if d.token < since or d.token >= tok.i:
                continue
            if d.spec.mode == "arrest" and d.target:
                return list(d.target)
        return []

    def _held_phrase(self, tok: Token) -> bool:
        """A phrase that names people by their being held: "those" or a plural noun of people with a
        participle of custody after it ("those detained", "the people arrested"), or a noun of people
        held with no name or owner of its own ("the detainees")."""
        if tok.pos_ not in ("NOUN", "PRON") or any(
            c.dep_ in ("poss", "compound", "amod") and self.index.at(c) is not None for c in tok.children
        ):
            return False
        if tok.lower_ in self.words.custody_nouns or tok.lemma_.lower() in self.words.custody_nouns:
            return any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in tok.children)
        if tok.lower_ not in self.words.held_words:
            return False
        return any(
            c.dep_ == "acl" and c.tag_ == "VBN" and self._custody(c) for c in tok.children
        )

    def _custody(self, verb: Token) -> bool:
        """The verb is one of holding people: an arrest in the lexicon ("detained", "arrested")."""
        return any(t.mode == "arrest" for t in self.lex.candidates(verb.lemma_.lower()))
