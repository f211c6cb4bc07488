"""Places that did nothing: a relative clause of a deed the parser hung on a place ("the attack on a
school in Herat, Afghanistan, which killed 20" tells that the attack killed them, not Afghanistan), and
a place named before a deed noun ("the Kharkiv attack": where it was done, not by whom). A part of
``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Trigger


class Antecedents:
    """The places part of ``Discourse`` (a mixin: it uses its ``doc``, ``index``, ``lex``, ``roles``,
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

    def struck_place(self, c: Token, spec: Trigger | None) -> bool:
        """``c`` modifies a deed noun of ``spec`` and names a place ("the Kharkiv attack", "a Mogadishu
        bombing", "the Moscow concert hall attack"): where the deed was done, as in "the attack in
        Kharkiv", not who did it. A name the grammar makes an owner does it ("Kyiv's drone attacks");
        a demonym or a state's name is no place here ("the Russian attack", "an Iran attack")."""
        if spec is None or not self.lex.rules(spec.plover).named_scene:
            return False
        if c.dep_ not in ("amod", "compound", "nmod") or c.i > c.head.i:
            return False
        m = self.index.at(c)
        return m is not None and m.locative

    def scene_of(self, start: int, end: int) -> bool:
        """The words from ``start`` to ``end`` are nouns that end in a deed noun a place before them
        is the scene of ("[Moscow] Concert Hall Attack")."""
        words = self.doc[start:end]
        return len(words) > 0 and all(t.pos_ in ("NOUN", "PROPN") and t.is_alpha for t in words) and any(
            c.plover and self.lex.rules(c.plover).named_scene
            for c in self.lex.candidates(words[-1].lemma_.lower())
        )
