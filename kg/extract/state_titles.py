"""Lowercase titles of a state: "the U.S. president said", "Mali's prime minister accused ...",
"the Russian foreign minister met ...". The title names that state's office holder (the one the gazetteer
knows on the day, else the person the text named before with that title and that state's), and the
state is then part of the title, no actor beside the person. A part of the mention finder
(``kg.extract.people``)."""

from __future__ import annotations

from spacy.tokens import Token


def possessive(tok: Token) -> bool:
    """The token is a possessive ending ("Mali's", "Mali’s")."""
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "’s")


def title_fits(title: str, known: str) -> bool:
    """One title is the other, or the start of it ("minister" and "minister of defence")."""
    return title == known or known.startswith(title + " ") or title.startswith(known + " ")


class StateTitles:
    """Reads a lowercase title after a state's name, demonym or possessive (a mixin of ``People``: it uses
    its ``doc``, ``index``, ``gaz``, ``document``, ``_title_key`` and ``_holder``)."""

    def _state_qualified(self, i: int) -> bool:
        """A lowercase title right after a capitalised word or a possessive ("the U.S. president",
        "Mali's prime minister", "the Russian foreign minister"), which may name the state it is of."""
        if i < 1:
            return False
        prev = self.doc[i - 1]
        if possessive(prev):
            return True
        return prev.text[:1].isupper() and prev.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ")

    def _qualifier(self, s: int):
        """The state mention that qualifies a lowercase title at ``s`` ("U.S." in "the U.S. president",
        "Mali" in "Mali's prime minister"), or None."""
        doc, by_token = self.doc, self.index.by_token
        m = by_token.get(s - 1) if s >= 1 else None
        if m is None and s >= 2 and possessive(doc[s - 1]):
            m = by_token.get(s - 2)
            if m is not None and m.how not in ("name", "metonym"):
                m = None
        elif m is not None and m.how not in ("demonym", "name"):
            m = None
        if m is None or m.locative or self.index.actors[m.key].kind != "state":
            return None
        return m

    def _title_of_state(self, s: int, e: int, words: tuple[str, ...]) -> None:
        """ "the U.S. president said", "Mali's prime minister accused ...": a lowercase title of a
        state names that state's office holder: the one the gazetteer knows on the day, else the person
        named before with that title and that state's; the state is then part of the title, no actor
        beside the person. Nothing where neither is known (the state then speaks, as before)."""
        m = self._qualifier(s)
        if m is None:
            return
        title = self._title_key(" ".join(words))
        holder = self._holder(title, m.key, self.document.published)
        key = self.index.of_entry(holder) if holder else None
        if key is None or key not in self.index.actors:
            key = None
            for t, k in reversed(list(self.index.persons_by_title.items())):
                actor = self.index.actors.get(k)
                if actor is None or actor.kind != "person" or not title_fits(title, t):
                    continue
                entry = self.gaz.entries.get(actor.wikidata or "")
                if m.key in (actor.affiliation, entry.country if entry is not None else None):
                    key = k
                    break
        if key is None:
            return
        self.index.add(s, e, key, "title")
        m.modifier = True
