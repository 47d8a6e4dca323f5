"""The calendar's index, built the fast way, against the plain day-by-day definition.

The index (working flags, running sums, the list of working days, the uncertain days) is
built by C-level iteration and read by slicing (issue 13). Each piece is checked here against
the obvious loop over the calendar's rows, and the uncertain days a reckoning depends on
against a scan of every special day.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    CalendarDays,
    SpecialDay,
    WorkingCalendar,
    WorkingDays,
)

UNCERTAIN = ("derived", "projected")


def test_the_index_is_the_day_by_day_definition() -> None:
    cal = PUBLIC_SECTOR
    ix = cal._index()
    special = ix.special
    working, cum, unc, wd, unc_days = [], [0], [0], [], []
    d = cal.first
    while d <= cal.last:
        row = special.get(d)
        ok = row.working if row is not None else d.weekday() < 5
        uncertain = row is not None and row.status in UNCERTAIN
        working.append(ok)
        cum.append(cum[-1] + ok)
        unc.append(unc[-1] + uncertain)
        if ok:
            wd.append(d)
        if uncertain:
            unc_days.append(d)
        d += timedelta(days=1)
    assert list(ix.working) == working
    assert ix.cum == cum and ix.unc == unc and ix.wd == wd and ix.unc_days == unc_days


@given(st.dates(min_value=date(2018, 1, 1), max_value=date(2018, 12, 31)), st.integers(1, 40))
def test_a_calendar_starting_on_any_weekday(first: date, days: int) -> None:
    """The Mon-Fri pattern is aligned with the first day, whatever its weekday."""
    last = first + timedelta(days=days)
    cal = WorkingCalendar([], name="t", known_until=last, version="t", first=first, last=last)
    span = [first + timedelta(k) for k in range(days + 1)]
    assert [cal.is_working_day(d) for d in span] == [d.weekday() < 5 for d in span]
    rest = SpecialDay(first, "holiday", "x", "x", None, "projected")
    one = WorkingCalendar([rest], name="t", known_until=last, version="t", first=first, last=last)
    assert not one.is_working_day(first)
    assert one._index().unc_days == [first]


@given(
    st.dates(min_value=date(2026, 1, 1), max_value=date(2035, 6, 30)),
    st.integers(-60, 60),
    st.sampled_from([WorkingDays, CalendarDays]),
)
def test_the_uncertain_days_of_a_reckoning(start: date, n: int, kind: type) -> None:
    """(start, end] counting forwards, [end, start) backwards; for calendar days counted back
    or zero days, also the day start + n the roll began from (lo < d <= hi): the projected or
    derived days in it, in date order, exactly as a scan of every special day finds them."""
    r = PUBLIC_SECTOR.reckon(start, kind(n))
    if kind is WorkingDays and n == 0:
        assert r.uncertain == () and not r.beyond_known
        return
    if kind is CalendarDays and n <= 0:
        nominal = start + timedelta(n)  # the roll (next working day) starts here
        lo, hi = nominal - timedelta(1), max(start - timedelta(1), r.end)
    else:
        lo, hi = (
            (r.start, r.end) if r.end >= r.start else (r.end - timedelta(1), r.start - timedelta(1))
        )
    special = PUBLIC_SECTOR._index().special
    expected = tuple(
        special[d] for d in sorted(special) if lo < d <= hi and special[d].status in UNCERTAIN
    )
    assert r.uncertain == expected
    assert r.beyond_known == (hi > PUBLIC_SECTOR.known_until)
