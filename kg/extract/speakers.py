"""Who speaks: the actor whose words report an event ("X said ...", "according to X"), and who "we",
"our" and "I" are in those words or in an official statement. Read through ``Discourse``
(kg.extract.reference), whose ``actors_at`` and ``subjects`` it uses."""

from __future__ import annotations

from spacy.tokens import Token


class Speakers:
    """The first-person part of ``Discourse`` (a mixin: it uses its ``index``, ``state`` and
    ``publisher``)."""

    def _first_person(self, tok: Token, plural: bool) -> list[str]:
        """ "we", "our", "I": in reported words, the speaker (for "we", the speaker's state when the
        speaker is a person or body of a state); in an official statement, its publisher (its state for
        "we", the office holder of its principal for "I")."""
        if tok.i in self.resolving:
            return []  # a speaker who is this pronoun again ("I think we said we ...")
        self.resolving.add(tok.i)
        try:
            speaker = speaker_of(self, tok) or self._quoted_after_colon(tok)
        finally:
            self.resolving.discard(tok.i)
        if speaker is not None:
            side = self._side_of(speaker, ("person", "org")) if plural else None
            # "we" of a spokesperson: the state, and the one who speaks for it
            return [side, speaker] if side else [speaker]
        pub = self.publisher
        if not (pub.readout and pub.country and pub.country in self.state.gazetteer.entries):
            return []
        if plural:
            return [self.index.of_entry(self.state.gazetteer.entries[pub.country])]
        if pub.principal:
            try:
                holder = self.state.gazetteer.holder(
                    pub.principal, pub.country, self.state.document.published
                )
            except (OSError, KeyError, ValueError):
                holder = None
            if holder is not None:
                return [self.index.of_entry(holder)]
        return []

    def _quoted_after_colon(self, tok: Token) -> str | None:
        """ "Foreign Secretary X said:" and the paragraphs after it: the words are X's."""
        sent = tok.sent
        for _ in range(6):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            words = [t for t in sent if not t.is_space]
            if len(words) < 2 or words[-1].text != ":":
                continue
            verb = words[-2]
            if verb.lemma_.lower() in self.lex.speech_verbs and verb.pos_ == "VERB":
                found = self.subjects(verb)
                return found[0] if found else None
            return None
        return None


def speaker_of(ds, tok: Token) -> str | None:
    """The actor whose words report the event of ``tok`` ("according to X", "X said ..."); never a
    news organisation or journalist, who only pass the words on.
    """
    found = _speaker(ds, tok)
    return None if found in ds.index.media else found


def _speaker(ds, tok: Token) -> str | None:
    """The actor whose words report the event of ``tok`` ("according to X", "X said ...")."""
    speech_verbs = ds.lex.speech_verbs
    cur = tok
    for _ in range(8):
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for to in c.children:
                    for p in to.children:
                        found = ds.actors_at(p) if p.dep_ == "pobj" else []
                        if found:
                            return found[0]
            if (
                c.dep_ in ("parataxis", "ccomp")
                and c.lemma_.lower() in speech_verbs
                and c.pos_ == "VERB"
                and c.i != tok.i
            ):
                subj = ds.subjects(c)
                if subj:
                    return subj[0]
        if cur.head.i == cur.i:
            return None
        via = cur.dep_
        cur = cur.head
        if via == "conj" and cur.lemma_.lower() in speech_verbs:
            return None  # "X said ..., and Y did": Y's clause is not reported speech
        if cur.lemma_.lower() in speech_verbs and cur.pos_ == "VERB" and via in ("ccomp", "parataxis"):
            subj = ds.subjects(cur)
            return subj[0] if subj else None
    return None
