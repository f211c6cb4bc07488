"""The days a partial ISO date covers, as extraction, identity and the network read them."""
from __future__ import annotations

from datetime import date

import pytest

from kg.date_spans import span


@pytest.mark.parametrize("value, first, last", [
    ("2024-10-05", date(2024, 10, 5), date(2024, 10, 5)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
])
def test_a_date_covers_its_day_month_or_year(value, first, last):
    assert span(value) == (first, last)


@pytest.mark.parametrize("value", ["", "2024-13", "2023-02-29", "24-10-05", "2024-10-05T10:00", "next week"])
def test_anything_else_covers_nothing(value):
    assert span(value) is None
