"""The peers, each given exactly our calendar, and the hand-written limits.

Every peer answers on the same days as ``PUBLIC_SECTOR`` (2018-01-01..2035-12-31): none of
them can express a swapped working Saturday in its week mask, so each gets a seven-day week
with every non-working day listed as a holiday (numpy, pandas, polars), or our holidays and
swapped Saturdays as its own data (python-holidays, workalendar). The hand-written limits are
the shortest exact code on prefix sums built here from ``is_working_day`` alone (not from the
library's index), with the bounds checks a correct answer needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import holidays
import numpy as np

from accessinfo.calendar import WorkingCalendar

EPOCH = date(1970, 1, 1).toordinal()


@dataclass
class Exact:
    """The calendar as plain data, and the structures each peer needs."""

    first: date
    last: date
    nonwork: list[date]  # every rest day in the range (weekends, holidays, swapped rest days)
    weekday_rest: list[date]  # rest days from Monday to Friday (holidays, swaps)
    weekend_work: list[date]  # working Saturdays and Sundays (swapped working days)
    busdaycal: np.busdaycalendar
    # prefix sums for the hand-written limits
    d0: int
    n: int
    cum: list[int]  # cum[i] = working days in [first, first + i)
    wd: list[date]  # the working days, in order
    cum_np: Any
    wd_np: Any


def exact(cal: WorkingCalendar) -> Exact:
    first, last = cal.first, cal.last
    days = [first + timedelta(k) for k in range((last - first).days + 1)]
    work = [cal.is_working_day(d) for d in days]
    nonwork = [d for d, w in zip(days, work, strict=True) if not w]
    cum = [0]
    for w in work:
        cum.append(cum[-1] + w)
    wd = [d for d, w in zip(days, work, strict=True) if w]
    busdaycal = np.busdaycalendar(
        weekmask="1111111", holidays=np.array(nonwork, dtype="datetime64[D]")
    )
    return Exact(
        first=first,
        last=last,
        nonwork=nonwork,
        weekday_rest=[d for d in nonwork if d.weekday() < 5],
        weekend_work=[d for d, w in zip(days, work, strict=True) if w and d.weekday() >= 5],
        busdaycal=busdaycal,
        d0=first.toordinal(),
        n=len(days),
        cum=cum,
        wd=wd,
        cum_np=np.asarray(cum, dtype=np.int64),
        wd_np=np.array(wd, dtype="datetime64[D]"),
    )


# -- the hand-written limits ----------------------------------------------------------------


def limit_add(x: Exact) -> Any:
    """Scalar add on prefix-sum lists (the perf-baseline's 6a, our n == 0 convention)."""
    cum, wd, d0, n_days, w = x.cum, x.wd, x.d0, x.n, len(x.wd)

    def add(d: date, n: int) -> date:
        i = d.toordinal() - d0
        if not 0 <= i < n_days:
            raise ValueError("outside the calendar")
        if n == 0:
            return d
        k = cum[i + 1] + n - 1 if n > 0 else cum[i] + n
        if not 0 <= k < w:
            raise ValueError("result outside the calendar")
        return wd[k]

    return add


def limit_count(x: Exact) -> Any:
    """Working days in (s, e] on prefix-sum lists."""
    cum, d0, n_days = x.cum, x.d0, x.n

    def count(s: date, e: date) -> int:
        i, j = s.toordinal() - d0, e.toordinal() - d0
        if not (0 <= i < n_days and 0 <= j < n_days):
            raise ValueError("outside the calendar")
        return cum[j + 1] - cum[i + 1]

    return count


def _index(x: Exact, a: Any) -> Any:
    i = a.view(np.int64) - (x.d0 - EPOCH)
    if i.size and (i.min() < 0 or i.max() >= x.n):
        raise ValueError("outside the calendar")
    return i


def limit_add_many_positive(x: Exact, starts: Any, ns: Any) -> Any:
    """Batch add, n > 0 only: wd[cum_incl[i] + n - 1], bounds-checked."""
    k = x.cum_np[_index(x, starts) + 1] + ns - 1
    if k.size and (k.min() < 0 or k.max() >= len(x.wd)):
        raise ValueError("result outside the calendar")
    return x.wd_np[k]


def limit_add_many_mixed(x: Exact, starts: Any, ns: Any) -> Any:
    """Batch add, any sign of n (n == 0 is the start itself), bounds-checked."""
    i = _index(x, starts)
    k = np.where(ns > 0, x.cum_np[i + 1] + ns - 1, x.cum_np[i] + ns)
    if k.size and (k.min() < 0 or k.max() >= len(x.wd)):
        raise ValueError("result outside the calendar")
    out = x.wd_np[k]
    zero = ns == 0
    out[zero] = starts[zero]
    return out


def limit_count_many(x: Exact, starts: Any, ends: Any) -> Any:
    return x.cum_np[_index(x, ends) + 1] - x.cum_np[_index(x, starts) + 1]


# -- the peers ------------------------------------------------------------------------------


def holidays_calendar(x: Exact) -> Any:
    """python-holidays with our calendar as its data (not holidays.VN, whose data differ)."""
    hb = holidays.HolidayBase()
    for d in x.weekday_rest:
        hb[d] = "rest day"
    hb.weekend_workdays = set(x.weekend_work)
    return hb


def workalendar_calendar(x: Exact) -> Any:
    """workalendar's stock API: a CoreCalendar whose holidays are ours; working Saturdays can
    only be given on each call (``extra_working_days``)."""
    from workalendar.core import SAT, SUN, CoreCalendar

    by_year: dict[int, list[tuple[date, str]]] = {}
    for d in x.weekday_rest:
        by_year.setdefault(d.year, []).append((d, "rest day"))

    class Ours(CoreCalendar):  # type: ignore[misc]  # untyped library
        WEEKEND_DAYS = (SAT, SUN)

        def get_calendar_holidays(self, year: int) -> list[tuple[date, str]]:
            return by_year.get(year, [])

    return Ours()


def pandas_offsets(x: Exact, span: range) -> Any:
    """pandas CustomBusinessDay on the exact numpy calendar, one offset per n (built once)."""
    import pandas as pd

    return {k: pd.offsets.CustomBusinessDay(n=k, calendar=x.busdaycal) for k in span}


def polars_args(x: Exact) -> dict[str, Any]:
    return {"week_mask": (True,) * 7, "holidays": x.nonwork}


def versions() -> dict[str, str]:
    import pandas as pd
    import polars as pl
    import workalendar

    return {
        "python-holidays": holidays.__version__,
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "polars": pl.__version__,
        "workalendar": getattr(workalendar, "__version__", "?"),
    }


class _LookUp(type):
    """The least a Python class can do to be called like ``WorkingDays(n)`` and still tell an
    ``int`` from ``True`` (which finds 1 in any dict): one ``__call__`` of Python code, one type
    check, one dict read. A floor for the construction target, not a design."""

    def __call__(cls, n: int, /) -> Any:
        if type(n) is int:
            return _FLOOR_TABLE[n]
        raise TypeError(n)


class FloorPeriod(metaclass=_LookUp):
    """A bare period: ``n`` only, shared per value, no subclass or pickling care."""

    __slots__ = ("n",)


_FLOOR_TABLE: dict[int, Any] = {}


def floor_period() -> Any:
    """``FloorPeriod`` with its table filled for -1000..1000 (like ``WorkingDays``)."""
    if not _FLOOR_TABLE:
        for k in range(-1000, 1001):
            p = object.__new__(FloorPeriod)
            p.n = k
            _FLOOR_TABLE[k] = p
    return FloorPeriod
