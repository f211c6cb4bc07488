"""Names the NER took for people's that name no one: a place the text names as a place elsewhere ("a
push toward Nahr el-Bared" makes "Nahr el-Bared is home to ..." a place too), a noun for people
("Member States"), a document ("Statement Commemorating ..."), a name with "the" ("the Sahel"), a
word in capitals ("the vessel RWABEE"), a common word the text also writes in lower case ("Border
tensions rose" beside "the border"), and a place named with its state ("at Cam Ranh, Vietnam").
Read by the mention finder before it resolves a name; names the gazetteer knows are not its
business."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from kg.extract.language import Language
from kg.extract.name_words import all_written_lower, bare_venue, lower_words, only_letters
from kg.extract.people import headline
from kg.extract.things import place_name, thing_name

#: the NER's labels of places
_PLACES = ("GPE", "LOC", "FAC")
#: the articles that make a capitalised word a common noun's name, not a person's
_ARTICLES = ("the", "a", "an")


def _mostly_capitals(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha]
    return sum(t.is_upper for t in words) > len(words) / 2


class NonPersons:
    """Tells which of a document's PERSON entities name no person."""

    def __init__(self, doc: Doc, lang: Language, gazetteer) -> None:
        self.doc, self.lang, self.gaz = doc, lang, gazetteer
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        #: names the text uses as places or things somewhere, or the NER reads as places elsewhere
        self.places = {e.text for e in people if place_name(e, lang) or thing_name(e, lang)}
        # the NER reads it as a place elsewhere, at least as often as it reads it as a person's name
        # (a full name it takes once for a building among more readings as a person is a person's)
        read = Counter((e.text, e.label_ in _PLACES) for e in doc.ents if e.label_ in (*_PLACES, "PERSON"))
        self.places |= {text for (text, place) in read if place and read[text, True] >= read[text, False]}
        #: words of longer names of people ("Price" after "Ned Price")
        self.name_words = {t.text for e in people if len(e) > 1 for t in e}
        #: words the text writes in lower case, as written and as lemmas
        self.lower_words = lower_words(doc)

    def __call__(self, ent: Span) -> bool:
        """Whether the PERSON entity ``ent`` names no person, or the ORG entity ``ent`` no body."""
        if self.gaz.lookup(ent.text) is not None:
            return False
        if only_letters(ent) or bare_venue(ent) or self._headline_words(ent):
            return True
        if ent.label_ != "PERSON":
            return False
        words, roles = self.lang.words, self.lang.roles
        return (
            ent.text in self.places
            or place_name(ent, self.lang)
            or thing_name(ent, self.lang)
            or ent[-1].lower_ in roles.collectives | roles.person_collectives
            or ent[0].lower_ in words.document_nouns
            or self._with_article(ent)
            or self._in_capitals(ent)
            or self._common_word(ent)
            or self._with_its_state(ent)
            or self._party_word(ent)
        )

    def _headline_words(self, ent: Span) -> bool:
        """ "Violence Erupts in ...", "Militants Attack Hotel": capitalised words of a title-case
        headline that the text also writes in lower case."""
        lowercase = self.lang.words.headline_lowercase
        return headline(ent.sent, lowercase) and all_written_lower(ent, lowercase)

    def _party_word(self, ent: Span) -> bool:
        """ "Riot police fired tear gas", "Border guards opened fire": a sentence's capitalised first
        word that qualifies the noun for a kind of party after it, not a person's name."""
        word, nxt = ent[0], self.doc[ent.end] if ent.end < len(self.doc) else None
        if len(ent) != 1 or not word.is_sent_start or word.text in self.name_words or nxt is None:
            return False
        parties = self.lang.parties
        return word.head.i == nxt.i and (nxt.lower_ in parties or nxt.lemma_.lower() in parties)

    def _with_article(self, ent: Span) -> bool:
        """ "the Sahel": an article that belongs to the name."""
        before = self.doc[ent.start - 1] if ent.start else None
        return before is not None and before.lower_ in _ARTICLES and ent.start <= before.head.i < ent.end

    def _in_capitals(self, ent: Span) -> bool:
        """ "the vessel RWABEE": one word in capitals in a line that is not in capitals."""
        word = ent[0].text
        if len(ent) != 1 or len(word) < 3 or not (word.isalpha() and word.isupper()):
            return False
        return not _mostly_capitals(ent.sent)

    def _common_word(self, ent: Span) -> bool:
        """ "Border tensions rose" where the text also speaks of "the border": one word no longer name
        holds, which the text writes in lower case too."""
        word = ent[0].text
        if len(ent) != 1 or word in self.name_words or not word.isalpha():
            return False
        return word.lower() in self.lower_words

    def _with_its_state(self, ent: Span) -> bool:
        """ "at Cam Ranh, Vietnam": a name after a preposition of place, followed by a state's name."""
        doc, root = self.doc, ent.root
        if not (root.dep_ == "pobj" and root.head.lower_ in self.lang.roles.locative):
            return False
        if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return False
        nxt = doc[ent.end + 1]
        hit = self.gaz.lookup(nxt.text) if nxt.text[:1].isupper() else None
        after = doc[ent.end + 2] if ent.end + 2 < len(doc) else None
        owned = after is not None and after.tag_ == "POS"
        return hit is not None and hit[0].kind == "state" and not owned
