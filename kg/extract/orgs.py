"""Organisations the NER finds: resolved to a gazetteer entry, to the state whose agency they are, or
to an organisation of their own; with the acronym the text gives them ("the Rwanda Defence Force
(RDF)"), their short name ("the Council" after "the Security Council"), and the named agencies of
states as actors of their own ("the Kenyan Defence Forces", "Azerbaijan's Defence Ministry")."""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span, Token

from kg.documents import slug
from kg.extract.common_words import common_word
from kg.extract.people import clean_name
from kg.extract.state import ActorIndex, DocState
from kg.extract.things import office_or_sitting
from kg.model import Actor

#: NER labels of words that name something other than the body whose name runs on to them
_OTHER_NAMES = {"GPE", "PERSON", "NORP", "DATE", "TIME", "LOC", "FAC", "CARDINAL"}
#: NER labels of words after "on" that name no field or region of a body's name
_NOT_A_FIELD = {"DATE", "TIME", "GPE", "PERSON", "ORG", "PRODUCT"}
#: Dependencies of an organisation's head that make it an agent (not a thing or a topic).
_AGENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "poss", "iobj"}


def org_key(name: str) -> str:
    """The key of an organisation the gazetteer does not know: a slug of its name's main words."""
    words = [w for w in re.split(r"[^\w]+", name) if w and w.lower() not in ("and", "the", "of")]
    return slug(" ".join(words))


def _label(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


class Organisations:
    """The part of the mention finder that reads the names of organisations (a mixin of
    ``MentionFinder``: it uses the finder's ``doc``, ``gaz``, ``lang`` and ``index``)."""

    state: DocState
    index: ActorIndex

    def _acronym_after(self, s: int, e: int) -> str | None:
        """ "the Rwanda Defence Force (RDF)": the acronym in brackets right after a name; "the
        Movement for the Emancipation of the Niger Delta, or MEND,": one given with "or" whose
        letters are the initials of the name's capitalised words."""
        doc = self.doc
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
            word = doc[e + 1].text
            if _is_acronym(word):
                return word
        if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "or":
            word = doc[e + 2].text
            after = doc[e + 3] if e + 3 < len(doc) else None
            if _is_acronym(word) and (after is None or after.is_punct) and word == initials(doc[s:e]):
                return word
        known = e + 1 if e < len(doc) and doc[e].text == "," else e  # "the X Front, known as XF"
        if known + 2 < len(doc) and doc[known].lower_ == "known" and doc[known + 1].lower_ == "as":
            word = doc[known + 2].text
            if _is_acronym(word) and word == initials(doc[s:e]):
                return word
        return None

    def _named_org(self, head: Token, span: Span) -> bool:
        """A capitalised organisation's name that acts, or a body's name (a word for a body in it) that the
        text gives an acronym ("rebels who call themselves the X Front, or XF"): the acronym names it
        wherever it acts. (A programme or a partnership given an acronym is no body.)"""
        if not any(t.text[:1].isupper() for t in span) or office_or_sitting(span, head, self.lang):
            return False  # a common noun; an office or a sitting ("State Councilor", "a bilateral Summit")
        if self._org_is_agent(head):
            return True
        bodies = self.body_heads | self.lang.words.group_nouns
        return self._acronym_after(span.start, span.end) is not None and any(t.lower_ in bodies for t in span)

    def _name_before_acronym(self, start: int, end: int) -> int | None:
        """Where the name starts that an acronym given with "or" stands for, when the NER found only the
        acronym ("the Movement for the Emancipation of the Niger Delta, or MEND"), else None."""
        doc = self.doc
        word = doc[start].text
        if end - start != 1 or start < 3 or not _is_acronym(word):
            return None
        if doc[start - 1].lower_ != "or" or doc[start - 2].text != ",":
            return None
        e = start - 2
        for s in range(e - 1, max(-1, e - 16), -1):
            if not doc[s].text[:1].isupper():
                continue
            letters = initials(doc[s:e])
            if letters == word:
                return s
            if len(letters) >= len(word):
                return None
        return None

    def _short_name(self, word: str) -> str | None:
        """ "the Council" after "the Security Council": the one organisation named before whose name
        ends in the word."""
        keys = {
            m.key
            for m in self.index.mentions
            if self.index.actors[m.key].kind in ("igo", "org", "group")
            and m.how in ("name", "ner")
            and m.end - m.start > 1
            and self.doc[m.end - 1].text == word
        }
        return next(iter(keys)) if len(keys) == 1 else None

    def _short_body(self, word: str) -> str | None:
        """ "the Council" in a text on the European Union: the body of that organisation whose name
        starts with the word (language.yaml short_body_names), where the text names the organisation and
        no other body whose name holds the word; else None."""
        rule = self.lang.words.short_body_names.get(word)
        if rule is None or any(
            self.index.actors[m.key].kind in ("igo", "org", "group")
            and m.end - m.start > 1
            and word in self.doc[m.start : m.end].text.split()
            for m in self.index.mentions
        ):
            return None
        within, body = self.gaz.lookup(rule[0]), self.gaz.lookup(rule[1])
        if within is None or body is None:
            return None
        if not any(m.key == within[0].key for m in self.index.mentions):
            return None
        return self.index.of_entry(body[0])

    def _short_names(self) -> None:
        """ "the Council", "Council members" after "the Security Council", which the NER does not
        tag: the last word of an organisation's name named before, as the head of a definite phrase or
        as the owner of its members."""
        members = self.lang.roles.collectives
        for tok in self.doc:
            if tok.i in self.index.by_token or tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title:
                continue
            definite = tok.dep_ != "compound" and any(c.lower_ == "the" for c in tok.children)
            if not (definite or tok.dep_ == "compound" and tok.head.lower_ in members):
                continue
            key = self._short_name(tok.text)
            if key is not None and any(m.key == key and m.end <= tok.i for m in self.index.mentions):
                self.index.add(tok.i, tok.i + 1, key, "ner")

    def _common(self, tok: Token) -> bool:
        bodies = self.body_heads | self.lang.words.agency_heads  # "The Council condemned ..."
        return common_word(tok, self.lang, self.state.nlp, bodies) and self.gaz.lookup(tok.text) is None

    def _org(self, s: int, e: int) -> None:
        doc = self.doc
        while e > s + 1 and doc[e - 1].is_lower:
            e -= 1  # "her National League for Democracy party"
        while e > s + 1 and doc[s].is_lower and doc[s].is_alpha and doc[s].pos_ == "ADJ":
            s += 1  # "the illegitimate [Constituent Assembly]": a judgement, no part of the name
        one = doc[s].text if e - s == 1 else None
        known = self.index.person_called(one) if one else None
        if known is not None:
            self.index.add(s, e, known, "name")  # a person's surname the NER took for an organisation
            return
        if one is not None and one in self._thing_acronyms:
            return  # "traumatic brain injuries, or TBI": the acronym of a thing, not a body
        words = self.lang.words
        generic = self.lang.roles.state_agents | self.lang.roles.collectives | words.agency_words
        if all(t.lower_ in generic | words.generic_org_words for t in doc[s:e] if t.is_alpha):
            return  # "our Armed Forces", "the Coast Guard": whose, the words around it may say
        if self._as_acronym(s, e):
            return
        short = self._short_name(one) if one and doc[s].text[:1].isupper() else None
        if short is None and one is not None and e - s == 1:
            short = self._short_body(one)
        if short is not None:
            self.index.add(s, e, short, "ner")
            return
        if one is not None and self._common(doc[s]):
            return  # "Intelligence had shown ...": a common word the sentence's start capitalises
        if e - s > 1 and doc[e - 1].lower_ in self.lang.words.document_nouns | self.lang.words.meeting_nouns:
            # "the AMISOM statement said": the body that issued it; "the Normandy Format": no actor
            issuer = doc[s : e - 1]
            if doc[e - 1].lower_ in self.lang.words.statement_nouns and (
                issuer.text in self.index.aliases
                or self.gaz.lookup(issuer.text) is not None
                or len(issuer) == 1
                and issuer.text.isupper()
            ):
                self._org(s, e - 1)
            return
        acronym = self._acronym_after(s, e)
        full = e
        while (
            e > s + 1
            and doc[e - 1].lower_ in self.lang.roles.state_agents | self.lang.words.spokespeople
            and doc[e - 1].lower_ not in self.lang.words.agency_heads
        ):
            e -= 1
        # "the Kremlin Army" is the Kremlin's, "the Kachin Independence Army" a name of its own
        named = e < full and doc[e].text[:1].isupper() and doc[e].lower_ not in self.lang.words.spokespeople
        if named and self.gaz.lookup(clean_name(doc[s:e].text, self.lang.roles)) is None:
            e = full
        name = clean_name(doc[s:e].text, self.lang.roles)
        if not name or len(name) < 2:
            return
        hit = self.gaz.lookup(name)
        if hit is None and acronym:
            hit = self.gaz.lookup(acronym)  # "the Organization for the Security ... in Europe (OSCE)"
        agency = None
        if named and hit and hit[0].kind == "state" and doc[full - 1].lower_ in self.lang.words.agency_words:
            # "the Sri Lankan Navy": the state's agency by a name of its own
            agency = self._agency(s, full, e, hit[0].key)
            e = full
        if hit is None:
            # "the Russian Defence Ministry", "the EU Delegation", "the Kenyan Defence Forces": the
            # state's own agency
            owner = self._owner(s, e)
            if owner is not None and (
                doc[e - 1].lower_ in self.lang.roles.state_agents
                or any(t.lower_ in self.lang.words.agency_words for t in doc[owner[0] or s : e])
            ):
                hit = owner[1]
                agency = self._agency(s, e, owner[0], hit[0].key) if owner[0] else None
        if hit:
            key = self.index.of_entry(hit[0])
            self.index.add(s, e, key, "ner")
            if agency:
                self.index.add_beside(s, e, agency, "ner")
        else:
            key = org_key(name)
            if key not in self.index.actors:
                self.index.actors[key] = Actor(key=key, label=name, kind="org")
                owner = self._owner(s, e)
                if owner is not None and owner[0] is not None and owner[1][0].kind == "state":
                    # "the Haitian Transitional Presidential Council": also the Transitional Presidential
                    # Council
                    rest = [t for t in doc[owner[0] : e] if t.tag_ != "POS"]
                    self.index.actors[key].names = body_names(self.state, owner[1][0].key, rest, name)
            self.index.add(s, e, key, "ner")
        if acronym and acronym not in self.index.aliases:
            self.index.aliases[acronym] = (key, agency)

    def _owner(self, s: int, e: int):
        """The state or international organisation named at the start of ``[s, e)`` ("the Sri Lankan
        Navy", "Somalia's Information Ministry"), or inside it: (where its name ends when it starts the
        span, the gazetteer hit), or None."""
        doc = self.doc
        for j in range(e - 1, s, -1):
            hit = self.gaz.lookup(doc[s:j].text)
            if hit and hit[0].kind in ("state", "igo"):
                return j, hit
        for i in range(s + 1, e - 1):
            hit = self.gaz.lookup(doc[i].text)
            if hit and hit[0].kind in ("state", "igo"):
                return None, hit
        return None

    def _agency(self, s: int, e: int, owner: int, state_key: str) -> str | None:
        """An agency of a state named as such, an actor of its own beside the state: the words after the
        state's name (which ends at ``owner``) are a capitalised name ("the Kenyan Defence Forces",
        "Azerbaijan's Defence Ministry") or end in "ministry" ("the Armenian defence ministry"). Its key,
        or None."""
        doc = self.doc
        rest = [t for t in doc[owner:e] if t.tag_ != "POS"]
        if not rest:
            return None
        small = self.lang.words.headline_lowercase  # "the UAE Ministry of Foreign Affairs"
        named = all(t.text[:1].isupper() or t.lower_ in small for t in rest)
        if not (named or rest[-1].lower_ == "ministry"):
            return None
        if not any(t.lower_ in self.lang.words.agency_words for t in rest):
            return None
        label = _label(doc[s:e].text)
        # "the Ministry of the Interior" and "the Ministry of Interior": one body, one actor
        same = org_key(label)
        key = next((k for k, a in self.index.actors.items() if a.affiliation == state_key
                    and not a.in_gazetteer and org_key(a.label) == same), slug(label))
        if key not in self.index.actors:
            self.index.actors[key] = Actor(key=key, label=label, kind="org", affiliation=state_key)
            self.index.actors[key].names = body_names(self.state, state_key, rest, label)
        return key

    def _company_end(self, end: int) -> int:
        """The end of a company's name with its legal form ("Petroleos de Venezuela, S.A.")."""
        doc = self.doc
        suffixes = self.lang.words.company_suffixes
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in suffixes:
            return end + 2
        return end + 1 if end < len(doc) and doc[end].lower_ in suffixes else end

    def _field_end(self, start: int, end: int) -> int:
        """The end of a body's name the NER cut at its head noun ("the International Contact Group [on
        the Great Lakes]"): on over "on" or "for", "the" and the capitalised words after it, where they
        name a field or a region (no date, state, person or organisation of their own: "the Committee on
        Monday", "the Contact Group on Libya", "the Group on Telegram")."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ not in ("on", "for"):
            return end
        if end - start < 2 or doc[end - 1].lower_ not in self.lang.words.named_field_heads:
            return end
        i = end + 1 + (doc[end + 1].lower_ == "the")
        j = i
        dates = self.date_words
        while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "and") and j > i
                                and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
            if doc[j].ent_type_ in _NOT_A_FIELD or doc[j].lower_ in dates:
                return end
            j += 1
        return j if j > i else end

    def _bracket_end(self, start: int, end: int) -> int:
        """The end of a name the NER ran into the opening of its acronym ("the Office of Foreign
        Assets Control (OFAC" + ")"): before the bracket, so the acronym is read as the name's."""
        doc = self.doc
        if (
            end - start > 2
            and end < len(doc)
            and doc[end].text == ")"
            and doc[end - 2].text == "("
            and _is_acronym(doc[end - 1].text)
        ):
            return end - 2
        return end

    def _owner_name(self, start: int, end: int) -> tuple[int, int] | None:
        """The organisation that owns the body a name ends with ("the U.S. [Department of the
        Treasury]'s Office of Foreign Assets Control"): where the owner's name starts and where the
        body's starts. A state's agency keeps its state ("Azerbaijan's Defence Ministry")."""
        doc = self.doc
        for p in range(start + 1, end - 2):
            if doc[p].tag_ == "POS" and doc[p + 1].text[:1].isupper():
                for q in range(start, p):
                    hit = self.gaz.lookup(clean_name(doc[q:p].text, self.lang.roles))
                    if hit is not None and hit[0].kind in ("org", "igo"):
                        return q, p + 1
        return None

    def _agency_start(self, start: int, end: int) -> int:
        """Where the name of a state's agency starts when the NER left the state out ("Kenyan [Defence
        Forces]", "Azerbaijan's [Defence Ministry]")."""
        doc = self.doc
        if doc[end - 1].lower_ not in self.lang.words.agency_words or start == 0:
            return start
        before = start - 1
        if doc[before].tag_ == "POS" and before > 0:
            before -= 1
        for n in (2, 1):
            if before - n + 1 >= 0 and doc[before - n + 1].text[:1].isupper():
                hit = self.gaz.lookup(doc[before - n + 1 : before + 1].text)
                if hit and hit[0].kind == "state":
                    return before - n + 1
        return start

    def _org_is_agent(self, head: Token, depth: int = 0) -> bool:
        """An organisation acts (subject, object, "with X") rather than being a topic ("progress of X")."""
        if head.dep_ in ("appos", "conj") and depth < 3 and head.head.i != head.i:
            return self._org_is_agent(head.head, depth + 1)
        if head.dep_ in _AGENT_DEPS:
            return True
        craft = self.lang.roles.weapons | self.lang.roles.doer_nouns
        craft_of = head.dep_ in ("compound", "amod") and head.head.lemma_ in craft and depth < 3
        if craft_of and head.head.is_lower and head.doc[head.head.i - 1].is_lower:
            # "seized Ukrainian navy ships": the body whose craft or forces act or are acted on, named by
            # a common noun (not by a name of its own: "Rwanda Defence Force troops", "Multinational Force")
            return self._org_is_agent(head.head, depth + 1)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            # "members of the Kachin Independence Army", "a spokesman for ...": the body its people act for
            owner = head.head.head
            roles = self.lang.roles
            return (
                owner.lower_ in roles.collectives
                or owner.lemma_.lower() in roles.state_agents | roles.collectives
                or (owner.lemma_.lower() + "s" in roles.collectives)
            )
        if head.dep_ == "pobj" and head.head.lower_ == "for" and self._portfolio(head.head.head):
            return False  # "the Minister for Internal Affairs": a field in someone's charge, no body
        return head.dep_ == "pobj" and head.head.lower_ in self.lang.words.agent_preps

    def _portfolio(self, office: Token) -> bool:
        """An office title whose "for X" names what the holder has in charge ("Under Secretary")."""
        titles = self.lang.roles.portfolio_titles
        return office.lower_ in titles or office.lower_.split("-")[0] in titles

    def _acronyms(self) -> None:
        """An acronym the text gave a name ("the Ogaden National Liberation Front (ONLF)") names it
        wherever it stands alone, also where the NER did not take it for a name."""
        for tok in self.doc:
            if tok.i not in self.index.by_token:
                self._as_acronym(tok.i, tok.i + 1)

    def _as_acronym(self, s: int, e: int) -> bool:
        """A one-word name that is an acronym the text gave a name before: that name's actor (and the
        state's agency beside it). False when it is none."""
        if e - s != 1 or self.doc[s].text not in self.index.aliases:
            return False
        key, agency = self.index.aliases[self.doc[s].text]
        self.index.add(s, e, key, "ner")
        if agency:
            self.index.add_beside(s, e, agency, "ner")
        return True

    @cached_property
    def _thing_acronyms(self) -> frozenset[str]:
        """Acronyms the text gives words in lower case ("traumatic brain injuries (TBI)", "improvised
        explosive devices, or IEDs"): names of things wherever they stand."""
        doc = self.doc
        out = set()
        for tok in doc:
            word = tok.text[:-1] if tok.text.endswith("s") and len(tok.text) > 2 else tok.text
            if not _is_acronym(word) or tok.i < 3:
                continue
            if doc[tok.i - 1].text == "(":
                end = tok.i - 1
            elif doc[tok.i - 1].lower_ == "or" and doc[tok.i - 2].text == ",":
                end = tok.i - 2
            else:
                continue
            if end - len(word) >= 0 and _common_initials(doc[end - len(word) : end]) == word:
                out.update((word, tok.text))
        return frozenset(out)

    def _state_agencies(self) -> None:
        """ "the Armenian defence ministry", "Azerbaijan's foreign ministry": a state's ministry named in
        lower case, which the NER leaves alone, is an actor of its own beside the state."""
        doc = self.doc
        for m in list(self.index.mentions):
            if m.how not in ("name", "demonym") or m.locative or m.chars:
                continue
            if self.index.actors[m.key].kind != "state":
                continue
            e = m.end + (1 if m.end < len(doc) and doc[m.end].tag_ == "POS" else 0)
            for n in (2, 1):
                words = doc[e : e + n]
                if (
                    len(words) == n
                    and words[-1].lower_ == "ministry"
                    and all(t.i not in self.index.by_token for t in words)
                    and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in words)
                ):
                    end = self._name_of(e + n) if words[-1].text[:1].isupper() else e + n
                    agency = self._agency(m.start, end, m.end, m.key)
                    if agency:
                        self.index.add_beside(m.start, end, agency, "ner")
                    break

    def _name_of(self, end: int) -> int:
        """The end of a capitalised name that goes on past its head with "of" ("the Cuban Ministry [of
        the Interior]", "Ministry [of Interior] Officials"): over "of", "the" and the capitalised words
        after it, short of a word for a state's people ("Officials") or a conjunction."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return end
        roles = self.lang.roles
        stop = roles.state_agents | roles.collectives | self.lang.words.spokespeople
        i = end + 1 + (doc[end + 1].lower_ == "the")
        last = end
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].lower_ not in stop:
            if i in self.index.by_token or doc[i].ent_type_ in _OTHER_NAMES:
                return end  # "the Ministry of Iran": another actor's name, not the body's
            i += 1
            last = i
        return last



def body_names(state: DocState, owner: str, rest: list[Token], label: str) -> list[str]:
    """The other names of a state's body named by the state and ``rest``: its own name where that is a
    capitalised name of two words or more ("Britain's [National Crime Agency]"), and its name with the
    state said either way ("Turkey's Interior Ministry", "the Turkish Interior Ministry")."""
    if not rest:
        return []
    own = _label(" ".join(t.text for t in rest))
    small = state.lang.words.headline_lowercase
    named = len(rest) > 1 and rest[0].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in small for t in rest)
    names = [own] if named else []
    entry = state.gazetteer.entries.get(owner)
    if entry is not None and entry.kind == "state":
        names += owned_names(entry, own)
    return [n for n in dict.fromkeys(names) if n != label]


def owned_names(entry, own: str) -> list[str]:
    """The names a state's body goes by with its state said either way: "Turkey's Interior Ministry",
    "the Turkish Interior Ministry" (the state's name with "'s", each demonym of one person or thing,
    not a plural: "Turks")."""
    demonyms = [d for d in entry.demonyms if not d.endswith("s") or d.endswith("ss")]
    return [f"{entry.label}'s {own}", *(f"{d} {own}" for d in demonyms)]


def _common_initials(span) -> str:
    """The first letters of words in lower case, upper-cased ("traumatic brain injuries": "TBI"),
    or "" where a word is capitalised."""
    words = [t for t in span if t.is_alpha]
    return "".join(t.text[0] for t in words).upper() if all(t.is_lower for t in words) else ""


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def initials(span) -> str:
    """The first letters of a name's capitalised words ("Justice and Equality Movement": "JEM")."""
    return "".join(t.text[0] for t in span if t.text[:1].isupper())
