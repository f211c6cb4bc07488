"""The extraction passes, in order. Each reads what the passes before it wrote to the document's
state and writes its own fields once:

    publisher      who published the document                     state.publisher
    sentences      the sentences and their character offsets      state.sentences
    mentions       actor mentions resolved to actors              state.index
    coreference    surnames alone, personal pronouns              state.index
    appositions    roles and affiliations from appositions        actors' role, affiliation
    leaders        "the Turkish leader": the head named before     state.index
    media          news organisations and journalists             state.index.media
    triggers       event words and their senses                   state.triggers
    events         event mentions: type, roles, evidence          state.drafts
    modality       asserted, planned, hypothetical, negated       draft.modality
    speech         statements addressed to the other party        draft.target
    timing         the date of every mention                      draft.date
    claims         a claimed deed told before takes its target    state.drafts
    merge          one event per real-world event                 state.events
    cast           the actors the extraction lists                state.actors
    lone sentence  a one-sentence text's type, by a trained model  state.events
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.extract.cast import select_actors
from kg.extract.claims import claims_point_back
from kg.extract.coref import resolve_references
from kg.extract.events import draft_events
from kg.extract.language import load_language
from kg.extract.local_names import local_names
from kg.extract.media import find_media
from kg.extract.mentions import find_mentions
from kg.extract.merge import merge_events
from kg.extract.modality import decide_modality
from kg.extract.people import appositions
from kg.extract.publisher import find_publisher
from kg.extract.sentence_types import type_lone_sentence
from kg.extract.speech import address_statements
from kg.extract.state import DocState
from kg.extract.state_leaders import state_leaders
from kg.extract.timing import date_mentions
from kg.extract.triggers import find_triggers
from kg.model import Document, Extraction, Sentence
from kg.nlp import headline_label_end

NO_DATE_NOTE = "no publication date: relative dates left unresolved"


def split_sentences(state: DocState) -> None:
    """Pass: the sentences, trimmed of surrounding white space (empty ones dropped). A headline's
    label, parsed apart (``kg.nlp.headline_label_end``), is still part of the headline's sentence."""
    text = state.doc.text
    sents = list(state.doc.sents)
    if len(sents) > 1 and headline_label_end(state.doc) == sents[0].end - 1:
        sents = [state.doc[: sents[1].end], *sents[2:]]
    for sent in sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        s = Sentence(len(state.sentences), start, end, text[start:end])
        state.sentences.append(s)
        for tok in sent:
            state.sentence_of_token[tok.i] = s


def note_missing_date(state: DocState) -> None:
    """Pass: a note when relative dates could not be resolved for want of a publication date."""
    if state.document.published is None and any(e.label_ in ("DATE", "TIME") for e in state.doc.ents):
        state.notes.append(NO_DATE_NOTE)


PASSES: tuple[Callable[[DocState], None], ...] = (
    find_publisher,
    split_sentences,
    find_mentions,
    local_names,
    resolve_references,
    appositions,
    state_leaders,
    find_media,
    find_triggers,
    draft_events,
    decide_modality,
    address_statements,
    date_mentions,
    claims_point_back,
    merge_events,
    note_missing_date,
    select_actors,
    type_lone_sentence,
)


def run(document: Document, doc: Doc, nlp, gazetteer) -> Extraction:
    """Actors and events of an already parsed document, through every pass in order."""
    state = DocState(document=document, doc=doc, lang=load_language(), gazetteer=gazetteer, nlp=nlp)
    for step in PASSES:
        step(state)
    return Extraction(document, state.sentences, state.actors, state.events, state.notes)
