"""Whose voice a statement's title names: "Statement by the Secretary-General on X", "Remarks by
Secretary X at Y", "Foreign Secretary statement on X", "Secretary-General's video message to Y",
"Declaration by the High Representative on behalf of the EU". The one named is who "I" is in the
text's own words (not in words it quotes), and "we" is whom they speak for ("on behalf of Y", else
the state or body they serve). The nouns are ``speech_title_nouns`` in ontology/language.yaml; a
title without one ("Iran strikes Israel") names no voice, so a news story's "I" is left to its
quotations."""

from __future__ import annotations

import re
from functools import cached_property

_END = r"(?=\s+(?:on|at|to|in|about|regarding|following|after|before|during|for|with|as)\b|\s*[,:;(–—-]|\s*$)"


def _patterns(nouns: frozenset[str], modifiers: frozenset[str]) -> list[re.Pattern]:
    alt = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    mod = "|".join(sorted(re.escape(m) for m in modifiers)) or "(?!)"
    return [
        # "Statement by the Secretary-General on ...", "Remarks of X at ..."
        re.compile(rf"(?:^|\b(?:{mod})\s+)(?:{alt})\s+(?:by|of|from)\s+(?P<who>.+?){_END}", re.I),
        # "Secretary-General's statement on ...", "Foreign Secretary statement on ...", "X speech to ..."
        re.compile(rf"^(?P<who>[A-Z][^,:;]*?)(?:['’]s)?\s+(?:(?:{mod})\s+)?(?:{alt}){_END}"),
    ]


def _behalf(title: str) -> str | None:
    m = re.search(rf"\bon behalf of\s+(?P<who>.+?){_END}", title, re.I)
    return m.group("who") if m else None


class TitleVoice:
    """The title part of ``Speakers`` (a mixin: it uses ``doc``, ``index``, ``state``,
    ``publisher``, ``words`` and ``_side_of``)."""

    def _title_voice(self, plural: bool) -> list[str]:
        """The actors "I" (or "we" where ``plural``) are in a statement whose title names its voice."""
        speaker, behalf = self._title_speakers
        if not plural:  # ("I" is a person, never the state or body a title names)
            return [speaker] if speaker and self.index.actors[speaker].kind == "person" else []
        if behalf:
            return [behalf, speaker] if speaker else [behalf]
        if speaker is None:
            return []
        kind = self.index.actors[speaker].kind
        if kind in ("state", "igo", "org", "group"):
            return [speaker]
        side = self._side_of(speaker, ("person", "org")) or self._publisher_side()
        return [side, speaker] if side else [speaker]

    def _publisher_side(self) -> str | None:
        entry = self.state.gazetteer.entries.get(self.publisher.country or self.publisher.body or "")
        return self.index.of_entry(entry) if entry is not None else None

    @cached_property
    def _title_speakers(self) -> tuple[str | None, str | None]:
        """Who the title names as speaking, and on whose behalf (read once a document)."""
        title = " ".join((self.state.document.title or "").split())
        if not title:
            return None, None
        # the head of a title is its last part ("Hong Kong: UK statement"); a speech its first part
        # names is what the text answers ("Address by the Foreign Minister of X: UK response")
        head = title.rfind(": ") + 2 if ": " in title else 0
        patterns = _patterns(self.words.speech_title_nouns, self.words.speech_title_modifiers)
        found = (m for p in patterns if (m := p.search(title[head:])))
        who = next(found, None)
        if who is None:
            return None, None
        span = (head + who.start("who"), head + who.end("who"))
        if self._told_of(title, (span[1], head + who.end())):
            return None, None  # "Kyiv dismisses Putin's speech": a headline that tells of a speech
        behalf = _behalf(title)
        b_at = title.find(behalf) if behalf else -1
        b_span = (b_at, b_at + len(behalf)) if behalf else None
        on_behalf = self._named_in_title(title, b_span, ("igo", "state", "org", "group")) if b_span else None
        speaker = self._named_in_title(title, span, ("person",))
        speaker = speaker or self._office_in_title(who.group("who"), on_behalf)
        speaker = speaker or self._named_in_title(title, span, ("igo", "state", "org"))
        return speaker, on_behalf

    def _told_of(self, title: str, noun: tuple[int, int]) -> bool:
        """The speech noun in ``noun`` of the title, where the text opens with its title, is a verb's
        object or subject ("Kyiv dismisses Putin's speech", "Trump slams statement by UN chief"), not the
        head of the title ("Remarks by X", "Foreign Secretary statement on Y")."""
        at = self._title_at(title)
        if at < 0:
            return False
        for tok in self.doc.char_span(at, at + len(title), alignment_mode="expand") or []:
            if at + noun[0] <= tok.idx < at + noun[1] and tok.lower_ in self.words.speech_title_nouns:
                return any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors)
        return False

    def _title_at(self, title: str) -> int:
        """Where the text opens with its title (-1 where it does not)."""
        at = self.doc.text.find(title[:40])
        return at if 0 <= at <= 200 else -1

    def _named_in_title(self, title: str, span: tuple[int, int], kinds: tuple[str, ...]) -> str | None:
        """An actor of ``kinds`` the text names inside ``span`` of its title, where the text opens with
        its title."""
        at = self._title_at(title)
        if at < 0 or self.doc.text[at : at + span[1]] != title[: span[1]]:
            return None
        lo, hi = at + span[0], at + span[1]
        for m in self.index.mentions:
            start = self.doc[m.start].idx
            end = self.doc[m.end - 1].idx + len(self.doc[m.end - 1])
            if start >= lo and end <= hi and not m.modifier and self.index.actors[m.key].kind in kinds:
                return m.key
        return None

    def _office_in_title(self, who: str, on_behalf: str | None) -> str | None:
        """The holder, on the day of the text, of the office a title names alone ("the Foreign
        Secretary"), of the publisher's state or body, or of the one the title speaks on behalf of."""
        of = self.publisher.country or self.publisher.body or on_behalf
        office = re.sub(r"^(?:the|a|an)\s+", "", who.strip(), flags=re.I)
        if not of or not office or len(office.split()) > 5:
            return None
        try:
            holder = self.state.gazetteer.holder(office, of, self.state.document.published)
        except (OSError, KeyError, ValueError):
            holder = None
        return self.index.of_entry(holder) if holder is not None else None
