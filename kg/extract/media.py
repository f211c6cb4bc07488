"""The reporters of the news: news organisations ("told Reuters", "VOA's correspondent") and the
journalists who file a story ("VOA correspondent X reports", "Reporting by X"). They are not parties
to what they report: they are no speakers of events, no participants of meetings, and the
extraction lists them as actors only where an event is aimed at them."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.state import DocState


def _media_name(text: str) -> str:
    words = text.lower().replace("’", "'").split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words).rstrip("'s").strip()


def _journalist(state: DocState, span: Span) -> bool:
    """A person the words around the name make a journalist of the story."""
    w = state.lang.words
    media = state.index.media
    doc = span.doc
    sent = span.sent
    before = [doc[i] for i in range(max(sent.start, span.start - 3), span.start)]
    if any(t.lower_ in w.reporting_words for t in before):
        return True  # "VOA correspondent Steve Herman", "Reporting by Jane Doe"
    if any(
        (m := state.index.by_token.get(t.i)) is not None and m.key in media
        for t in before
        if t.i < span.start
    ) and any(t.tag_ == "POS" for t in before):
        return True  # "VOA's Margaret Besheer"
    head = span.root
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None:
        words = {verb.lemma_.lower(), verb.lower_} | {f"{verb.lower_} {c.lower_}" for c in verb.children}
        if words & w.reporting_words and any(
            (m := state.index.by_token.get(t.i)) is not None and m.key in media or t.lower_ == "report"
            for t in sent
        ):
            return True  # "Stefan Bos reports for VOA", "X contributed to this report"
    return head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lower_ in w.reporting_words


def find_media(state: DocState) -> None:
    """Pass: the keys of news organisations and journalists (``state.index.media``)."""
    index, w = state.index, state.lang.words
    for key, actor in index.actors.items():
        names = {actor.label} | {
            state.doc[m.start : m.end].text
            for m in index.mentions
            if m.key == key and m.how in ("name", "ner")
        }
        if actor.kind in ("org", "igo", "group") and any(_media_name(n) in w.news_media for n in names):
            index.media.add(key)
    for m in index.mentions:
        actor = index.actors[m.key]
        person = actor.kind == "person" and m.how == "name" and m.key not in index.media
        if person and _journalist(state, state.doc[m.start : m.end]):
            index.media.add(m.key)
