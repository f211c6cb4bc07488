"""Names that are no actors: places, buildings, weapons and vehicles the NER took for people or
organisations ("the cities of Ganja and Mingachevir", "the Lachin Corridor", "Kfir jets", "the MV Le
Wing", "RAF Typhoons"), and offices and sittings it took for organisations ("State Councilor", "a
bilateral Summit"). Read by the mention finder before it resolves a name."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.language import Language
from kg.extract.name_words import name_words
from kg.extract.senses import match

#: A UN document's symbol ("S/PRST/2015/4", "A/RES/77/1", "S/RES/2334 (2016)"): a body's letters and
#: two or more parts after slashes
SYMBOL = re.compile(r"[A-Z]{1,3}(?:/[A-Za-z0-9.-]+){2,}(?: \(\d{4}\))?")


def _first_conjunct(tok: Token) -> Token:
    """ "the cities of Ganja and Mingachevir": Mingachevir stands where Ganja stands."""
    for _ in range(4):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def place_name(ent: Span, lang: Language) -> bool:
    """ "the city of Goma", "its largest city, Stepanakert", "the Lachin Corridor", "shelled Kherson": a
    place the NER took for a person or organisation."""
    words = lang.words
    places = words.place_nouns
    last = ent[-1].lower_
    if len(ent) > 1 and (last in words.place_name_ends or last in words.facilities):
        return True
    head = _first_conjunct(ent.root)
    if head.dep_ == "compound" and _lemma(head.head) in places | words.facilities | words.geo_words:
        return True  # "Sanaa international airport", "Kherson region", "the Mandeb strait"
    if head.dep_ == "compound" and head.head.lower_ in words.place_name_ends | name_words().venue_heads:
        return True  # "the Radisson hotel", "the Westgate shopping centre": a building named by its name
    if head.dep_ == "pobj" and head.head.lower_ == "of" and _lemma(head.head.head) in places:
        return True  # "the cities of Ganja and Mingachevir"
    if head.dep_ == "appos" and _lemma(head.head) in places | words.facilities:
        return True  # "its largest city, Stepanakert", "the new power plant, Ras Qadir"
    if any(c.dep_ == "appos" and _lemma(c) in places for c in head.children):
        return True  # "Tskhinvali, the capital of South Ossetia"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and _lemma(head.head.head) in words.people_words:
        return True  # "the civilian population of Donbass"
    if head.dep_ == "pobj" and head.head.lower_ in words.spatial_preps and ent.label_ == "PERSON":
        return True  # "a final push toward Nahr el-Bared"
    # a single word with no first name or title, where places stand: "in Bukavu", "shelled Kherson"
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or (ent.start and doc[ent.start - 1].text[:1].isupper()):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in lang.roles.locative:
        return True
    spec = match(lang.lexicon, head.head) if head.dep_ == "dobj" else None
    return spec is not None and lang.lexicon.rules(spec.plover).place_target


def _weapon_word(tok: Token, lang: Language) -> bool:
    """The name of a type of weapon or aircraft, also in the plural ("Typhoons", "Su-25s")."""
    names = lang.words.weapon_names
    low = tok.lower_
    return low in names or low.endswith("s") and low[:-1] in names


def thing_name(ent: Span, lang: Language) -> bool:
    """A weapon, an aircraft, a ship, a storm or a document the NER took for a person or organisation: a
    type of weapon ("Typhoons", "MiG"), a ship's name ("the MV Le Wing", "the Safer oil tanker", "the
    vessel, the X"), a storm ("Cyclone Mocha"), an agreement or a format of talks ("the Minsk Agreement")."""
    if ent[0].lower_.rstrip(".") in lang.words.ship_prefixes and len(ent) > 1:
        return True
    words = [t for t in ent if t.lower_ not in ("the", "a")]
    if words and (
        len(words) > 1 and words[0].lower_ in lang.words.hazard_prefixes
        or " ".join(t.lower_ for t in words) in lang.words.hazard_names
    ):
        return True  # "Cyclone Mocha", "El Nino": a storm or a climate pattern
    if len(ent) == 1 and ent[0].pos_ == "ADJ":
        return True  # "Humanitarian aid has been sent": a capitalised adjective
    if SYMBOL.fullmatch(ent.text.strip()):
        return True  # "S/PRST/2015/4"
    named = lang.words.document_nouns | lang.words.meeting_nouns
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in named:
        return True  # "the Lisbon Format", "the Minsk Agreement"
    head = ent.root
    if (ent.label_ == "ORG" and head.lower_ in lang.words.document_nouns and head.i + 1 < ent.end
            and ent.doc[head.i + 1].dep_ == "prep"):
        return True  # "the Government's Plan for Change", "the Declaration of Principles"
    if all(_weapon_word(t, lang) for t in ent if t.is_alpha):
        return True
    near = [head.head] if head.dep_ in ("compound", "appos") else []
    near += [c for c in head.children if c.dep_ == "appos"]
    return any(t.lower_ in lang.words.vessel_nouns for t in near)


def operator_end(ent: Span, lang: Language) -> int:
    """ "RAF Typhoons": the name of who flies or fires the weapons named after it ends before them; the
    end of the whole name where no weapon follows."""
    end = ent.end
    while end > ent.start + 1 and _weapon_word(ent.doc[end - 1], lang):
        end -= 1
    return end



def office_or_sitting(span: Span, head: Token, lang: Language) -> bool:
    """The name the NER took for an organisation's is an office ("China's State Councilor and Foreign
    Minister, Wang Yi": a title of ``roles.yaml`` ends it, at its head) or one word for a sitting ("for a
    bilateral Summit in Russia")."""
    ends = tuple(t.lower_ for t in span[-3:])
    if head.i == span.end - 1 and any(ends[len(ends) - len(t):] == tuple(t) for t in lang.roles.titles):
        return True
    return len(span) == 1 and head.lower_ in lang.words.meeting_nouns | lang.words.sitting_nouns
