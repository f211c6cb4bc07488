"""Date expressions resolved against the publication date (kg.extract.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import dateline, resolve, story_shift

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``


@pytest.mark.parametrize(
    "text, future, expected",
    [
        ("on Monday", False, "2024-03-11"),
        ("on Thursday", False, "2024-03-14"),
        ("on Friday", False, "2024-03-08"),
        ("on Friday", True, "2024-03-15"),
        ("last Tuesday", True, "2024-03-12"),
        ("yesterday", False, "2024-03-13"),
        ("overnight", False, "2024-03-14"),
        ("late on Tuesday", False, "2024-03-12"),  # a weekday wins over "late on", "overnight"
        ("overnight Wednesday", False, "2024-03-13"),
        ("last night", False, "2024-03-13"),
        ("earlier today", False, "2024-03-14"),
        ("this morning", False, "2024-03-14"),
        ("last week", False, "2024-03"),
        ("last month", False, "2024-02"),
        ("in January", False, "2024-01"),
        ("in November", False, "2023-11"),
        ("two years ago", False, "2022-03"),
        ("a week ago", False, "2024-03-07"),
        ("last March", False, "2023-03"),
        ("last February", False, "2024-02"),
        ("next March", False, "2025-03"),
        ("in March", True, "2024-03"),
        ("in February", True, "2025-02"),
        ("5 March 2021", False, "2021-03-05"),
        ("March 5, 2021", False, "2021-03-05"),
        ("2019-07-01", False, "2019-07-01"),
        ("February 2020", False, "2020-02"),
        ("in 2015", False, "2015"),
        ("the spokesman", False, None),
    ],
)
def test_dates_resolve_against_publication(text, future, expected):
    assert resolve(text, PUBLISHED, future) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve("on Monday", None) is None
    assert resolve("yesterday", None) is None
    assert resolve("12 June 2023", None) == "2023-06-12"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("late Monday", "2024-03-11"),
        ("Monday night", "2024-03-11"),
        ("earlier Wednesday", "2024-03-13"),
        ("earlier this month", "2024-03"),
        ("earlier this year", "2024"),
        ("in the autumn of 2019", "2019"),
        ("on 11 and 12 March", "2024-03-11"),
        ("March 4-6", "2024-03-04"),
        ("from 4 to 6 March 2023", "2023-03-04"),
        ("May", "2023-05"),
        ("it may", None),
        ("over the last year", None),
        ("in the next month", None),
    ],
)
def test_calendar_phrases(text, expected):
    assert resolve(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence, days",
    [
        ("Hours later, drones hit the port.", 0),
        ("The next day, the rebels withdrew.", 1),
        ("They signed the treaty the following day.", 1),
        ("Two days later the talks resumed.", 2),
        ("A day earlier, the army had shelled the town.", -1),
        ("The day before, they had spoken by phone.", -1),
        ("The army shelled the town two days after the talks failed.", None),
        ("The ministers met in Oslo.", None),
    ],
)
def test_story_shift_counts_from_the_day_told_before(sentence, days):
    assert story_shift(sentence) == days


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LIMA, Mar 12 (Reuters) - Peru's president ...", date(2024, 3, 12)),
        ("ADDIS ABABA, Ethiopia, March 13 (AP) — The African Union ...", date(2024, 3, 13)),
        ("13 March 2024 – The Security Council ...", date(2024, 3, 13)),
        ("WASHINGTON — The State Department ...", None),
        ("Nairobi, Kenya — Regional leaders ...", None),
        ("Talks on March 12 - the first in a year - ...", None),
    ],
)
def test_dateline_day(text, expected):
    found = dateline(text, PUBLISHED)
    assert (found[1] if found else None) == expected
