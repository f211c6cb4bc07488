"""Dates a sentence gives an event through another date of it: a span counted from that date ("two
days after the rebels seized the port", "a day before the talks"), an "after" clause told as leading
straight to the clause it hangs from, and the day of the clause an event verb is a part of. The date
expressions and the word each attaches to are kg.extract.sentence_dates'.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from kg.extract.dates import day_span, month_span, resolve, shift, shift_months
from kg.extract.senses import clause_verb
from kg.extract.speech import has_future_aux
from kg.extract.state import DocState

#: Dependencies that keep a word inside the clause of the verb above it (no clause of its own).
_PARTS = {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "acl", "appos", "npadvmod", "compound", "amod"}


class CountedDates:
    """Dates counted from, or shared with, another date of the sentence (a base of
    kg.extract.sentence_dates.SentenceDates, whose date expressions and attachment it uses)."""

    state: DocState
    doc: Doc
    positions: dict
    published: date | None
    dates: list[tuple[Token, str]]
    lead_in: list[tuple[Token, str]]
    expression_at: dict[int, tuple[Token, str]]

    def _offset(self, root: Token, text: str, future: bool) -> str | None:
        """An event "a day after ...": a day before the date of the rest of the sentence."""
        rel = next(
            (c.lower_ for c in root.children if c.dep_ == "prep" and c.lower_ in ("after", "before")), None
        )
        if rel is None and root.dep_ == "npadvmod":
            # "a day after Iran fired ...": "after" marks the clause the measure hangs from
            rel = next(
                (
                    c.lower_
                    for c in root.head.children
                    if c.dep_ == "mark" and c.lower_ in ("after", "before")
                ),
                None,
            )
        days = day_span(text)
        if rel is None or days is None:
            return None
        main = next((resolve(t, self.published, future) for r, t in self.dates if r.i != root.i), None)
        if main is None:
            return None
        return shift(main, -days if rel == "after" else days)


    def _clause_date(self, tok: Token) -> tuple[str, str] | None:
        """The day of the clause an event verb is a part of, where that clause's verb is no event and
        no verb of saying ("One of the attacks, late Wednesday targeting the base, injured three
        troops": the attack's day)."""
        lang = self.state.lang
        events = {x.token for x in self.state.drafts}
        for root, text in self.dates:
            anchor = self._anchor(root)
            if anchor.i in events or anchor.pos_ not in ("VERB", "AUX"):
                continue
            if anchor.lemma_.lower() in lang.lexicon.speech_verbs:
                continue
            cur = tok
            while cur.i != anchor.i and cur.dep_ in _PARTS and cur.head.i != cur.i:
                cur = cur.head
            value = resolve(text, self.published, False) if cur.i == anchor.i else None
            if value and len(value) == 10:
                return value, text
        return None

    def _leading_up(self, tok: Token) -> tuple[str, str] | None:
        """An event of an "after" clause with no span counted ("were killed on Sunday after militants
        attacked the outpost"): the news tells it as leading straight to the clause it hangs from, on
        the day that clause states."""
        mark = next(
            (c for c in tok.children if c.dep_ == "mark" and c.lower_ in self.state.lang.words.lead_up_marks),
            None,
        )
        if mark is None or tok.dep_ != "advcl" or self._measure(mark) is not None:
            return None
        head = tok.head
        found = [*self._attached({head.i})] + (self.lead_in if head.i == head.sent.root.i else [])
        for root, text in found:
            if self.doc[root.i] in tok.subtree:
                continue
            value = resolve(text, self.published, False)
            if value and len(value) == 10:
                return value, text
        return None

    def _told_now(self, clause: Token) -> bool:
        """A clause about the news itself, told in the present ("This comes ...") or of what was told
        before ("The accord came ..."): the report's day is its day."""
        present = clause.tag_ in ("VBZ", "VBP") or clause.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in clause.children
        )  # "This comes ...", "civilians are paying ..."
        if present and not has_future_aux(clause, self.state.lang):
            return True
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return False
        words = self.state.lang.words.definite_determiners
        definite = any(c.dep_ == "det" and c.lower_ in words for c in subject.children)
        return subject.lower_ in words or (subject.i in self.positions and definite)

    def _measure(self, word: Token) -> Token | None:
        """The span of time an "after" or "before" counts: "two days" in "two days after the attack",
        "a day after their meetings", "a day after they met"."""
        if word.dep_ == "mark":
            clause = word.head
            # "was speaking a day after the council met": the measure may hang from the clause above
            above = [
                t for t in clause.head.children if clause.dep_ == "advcl" and t.right_edge.i == word.i - 1
            ]
            return next((t for t in [*clause.children, *above] if t.dep_ == "npadvmod"), None)
        if word.head.dep_ == "npadvmod":
            return word.head
        found = next((t for t in word.children if t.dep_ == "npadvmod"), None)
        if found is None and word.i - 1 in self.expression_at:
            # "are paying a price 20 months after the invasion", parsed with the span as an object
            root = self.expression_at[word.i - 1][0]
            found = root if root.right_edge.i == word.i - 1 else None
        return found

    def _counted(self, tok: Token, future: bool) -> tuple[str, str] | None:
        """The date of an event inside "two days after ..." or "a day before ...": counted from the
        date the sentence gives outside that phrase ("shelled the port on Friday, two days after the
        rebels seized it")."""
        cur = tok
        for _ in range(6):
            word = next(
                (c for c in cur.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None
            )
            if word is None and cur.dep_ == "prep" and cur.lower_ in ("after", "before"):
                word = cur
            if word is not None:
                measure = self._measure(word)
                if measure is None:
                    return None
                inner = (
                    {t.i for t in word.subtree} if word.dep_ == "prep" else {t.i for t in word.head.subtree}
                )
                span = " ".join(t.lower_ for t in measure.subtree if t.i not in inner or t.i < word.i)
                days = day_span(span)
                # "20 months after Russia's invasion": a span of months or years tells the month
                months = month_span(span) if days is None else None
                if days is None and months is None:
                    return None
                inner |= {t.i for t in measure.subtree}
                clause = clause_verb(word.head.head if word.dep_ == "mark" else word.head)
                # the date of the clause the span counts from, not one of another clause of the sentence
                main = next(
                    (
                        resolve(x, self.published, future)
                        for r, x in self.dates
                        if r.i not in inner and clause.i in (self._anchor(r).i, r.head.i)
                    ),
                    None,
                )
                now = self._told_now(clause) or self._past(clause)
                if main is None and self.published is not None and now:
                    # "This comes a day after ...", "He was speaking a day after ...": the report's day
                    main = self.published.isoformat()
                if main is None:
                    return None
                sign = -1 if word.lower_ == "after" else 1
                moved = shift(main, sign * days) if months is None else shift_months(main, sign * months)
                return moved, f"{span} {word.lower_}"
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _anniversary(self, tok: Token) -> tuple[str, str] | None:
        """The date of a deed whose anniversary the sentence tells ("On the one-year anniversary of the
        poisoning, X imposed sanctions", "the first anniversary of the accord"): that many whole years
        before the day of the clause the anniversary is in (the report's day when it states none)."""
        words = self.state.lang.words
        of = tok.head
        noun = of.head
        if of.lower_ != "of" or of.dep_ != "prep" or noun.lower_ not in words.anniversary_nouns:
            return None
        before = [t for t in self.doc[noun.left_edge.i : noun.i] if t.dep_ not in ("det", "poss", "case")]
        text = "".join(t.text_with_ws for t in before).strip().lower().replace(" - ", "-")
        years = (month_span(text) or 0) // 12 or words.anniversary_ordinals.get(text)
        if years is None and text[:-2].isdigit() and text[-2:] in ("st", "nd", "rd", "th"):
            years = int(text[:-2])  # "the 75th anniversary"
        if not years:
            return None
        clause = clause_verb(noun)
        main = next(
            (resolve(x, self.published) for r, x in self.dates if clause.i in (self._anchor(r).i, r.head.i)),
            None,
        )
        if main is None and self.published is not None and (self._told_now(clause) or self._past(clause)):
            main = self.published.isoformat()
        if main is None or len(main) != 10:
            return None
        return f"{int(main[:4]) - years:04d}{main[4:]}", f"{text} {noun.text}"

