"""Hypothesis strategies shared by the tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hypothesis import strategies as st

FIRST = date(2018, 1, 1)
LAST = date(2035, 12, 31)
KNOWN_LAST = date(2027, 12, 31)

# dates well inside the calendar, so that adding a legal period stays inside it
inner_dates = st.dates(min_value=date(2018, 3, 1), max_value=date(2035, 9, 30))
known_dates = st.dates(min_value=date(2018, 3, 1), max_value=date(2027, 11, 30))
periods = st.integers(min_value=-40, max_value=40)
positive = st.integers(min_value=1, max_value=40)

aware_datetimes = st.builds(
    lambda d, t, h: datetime.combine(d, t, tzinfo=timezone(timedelta(hours=h))),
    known_dates,
    st.times(min_value=time(0, 0), max_value=time(23, 59)),
    st.integers(min_value=-11, max_value=12),
)

junk = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.floats(allow_nan=True),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.just("2026-01-09"),
    st.just("ngày 9 tháng 1"),
    st.datetimes(min_value=datetime(2018, 1, 2), max_value=datetime(2027, 12, 30)),  # naive
    st.dates(min_value=date(1900, 1, 1), max_value=date(2017, 12, 31)),
    st.dates(min_value=date(2036, 1, 1), max_value=date(9999, 12, 31)),
)
