"""The training loop the scripts' spaCy text classifiers share: seeded, so a model is the same on
every run."""

from __future__ import annotations

import random

import spacy
from spacy.language import Language
from spacy.training import Example


def fit(nlp: Language, examples: list[Example], epochs: int, seed: int) -> Language:
    """Train ``nlp`` on ``examples``: ``epochs`` passes in a seeded shuffled order, batches of 16, no
    dropout."""
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        order = list(examples)
        rng.shuffle(order)
        for batch in spacy.util.minibatch(order, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp
