"""A title of office with no name after it, resolved to the one who holds it: "the Prime Minister said"
(the publishing state's or body's principal, the person the text named with that title before or names
with it later, or the gazetteer's holder on the day), "the Foreign Minister of France" (that state's
holder, or the state for its envoys and officials), "the president said" (only the person last named
with that title). A part of the mention finder, over ``kg.extract.people``, which reads the names of
people and finds the titles."""

from __future__ import annotations

from kg.extract.name_words import written_lower
from kg.extract.people import People, clean_name
from kg.extract.senses import prep_head
from kg.extract.state_titles import title_fits as _title_fits


class OfficeHolders(People):
    """The part of the mention finder that reads a title alone as the office holder it names."""

    def _office_of_office(self, span) -> bool:
        """The title names whose office another office serves ("the Special Representative of the
        Secretary-General", "Deputy Envoy of the President"): the phrase is the other office holder's
        title, not a mention of this one (a spokesperson speaks for the office holder, so "the
        Spokesperson of the Secretary-General" still names them)."""
        served = prep_head(span.root, ("of",))
        if served is None:
            return False
        office = served.lower_
        offices = {t[-1] for t in self.lang.roles.titles}
        return office in offices and office not in self.lang.words.spokespeople

    def _title(self, s: int, e: int, words: tuple[str, ...]) -> None:
        """A title with no name after it: the office holder, or the state for envoys and officials."""
        doc = self.doc
        nxt = doc[e] if e < len(doc) else None
        if nxt is not None and (self._headline_verb(nxt) or self._headline(nxt.sent) and written_lower(nxt)):
            nxt = None  # "UN Envoy Condemns Escalation", "UN Chief Gravely Concerned": no name
        if nxt is not None and nxt.lower_ in self.lang.words.institution_words:
            return  # "the General Headquarters", "the General Assembly": a body, no office holder
        if self._office_of_office(doc[s:e]):
            return  # "the Special Representative of the Secretary-General": another's office
        if self._posted(s, e, words):
            return  # "U.S. Ambassador to the United Nations Susan Rice": the title of the name after it
        if nxt is not None and nxt.text == "," and e + 1 < len(doc) and doc[e + 1].ent_type_ == "PERSON":
            return  # "Polish Foreign Minister, Jan Nowacki": the title of the name set off after it
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
            if country is None:
                return  # "the Secretary of the Treasury": an office of a body the gazetteer does not know
        if country is None and s >= 1:
            m = self.index.by_token.get(s - 1)
            if m and m.how in ("demonym", "name") and self.index.actors[m.key].kind in ("state", "igo"):
                country = m.key
        key = None
        if country:
            holder = self._holder(title, country, self.document.published)
            key = self.index.of_entry(holder) if holder else None
            if key is None and (
                words[-1] in self.lang.roles.state_agents or nxt is not None and nxt.lower_ == "of"
            ):
                key = country if country in self.index.actors else None
        else:
            pub = self.publisher
            office_of = pub.country or pub.body
            if office_of and pub.principal and _title_fits(title, pub.principal):
                holder = self._holder(pub.principal, office_of, self.document.published)
                key = self.index.of_entry(holder) if holder else None
            if key is None:
                key = next(
                    (
                        k
                        for t, k in reversed(list(self.index.persons_by_title.items()))
                        if _title_fits(title, t)
                    ),
                    None,
                )
            if key is None:
                key = self._named_later(title, e)
            if key is None and pub.country:
                holder = self._holder(title, pub.country, self.document.published)
                key = self.index.of_entry(holder) if holder else None
        if key:
            self.index.add(s, e, key, "title")
            actor = self.index.actors[key]
            if actor.kind == "person":
                actor.role = actor.role or doc[s:e].text
                # "the German Chancellor": the demonym qualifies the office ("the President of France"
                # still names France, as the body the office acts for)
                before = self.index.by_token.get(s - 1) if s >= 1 else None
                # ("the UN chief": the organisation qualifies the office as much)
                if (
                    before is not None
                    and before.key == country
                    and (before.how == "demonym" or self.index.actors[country].kind == "igo")
                ):
                    before.modifier = True

    def _title_named_before(self, s: int, e: int, words: tuple[str, ...]) -> None:
        """ "President X spoke ... the president said": a lowercase title with "the" names the person
        last named with that title before it, and no one else."""
        title = self._title_key(" ".join(words))
        known = reversed(list(self.index.persons_by_title.items()))
        key = next((k for t, k in known if _title_fits(title, t)), None)
        if key is not None and self.index.actors[key].kind == "person":
            self.index.add(s, e, key, "title")

    def _named_later(self, title: str, after: int) -> str | None:
        """ "The Foreign Secretary has issued a statement. Foreign Secretary David Lammy said": a title
        alone names the person the text names with it further on."""
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or ent.start < after:
                continue
            before = self._title_ending_at(ent.start)
            if before is None or not _title_fits(title, self._title_key(" ".join(before))):
                continue
            name = clean_name(ent.text, self.lang.roles)
            if not name or " " not in name:
                continue
            hit = self.gaz.lookup(name)
            if hit is not None and hit[0].kind == "person":
                return self.index.of_entry(hit[0])
            return self.index.of_name(name, "person")
        return None

    def _named_after(self, i: int) -> str | None:
        """The gazetteer actor named by the words at ``i`` ("the United Kingdom", "France")."""
        doc = self.doc
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        for n in (4, 3, 2, 1):
            if i + n <= len(doc):
                hit = self.gaz.lookup(doc[i : i + n].text)
                if hit:
                    return self.index.of_entry(hit[0])
        return None
