"""Names given an acronym in brackets: "the Mouvement du 23 mars (M23)", "the Tigray People's Liberation
Front (TPLF)". The long form before the bracket is a name of the acronym's actor (the gazetteer's, or a
new one where neither is known), one mention over all its words, whatever parts of it the NER took for
names of their own; the acronym names that actor wherever it stands.

The long form is found as Schwartz and Hearst find abbreviation definitions (A Simple Algorithm for
Identifying Abbreviation Definitions in Biomedical Text, 2003): the acronym's letters, in order, are
letters of the words before the bracket, its first letter the first of the first word; here each word
gives the acronym a run of its letters that starts with its first ("Coopérative" gives "CO" to CODECO),
every capitalised word gives one, and of the fits the one with the most words giving letters wins."""

from __future__ import annotations

import unicodedata
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.orgs import body_names, org_key
from kg.extract.state import ActorIndex, ActorMention, DocState
from kg.model import Actor

#: kinds of actor an acronym in brackets may stand for (a person's "(Japan)" names their state)
_BODIES = ("org", "group", "igo")
#: tokens a long form does not run across
_STOPS = {"(", ")", "[", "]", ";", ":", '"', "“", "”", "—", "–"}
#: how far back a long form may start, in words other than "of", "the": Schwartz and Hearst's
#: min(|A| + 5, 2|A|)
_EXTRA_WORDS = 5
#: how far back a name the NER read as an organisation may start before the bracket, in tokens
_RUN = 16


def _folded(text: str) -> str:
    """The text with its accents folded ("Coopérative": "Cooperative")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _letters(text: str) -> str:
    """The letters and digits of a word, accents folded, lower case ("Coopérative": "cooperative")."""
    return "".join(c for c in _folded(text).lower() if c.isalnum())


def _is_acronym(word: str) -> bool:
    """ "M23", "CODECO", "TPLF": capitals (and digits), at least two, no lower case."""
    return len(word) >= 2 and word[:1].isupper() and word.isalnum() and word.upper() == word


def _gives(word: str, part: str) -> bool:
    """Whether ``word`` gives the acronym the run ``part``: its first letter, then others in order."""
    if not part or word[:1] != part[0]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in part[1:])


def _fit(words: tuple[tuple[str, bool], ...], target: str) -> int:
    """How many of ``words`` (letters, capitalised) give letters when they spell ``target`` in order,
    each capitalised one giving some; -1 when they cannot."""

    @cache
    def best(w: int, t: int) -> int:
        if t == len(target):
            return 0 if not any(cap for _, cap in words[w:]) else -1
        if w == len(words):
            return -1
        letters, cap = words[w]
        out = -1 if cap else best(w + 1, t)
        for n in range(1, len(target) - t + 1):
            if not _gives(letters, target[t : t + n]):
                break
            rest = best(w + 1, t + n)
            if rest >= 0:
                out = max(out, rest + 1)
        return out

    return best(0, 0)


def long_form_start(doc: Doc, paren: int, acronym: str, small: frozenset[str]) -> int | None:
    """Where the long form of the acronym in brackets at ``paren`` starts, or None: the start, among
    the capitalised words before the bracket (not ``small`` ones such as "the"), whose words spell the
    acronym with the most words giving letters; the nearest on a tie."""
    target = _letters(acronym)
    limit = min(len(target) + _EXTRA_WORDS, 2 * len(target))
    sent_start = doc[paren].sent.start
    words: list[tuple[int, str, bool]] = []
    i, content = paren - 1, 0
    while i >= sent_start and content < limit:
        tok = doc[i]
        if tok.text in _STOPS or "\n" in tok.text or "\n" in tok.whitespace_:
            break
        letters = "" if tok.tag_ == "POS" else _letters(tok.text)
        if letters:
            words.insert(0, (i, letters, tok.text[:1].isupper()))
            content += tok.lower_ not in small
        i -= 1
    best: tuple[int, int] | None = None
    for k, (i, letters, cap) in enumerate(words):
        if not cap or letters[0] != target[0] or doc[i].lower_ in small:
            continue
        given = _fit(tuple((w, c) for _, w, c in words[k:]), target)
        if given >= min(2, len(target)) and (best is None or given >= best[0]):
            best = (given, i)
    return best[1] if best else None


def named_start(doc: Doc, paren: int, small: frozenset[str]) -> int | None:
    """Where the nearest name the NER read as an organisation starts, of the capitalised words (and
    ``small`` ones) that run up to the bracket at ``paren``: the long form of an acronym its letters do
    not spell ("the United Nations Organization Stabilization Mission in the Democratic Republic of the
    Congo (MONUSCO)"), or None."""
    sent_start = doc[paren].sent.start
    i = paren - 1
    while i >= sent_start and paren - i <= _RUN:
        tok = doc[i]
        if tok.text in _STOPS or not (tok.text[:1].isupper() or tok.lower_ in small):
            return None
        if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
            while i < paren and doc[i].lower_ in small:
                i += 1  # "the" the NER ran into the name
            return i if i < paren else None
        i -= 1
    return None


def _rekey(index: ActorIndex, old: str, new: str) -> None:
    for m in index.mentions:
        if m.key == old:
            m.key = new


class _Definition:
    """One long form and its bracketed acronym in a document."""

    def __init__(self, state: DocState, start: int, paren: int) -> None:
        self.state, self.index, self.doc = state, state.index, state.doc
        self.start, self.end = start, paren
        self.acronym: Token = state.doc[paren + 1]

    def inside(self) -> list[ActorMention]:
        return [m for m in self.index.mentions if self.start <= m.start and m.end <= self.end]

    def crossing(self) -> bool:
        """A mention that runs over the start or the end of the long form: leave both alone."""
        s, e = self.start, self.end
        return any(m.start < s < m.end or m.start < e < m.end for m in self.index.mentions)

    def known_key(self) -> str | None:
        """The gazetteer body the acronym or the long form names; "" when either names a person or a
        state ("(UK)" after a person's name, "the Democratic People's Republic of Korea (DPRK)")."""
        gaz, index = self.state.gazetteer, self.index
        hits = []
        m = index.by_token.get(self.acronym.i)
        if m is not None:
            actor = index.actors[m.key]
            if actor.in_gazetteer:
                return m.key if actor.kind in _BODIES else ""
        for text in (self.acronym.text, self.doc[self.start : self.end].text):
            hit = gaz.lookup(text)
            if hit is not None:
                hits.append(hit[0])
        if any(entry.kind not in _BODIES for entry in hits):
            return ""
        return index.of_entry(hits[0]) if hits else None

    def whole(self) -> str | None:
        """The actor of a name the NER found whole ("the Office of Foreign Assets Control (OFAC)")."""
        m = self.index.by_token.get(self.start)
        if m is None or (m.start, m.end) != (self.start, self.end):
            return None
        actor = self.index.actors[m.key]
        return m.key if actor.kind in _BODIES and not actor.in_gazetteer else None

    def named(self) -> bool:
        """The text gives a body a name here, not a thing: the NER read the acronym or a word of the long
        form as a name, or a word for a body's people follows ("the ... (CODECO) militia"); and the long
        form does not end in a word for a document, a meeting, a weapon or a place."""
        doc, words, roles = self.doc, self.state.lang.words, self.state.lang.roles
        last = doc[self.end - 1].lower_
        things = words.document_nouns | words.meeting_nouns | words.weapon_names | words.place_name_ends
        if last in things:
            return False
        if self.acronym.i in self.index.by_token or any(m.how in ("ner", "name") for m in self.inside()):
            return True
        after = doc[self.acronym.i + 2] if self.acronym.i + 2 < len(doc) else None
        return after is not None and after.lower_ in roles.state_agents | roles.collectives

    def new_key(self) -> str:
        """A new actor named by the long form, of the kind the NER's reading of the acronym gave."""
        index = self.index
        label = " ".join(self.doc[self.start : self.end].text.split())
        key = org_key(_folded(label))
        if key not in index.actors:
            m = index.by_token.get(self.acronym.i)
            kind = index.actors[m.key].kind if m is not None else "group"
            kind = kind if kind in _BODIES else "org"
            # "the U.K. Maritime Trade Operations agency (UKMTO)": a body of the state its name opens with
            first = index.by_token.get(self.start)
            owner = first.key if first is not None and index.actors[first.key].kind == "state" else None
            index.actors[key] = Actor(key=key, label=label, kind=kind, affiliation=owner)
            if owner is not None:
                # "the Haitian Transitional Presidential Council": also the Transitional Presidential Council
                rest = [t for t in self.doc[first.end : self.end] if t.tag_ != "POS"]
                index.actors[key].names = body_names(self.state, owner, rest, label)
        return key

    def apply(self, key: str) -> None:
        index, acronym = self.index, self.acronym
        for m in self.inside():
            index.drop(m)
        index.add(self.start, self.end, key, "ner")
        if acronym.i not in index.by_token:
            index.add(acronym.i, acronym.i + 1, key, "ner")
        # "FDLR" read as a name of its own, here or elsewhere: the long form's actor
        alias = index.aliases.get(acronym.text)
        stale = {m.key for m in index.mentions if self.doc[m.start : m.end].text == acronym.text}
        stale |= {alias[0]} if alias is not None else set()
        for old in stale - {key}:
            if not index.actors[old].in_gazetteer:
                _rekey(index, old, key)
        index.aliases[acronym.text] = (key, None)


def defined_names(state: DocState) -> None:
    """Pass part: each long form before an acronym in brackets names the acronym's actor."""
    doc = state.doc
    small = frozenset(state.lang.words.headline_lowercase)
    for tok in doc[1:-2]:
        if tok.text != "(" or doc[tok.i + 2].text != ")" or not _is_acronym(doc[tok.i + 1].text):
            continue
        start = long_form_start(doc, tok.i, doc[tok.i + 1].text, small)
        spelt = start is not None
        start = start if spelt else named_start(doc, tok.i, small)
        if start is None:
            continue
        definition = _Definition(state, start, tok.i)
        if definition.crossing():
            continue
        key = definition.known_key()
        if not spelt:  # a known acronym's name its letters do not spell
            if key:
                definition.apply(key)
            continue
        if key is None:
            key = definition.whole()
        if key is None and definition.named():
            key = definition.new_key()
        if key:
            definition.apply(key)


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words ("National Crime Agency": "NCA")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def initialled_names(state: DocState) -> None:
    """Pass part: an acronym the text uses alone, which no one knows, for a body it names in full
    elsewhere ("the National Crime Agency said ... a campaign by the NCA"): the initials of the body's
    name spell it, and of no other body's."""
    doc, index = state.doc, state.index
    for m in list(index.mentions):
        word = doc[m.start].text
        actor = index.actors[m.key]
        if m.end - m.start != 1 or actor.in_gazetteer or actor.label != word or not _is_acronym(word):
            continue
        spelt = {
            x.key
            for x in index.mentions
            if x.key != m.key
            and index.actors[x.key].kind in _BODIES
            and word in (_initials(index.actors[x.key].label), _initials(doc[x.start : x.end].text))
        }
        if len(spelt) == 1:
            _rekey(index, m.key, spelt.pop())


def _name_before(doc, paren: int) -> range:
    """The tokens of the word before the bracket, joined with no space between them."""
    start = paren - 1
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return range(start, paren)


def acronym_names(state: DocState) -> None:
    """Pass part: the parts of a hyphenated name before its known acronym name the acronym's actor,
    where the acronym's letters do not spell it ("the Tehrik-e-Taliban (TTP)", where the NER split
    the name into parts and took each for an actor of its own)."""
    doc, index = state.doc, state.index
    for tok in doc[1:-2]:
        if tok.text != "(" or doc[tok.i + 2].text != ")":
            continue
        acronym = doc[tok.i + 1]
        m = index.by_token.get(acronym.i)
        if m is None or not acronym.text.isupper() or index.actors[m.key].kind not in _BODIES:
            continue
        words = _name_before(doc, tok.i)
        if len(words) < 3 or not any(doc[i].text == "-" for i in words):
            continue
        for i in words:
            part = index.by_token.get(i)
            if part is not None and part.key != m.key and index.actors[part.key].kind in _BODIES:
                part.key = m.key
