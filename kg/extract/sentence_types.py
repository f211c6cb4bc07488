"""A text of one sentence (a record of a coded-sentence set, a headline fed alone) that the rules find
no event in takes the type a trained model finds most likely for it, with the actors the sentence
names (or the party its subject names without naming who) as participants and no roles; where the
rules find events but none of the type the model finds very likely, that type is added the same way.
The model (``ontology/models/sentence_types``, a spaCy bag-of-words text classifier over lemma
unigrams and bigrams) is trained by ``scripts/train_sentence_types.py`` on the sentences of
``tests/data``; its thresholds and the name the event carries as ``dip:codedBy`` are in
``ontology/sentence_types.yaml``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.state import DocState
from kg.model import Event, EventMention, Mention
from kg.plover import plover_scheme
from kg.resources import load_yaml, ontology_dir

MODEL_DIR: Path = ontology_dir() / "models" / "sentence_types"


@dataclass(frozen=True)
class SentenceTypeRules:
    threshold: float
    second_opinion: float
    coder: str


@cache
def sentence_type_rules() -> SentenceTypeRules:
    data = load_yaml("sentence_types.yaml")
    return SentenceTypeRules(float(data["threshold"]), float(data["second_opinion"]), str(data["coder"]))


def features(doc: Doc) -> list[str]:
    """The words the model reads: the lowercase lemmas of a parsed text, without punctuation."""
    return [t.lemma_.lower() for t in doc if not (t.is_space or t.is_punct)] or ["-"]


@cache
def _model() -> Language:
    import spacy

    return spacy.load(MODEL_DIR)


def type_scores(words: list[str]) -> dict[str, float]:
    """The probability of each PLOVER type for a sentence given by its feature words."""
    model = _model()
    return dict(model.get_pipe("textcat_multilabel")(Doc(model.vocab, words=words)).cats)


def _party_nouns(state: DocState) -> frozenset[str]:
    lang = state.lang
    w = lang.words
    roles = lang.roles
    return (frozenset(lang.parties) | roles.state_agents | roles.collectives | roles.office_words
            | w.party_words | w.group_heads | w.people_words | w.group_nouns | w.armed_group_nouns
            | w.protester_nouns)


def _unnamed_subject(state: DocState) -> str | None:
    """The party the main verb's subject names without naming who ("They agreed ...", "The leaders
    discussed ...", "Militants attacked ..."): a party of this text alone, with its mention; None
    where the subject is no party ("The recipe calls for ...") or there is none."""
    root = next(state.doc.sents).root
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    word, lemma = subject.lower_, subject.lemma_.lower()
    if word in state.lang.party_pronouns:
        label = state.lang.party_pronouns[word]
        kind = "person" if label == state.lang.party_pronouns.get("he") else "group"
    elif {word, lemma} & _party_nouns(state):
        label, kind = word, state.lang.parties.get(word) or state.lang.parties.get(lemma) or "group"
    else:
        return None
    key = state.own_actor(label, kind)
    actor = state.index.actors[key]
    start, end = subject.idx, subject.idx + len(subject.text)
    actor.mentions.append(Mention(start, end, subject.text, state.sentences[0].index))
    state.actors.append(actor)
    return key


def _participants(state: DocState) -> list[str]:
    """The actors the extraction lists, in the order it lists them (news media are none); where it
    lists none, the party the subject names without naming who, as coders of single sentences code an
    actor they cannot name."""
    keys = [a.key for a in state.actors if a.key not in state.index.media]
    if keys:
        return keys
    key = _unnamed_subject(state)
    return [key] if key else []


def type_lone_sentence(state: DocState) -> None:
    """Pass: the model's event for a text of one sentence where the rules found no event, or none of
    the type the model finds very likely."""
    if len(state.sentences) != 1:
        return
    rules = sentence_type_rules()
    scores = type_scores(features(state.doc))
    best = max(scores, key=lambda t: (scores[t], t))
    if scores[best] < (rules.second_opinion if state.events else rules.threshold):
        return
    if any(e.plover == best for e in state.events):
        return
    keys = _participants(state)
    if not keys:
        return
    sentence = state.sentences[0]
    root = next(state.doc.sents).root
    trigger = Mention(root.idx, root.idx + len(root.text), root.text, sentence.index)
    raw = f"{state.document.id}|{best}|{trigger.start}|{trigger.end}|{','.join(sorted(keys))}"
    published = state.document.published
    state.events.append(Event(
        key=hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16],
        plover=best,
        cameo=plover_scheme().root_of(best),
        participants=keys,
        date=published.isoformat() if published else None,
        date_basis="report" if published else None,
        mentions=[EventMention(trigger, sentence)],
        coder=rules.coder,
    ))
