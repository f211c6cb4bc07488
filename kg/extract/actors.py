"""Actor mentions: gazetteer names, NER people and organisations, titles, pronouns; each resolved
to one actor of the document (a gazetteer key, or a slug of the name)."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.documents import slug
from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.lexicon import load_lexicon, titlecase, verb_forms
from kg.model import Actor, Document
from kg.resources import load_yaml

#: Words a title-case headline may run into a name that are times, not actors ("Overnight Strikes").
_DATE_WORDS = {"overnight", "today", "yesterday", "tonight", "tomorrow", *WEEKDAYS, *MONTHS}
#: NER labels kept as actors when the gazetteer does not know the name.
_NER_KINDS = {"PERSON": "person", "ORG": "org"}
#: Dependencies of an organisation's head that make it an agent (not a thing or a topic).
_AGENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "poss", "iobj"}
_AGENT_PREPS = {"with", "to", "by", "between", "from", "against", "for", "among"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
#: Facilities named after their place: "Sanaa international airport".
_FACILITIES = {
    "airport",
    "airbase",
    "base",
    "refinery",
    "plant",
    "port",
    "harbour",
    "harbor",
    "station",
    "hospital",
    "market",
    "bridge",
    "dam",
    "camp",
    "prison",
    "depot",
    "terminal",
    "border",
    "crossing",
}
#: Words of geographic names: "the Gulf of Finland" is no actor.
_GEO_WORDS = {
    "gulf",
    "sea",
    "bay",
    "strait",
    "straits",
    "horn",
    "coast",
    "cape",
    "lake",
    "river",
    "isle",
    "islands",
    "sound",
    "mouth",
    "shores",
}
#: Nouns for places: "the city of X" names a place.
_PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "region",
    "province",
    "district",
    "port",
    "capital",
    "state",
    "county",
    "oblast",
    "governorate",
    "area",
    "island",
    "enclave",
    "strip",
}


@dataclass
class Roles:
    """Language data of ontology/roles.yaml."""

    honorifics: frozenset[str]
    titles: tuple[tuple[str, ...], ...]
    state_agents: frozenset[str]
    collectives: frozenset[str]
    aliases: dict[str, str]
    locative: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    pairs: tuple[tuple[str, ...], ...]


@cache
def load_roles() -> Roles:
    d = load_yaml("roles.yaml")
    pron = d.get("pronouns") or {}
    return Roles(
        honorifics=frozenset(w.lower() for w in d.get("honorifics", [])),
        titles=tuple(sorted((tuple(t.lower().split()) for t in d.get("titles", [])), key=len, reverse=True)),
        state_agents=frozenset(d.get("state_agents", [])),
        collectives=frozenset(d.get("collectives", [])),
        aliases={k.lower(): v.lower() for k, v in (d.get("title_aliases") or {}).items()},
        locative=frozenset(d.get("locative_preps", [])),
        person_pronouns=frozenset(pron.get("person", [])),
        plural_pronouns=frozenset(pron.get("plural", [])),
        pairs=tuple(tuple(p.lower().split()) for p in pron.get("pair", [])),
    )


@dataclass
class Publisher:
    country: str | None = None
    principal: str | None = None
    readout: bool = False


def publisher_of(document: Document) -> Publisher:
    data = load_yaml("publishers.yaml")
    where = " ".join(filter(None, [document.source, document.url]))
    pub = Publisher()
    for rule in data.get("publishers", []):
        if where and re.search(rule["pattern"], where, re.I):
            pub.country = pub.country or str(rule["country"])
            pub.principal = pub.principal or rule.get("principal")
    marker = data.get("readout_markers")
    title = document.title or ""
    # an official publisher's text is a readout or statement of its own principals
    pub.readout = pub.country is not None or bool(
        (marker and where and re.search(marker, where, re.I))
        or re.search(
            r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
            r"November|December) \d{4}\b",
            title,
        )
    )
    return pub


@dataclass
class ActorMention:
    """A resolved stretch of tokens ``[start, end)`` that names an actor."""

    start: int
    end: int
    key: str
    how: str  # name | demonym | metonym | ner | title | pronoun | group
    locative: bool = False
    modifier: bool = False  # part of a person's title ("Polish Prime Minister Tusk": Polish)
    chars: tuple[int, int] | None = None  # a part of a token ("U.S." in "U.S.-Egypt")


@dataclass
class ActorIndex:
    """Every actor of a document and which tokens name it."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)
    by_token: dict[int, ActorMention] = field(default_factory=dict)
    persons_by_title: dict[str, str] = field(default_factory=dict)

    def at(self, tok: Token) -> ActorMention | None:
        return self.by_token.get(tok.i)


class _Forms:
    """PhraseMatcher over the gazetteer's surface forms, built once per vocabulary and gazetteer."""

    def __init__(self, nlp, gazetteer) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        forms: dict[str, tuple[str, str]] = {}
        for text, key, how in gazetteer.surface_forms():
            forms.setdefault(text, (key, how))
            if text[:1].isalpha() and text[:1].islower():
                forms.setdefault(text[:1].upper() + text[1:], (key, how))
        for n, (text, (key, how)) in enumerate(forms.items()):
            label = f"g{n}"
            self.info[label] = (key, how)
            self.matcher.add(label, [nlp.make_doc(text)])


#: gazetteer -> (vocabulary, matcher); weak, so a dropped gazetteer takes its matcher with it.
_FORMS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def forms_for(nlp, gazetteer) -> _Forms:
    """The surface-form matcher of ``gazetteer`` for ``nlp``'s vocabulary, built once."""
    cached = _FORMS.get(gazetteer)
    if cached is None or cached[0] is not nlp.vocab:
        cached = (nlp.vocab, _Forms(nlp, gazetteer))
        _FORMS[gazetteer] = cached
    return cached[1]


class ActorFinder:
    def __init__(self, doc: Doc, document: Document, nlp, gazetteer, publisher: Publisher) -> None:
        self.doc = doc
        self.document = document
        self.gaz = gazetteer
        self.roles = load_roles()
        self.forms = forms_for(nlp, gazetteer)
        self.publisher = publisher
        self.index = ActorIndex()
        self.surnames: dict[str, str] = {}
        self.last_person: str | None = None
        self._of_pending: int | None = None
        self.lows = [t.lower_ for t in doc]
        self.titles_by_first = _titles_by_first(self.roles.titles)

    # ------------------------------------------------------------------ actors

    def actor_for_entry(self, entry) -> str:
        if entry.key not in self.index.actors:
            self.index.actors[entry.key] = Actor(
                key=entry.key,
                label=entry.label,
                kind=entry.kind,
                wikidata=entry.wikidata,
                cameo=entry.cameo,
                iso3=entry.iso3,
                in_gazetteer=True,
                affiliation=entry.country,
            )
        return entry.key

    def actor_for_name(self, name: str, kind: str) -> str:
        key = slug(name)
        if key not in self.index.actors:
            self.index.actors[key] = Actor(key=key, label=name, kind=kind)
        return key

    def add(self, start: int, end: int, key: str, how: str, **kw) -> ActorMention:
        m = ActorMention(start, end, key, how, **kw)
        self.index.mentions.append(m)
        for i in range(start, end):
            self.index.by_token[i] = m
        if self.index.actors[key].kind == "person" and how != "pronoun":
            self.last_person = key
        return m

    # ------------------------------------------------------------------ the pass

    def run(self) -> ActorIndex:
        doc = self.doc
        spans: list[tuple[int, int, str, object]] = []
        for label, s, e in self.forms.matcher(doc):
            key, how = self.forms.info[doc.vocab.strings[label]]
            spans.append((s, e, "gaz", (key, how)))
        names = {
            i
            for s, e, _, (key, how) in spans
            if how == "name" and key in self.gaz.entries and not self.gaz.entries[key].ambiguous
            for i in range(s, e)
        }
        for ent in doc.ents:
            if ent.label_ not in _NER_KINDS:
                continue
            start, end = ent.start, self._cut_at_event_word(ent)
            if self._headline_verb(doc[start]) or self._place_name(ent):
                continue
            while start < end and doc[start].dep_ == "det":
                start += 1
            if any(i in names for i in range(start, end)) and (ent.label_ == "ORG" or end - start > 1):
                continue  # the gazetteer knows the name better ("Trump Meets Putin" in a headline)
            if start < end and doc[start:end].text.lower() not in _DATE_WORDS:
                # "Kiir and Machar" read as one name: two people
                cuts = [i for i in range(start + 1, end - 1) if doc[i].lower_ in ("and", "&")]
                for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end], strict=True):
                    if a < b:
                        spans.append((a, b, ent.label_, None))
        spans.extend(self._title_spans())
        chosen = _longest_first(spans)
        for s, e, what, info in chosen:
            self._resolve(s, e, what, info)
        self._bare_surnames()
        self._pronouns()
        self._groups()
        self._appositions()
        self._hyphenated()
        return self.index

    def _hyphenated(self) -> None:
        """Both sides of a hyphenated pair the tokenizer kept whole ("the U.S.-Egypt partnership")."""
        for tok in self.doc:
            if tok.i in self.index.by_token or "-" not in tok.text.strip("-") or not tok.text[:1].isupper():
                continue
            offset = tok.idx
            for part in tok.text.split("-"):
                hit = self.gaz.lookup(part) if part[:1].isupper() else None
                if hit and hit[0].kind in ("state", "igo"):
                    key = self.actor_for_entry(hit[0])
                    m = ActorMention(tok.i, tok.i + 1, key, hit[1], chars=(offset, offset + len(part)))
                    self.index.mentions.append(m)
                offset += len(part) + 1

    def _headline_verb(self, tok: Token) -> bool:
        """ "Iran Vows Response": a headline verb the NER took for the start of a name."""
        lexicon = load_lexicon()
        if not any(lexicon.candidates(w) for w in verb_forms(tok.text)):
            return False
        return titlecase(tok.sent) and self.gaz.lookup(tok.text) is None

    def _place_name(self, ent: Span) -> bool:
        """ "the city of Goma": a place the NER took for a person or organisation."""
        head = ent.root
        if head.dep_ == "compound" and head.head.lower_ in _PLACE_NOUNS | _FACILITIES:
            return True  # "Sanaa international airport", "Kherson region"
        return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _PLACE_NOUNS

    def _cut_at_event_word(self, ent: Span) -> int:
        """In a title-case line the NER may run a name into an event word ("Zelensky Calls"): end
        the name before it."""
        sent = ent.sent
        words = [t for t in sent if t.is_alpha]
        if not words or sum(t.text[:1].isupper() for t in words) < 0.6 * len(words):
            return ent.end
        lexicon = load_lexicon()
        for t in ent[1:]:
            if lexicon.candidates(t.lower_) or lexicon.candidates(t.lemma_.lower()):
                return t.i
        return ent.end

    def _title_at_index(self, i: int, end: int | None = None) -> tuple[str, ...] | None:
        """The longest title starting at token ``i`` (and ending by ``end``), or None."""
        lows = self.lows
        end = len(lows) if end is None else end
        for t in self.titles_by_first.get(lows[i], ()) if i < len(lows) else ():
            if i + len(t) <= end and tuple(lows[i : i + len(t)]) == t:
                if t == ("pm",) and self.doc[i].text != "PM":
                    continue
                return t
        return None

    def _title_ending_at(self, j: int) -> tuple[str, ...] | None:
        for n in (4, 3, 2, 1):
            if j - n >= 0:
                t = self._title_at_index(j - n, j)
                if t is not None and len(t) == n:
                    return t
        return None

    def _title_spans(self):
        """Capitalised titles (and "PM"): alone ("the Prime Minister") or before a name."""
        doc = self.doc
        i = 0
        while i < len(doc):
            if doc[i].text[:1].isupper():
                t = self._title_at_index(i)
                if t is not None:
                    yield (i, i + len(t), "TITLE", t)
                    i += len(t)
                    continue
            i += 1

    def _credit(self, s: int, e: int) -> bool:
        """A dateline's agency credit, "WASHINGTON (AP) -": the news agency, not an actor."""
        doc = self.doc
        return (
            s >= 1
            and e + 1 < len(doc)
            and doc[s - 1].text == "("
            and doc[e].text == ")"
            and doc[e + 1].text in ("-", "—", "–", "--", ":")
            and s - doc[s].sent.start < 12
        )

    def _dateline(self, s: int, e: int) -> bool:
        """ "KHARTOUM (AFP) -", "MANILA, Philippines (Reuters) -": the place a wire story is filed from."""
        doc = self.doc
        if (
            e >= len(doc)
            or not any(t.text == "(" for t in doc[e : e + 3])
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
        rest = doc[e : min(len(doc), e + 8)]
        return any(t.text == "(" for t in rest[:3]) and any(t.text in ("-", "—", "–", "--") for t in rest)

    def _resolve(self, s: int, e: int, what: str, info) -> None:
        doc = self.doc
        if what != "PERSON" and self._credit(s, e) or self._dateline(s, e):
            return
        if what == "gaz":
            key, how = info
            entry = self.gaz.entries.get(key)
            if entry is None:
                return
            span = doc[s:e]
            if entry.ambiguous and e - s == 1 and span.root.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON"):
                return
            if entry.kind == "person":
                self._person(s, e, span.text, entry)
                return
            modifier = self._modifies_person(span) or self._of_pending == s
            self.add(
                s, e, self.actor_for_entry(entry), how, locative=self._locative(span, how), modifier=modifier
            )
            if modifier:
                m = self.index.mentions[-1]
                for prev in reversed(self.index.mentions[:-1]):
                    if self.index.actors[prev.key].kind == "person":
                        if not self.index.actors[prev.key].affiliation:
                            self.index.actors[prev.key].affiliation = m.key
                        break
            return
        if what == "TITLE":
            self._title(s, e, info)
            return
        span = doc[s:e]
        if what == "PERSON":
            self._person(s, e, span.text, None)
        elif what == "ORG" and self._org_is_agent(span.root) and any(t.text[:1].isupper() for t in span):
            self._org(s, e)

    def _org(self, s: int, e: int) -> None:
        doc = self.doc
        known = self.surnames.get(doc[s].lower_) if e - s == 1 else None
        if known is not None:
            self.add(s, e, known, "name")  # a person's surname the NER took for an organisation
            return
        while (
            e > s + 1
            and doc[e - 1].lower_ in self.roles.state_agents | {"spokesperson", "spokesman"}
            and doc[e - 1].lower_ not in ("government", "ministry", "delegation", "embassy")
        ):
            e -= 1
        name = _clean_name(doc[s:e].text, self.roles)
        if not name or len(name) < 2:
            return
        hit = self.gaz.lookup(name)
        if hit is None and doc[e - 1].lower_ in self.roles.state_agents:
            # "the Russian Defence Ministry", "the EU Delegation": the state's own agency
            inner = [self.gaz.lookup(t.text) for t in doc[s : e - 1]]
            hit = next((h for h in inner if h and h[0].kind in ("state", "igo")), None)
        if hit:
            self.add(s, e, self.actor_for_entry(hit[0]), "ner")
            return
        words = [w for w in re.split(r"[^\w]+", name) if w and w.lower() not in ("and", "the", "of")]
        key = slug(" ".join(words))
        if key not in self.index.actors:
            self.index.actors[key] = Actor(key=key, label=name, kind="org")
        self.add(s, e, key, "ner")

    # ------------------------------------------------------------------ people

    def _person(self, s: int, e: int, text: str, entry) -> None:
        doc = self.doc
        # a title straight before the name is part of the mention and gives the role
        while s < e and doc[s].lower_.rstrip(".") in {h.rstrip(".") for h in self.roles.honorifics}:
            s += 1
        lead = self._title_at(s, e)
        if lead:
            s += lead
        cut = next((i for i in range(s, e) if doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "’s")), e)
        e = cut
        if s >= e:
            return
        name = _clean_name(doc[s:e].text, self.roles)
        if not name:
            return
        if entry is None:
            hit = self.gaz.lookup(name)
            if hit and hit[0].kind == "person":
                entry = hit[0]
        if entry is None:
            words = name.split()
            local = self.surnames.get(words[-1].lower())
            if local:
                key = local
            else:
                cands = [c for c in self.gaz.by_surname(words[-1]) if c.kind == "person"]
                if len(cands) == 1 and (len(words) == 1 or _first_names_fit(words, cands[0])):
                    key = self.actor_for_entry(cands[0])
                else:
                    key = self.actor_for_name(name, "person")
        else:
            key = self.actor_for_entry(entry)
        for w in self.index.actors[key].label.split()[-1:] + name.split()[-1:]:
            self.surnames.setdefault(w.lower(), key)
        role = self._role_before(s)
        actor = self.index.actors[key]
        if role and not actor.role:
            actor.role = role[0]
        if role and role[1]:
            self.index.persons_by_title[role[1]] = key
        aff = self._affiliation(s, e)
        if aff and not actor.affiliation:
            actor.affiliation = aff
        self.add(s, e, key, "name")
        self._mark_of(e)

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
        j = s
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

    def _appositions(self) -> None:
        """Role and affiliation from an apposition ("Y, Mr. X's policy aide": "policy aide", X)."""
        doc = self.doc
        for m in list(self.index.mentions):
            actor = self.index.actors[m.key]
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
                    and t.i not in self.index.by_token
                ]
                if words and words[-1].i == child.i:
                    actor.role = actor.role or " ".join(t.text for t in words)
                    om = self.index.by_token.get(owner.i) if owner is not None else None
                    if om is not None and om.key != m.key:
                        actor.affiliation = actor.affiliation or om.key

    def _affiliation(self, s: int, e: int) -> str | None:
        doc = self.doc
        if e + 1 < len(doc) and doc[e].lower_ == "of":
            m = self.index.by_token.get(e + 1)
            if m:
                return m.key
        if s >= 1:
            m = self.index.by_token.get(s - 1)
            if m and m.how == "demonym":
                return m.key
        return None

    def _title_key(self, title: str) -> str:
        return self.roles.aliases.get(title, title)

    def _title(self, s: int, e: int, words: tuple[str, ...]) -> None:
        """A title with no name after it: the office holder, or the state for envoys and officials."""
        doc = self.doc
        nxt = doc[e] if e < len(doc) else None
        if nxt is not None and (
            nxt.ent_type_ == "PERSON"
            or (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.lower_ not in ("of",))
        ):
            if nxt.ent_type_ != "PERSON":
                name_end = e
                while (
                    name_end < len(doc)
                    and doc[name_end].pos_ == "PROPN"
                    and doc[name_end].text[:1].isupper()
                    and doc[name_end].lower_ != "of"
                    and name_end - e < 4
                ):
                    name_end += 1
                self._person(e, name_end, doc[e:name_end].text, None)
                m = self.index.by_token.get(e)
                if m:
                    actor = self.index.actors[m.key]
                    actor.role = actor.role or doc[s:e].text
                    self.index.persons_by_title[self._title_key(" ".join(words))] = m.key
            return
        title = self._title_key(" ".join(words))
        country = None
        if nxt is not None and nxt.lower_ == "of" and e + 1 < len(doc):
            country = self._named_after(e + 1)
        if country is None and s >= 1:
            m = self.index.by_token.get(s - 1)
            if m and m.how in ("demonym", "name") and self.index.actors[m.key].kind == "state":
                country = m.key
        key = None
        if country:
            holder = self._holder(title, country, self.document.published)
            key = self.actor_for_entry(holder) if holder else None
            if key is None and (
                words[-1] in self.roles.state_agents or nxt is not None and nxt.lower_ == "of"
            ):
                key = country if country in self.index.actors else None
        else:
            pub = self.publisher
            if pub.country and pub.principal and _title_fits(title, pub.principal):
                holder = self._holder(pub.principal, pub.country, self.document.published)
                key = self.actor_for_entry(holder) if holder else None
            if key is None:
                key = next(
                    (
                        k
                        for t, k in reversed(list(self.index.persons_by_title.items()))
                        if _title_fits(title, t)
                    ),
                    None,
                )
            if key is None and pub.country:
                holder = self._holder(title, pub.country, self.document.published)
                key = self.actor_for_entry(holder) if holder else None
        if key:
            self.add(s, e, key, "title")
            actor = self.index.actors[key]
            if actor.kind == "person":
                actor.role = actor.role or doc[s:e].text
                # "the German Chancellor": the demonym qualifies the office ("the President of France"
                # still names France, as the body the office acts for)
                before = self.index.by_token.get(s - 1) if s >= 1 else None
                if before is not None and before.key == country and before.how == "demonym":
                    before.modifier = True

    def _named_after(self, i: int) -> str | None:
        """The gazetteer actor named by the words at ``i`` ("the United Kingdom", "France")."""
        doc = self.doc
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        for n in (4, 3, 2, 1):
            if i + n <= len(doc):
                hit = self.gaz.lookup(doc[i : i + n].text)
                if hit:
                    return self.actor_for_entry(hit[0])
        return None

    def _holder(self, title: str, of: str, on):
        """The office holder, or None (also when the gazetteer has no office data)."""
        try:
            return self.gaz.holder(title, of, on)
        except (OSError, KeyError, ValueError):
            return None

    def _bare_surnames(self) -> None:
        """A surname alone the NER missed ("accused Machar of ..."), after the full name came before."""
        first: dict[str, int] = {}
        for m in self.index.mentions:
            if self.index.actors[m.key].kind == "person" and m.how == "name":
                first.setdefault(m.key, m.start)
        for i, low in enumerate(self.lows):
            key = self.surnames.get(low)
            if key is None or i in self.index.by_token:
                continue
            tok = self.doc[i]
            if (
                tok.i in self.index.by_token
                or tok.pos_ != "PROPN"
                or not tok.text[:1].isupper()
                or first.get(key, len(self.doc)) >= tok.i
            ):
                continue
            m = ActorMention(tok.i, tok.i + 1, key, "name")
            self.index.mentions.append(m)
            self.index.by_token[tok.i] = m

    def _pronouns(self) -> None:
        """he/she/his -> the most salient person before it (last subject, else last mention)."""
        doc = self.doc
        people = sorted(
            (m for m in self.index.mentions if self.index.actors[m.key].kind == "person"),
            key=lambda m: m.start,
        )
        if not people:
            return
        j = 0
        last_subject = last = None
        for tok in doc:
            while j < len(people) and people[j].start <= tok.i:
                m = people[j]
                last = m.key
                if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") or doc[m.start].dep_ in (
                    "nsubj",
                    "nsubjpass",
                ):
                    last_subject = m.key
                j += 1
            if (
                tok.pos_ == "PRON"
                and tok.lower_ in self.roles.person_pronouns
                and tok.i not in self.index.by_token
            ):
                key = last_subject or last
                if key:
                    m = ActorMention(tok.i, tok.i + 1, key, "pronoun")
                    self.index.mentions.append(m)
                    self.index.by_token[tok.i] = m

    def _groups(self) -> None:
        """A regional adjective the gazetteer does not know on a collective noun ("Arab ministers")."""
        for ent in self.doc.ents:
            if ent.label_ != "NORP" or ent.start in self.index.by_token:
                continue
            head = ent.root.head
            plural = (head.lemma_.lower() + "s", head.lower_)
            collective = any(w in self.roles.collectives for w in plural)
            if collective and head.i == ent.end and head.i not in self.index.by_token:
                name = f"{ent.text} {head.text}"
                key = self.actor_for_name(name[:1].upper() + name[1:], "group")
                self.add(ent.start, head.i + 1, key, "group")

    # ------------------------------------------------------------------ context tests

    def _locative(self, span: Span, how: str) -> bool:
        head = span.root
        if head.dep_ == "pobj" and head.head.lower_ in self.roles.locative:
            return True
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _GEO_WORDS:
            return True  # "the Gulf of Finland", "the Sea of Japan": a place name
        prep = head.head
        if (
            head.dep_ == "pobj"
            and prep.lower_ in ("on", "regarding", "about", "concerning")
            and prep.i == prep.sent.start
        ):
            return True
        return how == "metonym" and head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN")

    def _modifies_person(self, span: Span) -> bool:
        head = span.root
        if head.dep_ in ("amod", "compound") and head.head.ent_type_ == "PERSON":
            return True
        # "Russian President Vladimir Putin", "Hungarian Prime Minister Viktor Orbán": the state
        # qualifies the office of the person named next
        e = span.end
        doc = self.doc
        if e < len(doc) and doc[e].text[:1].isupper():
            t = self._title_at_index(e)
            if t is not None and e + len(t) < len(doc):
                nxt = doc[e + len(t)]
                return nxt.ent_type_ == "PERSON" or (nxt.pos_ == "PROPN" and nxt.text[:1].isupper())
        return False

    def _org_is_agent(self, head: Token, depth: int = 0) -> bool:
        """An organisation acts (subject, object, "with X") rather than being a topic ("progress of X")."""
        if head.dep_ in ("appos", "conj") and depth < 3 and head.head is not head:
            return self._org_is_agent(head.head, depth + 1)
        if head.dep_ in _AGENT_DEPS:
            return True
        return head.dep_ == "pobj" and head.head.lower_ in _AGENT_PREPS


@cache
def _titles_by_first(titles: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in titles:
        out.setdefault(t[0], []).append(t)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _longest_first(spans):
    """Non-overlapping spans, longest first, gazetteer before NER on ties."""
    rank = {"gaz": 0, "PERSON": 1, "TITLE": 2, "ORG": 3}
    taken: set[int] = set()
    out = []
    for s, e, what, info in sorted(spans, key=lambda x: (-(x[1] - x[0]), rank.get(x[2], 9), x[0])):
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        out.append((s, e, what, info))
    return sorted(out, key=lambda x: x[0])


_POSS = re.compile(r"(?:['’]s|['’])$")


def _clean_name(text: str, roles: Roles) -> str:
    text = _POSS.sub("", text.strip()).strip(" \"“”‘’'.,:;()-—")
    words = text.split()
    while words and words[0].lower() in roles.honorifics | {"the"}:
        words = words[1:]
    return " ".join(words)


def _first_names_fit(words: list[str], entry) -> bool:
    first = words[0].lower().rstrip(".")
    return any(first in n.lower().split() for n in entry.names)


def _title_fits(title: str, known: str) -> bool:
    return title == known or known.startswith(title + " ") or title.startswith(known + " ")
