"""Circular 13/2016 Art 18.2: written requests — 05 working days, at most 15 in all."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given

from accessinfo.articles.circular_13_2016.art_18 import written_request_deadlines
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import CalendarUnknown, InvalidInput, NoApplicableRule
from tests.strategies import known_dates


def test_c2_five_working_days_across_tet_2025() -> None:
    # Received Thu 23/1/2025; rest 25/1-2/2 (holidays 27-31/1). Fri 24/1 (1), Mon 3/2 (2),
    # 4 (3), 5 (4), Thu 6/2 (5). With consultation: 7 (6), 10-14 (7-11), 17-20 (12-15).
    d = written_request_deadlines(date(2025, 1, 23), consultation=True)
    assert d.outcome.respond_by == date(2025, 2, 6)
    assert d.outcome.extended_respond_by == date(2025, 2, 20)
    assert d.readings == {"extension_cap": "total_from_receipt"}
    assert d.basis[0].id == "circular_13_2016.art18.c2"


def test_c2_across_national_day_2026_and_saturday_22_august() -> None:
    # Received Tue 18/8/2026: 19, 20, 21, Sat 22 (swapped working), Mon 24 (5).
    # 15: 25, 26, 27, 28 (9); 31/8 swapped rest, 1-2/9 holidays; 3, 4, 7, 8, 9, Thu 10/9 (15).
    d = written_request_deadlines(date(2026, 8, 18), consultation=True)
    assert d.outcome.respond_by == date(2026, 8, 24)
    assert d.outcome.extended_respond_by == date(2026, 9, 10)


def test_c2_across_new_year_2019_and_saturday_5_january() -> None:
    # Received Fri 28/12/2018: Mon 31/12 swapped rest, Tue 1/1 holiday; Wed 2/1 (1), Thu 3 (2),
    # Fri 4 (3), Sat 5/1 swapped working (4), Mon 7/1 (5).
    d = written_request_deadlines(date(2018, 12, 28))
    assert d.outcome.respond_by == date(2019, 1, 7)
    assert d.outcome.extended_respond_by is None
    assert d.readings == {}


@given(day=known_dates)
def test_c2_the_15_working_day_cap_is_never_exceeded(day: date) -> None:
    out = written_request_deadlines(day, consultation=True).outcome
    assert out.extended_respond_by is not None
    assert PUBLIC_SECTOR.count(day, out.respond_by) == 5
    assert PUBLIC_SECTOR.count(day, out.extended_respond_by) == 15
    assert out.respond_by < out.extended_respond_by
    assert PUBLIC_SECTOR.is_working_day(out.respond_by)
    assert PUBLIC_SECTOR.is_working_day(out.extended_respond_by)


def test_c2_strict_refuses_projected_days() -> None:
    # 2028 is beyond the announced schedules: provisional by default, an error when strict.
    d = written_request_deadlines(date(2028, 1, 20), consultation=True)
    assert d.status == "provisional" and d.caveats
    with pytest.raises(CalendarUnknown):
        written_request_deadlines(date(2028, 1, 20), consultation=True, strict=True)


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        ((date(2026, 1, 9),), {"consultation": "yes"}, InvalidInput),
        ((datetime(2026, 1, 9, 8, 0),), {}, InvalidInput),
        ((None,), {}, InvalidInput),
        ((), {}, InvalidInput),
        ((date(2017, 1, 1),), {}, NoApplicableRule),
    ],
)
def test_c2_bad_input(
    args: tuple[object, ...], kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        written_request_deadlines(*args, **kwargs)  # type: ignore[arg-type]
