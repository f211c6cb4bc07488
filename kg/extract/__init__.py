"""The extractor: a document's text to actors and events (plain dataclasses, no RDF).

extract(document) -> Extraction
extract_many(documents, n_process=2) -> Iterator[Extraction]   # through nlp.pipe
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.extract.actors import ActorFinder, load_roles, publisher_of
from kg.extract.events import EventFinder, share_sentence_dates
from kg.extract.lexicon import load_lexicon
from kg.extract.merge import merge
from kg.model import Actor, Document, Extraction, Mention, Sentence

__all__ = ["extract", "extract_many", "extract_doc"]

NO_DATE_NOTE = "no publication date: relative dates left unresolved"
#: Phrases that keep the day of the event told just before ("hours earlier", "later that day").
_SAME_DAY = re.compile(
    r"\b(hours|minutes|moments|an hour|a few hours) (earlier|later)\b|"
    r"\b(earlier|later) (that|the same) day\b|\bthe same day\b"
)
#: Dependencies of a verb trigger that mark it as background, not the readout's own news.
_BACKGROUND = {"acl", "relcl", "xcomp", "pcomp", "advcl", "csubj", "amod"}


def _defaults(nlp, gazetteer):
    if nlp is None:
        from kg.nlp import load_model

        nlp = load_model()
    if gazetteer is None:
        from kg.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    return nlp, gazetteer


def extract(document: Document, nlp=None, gazetteer=None) -> Extraction:
    """Actors and events of one document."""
    nlp, gazetteer = _defaults(nlp, gazetteer)
    return extract_doc(document, nlp(document.text), nlp, gazetteer)


def extract_many(
    documents: Iterable[Document], n_process: int = 1, batch_size: int = 16, nlp=None, gazetteer=None
) -> Iterator[Extraction]:
    """Extractions in input order; the parse runs through ``nlp.pipe`` (``n_process=2`` uses both cores)."""
    nlp, gazetteer = _defaults(nlp, gazetteer)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield extract_doc(document, doc, nlp, gazetteer)


def _sentences(doc: Doc) -> tuple[list[Sentence], dict[int, Sentence]]:
    sentences: list[Sentence] = []
    of_token: dict[int, Sentence] = {}
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        s = Sentence(len(sentences), start, end, text[start:end])
        sentences.append(s)
        for tok in sent:
            of_token[tok.i] = s
    return sentences, of_token


def extract_doc(document: Document, doc: Doc, nlp, gazetteer) -> Extraction:
    """Actors and events from an already parsed document."""
    sentences, of_token = _sentences(doc)
    publisher = publisher_of(document)
    index = ActorFinder(doc, document, nlp, gazetteer, publisher).run()
    finder = EventFinder(doc, index, load_lexicon(), load_roles(), publisher, document.published)
    drafts = []
    previous: list = []
    for sent in doc.sents:
        sentence = of_token.get(sent.start) or next((of_token[t.i] for t in sent if t.i in of_token), None)
        if sentence is None:
            continue
        found = finder.drafts(sent, sentence)
        for d in found:
            if d.date is None and publisher.readout and document.published and d.modality == "asserted":
                _readout_date(d, doc, document, sentence, publisher.country)
        share_sentence_dates(found)
        if sentence.index == 0 and _is_title(sentence, document):
            for d in found:
                d.headline = d.modality in ("asserted", "planned") and not _to_come(doc[d.token])
        if previous and _SAME_DAY.search(sentence.text.lower()):
            # "Hours earlier, Russian forces shelled ...": the day of the event told just before
            for d in found:
                if d.date is None and d.modality == "asserted" and not d.subordinate:
                    donor = next((p for p in previous if p.modality == "asserted"), None)
                    if donor is not None and len(donor.date or "") == 10:
                        d.date, d.date_text = donor.date, None
        for d in found:
            if d.date is None and not d.subordinate and _narrated(d, doc):
                # the story goes on with the same people at the time of the sentence before
                # ("They met on Monday. ... Both sides then signed ...")
                donor = next(
                    (
                        p
                        for p in previous
                        if p.modality == d.modality
                        and (d.modality == "planned" or set(p.participants) & set(d.participants))
                    ),
                    None,
                )
                if donor is not None:
                    d.date, d.date_text = donor.date, donor.date_text
        previous = [d for d in found if d.date and not d.subordinate] or previous
        drafts.extend(found)
    events = merge(drafts, document.id)
    notes = []
    if document.published is None and any(e.label_ in ("DATE", "TIME") for e in doc.ents):
        notes.append(NO_DATE_NOTE)
    return Extraction(
        document, sentences, _actors(doc, index, events, of_token, document.text), events, notes
    )


_FUTURE_AUX = {"to", "will", "would", "shall", "'ll", "could", "may", "might", "should", "must", "can"}


def _is_title(sentence: Sentence, document: Document) -> bool:
    title = " ".join((document.title or "").split())
    return bool(title) and " ".join(sentence.text.split()) == title


def _to_come(tok) -> bool:
    """A headline event marked as still to come ("Trump to Meet Putin", "EU Will Weigh Sanctions")."""
    words = [tok] + ([tok.head] if tok.head is not tok else [])
    return any(
        c.dep_ in ("aux", "auxpass", "mark") and c.lower_ in _FUTURE_AUX for w in words for c in w.children
    ) or any(t.lower_ in ("to", "will") and t.i == tok.i - 1 for t in tok.sent)


def _readout_date(d, doc: Doc, document: Document, sentence: Sentence, country: str | None = None) -> None:
    """In an official readout, what the principals do is dated on the publication day."""
    tok = doc[d.token]
    title = (document.title or "").strip()
    headline = sentence.index == 0 and title and sentence.text.strip() == title
    # "the ministers continue to urge ...": the clause's own verb carries the subject
    clause = tok.head if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" else tok
    if headline and d.plover in ("ASSAULT", "MOBILIZE", "COERCE", "RETREAT") and country not in d.source:
        return  # "... following Russian strikes" in a readout's title: others' deeds keep their own time
    if headline or (
        d.is_verb
        and clause.dep_ not in _BACKGROUND
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        d.date, d.date_text = document.published.isoformat(), None


def _narrated(d, doc: Doc) -> bool:
    """A clause of the story itself: a verb, or an event noun a verb of doing governs ("held talks")."""
    tok = doc[d.token]
    return (
        d.is_verb
        and tok.dep_ not in _BACKGROUND - {"xcomp"}
        or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB")
    )


def _actors(doc: Doc, index, events, of_token, text: str) -> list[Actor]:
    """Actors that take part in an event or are named as political actors (not only as places,
    titles of people or pronouns), each with every mention of it."""
    used = {k for e in events for k in (*e.participants, *e.source, *e.target, e.speaker) if k}
    mentions: dict[str, list[Mention]] = {}
    seen: set[tuple[str, int, int]] = set()
    strong: set[str] = set()
    for m in sorted(index.mentions, key=lambda m: m.start):
        span = doc[m.start : m.end]
        sentence = of_token.get(m.start)
        start, end = m.chars or (span.start_char, span.end_char)
        mention = Mention(start, end, text[start:end], sentence.index if sentence else 0)
        if (m.key, start, end) not in seen:
            seen.add((m.key, start, end))
            mentions.setdefault(m.key, []).append(mention)
        if not (m.locative or m.modifier or m.how == "pronoun"):
            strong.add(m.key)
    out = []
    for key, found in mentions.items():
        if key in used or key in strong:
            actor = index.actors[key]
            actor.mentions = found
            out.append(actor)
    return out
