"""Our working calendar in the shapes other libraries take: python-holidays, numpy, pandas.

People who already count days with python-holidays or pandas can take the public-sector
calendar (with every swap and bridge the Government announced, and nothing more) into their
own code instead of ``holidays.VN``, which misses the swaps of recent years and knows nothing
of agency overrides.

* :func:`to_holidays` (also ``WorkingCalendar.to_holidays()``): a ``holidays.HolidayBase``
  whose dates are the rest days that are not plain weekends (holidays, compensatory days,
  swapped days off, local rest days, holidays falling on a weekend) and whose
  ``weekend_workdays`` are the working Saturdays. ``h.is_working_day(d)`` agrees with
  ``calendar.is_working_day(d)`` on every day of the calendar's range. Needs the
  ``holidays`` extra (``pip install 'accessinfo[holidays]'``).
* :func:`non_working_days`: every non-working day in a span, weekends included: the
  ``holidays=`` argument that numpy's ``busdaycalendar`` and pandas' ``CustomBusinessDay``
  need with ``weekmask="1111111"`` (a weekmask alone cannot make one Saturday a working
  day). :func:`busdaycalendar` and :func:`custom_business_day` build them (numpy / pandas
  must be installed).

A year outside the calendar's range raises :class:`~accessinfo.errors.OutsideCalendar`
rather than answering with plain weekends: an unknown year is not a year without holidays.

>>> from datetime import date
>>> from accessinfo.calendar import PUBLIC_SECTOR
>>> h = to_holidays(PUBLIC_SECTOR, years=2026)
>>> h.get(date(2026, 1, 2)), h.is_working_day(date(2026, 1, 10))
('Swapped day off (New Year)', True)
>>> len([d for d in non_working_days(PUBLIC_SECTOR, date(2026, 1, 1), date(2026, 1, 11))])
5
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from accessinfo.calendar import WorkingCalendar, as_vn_date
from accessinfo.core.messages import msg
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput, OutsideCalendar

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = ["busdaycalendar", "custom_business_day", "non_working_days", "to_holidays"]

_EXTRA = "pip install 'accessinfo[holidays]'"


def _years(years: int | Iterable[int] | None, cal: WorkingCalendar) -> list[int]:
    if years is None:
        return []
    if isinstance(years, bool):
        raise InvalidInput(msg("errors.interop.years", value=f"{years!r:.60}"))
    if isinstance(years, int):
        chosen = [years]
    else:
        try:
            chosen = list(years)
        except TypeError:
            raise InvalidInput(msg("errors.interop.years", value=f"{years!r:.60}")) from None
    for y in chosen:
        if type(y) is not int:
            raise InvalidInput(msg("errors.interop.years_int", value=f"{y!r:.60}"))
        _check_year(cal, y)
    return chosen


def _check_year(cal: WorkingCalendar, year: int) -> None:
    if not cal.first.year <= year <= cal.last.year:
        raise OutsideCalendar(
            msg(
                "errors.interop.year_outside",
                name=cal.name,
                first=cal.first.year,
                last=cal.last.year,
                year=year,
            )
        )


@public
def to_holidays(
    calendar: WorkingCalendar,
    *,
    years: int | Iterable[int] | None = None,
    language: str = "en",
) -> HolidayBase:
    """``calendar`` as a ``holidays.HolidayBase`` (see the module docstring).

    ``years`` are filled at once; with the default ``expand=True`` of python-holidays any
    other year of the calendar's range is filled on first look-up. ``language`` ``"vi"``
    names the days in Vietnamese (``"Tết Dương lịch"``), ``"en"`` in English.
    """
    if not isinstance(calendar, WorkingCalendar):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="calendar",
                expected=msg("errors.type.calendar"),
                got=type(calendar).__name__,
            )
        )
    if language not in ("en", "vi"):
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name="language",
                options="'en', 'vi'",
                value=f"{language!r:.60}",
            )
        )
    chosen = _years(years, calendar)
    try:
        import holidays
    except ModuleNotFoundError:  # pragma: no cover - the dev extra installs it
        raise ModuleNotFoundError(f"to_holidays needs python-holidays: {_EXTRA}") from None

    class PublicSectorHolidays(holidays.HolidayBase):  # type: ignore[misc,unused-ignore]
        """Rest days (holidays, swaps, bridges) and working Saturdays of one calendar."""

        country = "VN"
        start_year = calendar.first.year
        end_year = calendar.last.year

        def __init__(self, **kwargs: Any) -> None:
            self.accessinfo_calendar = calendar
            self.accessinfo_version = calendar.version
            self.weekend_workdays: set[date] = set()
            super().__init__(**kwargs)

        def _populate(self, year: int) -> None:
            _check_year(calendar, year)
            for info in calendar.special_days(year):
                if info.working:
                    if info.date.weekday() >= 5:
                        self.weekend_workdays.add(info.date)
                else:
                    self[info.date] = info.name_vi if language == "vi" else info.name_en

    return PublicSectorHolidays(years=chosen)


@public
def non_working_days(calendar: WorkingCalendar, start: date, end: date) -> list[date]:
    """Every day ``d`` with ``start <= d <= end`` that is not a working day, in order."""
    if not isinstance(calendar, WorkingCalendar):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="calendar",
                expected=msg("errors.type.calendar"),
                got=type(calendar).__name__,
            )
        )
    lo, hi = as_vn_date(start, "start"), as_vn_date(end, "end")
    if hi < lo:
        raise InvalidInput(msg("errors.end_before_start", end=hi, start=lo))
    out = []
    d = lo
    while d <= hi:
        if not calendar.is_working_day(d):
            out.append(d)
        d += timedelta(days=1)
    return out


@public
def busdaycalendar(calendar: WorkingCalendar, start: date, end: date) -> Any:
    """A ``numpy.busdaycalendar`` exact on ``[start, end]`` (every day outside is a working day
    to numpy: keep your dates inside the span)."""
    import numpy as np

    return np.busdaycalendar(
        weekmask="1111111",
        holidays=np.array(non_working_days(calendar, start, end), dtype="datetime64[D]"),
    )


@public
def custom_business_day(calendar: WorkingCalendar, start: date, end: date, n: int = 1) -> Any:
    """A pandas ``CustomBusinessDay`` offset of ``n`` working days, exact on ``[start, end]``."""
    if type(n) is not int or not -100_000 <= n <= 100_000:
        raise InvalidInput(
            msg("errors.whole_in_range", name="n", low=-100_000, high=100_000, value=f"{n!r:.60}")
        )
    import pandas as pd

    return pd.offsets.CustomBusinessDay(
        n=n, weekmask="1111111", holidays=non_working_days(calendar, start, end)
    )
