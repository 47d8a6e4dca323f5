"""``WorkingCalendar.add`` checks its own signature (no wrapper on the hot path, issue 13).

Any call binds to its catch-all parameters; a call that does not fit the documented
signature ``add(start, period, *, roll, trace, strict)`` gets the InvalidInput that
:func:`accessinfo.core.signature.public` would give, and a call that fits (by position or by
name) gets the answer.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, WorkingDays
from accessinfo.errors import InvalidInput

D = date(2026, 1, 9)  # Friday; Saturday 10 is a swapped working day
P = WorkingDays(3)
DUE = date(2026, 1, 13)
SIGNATURE = (
    "WorkingCalendar.add(self, start, period, *, roll='next_working_day', trace=False, "
    "strict=False)"
)


def test_the_documented_signature_is_what_inspect_shows() -> None:
    assert list(inspect.signature(PUBLIC_SECTOR.add).parameters) == [
        "start",
        "period",
        "roll",
        "trace",
        "strict",
    ]
    assert list(inspect.signature(WorkingCalendar.add).parameters)[:3] == [
        "self",
        "start",
        "period",
    ]
    assert PUBLIC_SECTOR.add.__name__ == "add"


@pytest.mark.parametrize(
    "call",
    [
        lambda: PUBLIC_SECTOR.add(D, P),
        lambda: PUBLIC_SECTOR.add(D, period=P),
        lambda: PUBLIC_SECTOR.add(start=D, period=P),
        lambda: PUBLIC_SECTOR.add(period=P, start=D),
        lambda: PUBLIC_SECTOR.add(D, P, roll="none", trace=False, strict=False),
        lambda: WorkingCalendar.add(PUBLIC_SECTOR, D, P),
        lambda: WorkingCalendar.add(PUBLIC_SECTOR, start=D, period=P),
    ],
)
def test_calls_that_fit_get_the_answer(call: Callable[[], Any]) -> None:
    assert call() == DUE


def test_by_name_the_slow_paths_answer_too() -> None:
    answer = PUBLIC_SECTOR.add(start=D, period=CalendarDays(1), trace=True)
    assert answer.outcome == date(2026, 1, 10)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("call", "why"),
    [
        (lambda: PUBLIC_SECTOR.add(), "missing a required argument: 'start'"),
        (lambda: PUBLIC_SECTOR.add(D), "missing a required argument: 'period'"),
        (lambda: PUBLIC_SECTOR.add(period=P), "missing a required argument: 'start'"),
        (lambda: PUBLIC_SECTOR.add(D, P, 1), "too many positional arguments"),
        (lambda: PUBLIC_SECTOR.add(D, P, "none"), "too many positional arguments"),
        (lambda: PUBLIC_SECTOR.add(D, P, foo=1), "got an unexpected keyword argument 'foo'"),
        (lambda: PUBLIC_SECTOR.add(D, P, period=P), "multiple values for argument 'period'"),
        (lambda: PUBLIC_SECTOR.add(D, start=D), "multiple values for argument 'start'"),
        (
            lambda: PUBLIC_SECTOR.add(start=D, period=P, more=1),
            "got an unexpected keyword argument 'more'",
        ),
    ],
)
def test_calls_that_do_not_fit_are_invalid_input(call: Callable[[], Any], why: str) -> None:
    with pytest.raises(InvalidInput) as info:
        call()
    assert str(info.value) == f"[invalid-input] {SIGNATURE}: {why}"


def test_bad_values_are_still_checked_after_the_signature() -> None:
    with pytest.raises(InvalidInput, match="roll must be"):
        PUBLIC_SECTOR.add(D, P, roll="sideways")  # type: ignore[call-overload]
    with pytest.raises(InvalidInput, match="period must be WorkingDays"):
        PUBLIC_SECTOR.add(start=D, period=3)  # type: ignore[call-overload]
