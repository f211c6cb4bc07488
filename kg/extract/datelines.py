"""Datelines and agency credits at the head of a story ("KHARTOUM (AFP) -", "Gaborone, Botswana —",
"(CNN) Russia and ..."): spans of tokens ``s:e`` that name where a story is filed from or the agency
that filed it, not an actor of the story."""

from __future__ import annotations

from spacy.tokens import Doc


def agency_credit(doc: Doc, s: int, e: int) -> bool:
    """A dateline's agency credit, "WASHINGTON (AP) -", or one that opens a line, "(CNN) Russia and
    ...": the news agency, not an actor."""
    if not (s >= 1 and e + 1 < len(doc) and doc[s - 1].text == "(" and doc[e].text == ")"):
        return False
    opens = s == 1 or doc[s - 2].is_space or doc[s - 2].i == doc[s - 2].sent.start and doc[s - 2].is_punct
    return opens or doc[e + 1].text in ("-", "—", "–", "--", ":") and s - doc[s].sent.start < 12


def dash_dateline(doc: Doc, s: int, e: int) -> bool:
    """ "Gaborone, Botswana — Southern African leaders ...": a line that opens with the place the
    story is filed from, names and commas up to a dash."""
    start = s
    while start > 0 and not doc[start - 1].is_space and s - start < 4:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        return False
    if start > 0 and not doc[start - 1].is_space:
        return False
    for t in doc[start : min(len(doc), e + 4)]:
        if t.text in ("—", "–", "--", "-") and t.i > 0 and doc[t.i - 1].whitespace_:
            return t.i >= e  # a spaced dash: "Gaborone, Botswana —", not "Cease-Fire"
        if not (t.pos_ == "PROPN" or t.text == ","):
            return False
    return False


def dateline(doc: Doc, s: int, e: int) -> bool:
    """ "KHARTOUM (AFP) -", "MANILA, Philippines (Reuters) -", "UNITED NATIONS, March 5 (Reuters) -": the
    place a wire story is filed from."""
    if dash_dateline(doc, s, e):
        return True
    if (
        e >= len(doc)
        or not any(t.text == "(" for t in doc[e : e + 6])
        or s > 0
        and doc[s - 1].text == "("
    ):
        return False
    sent_start = doc[s].sent.start
    while sent_start < s and doc[sent_start].is_space:
        sent_start += 1
    if s - sent_start > 3 or e >= len(doc):
        return False
    head = doc[sent_start]
    if not (head.text.isupper() and head.is_alpha and len(head.text) > 2):
        return False
    # "KYIV, July 2 (Reuters) -": a date may stand between the place and the agency
    rest = doc[e : min(len(doc), e + 10)]
    return any(t.text == "(" for t in rest[:6]) and any(t.text in ("-", "—", "–", "--") for t in rest)
