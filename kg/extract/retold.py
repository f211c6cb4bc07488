"""A deed told again: an undated telling takes the day another telling of the same deed states.

News tells one deed several times ("Belarus scrambled a jet and arrested the blogger ..." / "...
arrested him on Sunday after forcing his plane to land"); the day is often stated once only. An
asserted mention the text gives no time for (or only the time of the saying: "killed 40 fighters,
the government said Thursday") takes the day a telling of the same kind by the same parties states
for itself, when all such tellings state one and the same day (two days told: two occasions, left
alone). Whether two mentions are one event is still judged by the date each sentence gives
(``own_date``), so the day taken here joins no events the text kept apart.
"""

from __future__ import annotations

from kg.extract.sentence_dates import OWN, SAID, SHARED
from kg.extract.state import DocState, Draft

#: How many sentences apart two tellings of one deed may stand.
_REACH = 3


def _dated(x: Draft) -> bool:
    return x.modality == "asserted" and x.date_rank == OWN and len(x.date or "") == 10


def retold_days(state: DocState, title: int) -> None:
    """Pass step (before the report's date fills the rest): see the module docstring. Sentences before
    ``title`` are the headline (its events join the body's later)."""
    dated = [x for x in state.drafts if _dated(x)]
    for d in state.drafts:
        if d.modality != "asserted" or (d.date is not None and d.date_rank > SAID):
            continue
        if d.sentence.index < title or state.lang.lexicon.rules(d.plover).speech_act:
            continue
        same = [
            x
            for x in dated
            if x is not d
            and x.plover == d.plover
            and x.event_class == d.event_class
            and set(x.participants) & set(d.participants)
            and abs(x.sentence.index - d.sentence.index) <= _REACH
        ]
        days = {x.date for x in same}
        if len(days) == 1:
            donor = same[0]
            d.retold, d.own_date = True, d.date
            d.date, d.date_text, d.date_rank = donor.date, None, SHARED
