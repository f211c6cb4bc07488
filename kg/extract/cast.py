"""The actors an extraction lists: those that take part in an event or are named as political
actors (not only as places, titles of people or pronouns), each with every mention of it. The last
extraction pass."""

from __future__ import annotations

from kg.extract.state import DocState
from kg.model import Mention


def select_actors(state: DocState) -> None:
    """Pass: ``state.actors``, with their mentions as character spans."""
    doc, index, text = state.doc, state.index, state.document.text
    used = {k for e in state.events for k in (*e.participants, *e.source, *e.target, e.speaker) if k}

    mentions: dict[str, list[Mention]] = {}
    seen: set[tuple[str, int, int]] = set()
    strong: set[str] = set()
    names: dict[str, list[str]] = {}
    for m in sorted(index.mentions, key=lambda m: m.start):
        span = doc[m.start : m.end]
        sentence = state.sentence_of_token.get(m.start)
        start, end = m.chars or (span.start_char, span.end_char)
        mention = Mention(start, end, text[start:end], sentence.index if sentence else 0)
        if (m.key, start, end) not in seen:
            seen.add((m.key, start, end))
            mentions.setdefault(m.key, []).append(mention)
        if not (m.locative or m.modifier or m.how == "pronoun") and m.key not in index.media:
            strong.add(m.key)
        if m.how in ("name", "ner", "group") and not m.chars:
            names.setdefault(m.key, []).append(" ".join(text[start:end].split()))
    for key, found in mentions.items():
        if key in used or key in strong:
            actor = index.actors[key]
            actor.mentions = found
            actor.names = [n for n in dict.fromkeys(names.get(key, ())) if n != actor.label]
            state.actors.append(actor)
