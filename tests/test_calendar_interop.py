"""The calendar as python-holidays, numpy and pandas see it: the same working days as ours."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import numpy as np
import pandas as pd
import pytest

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, public_sector_calendar
from accessinfo.calendar_interop import (
    busdaycalendar,
    custom_business_day,
    non_working_days,
    to_holidays,
)
from accessinfo.errors import InvalidInput, OutsideCalendar

FIRST, LAST = date(2018, 1, 1), date(2027, 12, 31)


def days(lo: date, hi: date) -> list[date]:
    return [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]


def test_holidays_agree_with_our_calendar_day_by_day_2018_2027() -> None:
    h = PUBLIC_SECTOR.to_holidays(years=range(2018, 2028))
    assert isinstance(h, holidays.HolidayBase)
    wrong = [d for d in days(FIRST, LAST) if h.is_working_day(d) != PUBLIC_SECTOR.is_working_day(d)]
    assert wrong == []


def test_known_days_by_hand() -> None:
    h = to_holidays(PUBLIC_SECTOR, years=2026)
    # Công văn 12729/VPCP-KGVX: Fri 2/1/2026 off, worked on Sat 10/1/2026
    assert date(2026, 1, 2) in h and not h.is_working_day(date(2026, 1, 2))
    assert date(2026, 1, 10) in h.weekend_workdays and h.is_working_day(date(2026, 1, 10))
    # Sat 22/8/2026 worked for Mon 31/8 (National Day bridge); 2/9 is the holiday itself
    assert h.is_working_day(date(2026, 8, 22))
    assert not h.is_working_day(date(2026, 8, 31)) and h.get(date(2026, 9, 2))
    # an ordinary Saturday stays a weekend day and is not listed as a holiday
    assert date(2026, 1, 17) not in h and not h.is_working_day(date(2026, 1, 17))
    # python-holidays' own working-day arithmetic then follows our calendar
    assert h.get_nth_working_day(date(2026, 1, 9), 3) == date(2026, 1, 13)


def test_names_in_vietnamese() -> None:
    h = to_holidays(PUBLIC_SECTOR, years=[2026], language="vi")
    assert h[date(2026, 1, 1)] == "Tết Dương lịch"
    assert h.accessinfo_version == PUBLIC_SECTOR.version


def test_overrides_and_readings_flow_through() -> None:
    local = PUBLIC_SECTOR.with_overrides(
        rest_days={date(2026, 3, 2): "Lễ hội tỉnh"}, working_days=[date(2026, 3, 7)]
    )
    h = local.to_holidays(years=2026)
    assert not h.is_working_day(date(2026, 3, 2))
    assert h.is_working_day(date(2026, 3, 7))  # a Saturday made a working day
    makeup = public_sector_calendar(culture_day_makeup=True)
    h2 = makeup.to_holidays(years=range(2029, 2030))
    for d in days(date(2029, 1, 1), date(2029, 12, 31)):
        assert h2.is_working_day(d) == makeup.is_working_day(d), d


def test_a_year_outside_the_calendar_is_refused_not_guessed() -> None:
    h = to_holidays(PUBLIC_SECTOR, years=2026)
    with pytest.raises(OutsideCalendar):
        _ = date(2040, 1, 1) in h
    with pytest.raises(OutsideCalendar):
        to_holidays(PUBLIC_SECTOR, years=[2017])


@pytest.mark.parametrize(
    "kwargs",
    [{"years": "2026"}, {"years": True}, {"years": [2026.0]}, {"years": 5j}, {"language": "fr"}],
)
def test_bad_arguments(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        to_holidays(PUBLIC_SECTOR, **kwargs)  # type: ignore[arg-type]


def test_bad_calendar() -> None:
    with pytest.raises(InvalidInput):
        to_holidays("public_sector")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        non_working_days(object(), FIRST, LAST)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        non_working_days(PUBLIC_SECTOR, LAST, FIRST)


def test_numpy_busdaycalendar_matches_day_by_day() -> None:
    cal = busdaycalendar(PUBLIC_SECTOR, FIRST, LAST)
    all_days = np.array(days(FIRST, LAST), dtype="datetime64[D]")
    theirs = np.is_busday(all_days, busdaycal=cal)
    ours = np.array([PUBLIC_SECTOR.is_working_day(d) for d in days(FIRST, LAST)])
    assert (theirs == ours).all()
    # and adding working days agrees: Fri 9/1/2026 + 3 = Tue 13/1 (Sat 10/1 worked)
    got = np.busday_offset(np.datetime64("2026-01-09"), 3, roll="forward", busdaycal=cal)
    assert got == np.datetime64("2026-01-14") - 1


def test_pandas_custom_business_day_matches_day_by_day() -> None:
    cbd = custom_business_day(PUBLIC_SECTOR, FIRST, LAST)
    theirs = {d.date() for d in pd.date_range(FIRST, LAST, freq=cbd)}
    ours = {d for d in days(FIRST, LAST) if PUBLIC_SECTOR.is_working_day(d)}
    assert theirs == ours
    three = custom_business_day(PUBLIC_SECTOR, FIRST, LAST, n=3)
    assert (pd.Timestamp("2026-01-09") + three).date() == date(2026, 1, 13)


def test_pandas_from_the_holidays_object() -> None:
    """The recipe in docs/interop.md: a HolidayBase's rest days plus its non-working weekends."""
    h = to_holidays(PUBLIC_SECTOR, years=range(2018, 2028))
    off = [d for d in days(FIRST, LAST) if not h.is_working_day(d)]
    cbd = pd.offsets.CustomBusinessDay(weekmask="1111111", holidays=off)
    theirs = {d.date() for d in pd.date_range(FIRST, LAST, freq=cbd)}
    assert theirs == {d for d in days(FIRST, LAST) if PUBLIC_SECTOR.is_working_day(d)}


def test_the_method_is_the_function() -> None:
    assert isinstance(PUBLIC_SECTOR, WorkingCalendar)
    a = PUBLIC_SECTOR.to_holidays(years=2025)
    b = to_holidays(PUBLIC_SECTOR, years=2025)
    assert dict(a) == dict(b) and a.weekend_workdays == b.weekend_workdays
