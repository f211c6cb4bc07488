"""Talk with the press: "spoke to the BBC by phone", "told reporters on a conference call". The news
media are no party to a meeting or a call, so such talk with one actor alone is no event."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.senses import acts_as_verb
from kg.extract.state import Draft
from kg.plover import plover_scheme


def _objects(tok: Token) -> list[Token]:
    """The objects of a word and of its prepositions."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj")]
    preps = [c for c in tok.children if c.dep_ in ("prep", "dative")]
    return out + [p for c in preps for p in c.children if p.dep_ == "pobj"]


def speaks_to_press(ds, tok: Token) -> bool:
    """The event word, or the verb whose phrase it is in, has the news media or the press as its
    other party ("spoke to the BBC", "told reporters in a call", "an interview with Reuters")."""
    words = [tok]
    if not acts_as_verb(tok):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.pos_ in ("VERB", "AUX"):
            words.append(head)
    for word in words:
        for obj in _objects(word):
            m = ds.index.at(obj)
            if m is not None and m.key in ds.index.media:
                return True
            # "reporters", also through the word of its kind before it ("a local television station")
            for w in (obj, *(c for c in obj.children if c.dep_ == "compound")):
                if w.lemma_.lower() in ds.words.press_audience or w.lower_ in ds.words.press_audience:
                    return True
    return False


def press_apart(
    source: list[str], target: list[str], between: list[str], media: set[str], plover: str
) -> tuple[list[str], list[str], list[str]]:
    """The roles of an event word without the news media, which are no parties to what they report,
    unless a hostile event is aimed at them ("detained a Reuters reporter")."""
    if not media:
        return source, target, between
    aimed = plover_scheme().sign(plover) < 0
    return (
        [k for k in source if k not in media],
        [k for k in target if k not in media or aimed],
        [k for k in between if k not in media],
    )


def without_press(d: Draft, media: set[str]) -> None:
    """The news media take part in no event they only hear of ("told VOA after leaving the meeting
    with Mr. Kiir"); an event aimed at them keeps them."""
    press = {k for k in d.participants if k in media and k not in d.target}
    if press and len(press) < len(d.participants):
        d.participants = [k for k in d.participants if k not in press]
        d.source = [k for k in d.source if k not in press]
