"""An answer is uncertain whenever a day it depends on is uncertain (found by flipping days).

A projected or derived day may turn out otherwise. The check here is independent of how the
calendar decides which days an answer depends on: it removes one projected holiday at a time
(the day becomes a plain working weekday) and recomputes. If the answer changes, it depended
on that day, and the answer with the day projected must be uncertain: not `certain`, refused
by `strict=True` on the scalar path and on both batch paths (lists and numpy arrays).

Found this way (issue 13 stop): a period of calendar days counted zero days from a projected
rest day (the months rules: Civil Code Art 148.3 then 148.5) or rolled back over one was
reported certain.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.batch import add_many
from accessinfo.calendar import CalendarDays, SpecialDay, WorkingCalendar, WorkingDays
from accessinfo.errors import CalendarUnknown

# weekdays of one week in May 2025 projected as holidays (Wed 30/4, Thu 1/5, Tue 6/5)
PROJECTED = [date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 6)]


def calendar_of(days: list[date]) -> WorkingCalendar:
    rows = [SpecialDay(d, "holiday", "Lễ", "Feast", None, "projected") for d in days]
    return WorkingCalendar(rows, name="t", known_until=date(2030, 12, 31), version="t")


FULL = calendar_of(PROJECTED)
WITHOUT = {d: calendar_of([x for x in PROJECTED if x != d]) for d in PROJECTED}
ROLLS = ["next_working_day", "previous_working_day", "none"]


@given(
    start=st.dates(date(2025, 4, 22), date(2025, 5, 14)),
    n=st.integers(-8, 8),
    roll=st.sampled_from(ROLLS),
    working=st.booleans(),
)
@example(start=date(2025, 4, 30), n=0, roll="next_working_day", working=False)  # the months rules
@example(start=date(2025, 4, 29), n=1, roll="previous_working_day", working=False)  # a roll back
def test_an_answer_resting_on_a_projected_day_is_uncertain(
    start: date, n: int, roll: str, working: bool
) -> None:
    period = WorkingDays(n) if working else CalendarDays(n)
    end = FULL.add(start, period, roll=roll)  # type: ignore[arg-type]
    matters = [d for d in PROJECTED if WITHOUT[d].add(start, period, roll=roll) != end]  # type: ignore[arg-type]
    r = FULL.reckon(start, period, roll=roll)  # type: ignore[arg-type]
    if not matters:
        return
    assert not r.certain, (start, period, roll, matters)
    assert set(matters) <= {d.date for d in r.uncertain}
    with pytest.raises(CalendarUnknown):
        FULL.add(start, period, roll=roll, strict=True)  # type: ignore[arg-type]
    with pytest.raises(CalendarUnknown):
        add_many([start], period, roll=roll, strict=True, calendar=FULL)  # type: ignore[arg-type]
    with pytest.raises(CalendarUnknown):
        add_many(
            np.array([start], dtype="datetime64[D]"),
            period,
            roll=roll,  # type: ignore[arg-type]
            strict=True,
            calendar=FULL,
        )


@given(
    start=st.dates(date(2025, 4, 22), date(2025, 5, 14)),
    n=st.integers(-8, 8),
    roll=st.sampled_from(ROLLS),
)
def test_the_batch_paths_refuse_exactly_what_the_scalar_path_refuses(
    start: date, n: int, roll: str
) -> None:
    days = [start + timedelta(days=k) for k in range(4)]
    period = CalendarDays(n)
    refused = []
    for d in days:
        try:
            FULL.add(d, period, roll=roll, strict=True)  # type: ignore[arg-type]
            refused.append(False)
        except CalendarUnknown:
            refused.append(True)
    for given_days in (days, np.array(days, dtype="datetime64[D]")):
        try:
            add_many(given_days, period, roll=roll, strict=True, calendar=FULL)  # type: ignore[arg-type]
            assert not any(refused)
        except CalendarUnknown:
            assert any(refused)


def test_zero_days_from_a_projected_rest_day() -> None:
    """Six months after 31/10/2024 is 30/4/2025; projected as a holiday, the period ends on
    Fri 2/5 (1/5 projected too), and that answer is only as sure as those two days."""
    r = FULL.reckon(date(2025, 4, 30), CalendarDays(0))
    assert r.end == date(2025, 5, 2) and r.rolled
    assert [d.date for d in r.uncertain] == [date(2025, 4, 30), date(2025, 5, 1)]
    plain = FULL.reckon(date(2025, 4, 30), CalendarDays(0), roll="none")
    assert plain.end == date(2025, 4, 30) and plain.certain  # no roll: no day looked at
