"""The words that say when (language.yaml's calendar part): month and weekday names, words dated from
the report's day ("yesterday", "overnight"), phrases that keep or shift the day told before ("hours
later", "the next day") and the subordinators that give a clause a time of its own ("after", "when").

``Words`` (kg/extract/language.py) holds these fields with the rest of the language's word classes,
so the rules read them as ``lang.words.months``; this module only says which they are and reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

from kg.extract.word_sets import counted, lowered, words_pattern


@dataclass(frozen=True)
class DateWords:
    """language.yaml: the calendar and the words that date an event from another day."""

    months: MappingProxyType  # name or abbreviation -> 1..12
    month_names: tuple[str, ...]  # the full names, January first
    weekdays: MappingProxyType  # name -> 0..6
    date_words: frozenset[str]
    night_words: frozenset[str]  # before an event noun, the night before the report ("an overnight raid")
    today_phrases: tuple[str, ...]
    yesterday_phrases: tuple[str, ...]
    same_day: re.Pattern
    next_day_phrases: MappingProxyType  # phrase -> days after (+) or before (-) the day told before
    day_shift_words: MappingProxyType  # "later" -> 1, "earlier" -> -1
    own_time_marks: frozenset[str]
    bound_preps: frozenset[str]
    rank_words: frozenset[str]
    same_time_marks: frozenset[str]
    lead_up_marks: frozenset[str]
    #: "recent", "recently": an event told as some time before the report, on no day
    recent_words: frozenset[str]
    #: "past", "last" in a span with no day ("over the past two days"): a stretch up to the report
    stretch_words: frozenset[str]
    #: "after", "following", "since": what they bring in is told as already past (kg/extract/background.py)
    prior_marks: frozenset[str]
    #: "events", "incident": what happened, unsaid; a date it carries in what is said is its own
    happening_nouns: frozenset[str]
    #: "over", "into", "about": what a verb of speech is about
    about_preps: frozenset[str]
    #: "anniversary": the deed of its "of" phrase happened whole years before
    anniversary_nouns: frozenset[str]
    anniversary_ordinals: MappingProxyType  # "tenth" -> 10


def date_fields(d: dict) -> dict:
    """The fields of ``DateWords`` read from language.yaml, by name."""
    months = {m: i for i, m in enumerate(d["months"], 1)}
    months.update({m[:3]: i for m, i in list(months.items())})
    months.update({str(k): int(v) for k, v in (d.get("month_abbreviations") or {}).items()})
    return dict(
        months=MappingProxyType(months),
        month_names=tuple(d["months"]),
        weekdays=MappingProxyType({w: i for i, w in enumerate(d["weekdays"])}),
        date_words=lowered(d.get("date_words")),
        night_words=lowered(d.get("night_words")),
        today_phrases=tuple(d.get("today_phrases") or ()),
        yesterday_phrases=tuple(d.get("yesterday_phrases") or ()),
        same_day=words_pattern(d.get("same_day_phrases") or ()),
        next_day_phrases=counted(d.get("next_day_phrases")),
        day_shift_words=counted(d.get("day_shift_words")),
        own_time_marks=lowered(d.get("own_time_marks")),
        prior_marks=lowered(d.get("prior_marks")),
        bound_preps=lowered(d.get("bound_preps")),
        rank_words=lowered(d.get("rank_words")),
        same_time_marks=lowered(d.get("same_time_marks")),
        lead_up_marks=lowered(d.get("lead_up_marks")),
        recent_words=lowered(d.get("recent_words")),
        stretch_words=lowered(d.get("stretch_words")),
        happening_nouns=lowered(d.get("happening_nouns")),
        about_preps=lowered(d.get("about_preps")),
        anniversary_nouns=lowered(d.get("anniversary_nouns")),
        anniversary_ordinals=counted(d.get("anniversary_ordinals")),
    )
