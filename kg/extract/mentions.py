"""Actor mentions: gazetteer names, NER people and organisations, titles; each resolved to one
actor of the document (a gazetteer key, or a slug of the name). The first extraction pass."""

from __future__ import annotations

import weakref

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from kg.extract.aliases import aliases
from kg.extract.bracketed import acronym_names, defined_names, initialled_names
from kg.extract.datelines import agency_credit, dateline
from kg.extract.groups import described_groups, protester_parties, regional_groups
from kg.extract.juntas import junta_parties
from kg.extract.language import load_language
from kg.extract.nonpersons import NonPersons
from kg.extract.office_holders import OfficeHolders
from kg.extract.orgs import Organisations, initials
from kg.extract.places import owns_placed_place, place_names, place_phrase_word, sent_from
from kg.extract.prefixed import prefixed_bodies
from kg.extract.state import ActorMention, DocState
from kg.extract.things import operator_end, place_name, thing_name
from kg.extract.unnamed import missed_people

#: NER labels kept as actors when the gazetteer does not know the name.
_NER_KINDS = {"PERSON": "person", "ORG": "org"}


class _Forms:
    """PhraseMatchers over the gazetteer's surface forms and the places of states (ontology/
    places-petrarch.yaml), built once per vocabulary and gazetteer."""

    def __init__(self, nlp, gazetteer) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        forms: dict[str, tuple[str, str]] = {}
        for text, key, how in gazetteer.surface_forms():
            for form in _typeset(text):
                forms.setdefault(form, (key, how))
                if form[:1].isalpha() and form[:1].islower():
                    forms.setdefault(form[:1].upper() + form[1:], (key, how))
        for n, (text, (key, how)) in enumerate(forms.items()):
            label = f"g{n}"
            self.info[label] = (key, how)
            self.matcher.add(label, [nlp.make_doc(text)])
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.place_of: dict[str, str] = {}
        for n, (text, key) in enumerate(load_language().places.items()):
            if key in gazetteer.entries and text not in forms:
                self.place_of[f"p{n}"] = key
                self.places.add(f"p{n}", [nlp.make_doc(form) for form in _typeset(text)])


def _typeset(text: str) -> list[str]:
    """A name as typed and as typeset: "People's" is also "People’s" (the matcher compares the
    characters of each token as written)."""
    return [text, text.replace("'", "\u2019")] if "'" in text else [text]


#: gazetteer -> (vocabulary, matcher); weak, so a dropped gazetteer takes its matcher with it.
_FORMS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def forms_for(nlp, gazetteer) -> _Forms:
    """The surface-form matcher of ``gazetteer`` for ``nlp``'s vocabulary, built once."""
    cached = _FORMS.get(gazetteer)
    if cached is None or cached[0] is not nlp.vocab:
        cached = (nlp.vocab, _Forms(nlp, gazetteer))
        _FORMS[gazetteer] = cached
    return cached[1]


def _joined(ents: tuple[Span, ...]) -> list[Span]:
    """ "the Office of Terrorism and | Financial Intelligence": an organisation's name the NER cut at
    its "and" is one name."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == ent.label_ == "ORG" and prev.end == ent.start
                and prev[-1].lower_ == "and"):
            out[-1] = Span(ent.doc, prev.start, ent.end, label=ent.label_)
            continue
        out.append(ent)
    return out


class MentionFinder(OfficeHolders, Organisations):
    """Finds and resolves the actor mentions of one document into ``state.index``."""

    def __init__(self, state: DocState) -> None:
        super().__init__(state)
        self.forms = forms_for(state.nlp, state.gazetteer)
        w = state.lang.words
        #: words a title-case headline may run into a name that are times, not actors ("Overnight Strikes")
        self.date_words = {*w.date_words, *w.weekdays, *w.months}
        #: head nouns of bodies' names, which may go on with "of" ("the Ministry of the Interior")
        self.body_heads = w.agency_words | w.body_name_ends | w.named_field_heads

    def run(self) -> None:
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
        acronyms = set()
        for tok in doc:
            named_from = self._name_before_acronym(tok.i, tok.i + 1)
            if named_from is not None:  # "the Movement for ... Delta, or MEND": the NER may see neither
                spans.append((named_from, tok.i - 2, "ORG", None))
                acronyms.add(tok.i)
        no_person = NonPersons(doc, self.lang, self.gaz)
        for ent in _joined(doc.ents):
            if ent.label_ not in _NER_KINDS:
                continue
            if ent[-1].is_space:  # "Capital\n\n" at the end of a headline
                ent = _trimmed(ent)
                if ent is None:
                    continue
            start, end = ent.start, self._cut_at_event_word(ent)
            if start in acronyms:
                continue  # it takes the actor of the name it stands for (_acronyms)
            if ent.label_ == "PERSON" and end == ent.end:
                end = self._name_end(ent)
            while ent.label_ == "PERSON" and end - start > 1 and self._weekday(doc[end - 1]):
                end -= 1  # "confronted President Arce Sunday": the day is no part of the name
            if (
                self._headline_verb(doc[start])
                or place_name(ent, self.lang)
                or thing_name(ent, self.lang)
                or no_person(ent)
                or self._headline_only(doc[start:end] if end > start else ent)
            ):
                continue
            operator = operator_end(ent, self.lang)
            if operator < ent.end:
                end = min(end, operator)
            while start < end and doc[start].dep_ == "det":
                start += 1
            if ent.label_ == "ORG":
                end = self._field_end(start, self._bracket_end(start, end))
                last = doc[end - 1]
                if end - start > 1 and last.text[:1].isupper() and last.lower_ in self.body_heads:
                    end = self._name_of(end)  # "[The Chadian Ministry] of [the Interior]": one name
                owner = self._owner_name(start, end)
                if owner is not None:
                    spans.append((owner[0], owner[1] - 1, "ORG", None))  # the owner, named on its own
                    start = owner[1]
                start = self._agency_start(start, end)
                end = self._company_end(end)
            # the gazetteer knows the name better ("Trump Meets Putin" in a headline), unless it names a
            # state's agency ("the Rwanda Defence Force") or an organisation the text gives an acronym
            # ("Petroleos de Venezuela, S.A. (PDVSA)")
            agency = ent.label_ == "ORG" and (any(
                doc[i].lower_ in self.lang.words.agency_words for i in range(start, end) if i not in names
            ) or self._own_body(start, end))
            named = ent.label_ == "ORG" and self._acronym_after(start, end) is not None
            known = any(i in names for i in range(start, end)) and (ent.label_ == "ORG" or end - start > 1)
            if known and not (agency and end - 1 not in names or named):
                continue
            if start < end and doc[start:end].text.lower() not in self.date_words:
                cuts = self._coordination_cuts(start, end)
                for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end], strict=True):
                    if a < b:
                        spans.append((a, b, ent.label_, None))
        for label, s, e in self.forms.places(doc):
            if doc[s].text[:1].isupper():
                spans.append((s, e, "place", self.forms.place_of[doc.vocab.strings[label]]))
        spans.extend(self._title_spans())
        spans.extend(
            (s, e, "PERSON", None)
            for s, e in missed_people(doc, self.lang, self.gaz)
            if not no_person(Span(doc, s, e, label="PERSON"))
        )
        chosen = _longest_first(spans)
        for s, e, what, info in chosen:
            self._resolve(s, e, what, info)
        regional_groups(self.state)
        protester_parties(self.state)
        self._hyphenated()
        defined_names(self.state)
        self._acronyms()
        acronym_names(self.state)
        initialled_names(self.state)
        self._state_agencies()
        self._short_names()
        described_groups(self.state)
        junta_parties(self.state)
        prefixed_bodies(self.state)
        aliases(self.state)
        place_names(self.state)

    def _own_body(self, start: int, end: int) -> bool:
        """ "the Cambodia National Rescue Party": a name of three words or more, capitalised, that ends
        in a noun for a party or a body, outside the known name inside it, names the body itself."""
        last = self.doc[end - 1]
        return end - start >= 3 and last.text[:1].isupper() and last.lower_ in self.lang.words.body_name_ends

    def _coordination_cuts(self, start: int, end: int) -> list[int]:
        """Where a name the NER read as one is two ("Kiir and Machar", "Hamas and Islamic Jihad"): at an
        "and" whose two sides the parse coordinates as wholes, not inside one name ("the Organization for
        Security and Cooperation in Europe", "the Foreign, Commonwealth and Development Office")."""
        doc = self.doc
        if self._acronym_after(start, end) == initials(doc[start:end]):
            return []  # "the Scientific Studies and Research Center (SSRC)": one name, one acronym
        cuts = []
        for i in range(start + 1, end - 1):
            if doc[i].lower_ not in ("and", "&"):
                continue
            left = doc[cuts[-1] + 1 if cuts else start : i].root
            right = doc[i + 1 : end].root
            if right.dep_ == "conj" and right.head.i == left.i:
                cuts.append(i)
        return cuts

    def _hyphenated(self) -> None:
        """Both sides of a hyphenated pair the tokenizer kept whole ("the U.S.-Egypt partnership")."""
        for tok in self.doc:
            if tok.i in self.index.by_token or "-" not in tok.text.strip("-") or not tok.text[:1].isupper():
                continue
            offset = tok.idx
            parts = tok.text.split("-")
            if parts[-1].lower() in self.lang.words.descriptive_participles:
                continue  # "U.S.-made missiles", "a Liberia-flagged ship"
            for part in parts:
                hit = self.gaz.lookup(part) if part[:1].isupper() else None
                if hit and hit[0].kind in ("state", "igo"):
                    key = self.index.of_entry(hit[0])
                    m = ActorMention(tok.i, tok.i + 1, key, hit[1], chars=(offset, offset + len(part)))
                    self.index.mentions.append(m)
                offset += len(part) + 1

    def _document_label(self, span: Span) -> bool:
        """ "a breach of the UN Charter", "the Minsk agreements": a name that labels a document, not its
        issuer acting ("the AMISOM statement said" is AMISOM's)."""
        head = span.root
        words = self.lang.words
        noun = head.head.lemma_.lower() if head.dep_ in ("compound", "nmod") else None
        return noun is not None and noun in words.document_nouns and noun not in words.statement_nouns

    def _described(self, e: int) -> bool:
        """ "Israeli-made jets", "the Vienna-based OSCE", "an al-Qaida-linked group": a name that
        describes something else, not a party here."""
        doc = self.doc
        return (
            e + 1 < len(doc)
            and doc[e].text == "-"
            and doc[e + 1].lower_ in self.lang.words.descriptive_participles
        )

    def _headline_only(self, ent: Span) -> bool:
        """A name the NER found only in a title-case headline ("Condemns Escalation", "Thai Border"):
        capitalised words of a headline, unless the body names it too."""
        if not self._headline(ent.sent) or self.gaz.lookup(ent.text) is not None:
            return False
        body = self.doc.text[ent.sent.end_char :]
        last = next((t.text for t in reversed(ent) if t.is_alpha and len(t) > 1), ent[-1].text)
        return ent.text not in body and last not in body

    def _weekday(self, tok: Token) -> bool:
        """A weekday the parse reads as when something happened, not as a name ("Michael Sunday")."""
        low = tok.lower_
        return tok.dep_ == "npadvmod" and low.endswith("day") and low in self.lang.words.weekdays

    def _name_end(self, ent: Span) -> int:
        """The end of a person's name the NER cut short: the capitalised names the parse joins to it
        ("Anatolio Ndong [Mba]", "Abed Rabbo [Mansour Hadi]")."""
        doc = self.doc
        end = ent.end
        if self._headline(ent.sent):
            return end
        end = self._nicknamed(end)
        while end < len(doc) and end - ent.start < 6:
            nxt, last = doc[end], doc[end - 1]
            if (
                nxt.pos_ != "PROPN"
                or not nxt.text[:1].isupper()
                or nxt.ent_type_ not in ("", "PERSON")
                or last.dep_ not in ("compound", "flat")
                or last.head.i < end
                or last.head.i > end + 3
            ):
                break
            end += 1
        return end

    def _nicknamed(self, end: int) -> int:
        """Past a nickname in quotes and the surname after it (Mohamed Hamdan "Hemedti" Dagalo)."""
        doc = self.doc
        close = next((i for i in range(end + 2, min(end + 5, len(doc))) if doc[i].is_quote), None)
        if end >= len(doc) or not doc[end].is_quote or close is None or close + 1 >= len(doc):
            return end
        words, surname = doc[end + 1 : close], doc[close + 1]
        named = all(t.text[:1].isupper() for t in words) and surname.text[:1].isupper()
        return close + 2 if named and surname.is_alpha else end

    def _cut_at_event_word(self, ent: Span) -> int:
        """In a title-case line the NER may run a name into an event word ("Zelensky Calls"): end
        the name before it."""
        sent = ent.sent
        words = [t for t in sent if t.is_alpha]
        if not words or sum(t.text[:1].isupper() for t in words) < 0.6 * len(words):
            return ent.end
        lexicon = self.lang.lexicon
        for t in ent[1:]:
            if lexicon.candidates(t.lower_) or lexicon.candidates(t.lemma_.lower()):
                return t.i
        return ent.end

    def _resolve(self, s: int, e: int, what: str, info) -> None:
        doc = self.doc
        if what != "PERSON" and agency_credit(self.doc, s, e) or dateline(self.doc, s, e):
            return
        if what == "PERSON" and self._as_acronym(s, e):
            return  # an acronym the NER took for a person
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
            state = entry.kind == "state"
            if state and how == "demonym" and _people(span):
                return  # "Israelis and Palestinians": a people, not its state
            modifier = (
                self._modifies_person(span, state)
                or self._of_pending == s
                or self._described(e)
                or self._document_label(span)
            )
            self.index.add(
                s, e, self.index.of_entry(entry), how,
                locative=self._locative(span, how, state), modifier=modifier,
            )
            if self._of_pending == s:
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
        if what == "TITLE_BEFORE":
            self._title_named_before(s, e, info)
            return
        if what == "TITLE_OF":
            self._title_of_state(s, e, info)
            return
        if what == "place":
            # "Kharkiv", "Kursk": a place of its state, which it stands for only as a target
            self.index.add(s, e, self.index.of_entry(self.gaz.entries[info]), "place", locative=True)
            return
        span = doc[s:e]
        if what == "PERSON":
            # the name without a nickname in quotes inside it
            self._person(s, e, " ".join(t.text for t in span if not _quoted(t)), None)
        elif what == "ORG" and self._named_org(_head(span), span):
            self._org(s, e)

    def _locative(self, span: Span, how: str, state: bool = False) -> bool:
        head = span.root
        # "in Slovakia or Romania", "in Damascus, Syria": a place joined to a state named before
        for _ in range(3):
            if head.dep_ not in ("conj", "appos") or head.head.i == head.i:
                break
            before = self.index.by_token.get(head.head.i)
            if before is None or self.index.actors[before.key].kind != "state":
                break
            head = head.head
        if sent_from(head, self.lang):
            return False  # "envoys from the Czech Republic": whom they act for, not a place
        if head.dep_ == "pobj" and head.head.lower_ in self.lang.roles.locative:
            return True
        if place_phrase_word(head, self.lang) is not None or state and owns_placed_place(head, self.lang):
            return True  # "in the Ethiopian capital, Addis Ababa", "signed in Ethiopia's capital"
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.lower_ in self.lang.words.geo_words
        ):
            return True  # "the Gulf of Finland", "the Sea of Japan": a place name
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ in self.lang.words.topic_preps and prep.i == prep.sent.start:
            return True
        if how == "demonym" and head.dep_ in ("amod", "compound"):
            # "the northern Australian city of Darwin", "a Palestinian refugee camp": a place
            noun = head.head
            while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
                noun = noun.head
            if noun.lemma_.lower() in self.lang.words.place_nouns:
                return True
        if (
            state and how in ("demonym", "name") and head.dep_ in ("amod", "compound", "poss")
            and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in self.lang.words.territory_nouns
        ):
            return True  # "the Pakistan border", "Iraqi territorial waters", "Yemen's coast": its ground
        return how == "metonym" and head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN")

    def _modifies_person(self, span: Span, state: bool) -> bool:
        """The actor qualifies the office of the person named next: "Russian President Vladimir Putin";
        a state also before an office in lower case ("Norway's foreign minister X", "his Thai counterpart
        X"), but not before a spokesperson ("Kremlin spokesman X") or a day ("his counterpart Friday")."""
        head = span.root
        if head.dep_ in ("amod", "compound") and head.head.ent_type_ == "PERSON":
            return not self._headline_verb(head.head)  # "X Launches New Attacks": no person's name
        e, doc = span.end, self.doc
        if state and e + 1 < len(doc) and doc[e].tag_ == "POS":
            e += 1
        if e < len(doc) and (doc[e].text[:1].isupper() or state):
            t = self._title_at_index(e)
            if t is not None and not doc[e].text[:1].isupper() and t[-1] in self.lang.words.spokespeople:
                return False
            if t is not None and e + len(t) < len(doc):
                nxt = doc[e + len(t)]
                return nxt.ent_type_ == "PERSON" or (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
                                                     and nxt.ent_type_ not in ("DATE", "TIME"))
        return False


def _people(span: Span) -> bool:
    """A plural demonym that names a people ("Palestinians", "all Ethiopians"), not a modifier."""
    tok = span[-1]
    plural = tok.tag_ in ("NNPS", "NNS") and tok.lower_.endswith("s")
    noun = tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod")
    if len(span) == 1 and not plural and noun:
        # "a Kosovar, a Filipina": one private person of that nationality, not the state
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
            return False  # "a Belgian citizen": the demonym qualifies the noun after it
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts)
    if len(span) == 1 and plural and _definite_side(tok):
        return False  # "the Iranians withdrew their troops": the state's side, as a wire story says it
    return len(span) == 1 and plural and tok.dep_ != "compound"


def _definite_side(tok: Token) -> bool:
    """A plural demonym with "the" alone before it, the subject of an active verb ("the Russians
    shelled the town"): that state's side, not its people at large ("three Iranians were killed")."""
    lefts, verb = [t.lower_ for t in tok.lefts], tok.head
    kids = (*verb.children, *tok.children)  # none passive, none in a pair ("the Israelis and ...")
    return lefts == ["the"] and tok.dep_ == "nsubj" and verb.pos_ == "VERB" and not any(
        c.dep_ in ("auxpass", "conj") for c in kids
    )


def _head(span: Span) -> Token:
    """The head of a name, also where the parse hangs a part of it elsewhere ("the Contact Group [on
    the Great Lakes]" with "on" on the verb): the head of the words before that part."""
    root = span.root
    return span.doc[span.start : root.i].root if root.pos_ == "ADP" and root.i > span.start else root


def _trimmed(ent: Span) -> Span | None:
    """The entity without the white space the NER ran it into, or None when nothing is left."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].is_space:
        end -= 1
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


def _longest_first(spans):
    """Non-overlapping spans, longest first, gazetteer and places before NER on ties."""
    rank = {"gaz": 0, "place": 1, "PERSON": 2, "TITLE": 3, "TITLE_BEFORE": 3, "TITLE_OF": 3, "ORG": 4}
    taken: set[int] = set()
    out = []
    for s, e, what, info in sorted(spans, key=lambda x: (-(x[1] - x[0]), rank.get(x[2], 9), x[0])):
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        out.append((s, e, what, info))
    return sorted(out, key=lambda x: x[0])


def find_mentions(state: DocState) -> None:
    """Pass: the actor mentions of the document (``state.index``)."""
    MentionFinder(state).run()


def _quoted(tok: Token) -> bool:
    """A quote mark, or a word between two quote marks of its name."""
    if tok.is_quote:
        return True
    sent = tok.sent
    before = any(t.is_quote for t in tok.doc[max(sent.start, tok.i - 3) : tok.i])
    after = any(t.is_quote for t in tok.doc[tok.i + 1 : min(sent.end, tok.i + 4)])
    return before and after
