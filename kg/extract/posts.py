"""Titles that name a post between the office and the name: "U.S. Ambassador to the United Nations Susan
Rice", "Russia's Permanent Representative to the UN Vassily Nebenzia", "UN Special Envoy for Syria Geir
Pedersen". The whole is the person's title: the person acts (for the state or body named before the
office), and the place or body after "to" or "for" is where the holder is posted or what their brief
is, no party to what they do. A part of the mention finder (``kg.extract.people``)."""

from __future__ import annotations

#: the words that join a posted office to its post ("Ambassador to X") or brief ("Envoy for X")
_POST_PREPS = ("to", "for")


class PostedTitles:
    """Reads a posted office's title as the title of the name after it."""

    def _posted(self, s: int, e: int, words: tuple[str, ...]) -> bool:
        """The title at ``[s, e)`` is a posted office ("Ambassador") whose post ("to the United
        Nations") a person's name follows: it is held over for that name (``_take_post``). True
        where it is."""
        found = self._post_after(e, words)
        if found is None:
            return False
        post, post_end, name = found
        self._posts[name] = (s, post, post_end)
        return True

    def _post_after(self, e: int, words: tuple[str, ...]) -> tuple[int, int, int] | None:
        """Where the post of a posted office ending at ``e`` starts and ends, and where the name after
        it starts ("Ambassador | to the United Nations | Susan Rice", "envoy | to Ukraine | , Jane
        Doe"); None where the title is no posted office, or no known post and name follow."""
        doc = self.doc
        if words[-1] not in self.lang.roles.posted_titles or e >= len(doc):
            return None
        if doc[e].lower_ not in _POST_PREPS:
            return None
        post = e + 1 + (e + 1 < len(doc) and doc[e + 1].lower_ == "the")
        post_end = self._known_name_end(post)
        if post_end is None:
            return None
        name = post_end + (post_end < len(doc) and doc[post_end].text == ",")
        return (post, post_end, name) if self._name_starts(name) else None

    def _known_name_end(self, i: int) -> int | None:
        """Where the name of a state or body the gazetteer knows, starting at ``i``, ends."""
        for n in (4, 3, 2, 1):
            if i + n <= len(self.doc) and self.doc[i + n - 1].text[:1].isupper():
                hit = self.gaz.lookup(self.doc[i : i + n].text)
                if hit and hit[0].kind != "person":
                    return i + n
        return None

    def _name_starts(self, i: int) -> bool:
        """A person's name starts at ``i``: the NER's, the gazetteer's, or two capitalised proper nouns."""
        doc = self.doc
        if i >= len(doc) or not doc[i].text[:1].isupper():
            return False
        if doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B":
            return True
        for n in (3, 2):
            hit = self.gaz.lookup(doc[i : i + n].text) if i + n <= len(doc) else None
            if hit and hit[0].kind == "person":
                return True
        return i + 1 < len(doc) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[i : i + 2])

    def _posted_name(self, i: int):
        """The name after a post, as a span of a person, where the NER ran it into the post ("UN Pak
        Kil-yon" as one organisation): capitalised proper nouns and the hyphens inside them."""
        doc = self.doc
        if doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B":
            return
        end = i
        while end < len(doc) and end - i < 5:
            tok = doc[end]
            inner = tok.text == "-" and not doc[end - 1].whitespace_
            inner = inner and end + 1 < len(doc) and doc[end + 1].is_alpha
            if not (inner or tok.pos_ == "PROPN" and (tok.text[:1].isupper() or doc[end - 1].text == "-")):
                break
            end += 2 if inner else 1
        if end - i >= 2:
            yield (i, end, "PERSON", None)

    def _take_post(self, starts: tuple[int, ...], m) -> None:
        """The person ``m`` names holds the posted office held over for the name at one of ``starts``:
        its words are the person's, the post is no party, and the state or body before the office is
        the one the person acts for ("U.S." in "U.S. Ambassador to ...")."""
        found = next((self._posts.pop(i) for i in starts if i in self._posts), None)
        if found is None:
            return
        s, post, post_end = found
        doc, index = self.doc, self.index
        actor = index.actors[m.key]
        for k in range(s, post_end):
            held = index.by_token.get(k)
            if held is None:
                index.by_token[k] = m
            elif k >= post and held.key != m.key:
                held.modifier = held.titled = True  # "to the United Nations": the post, no party
        actor.role = actor.role or doc[s:post_end].text
        index.persons_by_title[self._title_key(" ".join(self.lows[s:post_end]))] = m.key
        before = s - 1 - (s >= 2 and doc[s - 1].tag_ == "POS")
        owner = index.by_token.get(before) if before >= 0 else None
        body = owner is not None and index.actors[owner.key].kind in ("state", "igo", "org")
        if body and not owner.locative:
            owner.modifier = owner.titled = True  # "Russia's Permanent Representative ...": whom they act for
            actor.affiliation = actor.affiliation or owner.key
