"""One body, several names in one text: an alias the text gives a body ("the Jaish-e Muslimeen, or
"Muslim Army"", "the Islamic Resistance Movement (Hamas)", "X, also known as Y") names the body the
name before it names; a short form of a body's name ("the Transitional Council" beside "the
Transitional Presidential Council", "the Russian ministry" beside "the Russian Foreign Affairs
Ministry") names the one body of the text whose name it shortens. A part of the mention finder, run
once every name has its actor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.orgs import org_key
from kg.extract.state import ActorIndex, ActorMention, DocState
from kg.model import Actor

#: kinds of actor that go by aliases here (a person's nickname is the people finder's)
_BODIES = ("org", "group", "igo")
#: how many tokens a name given an alias may run back from its comma or bracket
_LONGEST = 12


def _rekey(index: ActorIndex, old: str, new: str) -> None:
    for m in index.mentions:
        if m.key == old:
            m.key = new


def _body(index: ActorIndex, m: ActorMention | None) -> bool:
    return m is not None and not m.beside and index.actors[m.key].kind in _BODIES


def _name_start(doc: Doc, end: int, glue_words: frozenset[str]) -> int | None:
    """Where a capitalised name that ends before ``end`` starts ("the [Jaish-e Muslimeen], or"): back
    over capitalised words, ``glue_words`` between them (``name_glue_words`` in ontology/language.yaml)
    and the pieces of a hyphenated word; None when the word before ``end`` is not capitalised."""
    if end < 1 or not doc[end - 1].text[:1].isupper():
        return None
    start = end - 1
    while start > 0 and end - start < _LONGEST:
        prev = doc[start - 1]
        joined = not prev.whitespace_  # "Jaish" "-" "e" "Muslimeen": one word
        glue = (prev.lower_ in glue_words and prev.lower_ != "the"
                and doc[start].text[:1].isupper() and start > 1)
        if not (prev.text[:1].isupper() or joined and (prev.is_alpha or prev.text in "-'’") or glue):
            break
        start -= 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1  # "of the [Muslim Brotherhood]": glue words do not open a name
    return start if start < end else None


@dataclass
class _Alias:
    """An alias the text gives a body: its tokens, and the mention that holds them (None where the
    NER read them as an organisation's name but no actor took them)."""

    start: int
    end: int
    mention: ActorMention | None


class _Aliases:
    def __init__(self, state: DocState) -> None:
        self.state, self.doc, self.index = state, state.doc, state.index
        self.words = state.lang.words

    def run(self) -> None:
        doc = self.doc
        for tok in doc:
            i = tok.i
            if tok.lower_ == "or" and i > 1 and doc[i - 1].text == ",":
                alias = self._alias_at(i + 1, quoted_or_closed=True)
                if alias is not None:
                    self._join(i - 1, alias)
            elif tok.text == "(" and i > 0:
                alias = self._alias_at(i + 1, closing=")")
                if alias is not None:
                    self._join(i, alias)
            elif tok.lower_ == "as" and i > 2 and doc[i - 1].lower_ == "known" and self._comma_before(i - 1):
                alias = self._alias_at(i + 1, quoted_or_closed=True)
                if alias is not None:
                    self._join(self._comma_before(i - 1), alias)

    def _comma_before(self, i: int) -> int:
        """ "X, known as", "X, also known as": the comma's position, else 0."""
        doc = self.doc
        j = i - 1 if doc[i - 1].lower_ in self.words.alias_adverbs else i
        return j - 1 if j > 0 and doc[j - 1].text == "," else 0

    def _alias_at(self, i: int, closing: str = "", quoted_or_closed: bool = False) -> _Alias | None:
        """The name of a body that starts at ``i`` (after a quote mark or "the") and is set off: followed
        by ``closing``, or (``quoted_or_closed``) in quote marks or followed by a comma, a bracket or the
        end of the sentence. A name with an actor of its own, or one the NER read as an organisation's
        where no actor took it ("also known as the Mountain Brigade")."""
        doc = self.doc
        quoted = i < len(doc) and doc[i].is_quote
        j = i + 1 if quoted else i
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        m = self.index.by_token.get(j) or (self.index.by_token.get(i) if quoted else None)
        if m is None:
            ent = next((e for e in doc.ents if e.label_ == "ORG" and e.start <= j < e.end), None)
            if ent is None or ent.start < i or any(k in self.index.by_token for k in range(j, ent.end)):
                return None
            if ent.end - j == 1 and doc[j].text.isupper():
                return None  # an acronym no actor took: the long form names a thing ("Programme (GCAP)")
            alias = _Alias(j, ent.end, None)
        elif _body(self.index, m) and m.start in (i, j):
            alias = _Alias(m.start, m.end, m)
        else:
            return None
        end = alias.end
        while end < len(doc) and doc[end].is_quote or end < len(doc) and doc[end].text == "," and quoted:
            end += 1  # "Muslim Army," + '"'
        after = doc[end].text if end < len(doc) else "."
        if closing:
            return alias if after == closing else None
        if quoted or after in (",", ")", ".", ";", ":") or doc[end - 1].is_quote:
            return alias
        return None

    def _join(self, end: int, alias: _Alias) -> None:
        """The name that ends before ``end`` and ``alias`` name one body."""
        doc, index = self.doc, self.index
        named = index.by_token.get(end - 1)
        if named is not None and named.end != end:
            return
        if named is None:
            start = _name_start(doc, end, self.words.name_glue_words)
            if start is None or any(i in index.by_token for i in range(start, end)):
                return
            label = " ".join(doc[start:end].text.split())
            key = org_key(label)
            if key not in index.actors:
                kind = index.actors[alias.mention.key].kind if alias.mention else "org"
                index.actors[key] = Actor(key=key, label=label, kind=kind)
            named = index.add(start, end, key, "ner")
        if not _body(index, named):
            return
        if alias.mention is None:
            index.add(alias.start, alias.end, named.key, "ner")
            return
        if named.key == alias.mention.key:
            return
        a, b = index.actors[named.key], index.actors[alias.mention.key]
        if a.in_gazetteer and b.in_gazetteer:
            return  # two bodies the gazetteer tells apart: "Hamas, or Islamic Jihad,"
        if b.in_gazetteer:
            _rekey(index, named.key, alias.mention.key)
        else:
            _rekey(index, alias.mention.key, named.key)


def _words(label: str, weak: frozenset[str]) -> list[str]:
    return [w for w in re.findall(r"[\w]+", label.lower()) if w not in weak]


def _head(label: str) -> str:
    """The head noun of a body's name: its last word before "of", "for" or "on" ("Ministry of the
    Interior": ministry)."""
    words = re.findall(r"[\w]+", label.lower())
    cut = next((n for n, w in enumerate(words) if n and w in ("of", "for", "on")), len(words))
    return words[cut - 1] if cut else ""


def _shortens(short: list[str], full: list[str], heads: tuple[str, str]) -> bool:
    """``short``'s words are ``full``'s, fewer, in the same order, and both have the same head."""
    if not short or len(short) >= len(full) or heads[0] != heads[1]:
        return False
    rest = iter(full)
    return all(w in rest for w in short)


def short_forms(state: DocState) -> None:
    """A body's name that leaves out words of another body's name, in order, ending in the same head
    ("Transitional Council", "the Russian ministry"), names that body when it is the only one the text
    names whose name it shortens (the "Cuban Ministry" of a text that names two Cuban ministries
    stays its own)."""
    index = state.index
    bodies = {m.key for m in index.mentions if index.actors[m.key].kind in _BODIES}
    weak = state.lang.words.name_weak_words
    words = {k: _words(index.actors[k].label, weak) for k in bodies}
    heads = {k: _head(index.actors[k].label) for k in bodies}
    for k in sorted(bodies, key=lambda k: len(words[k])):
        if index.actors[k].in_gazetteer:
            continue
        longer = {f for f in bodies if f != k and _shortens(words[k], words[f], (heads[k], heads[f]))}
        if len(longer) == 1:
            _rekey(index, k, longer.pop())
            bodies.discard(k)


def aliases(state: DocState) -> None:
    """Pass part: aliases the text gives bodies, then short forms of bodies' names."""
    _Aliases(state).run()
    short_forms(state)
