"""Periods in months (Civil Code Art 148.3), shared by the rules that count them."""

from __future__ import annotations

import calendar as stdlib_calendar
from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.core.periods import months_after


def by_hand(start: date, months: int) -> date:
    """The corresponding day of the last month, or that month's last day (Art 148.3),
    computed with month arithmetic and the month lengths of the stdlib calendar."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last = stdlib_calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


@given(st.dates(date(2018, 1, 1), date(2035, 12, 31)), st.integers(0, 36))
@example(date(2026, 9, 1), 6)  # Law 01/2026 Art 31.3, Decree 337/2026 Art 15.1: 1 March 2027
@example(date(2024, 8, 31), 6)  # no 31 February: the last day, 28 February 2025
@example(date(2023, 8, 31), 6)  # a leap year: 29 February 2024
def test_months_after_is_the_corresponding_day_or_the_last_one(start: date, months: int) -> None:
    assert months_after(start, months) == by_hand(start, months)


def test_months_after_worked_examples() -> None:
    assert months_after(date(2026, 9, 1), 6) == date(2027, 3, 1)
    assert months_after(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert months_after(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert months_after(date(2024, 10, 31), 6) == date(2025, 4, 30)
