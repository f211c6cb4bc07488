"""Names of people the NER missed: the small spaCy model reads "Pervez Musharraf condemned the attack"
with no entity at all, or "Taras Kozak, Oleh Voloshyn and ..." with only the surname of the first. A
run of two or three capitalised name words that is the subject of a verb, or stands in a list of
people the NER did find, names a person, unless the gazetteer, the place names or the word lists know
one of its words as something else."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.language import Language
from kg.extract.people import headline

#: entity types a word of a person's name may carry (the NER's partial find, or none)
_PERSON_OR_NONE = ("", "PERSON")


def _name_word(tok: Token) -> bool:
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and text.isalpha()
        and text[:1].isupper()
        and not text.isupper()
        and len(text) > 1
        and tok.ent_type_ in _PERSON_OR_NONE
    )


def _known(tok: Token, lang: Language, gazetteer, title_words: frozenset[str]) -> bool:
    """A word the word lists or the gazetteer know as something other than part of a new name."""
    low = tok.lower_
    w = lang.words
    return (
        low in title_words
        or low in lang.roles.honorifics
        or low in w.institution_words
        or low in w.not_name_words
        or low in w.agency_words
        or low in w.reporting_words
        or low in w.voice_nouns
        or low in w.document_nouns
        or low in w.group_nouns
        or low in w.meeting_nouns
        or low in w.date_words
        or low in w.weekdays
        or low in w.months
        or gazetteer.lookup(tok.text) is not None
    )


def _acts(root: Token) -> bool:
    """The run names someone who does something: the subject of a verb, or one of a list of people the
    NER found ("Taras Kozak, Oleh Voloshyn and Volodymyr Oliynyk")."""
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"):
        return True
    kin = [root.head] if root.dep_ in ("conj", "appos") else []
    kin += [c for c in root.children if c.dep_ in ("conj", "appos")]
    return any(k.ent_type_ == "PERSON" for k in kin)


def missed_people(doc: Doc, lang: Language, gazetteer) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of people's names the NER did not find whole."""
    title_words = frozenset(w for t in lang.roles.titles for w in t)
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        if headline(sent, lang.words.headline_lowercase):
            continue
        i = sent.start
        while i < sent.end:
            if not _name_word(doc[i]):
                i += 1
                continue
            j = i
            while j < sent.end and _name_word(doc[j]):
                j += 1
            run = Span(doc, i, j)
            whole = any(e.label_ == "PERSON" and e.start <= i and e.end >= j for e in doc.ents)
            if (
                2 <= j - i <= 3
                and not whole
                and not any(_known(t, lang, gazetteer, title_words) for t in run)
                and _acts(run.root)
            ):
                out.append((i, j))
            i = j
    return out
