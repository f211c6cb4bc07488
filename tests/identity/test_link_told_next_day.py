"""Two statements of one speaker stated on two days are two statements (``_said_apart``), unless they
are of one class and one day is its statement's (no words of its report give it), up to a day after
the day the other report's words give: the statement filed the next morning. Hand-made reports."""
from __future__ import annotations

from datetime import date

from kg.identity.link import refusal, same_event
from tests.identity.test_link import rep

CHIEF = ("Q_chief",)  # a head of an organisation who condemns
WORDED = {"plover": "ACCUSE", "parts": (), "src": CHIEF, "cls": "Condemnation", "pub": date(2025, 3, 7),
          "date_": "2025-03-05", "text": "Wednesday"}  # "he condemned on Wednesday", told on Friday
CARRIED = {"plover": "ACCUSE", "parts": (), "src": CHIEF, "cls": "Condemnation", "pub": date(2025, 3, 6),
           "date_": "2025-03-06", "carried": True}  # the statement, dated Thursday


def test_a_condemnation_dated_by_its_statement_the_next_day_is_the_one_told_by_its_day():
    assert same_event(rep("a", **WORDED), rep("b", **CARRIED))


def test_statements_of_two_classes_on_two_days_stay_two():
    praise = {**CARRIED, "plover": "SUPPORT", "cls": None}
    assert refusal(rep("a", **{**WORDED, "plover": "SUPPORT", "cls": "Praise"}), rep("b", **praise)) == "date"


def test_a_statement_two_days_later_or_before_the_worded_day_stays_apart():
    later = {**CARRIED, "date_": "2025-03-07", "pub": date(2025, 3, 7)}
    assert refusal(rep("a", **WORDED), rep("b", **later)) == "date"
    before = {**CARRIED, "date_": "2025-03-04", "pub": date(2025, 3, 4)}
    assert refusal(rep("a", **WORDED), rep("b", **before)) == "date"


def test_two_statement_days_neither_in_words_stay_apart():
    other = {**CARRIED, "date_": "2025-03-05", "pub": date(2025, 3, 5)}
    assert refusal(rep("a", **CARRIED), rep("b", **other)) == "date"
