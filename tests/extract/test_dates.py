"""Date expressions resolved against the publication date (kg.extract.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import resolve

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``


@pytest.mark.parametrize(
    "text, future, expected",
    [
        ("on Monday", False, "2024-03-11"),
        ("on Thursday", False, "2024-03-14"),
        ("on Friday", False, "2024-03-08"),
        ("on Friday", True, "2024-03-15"),
        ("yesterday", False, "2024-03-13"),
        ("overnight", False, "2024-03-14"),
        ("earlier today", False, "2024-03-14"),
        ("this morning", False, "2024-03-14"),
        ("last week", False, "2024-03"),
        ("last month", False, "2024-02"),
        ("in January", False, "2024-01"),
        ("in November", False, "2023-11"),
        ("two years ago", False, "2022"),
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
