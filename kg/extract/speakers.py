"""Who speaks: the actor whose words report an event ("X said ...", "according to X"; a quotation
carried on from an attributed sentence of its paragraph, ``quoted_on``), who "we",
"our" and "I" are in those words or in an official statement, and whose voice an official statement's
own demands are (its publisher's state, or for a body's statement its principal or the body). Read
through ``Discourse`` (kg.extract.reference), whose ``actors_at`` and ``subjects`` it uses."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.senses import to_infinitive
from kg.extract.title_voice import TitleVoice


class Speakers(TitleVoice):
    """The first-person part of ``Discourse`` (a mixin: it uses its ``index``, ``state`` and
    ``publisher``)."""

    def _first_person(self, tok: Token, plural: bool) -> list[str]:
        """ "we", "our", "I": in reported words, the speaker (for "we", the speaker's state when the
        speaker is a person or body of a state); in an official statement, its publisher (its state for
        "we", the office holder of its principal for "I")."""
        if tok.i in self.resolving:
            return []  # a speaker who is this pronoun again ("I think we said we ...")
        appos = [c for c in tok.children if c.dep_ == "appos"] if plural else []
        named = self.actors_at(appos[0], 1) if appos else []
        if named:
            self.named_we = named  # "We, the Leaders of the G7, condemn ...": the text's "we" after it too
            return named
        self.resolving.add(tok.i)
        try:
            speaker = speaker_of(self, tok) or self._quoted_after_colon(tok)
            if speaker is None and plural:
                # "X said the U.S. “continues to ... . We urge the parties ...”": the quotation goes on
                speaker = next(iter(quoted_on(self, tok)), None)
        finally:
            self.resolving.discard(tok.i)
        if speaker is not None:
            side = self._side_of(speaker, ("person", "org")) if plural else None
            # "we" of a spokesperson: the state, and the one who speaks for it
            return [side, speaker] if side else [speaker]
        if plural and self.named_we:
            return list(self.named_we)
        own = not _in_quotes(tok)  # (the text's own words, not words it quotes)
        if not plural and own and (voice := self._title_voice(plural)):
            return voice  # "Remarks by Secretary X at Y": "I" is X
        pub = self.publisher
        if plural and pub.readout and not (pub.country or pub.body) and own:
            # "The Agency condemns X. ... we call upon Y": the Agency
            return self._statement_issuer() or self._title_voice(plural)
        if not plural and self._principal_speaks():
            return self._principal(pub.body)  # "Statement by the Secretary-General": "I" is its holder
        if not (pub.readout and pub.country and pub.country in self.state.gazetteer.entries):
            # "Declaration by the High Representative on behalf of the EU": "we" is the EU
            return self._title_voice(plural) if plural and own else []
        if plural:
            return [self.index.of_entry(self.state.gazetteer.entries[pub.country])]
        return self._principal(pub.country)

    def _statement_issuer(self) -> list[str]:
        """Who issues an official statement whose publisher no list knows: the state or body that its
        first sentence after the title opens with, speaking in the present ("The Agency expresses its
        concern ...", "The Council condemns ..."); [] where the statement does not open so."""
        text = self.doc.text
        body = text.find("\n\n")
        title = (self.state.document.title or "").strip()
        start = body + 2 if body >= 0 and title and text[:body].strip() == title else 0
        sent = next((s for s in self.doc.sents if s.start_char >= start and s.text.strip()), None)
        if sent is None or sent.root.tag_ != "VBZ" or sent.root.pos_ != "VERB":
            return []
        for c in sent.root.children:
            m = self.index.at(c) if c.dep_ == "nsubj" else None
            if m is not None and self.index.actors[m.key].kind in ("state", "igo", "org"):
                return [m.key]
        return []

    def _titled_speaker(self) -> list[str]:
        """ "DiCarlo: “the long list of attacks ...”": a title that opens with a person's name and a
        colon gives the words of the text that follows as that person's."""
        title = (self.state.document.title or "").strip()
        colon = title.find(":")
        if colon <= 0 or not self.doc.text.startswith(title):
            return []
        for m in self.index.mentions:
            last = self.doc[m.end - 1]
            if last.idx + len(last.text) == colon and self.index.actors[m.key].kind == "person":
                return [m.key]  # (the name ends right at the colon)
        return []

    def _publisher_state(self) -> list[str]:
        """The state of an official publisher, as an actor of the document ([] when there is none)."""
        entry = self.state.gazetteer.entries.get(self.publisher.country or "")
        return [self.index.of_entry(entry)] if entry is not None else []

    def _publisher_voice(self, tok: Token) -> list[str]:
        """Who demands what an official statement says must be done: the publisher's state; for the
        statement of a body that speaks for no state (the UN's), its principal where the title names
        the principal's office ("Statement by the Spokesperson for the Secretary-General"), else the
        body itself, in the statement's own words (not in words it quotes)."""
        pub = self.publisher
        if pub.country:
            return self._publisher_state()
        if not (pub.readout and pub.body):
            return self._titled_speaker() if not _in_quotes(tok) else []
        if any(t.is_quote for t in tok.sent[:2]):
            return []  # a quotation: someone's words the statement passes on
        told = [a for a in (tok, *tok.ancestors) if a.dep_ == "ccomp"]
        if any(c.dep_ == "nsubj" for a in told for c in a.head.children):
            return []  # "the members reminded States that they must ...": the members' demand
        if self._principal_speaks():
            return self._principal(pub.body)
        entry = self.state.gazetteer.entries.get(pub.body)
        return [self.index.of_entry(entry)] if entry is not None else []

    def _principal_speaks(self) -> bool:
        """A body's statement whose title names its principal's office ("Statement by the
        Secretary-General"): its first person is the office holder."""
        pub = self.publisher
        if not (pub.readout and pub.body and pub.principal and not pub.country):
            return False
        title = (self.state.document.title or "").lower().replace("-", " ")
        return pub.principal.lower() in title

    def _principal(self, of: str | None) -> list[str]:
        """The holder of the publisher's principal office of ``of`` on the day of the document."""
        if not (of and self.publisher.principal):
            return []
        try:
            holder = self.state.gazetteer.holder(self.publisher.principal, of, self.state.document.published)
        except (OSError, KeyError, ValueError):
            holder = None
        return [self.index.of_entry(holder)] if holder is not None else []

    def _teller_group(self, tok: Token) -> list[str]:
        """ "Officials said they had asked ...", "... killed on their side": "they" in a reported clause
        is the plural subject of the verb of saying that reports it."""
        verb = self._saying_verb(tok, 6)
        if verb is None:
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i]
        plural = [c for c in subj if c.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in c.children)]
        # a subject that names someone ("Kenyan officials"), not a bare noun ("officials"); or a named
        # group ("The Houthis said they ...")
        named = [c for c in plural if any(self.index.at(t) is not None for t in c.subtree)]
        named += [c for c in subj if c not in plural and self._named_group(c)]
        return [a for c in named for a in self.actors_at(c, 1)]

    def _noun_teller(self, tok: Token) -> list[str]:
        """ "the rebels' statement that they had pulled out", "Seoul's pledge that it would resume
        talks", "Russia's pledge to withdraw its troops": the subject pronoun of the clause that tells
        what a noun of saying or undertaking says, and a pronoun in its infinitive, which has no subject
        of its own, are whoever said or undertook it (the noun's owner, its "by", "from" or "of"), as the
        subject of a verb of saying is for "X said it would"."""
        clause, steps = tok.head, 0
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i and steps < 3:
            clause, steps = clause.head, steps + 1
        noun = clause.head
        if clause.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
            return []
        word = noun.lemma_.lower()
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        told = tok in subjects and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        if not (told and word in self.lex.speech_act_nouns or not subjects and to_infinitive(clause)
                and (word in self.lex.act_nouns or word in self.lex.conduct_nouns)):
            return []
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [
            p
            for c in noun.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return [a for o in owners for a in self.actors_at(o, 1)]

    def _named_group(self, tok: Token) -> bool:
        m = self.index.at(tok)
        return m is not None and tok.pos_ == "PROPN" and self.index.actors[m.key].kind == "group"

    def _saying_verb(self, tok: Token, steps: int | None = None) -> Token | None:
        """The verb of saying whose reported clause ``tok`` is in ("X said *they had ...*"), looking at
        most ``steps`` heads up (all the way to the root where None)."""
        cur = tok
        for _ in range(len(tok.doc) if steps is None else steps):
            if cur.head.i == cur.i:
                return None
            via, cur = cur.dep_, cur.head
            if via in ("ccomp", "parataxis") and cur.lemma_.lower() in self.lex.speech_verbs:
                return cur
        return None

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


def _in_quotes(tok: Token) -> bool:
    """The word is inside a quotation of its sentence (an odd number of quote marks before it)."""
    return sum(1 for t in tok.doc[tok.sent.start : tok.i] if t.is_quote) % 2 == 1


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


def _named_after(ds, verb: Token) -> list[str]:
    """ "“...,” said Under Secretary for Terrorism X.": the person named after a verb of saying that
    follows a quotation, where the parse finds it no subject."""
    if verb.i == 0 or not any(t.is_quote for t in verb.doc[max(verb.sent.start, verb.i - 2) : verb.i]):
        return []
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        m = ds.index.at(t)
        if m is not None and ds.index.actors[m.key].kind == "person":
            return [m.key]
    return []


def quoted_on(ds, clause: Token) -> list[str]:
    """ "“...,” said X. “The militia's presence is a destabilizing force.”": a sentence inside a
    quotation that an earlier sentence of its paragraph opened or attributed is the words of that
    sentence's speaker (the subject of its verb of saying)."""
    sent = clause.sent
    text = ds.doc.text
    start = text.rfind("\n\n", 0, sent.start_char)
    start = 0 if start < 0 else start + 2  # (where its paragraph begins)
    before = text[start : sent.start_char]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    if not (opened or sent[0].is_quote or sent[0].is_space and len(sent) > 1 and sent[1].is_quote):
        return []
    while sent.start > 0 and sent.start_char > start:
        sent = ds.doc[sent.start - 1].sent
        if not any(t.is_quote for t in sent):
            return []  # (the quotation began no earlier)
        for verb in sent:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in ds.lex.speech_verbs:
                found = ds.subjects(verb) or _named_after(ds, verb)
                if found:
                    return found[:1]
    return []


def reported_on(ds, tok: Token) -> list[str]:
    """ "Ms. X stressed that ... . It is, therefore, imperative that ...": a sentence that names no
    speaker, right after a sentence of its paragraph whose main verb reports someone's words, goes on
    with that someone's words (their subject). [] where the sentence before is not such a report."""
    sent = tok.sent
    text = ds.doc.text
    if sent.start == 0 or "\n\n" in text[ds.doc[sent.start - 1].sent.start_char : sent.start_char]:
        return []
    before = ds.doc[sent.start - 1].sent
    root = before.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in ds.lex.speech_verbs:
        return []
    if not any(c.dep_ == "ccomp" for c in root.children):
        return []  # "X said on Monday": no words reported to go on with
    return ds.subjects(root)[:1]
