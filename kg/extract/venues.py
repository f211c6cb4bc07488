"""The parties of an agreement or meeting whose own words name none: those of the meeting it was
made at ("the partnership agreed at last year's UK-France Summit": the UK and France agreed it), and
those of the talks told before for an impersonal "it was agreed"."""

from __future__ import annotations

from spacy.tokens import Token

#: Prepositions that place an act at a meeting.
_AT = ("at", "during")
#: Dependencies by which a meeting's own words name its parties ("the UK-France Summit", "Russia's talks").
_NAMING = ("compound", "amod", "poss", "nmod")


def meeting_parties(reader, tok: Token) -> list[str]:
    """The actors (two or more) the words of a meeting ``tok`` was done at name, else, for "it was
    agreed", the people of the last meeting (``reader``: the roles reader of the sentence)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _AT):
        for p in (p for p in prep.children if p.dep_ == "pobj" and p.i in reader.positions):
            if reader.lex.rules(reader.positions[p.i].plover).talks:
                named = (reader.index.at(t) for c in p.children if c.dep_ in _NAMING for t in c.subtree)
                parties = list(dict.fromkeys(m.key for m in named if m is not None and not m.locative))
                return parties if len(parties) >= 2 else []  # (one party alone agrees with no one)
    if any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in tok.children):
        return list(reader.last_group)  # "It was agreed to continue contacts": the talks' people
    return []
