"""People and titles of office: a person's name, role and affiliation from the title before it
("Russian President Vladimir Putin"), and the titles the text holds, before a name or alone. What a
title alone names ("the Prime Minister") is read by ``kg.extract.office_holders``."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from kg.extract.deed_places import deed_place_word
from kg.extract.name_words import name_end
from kg.extract.office_groups import office_groups
from kg.extract.posts import PostedTitles
from kg.extract.role_words import Roles
from kg.extract.senses import titlecase, verb_forms
from kg.extract.state import DocState
from kg.extract.state_titles import StateTitles, possessive


class People(PostedTitles, StateTitles):
    """The part of the mention finder that reads names of people and titles of office."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.doc = state.doc
        self.document = state.document
        self.gaz = state.gazetteer
        self.lang = state.lang
        self.index = state.index
        self.publisher = state.publisher
        self._of_pending: int | None = None
        #: the name a posted office's title waits for -> (title start, post start, post end); kg.extract.posts
        self._posts: dict[int, tuple[int, int, int]] = {}
        self.lows = [t.lower_ for t in state.doc]
        self.titles_by_first = _titles_by_first(state.lang.roles.titles)
        #: whether the sentence starting at a token is a headline, computed once per sentence
        self._headlines: dict[int, bool] = {}

    def _headline(self, sent: Span) -> bool:
        known = self._headlines.get(sent.start)
        if known is None:
            known = self._headlines[sent.start] = headline(sent, self.lang.words.headline_lowercase)
        return known

    def _headline_verb(self, tok: Token) -> bool:
        """ "Iran Vows Response": a headline verb the NER took for the start of a name."""
        lexicon = self.lang.lexicon
        if not any(lexicon.candidates(w) for w in verb_forms(tok.text)):
            return False
        return self._headline(tok.sent) and self.gaz.lookup(tok.text) is None

    def _title_at_index(self, i: int, end: int | None = None) -> tuple[str, ...] | None:
        """The longest title starting at token ``i`` (and ending by ``end``), or None."""
        lows = self.lows
        end = len(lows) if end is None else end
        for t in self.titles_by_first.get(lows[i], ()) if i < len(lows) else ():
            if i + len(t) <= end and tuple(lows[i : i + len(t)]) == t:
                if t == ("pm",) and self.doc[i].text != "PM":
                    continue
                return t
        return self._ranked_title(i, end)

    def _ranked_title(self, i: int, end: int) -> tuple[str, ...] | None:
        """ "Deputy Secretary", "Under-Secretary", "Principal Deputy Spokesperson": a title after words of
        rank is another, lower office, and the rank is part of its name (a preposition is no rank:
        "under President X")."""
        lows = self.lows
        if i >= len(lows) or lows[i] not in self.lang.roles.office_ranks or self.doc[i].pos_ == "ADP":
            return None
        j = i + 2 if i + 1 < end and lows[i + 1] == "-" else i + 1
        if j >= end or self.doc[j].text[:1].isupper() != self.doc[i].text[:1].isupper():
            return None
        t = self._title_at_index(j, end)
        return (*lows[i:j], *t) if t else None

    def _title_ending_at(self, j: int) -> tuple[str, ...] | None:
        for n in (6, 5, 4, 3, 2, 1):
            if j - n >= 0:
                t = self._title_at_index(j - n, j)
                if t is not None and len(t) == n:
                    return t
        return None

    def _title_spans(self):
        """Capitalised titles (and "PM"): alone ("the Prime Minister") or before a name; and the
        ``body_titles`` after the name of an international organisation ("the UN chief")."""
        doc = self.doc
        i = 0
        while i < len(doc):
            if self.lows[i] in self.lang.roles.body_titles and self._igo_name(i - 1):
                yield (i, i + 1, "TITLE", (self.lows[i],))
                i += 1
                continue
            upper = doc[i].text[:1].isupper()
            t = self._title_at_index(i)
            # ("the president said": a lowercase title names only one named with it before; "North
            # Korean ambassador to the UN Pak Kil-yon": a posted office is the title of the name after it)
            posted = self._post_after(i + len(t), t) if t else None
            what = "TITLE" if upper or posted else "TITLE_BEFORE"
            if posted is not None:
                yield from self._posted_name(posted[2])
            elif t is not None and not upper and self._state_qualified(i):
                what = "TITLE_OF"  # "the U.S. president", "Mali's prime minister": that state's holder
            elif not (upper or i and self.lows[i - 1] == "the"):
                t = None
            if t is not None:
                yield (i, i + len(t), what, t)
                i += len(t)
                continue
            i += 1

    def _igo_name(self, i: int) -> bool:
        """The word at ``i`` names an international organisation, and not a past office of it
        ("Former UN Chief")."""
        if i < 0 or not self.doc[i].text[:1].isupper():
            return False
        if i and self.lows[i - 1] in self.lang.roles.past_marks:
            return False
        hit = self.gaz.lookup(self.doc[i].text)
        return hit is not None and hit[0].kind == "igo"

    def _person(self, s: int, e: int, text: str, entry) -> None:
        doc, first = self.doc, s
        # a title straight before the name is part of the mention and gives the role
        while s < e and doc[s].lower_.rstrip(".") in {h.rstrip(".") for h in self.lang.roles.honorifics}:
            s += 1
        lead = self._title_at(s, e)
        if lead:
            s += lead
        e = name_end(doc, s, next((i for i in range(s, e) if possessive(doc[i])), e))
        if s >= e or self._government(s, e, entry):
            return
        name = clean_name(doc[s:e].text, self.lang.roles)
        if not name or entry is None and name.split()[-1].lower() in self.lang.words.institution_words:
            return  # "the General Headquarters": a body the NER took for a person
        if entry is None:
            hit = self.gaz.lookup(name)
            if hit and hit[0].kind == "person":
                entry = hit[0]
        if entry is None:
            words = name.split()
            if len(words) == 1 and len(self.index.name_parts.get(words[0].lower(), ())) > 1:
                return  # "Steve" after Steve X and Steve Y: one of them, the text does not say which
            local = (
                self.index.person_called(words[0])
                if len(words) == 1
                else self.index.surnames.get(words[-1].lower())
            )
            if local:
                key = local
            else:
                cands = [c for c in self.gaz.by_surname(words[-1]) if c.kind == "person"]
                if len(cands) == 1 and (len(words) == 1 or _first_names_fit(words, cands[0])):
                    key = self.index.of_entry(cands[0])
                elif deed_place_word(doc[s:e], self.lang):
                    return  # "Garissa attack": where it was done, a place no list knows
                else:
                    key = self.index.of_name(name, "person")
        else:
            key = self.index.of_entry(entry)
        for w in self.index.actors[key].label.split()[-1:] + name.split()[-1:]:
            self.index.surnames.setdefault(w.lower(), key)
        for w in self.index.actors[key].label.split()[:-1] + name.split()[:-1]:
            if w[:1].isupper() and len(w) > 2 and w.lower().rstrip(".") not in self.lang.roles.honorifics:
                self.index.name_parts.setdefault(w.lower(), set()).add(key)
        role = self._role_before(s)
        actor = self.index.actors[key]
        if role and not actor.role:
            actor.role = role[0]
        if role and role[1]:
            self.index.persons_by_title[role[1]] = key
        aff = self._affiliation(s, e)
        if aff and not actor.affiliation:
            actor.affiliation = aff
        self._post_of(s)
        m = self.index.add(s, e, key, "name")
        self._title_tokens(s, m)
        self._take_post((first, s), m)
        self._mark_of(e)

    def _government(self, s: int, e: int, entry) -> bool:
        """ "the Trump administration", "the Assad regime": a leader's name on the government they lead
        names the state (where the gazetteer knows it), not the person. True where it does."""
        head = self.doc[s:e].root
        if head.dep_ != "compound" or head.head.lemma_.lower() not in self.lang.words.government_nouns:
            return False
        country = entry.country if entry is not None else None
        if country in self.gaz.entries:
            self.index.add(s, e, self.index.of_entry(self.gaz.entries[country]), "metonym")
        return True

    def _title_tokens(self, s: int, m) -> None:
        """The title straight before a name is the person's too: "met his counterpart X", where the
        parse may make "counterpart" the object and the name its apposition."""
        t = self._title_ending_at(s)
        start = s - len(t) if t else self._portfolio_title(s)
        for k in range(start, s):
            self.index.by_token.setdefault(k, m)

    def _portfolio_title(self, s: int) -> int:
        """Where a title given with its portfolio ends right before ``s`` starts ("Secretary of State
        for Defence Ben Wallace", which no title list holds whole); ``s`` if none."""
        doc, small = self.doc, self.lang.roles.portfolio_words
        j = s
        while j > 0 and s - j < 6 and (doc[j - 1].is_title or doc[j - 1].lower_ in small):
            j -= 1
            if doc[j].lower_ in small and doc[j].text.islower() and j < s - 1 and doc[j + 1].is_title:
                t = self._title_ending_at(j)
                if t is not None:
                    return j - len(t)
        return s

    def _title_at(self, s: int, e: int) -> int:
        """How many tokens at ``s`` form a title (0 if none), leaving at least one token of name."""
        t = self._title_at_index(s, e - 1)
        return len(t) if t else 0

    def _mark_of(self, e: int) -> None:
        """The state after "of" ("President Lula of Brazil") is the person's, not an actor here."""
        doc = self.doc
        if e + 1 < len(doc) and doc[e].lower_ == "of":
            self._of_pending = e + 1

    def _role_before(self, s: int) -> tuple[str, str] | None:
        """("Prime Minister", "prime minister") when the tokens before the name are a title."""
        doc = self.doc
        j = self._comma_title(s)
        # "the President of Brazil Luiz Lula"
        if j >= 2 and doc[j - 2].lower_ == "of" and doc[j - 1].ent_type_ == "GPE":
            j -= 2
        t = self._title_ending_at(j)
        if t is None:
            return None
        span = doc[j - len(t) : j]
        for k in range(j - len(t), s):
            self.index.by_token.pop(k, None)
        return span.text, self._title_key(" ".join(t))

    def _comma_title(self, s: int) -> int:
        """Where the title before a name ends: at the comma that sets the name off ("Polish Foreign
        Minister, Zbigniew Rau"), or at the name."""
        if s >= 2 and self.doc[s - 1].text == "," and self._title_ending_at(s - 1) is not None:
            return s - 1
        return s

    def _affiliation(self, s: int, e: int) -> str | None:
        """The state or body a person acts for, as the words around the name say: "X of Brazil",
        "Serbian X", "Serbian President X", "the President of Brazil X", "Russia's Foreign Minister X",
        "Kremlin spokesman X"."""
        doc, by_token = self.doc, self.index.by_token
        if e + 1 < len(doc) and doc[e].lower_ == "of":
            m = by_token.get(e + 1)
            if m:
                return m.key
        starts = [s]
        if s >= 2 and doc[s - 2].lower_ == "of" and by_token.get(s - 1) is not None:
            return by_token[s - 1].key  # "the President of Brazil Luiz Lula"
        title_end = self._comma_title(s)
        title = self._title_ending_at(title_end)
        if title is not None:
            starts.append(title_end - len(title))
        for start in starts:
            m = by_token.get(start - 1) if start >= 1 else None
            if m is None and start >= 2 and doc[start - 1].tag_ == "POS":
                m = by_token.get(start - 2)  # "Russia's Foreign Minister"
                if m is not None and m.how in ("name", "metonym"):
                    return m.key if self.index.actors[m.key].kind in ("state", "igo", "org") else None
            if m is not None and m.how == "demonym":
                return m.key
            # "Kremlin spokesman X", "U.S. National Security Council spokesman X", "NATO Secretary General
            # X": the body named before the office
            body = m is not None and self.index.actors[m.key].kind in ("state", "igo", "org", "group")
            if body and start < s and m.how in ("name", "ner", "metonym") and not m.locative:
                owner = by_token.get(m.start - 2) if m.start >= 2 and doc[m.start - 1].tag_ == "POS" else None
                return owner.key if owner is not None else m.key  # "Eritrea's U.N. ambassador"
        return None

    def _post_of(self, s: int) -> None:
        """ "President of the United States Barack Obama": the state after the title names the person's
        post, as "U.S." does in "U.S. President X", and takes no part in the person's deeds."""
        m = self.index.by_token.get(s - 1)
        if m is None or self.index.actors[m.key].kind != "state" or m.modifier:
            return
        k = m.start - 1 - (m.start >= 1 and self.doc[m.start - 1].lower_ == "the")
        if k >= 1 and self.doc[k].lower_ == "of" and self._title_ending_at(k) is not None:
            m.modifier = m.titled = True

    def _title_key(self, title: str) -> str:
        title = title.replace(" - ", " ")  # "secretary - general", as tokens, is "secretary general"
        return self.lang.roles.aliases.get(title, title)

    def _holder(self, title: str, of: str, on):
        """The office holder, or None (also when the gazetteer has no office data)."""
        try:
            return self.gaz.holder(title, of, on)
        except (OSError, KeyError, ValueError):
            return None


def appositions(state: DocState) -> None:
    """Role and affiliation from an apposition ("Y, Mr. X's policy aide": "policy aide", X)."""
    doc, index = state.doc, state.index
    for m in list(index.mentions):
        actor = index.actors[m.key]
        if actor.kind != "person" or m.how != "name":
            continue
        root = doc[m.start : m.end].root
        for child in root.children:
            if child.dep_ != "appos" or child.pos_ != "NOUN":
                continue
            owner = next((t for t in child.children if t.dep_ in ("poss", "nmod")), None)
            skip = {t.i for t in owner.subtree} if owner is not None else set()
            words = [
                t
                for t in child.subtree
                if t.i <= child.i
                and t.i not in skip
                and t.dep_ not in ("det", "case", "punct")
                and t.i not in index.by_token
            ]
            if words and words[-1].i == child.i:
                actor.role = actor.role or " ".join(t.text for t in words)
                om = index.by_token.get(owner.i) if owner is not None else None
                if om is not None and om.key != m.key:
                    actor.affiliation = actor.affiliation or om.key
    office_groups(state)


_WORD = re.compile(r"[^\W\d_]+")


def headline(sent: Span, lowercase: frozenset[str]) -> bool:
    """A line in title case, where the NER may take words for names: "United States Condemns Attack on
    Worshippers in Iraq", a line with no full stop whose words but ``lowercase`` (articles and
    prepositions) are capitalised."""
    if titlecase(sent):
        return True
    if sent.text.rstrip()[-1:] in ".!?\"”":
        return False
    words = [w for w in _WORD.findall(sent.text) if w not in lowercase and len(w) > 1]  # "Yemen's": s
    return len(words) >= 3 and all(w[0].isupper() for w in words)


@cache
def _titles_by_first(titles: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in titles:
        out.setdefault(t[0], []).append(t)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_POSS = re.compile(r"(?:['’]s|['’])$")


def clean_name(text: str, roles: Roles) -> str:
    text = _POSS.sub("", text.strip()).strip(" \"“”‘’'.,:;()-—")
    words = text.split()
    while words and words[0].lower() in roles.honorifics | {"the"}:
        words = words[1:]
    return " ".join(words)


def _first_names_fit(words: list[str], entry) -> bool:
    first = words[0].lower().rstrip(".")
    return any(first in n.lower().split() for n in entry.names)
