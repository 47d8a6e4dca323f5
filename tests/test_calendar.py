"""Calendar algebra: hand-worked examples and Hypothesis properties."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    VN_TZ,
    CalendarDays,
    WorkingDays,
    public_sector_calendar,
)
from accessinfo.errors import CalendarUnknown, InvalidInput, OutsideCalendar
from tests.strategies import inner_dates, known_dates, periods, positive

ONE = timedelta(days=1)


def naive_add(d: date, n: int) -> date:
    """Independent reference: walk one day at a time."""
    step = ONE if n > 0 else -ONE
    k = 0
    while k != abs(n):
        d += step
        if PUBLIC_SECTOR.is_working_day(d):
            k += 1
    return d


# -- hand-worked examples (dates checked against the notices in research-notes §8) ----------


def test_design_examples() -> None:
    assert PUBLIC_SECTOR.is_working_day(date(2026, 1, 10))  # swapped working Saturday
    assert not PUBLIC_SECTOR.is_working_day(date(2026, 1, 2))  # swapped rest Friday
    # Fri 9/1 -> Sat 10/1 (worked), Mon 12/1, Tue 13/1
    assert PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3)) == date(2026, 1, 13)
    assert PUBLIC_SECTOR.count(date(2026, 1, 9), date(2026, 1, 13)) == 3


def test_tet_2026_is_skipped() -> None:
    # Fri 13/2/2026 + 1 working day: 14-22/2 is the Tết break (weekends and 16-20/2)
    assert PUBLIC_SECTOR.add(date(2026, 2, 13), WorkingDays(1)) == date(2026, 2, 23)


def test_national_day_2026_swap() -> None:
    # Fri 21/8 + 1 working day is Sat 22/8 (worked for Mon 31/8)
    assert PUBLIC_SECTOR.add(date(2026, 8, 21), WorkingDays(1)) == date(2026, 8, 22)
    # Fri 28/8 + 1 working day skips 29/8-2/9 and lands on Thu 3/9
    assert PUBLIC_SECTOR.add(date(2026, 8, 28), WorkingDays(1)) == date(2026, 9, 3)


def test_backwards_from_3_september_2026() -> None:
    # working days before Thu 3/9: Fri 28/8, Thu 27/8, Wed 26/8, Tue 25/8, Mon 24/8,
    # Sat 22/8 (swapped working day), Fri 21/8
    assert PUBLIC_SECTOR.add(date(2026, 9, 3), WorkingDays(-7)) == date(2026, 8, 21)


def test_culture_day_2026() -> None:
    assert PUBLIC_SECTOR.is_working_day(date(2026, 11, 23))
    assert not PUBLIC_SECTOR.is_working_day(date(2026, 11, 24))
    assert not PUBLIC_SECTOR.is_working_day(date(2026, 11, 28))  # plain Saturday
    assert PUBLIC_SECTOR.add(date(2026, 11, 23), WorkingDays(1)) == date(2026, 11, 25)


def test_calendar_days_roll_forward() -> None:
    # 18/8/2026 + 12 days = Sun 30/8; 31/8, 1/9, 2/9 are rest days -> Thu 3/9
    assert PUBLIC_SECTOR.add(date(2026, 8, 18), CalendarDays(12)) == date(2026, 9, 3)
    assert PUBLIC_SECTOR.add(date(2026, 8, 18), CalendarDays(12), roll="none") == date(2026, 8, 30)
    assert PUBLIC_SECTOR.add(
        date(2026, 8, 18), CalendarDays(12), roll="previous_working_day"
    ) == date(2026, 8, 28)


def test_day_info() -> None:
    info = PUBLIC_SECTOR.day(date(2026, 9, 1))
    assert info.kind == "holiday" and not info.working
    assert info.source is not None and "9441" in info.source.instrument.number
    sat = PUBLIC_SECTOR.day(date(2026, 1, 10))
    assert sat.kind == "swapped_working" and sat.working
    assert "12729" in str(sat.source)
    plain = PUBLIC_SECTOR.day(date(2026, 11, 28))
    assert plain.kind == "weekend" and plain.source is not None
    assert PUBLIC_SECTOR.day(date(2026, 11, 25)).kind == "working"


def test_special_days_of_2027_include_derived_and_announced() -> None:
    days = {d.date: d for d in PUBLIC_SECTOR.special_days(2027)}
    assert days[date(2027, 2, 10)].status == "announced"
    assert days[date(2027, 4, 16)].status == "derived"
    assert all(d.date.year == 2027 for d in days.values())


def test_known_until() -> None:
    assert PUBLIC_SECTOR.known_until == date(2027, 12, 31)


def test_working_days_iteration() -> None:
    got = list(PUBLIC_SECTOR.working_days(date(2026, 8, 20), date(2026, 9, 4)))
    assert got == [
        date(2026, 8, 20), date(2026, 8, 21), date(2026, 8, 22), date(2026, 8, 24),
        date(2026, 8, 25), date(2026, 8, 26), date(2026, 8, 27), date(2026, 8, 28),
        date(2026, 9, 3), date(2026, 9, 4),
    ]  # fmt: skip


# -- projection and provisional results ---------------------------------------------------


def test_projection_2028() -> None:
    # Tết 2028: mùng 1 = Wed 26/1/2028; projection rests 24/1-28/1 (two days before, three after)
    for d in (24, 25, 26, 27, 28):
        assert not PUBLIC_SECTOR.is_working_day(date(2028, 1, d))
    assert PUBLIC_SECTOR.day(date(2028, 1, 26)).status == "projected"
    # 2/9/2028 is a Saturday: adjacent Fri 1/9 rests, and Mon 4/9 makes up for the Saturday
    assert not PUBLIC_SECTOR.is_working_day(date(2028, 9, 1))
    assert PUBLIC_SECTOR.day(date(2028, 9, 4)).kind == "compensatory"


def test_culture_day_makeup_is_a_reading() -> None:
    sat = date(2029, 11, 24)  # a Saturday
    assert PUBLIC_SECTOR.is_working_day(date(2029, 11, 26))
    alt = public_sector_calendar(culture_day_makeup=True)
    assert not alt.is_working_day(date(2029, 11, 26))
    assert not alt.is_working_day(sat)


def test_beyond_known_until_is_provisional_and_strict_raises() -> None:
    d = PUBLIC_SECTOR.add(date(2027, 12, 28), WorkingDays(5), trace=True)
    assert d.status == "provisional"
    assert any("2027-12-31" in c for c in d.caveats)
    with pytest.raises(CalendarUnknown):
        PUBLIC_SECTOR.add(date(2027, 12, 28), WorkingDays(5), strict=True)
    # crossing the derived Giỗ Tổ 2027 row
    d2 = PUBLIC_SECTOR.add(date(2027, 4, 14), WorkingDays(3), trace=True)
    assert d2.outcome == date(2027, 4, 20)
    assert d2.status == "provisional" and any("2027-04-16" in c for c in d2.caveats)
    # within announced days it is final
    assert PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True).status == "final"


def test_trace_lists_every_day() -> None:
    d = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    assert d.trace is not None
    actions = [(s.date, s.action) for s in d.trace]
    assert actions == [
        (date(2026, 1, 9), "start"),
        (date(2026, 1, 10), "counted"),
        (date(2026, 1, 11), "skipped"),
        (date(2026, 1, 12), "counted"),
        (date(2026, 1, 13), "counted"),
        (date(2026, 1, 13), "end"),
    ]
    sat = d.trace[1]
    assert "12729" in sat.reason and sat.kind == "swapped_working"


# -- receipt ------------------------------------------------------------------------------


def test_receipt_converts_to_vietnam_time() -> None:
    # 18:30 UTC on 8/1 is 01:30 on 9/1 in Vietnam
    utc = datetime(2026, 1, 8, 18, 30, tzinfo=UTC)
    assert PUBLIC_SECTOR.receipt_day(utc)[0] == date(2026, 1, 9)
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.receipt_day(datetime(2026, 1, 9, 9, 30))


def test_receipt_policies() -> None:
    sunday = datetime(2026, 1, 11, 10, 0, tzinfo=VN_TZ)
    assert PUBLIC_SECTOR.receipt_day(sunday)[0] == date(2026, 1, 11)
    moved, note = PUBLIC_SECTOR.receipt_day(sunday, receipt="next_working_day")
    assert moved == date(2026, 1, 12) and note
    late = datetime(2026, 1, 12, 17, 30, tzinfo=VN_TZ)
    assert PUBLIC_SECTOR.receipt_day(late, receipt="next_working_day", cutoff=time(17))[0] == date(
        2026, 1, 13
    )


# -- overrides ----------------------------------------------------------------------------


def test_overrides_do_not_leak() -> None:
    local = PUBLIC_SECTOR.with_overrides(
        rest_days={date(2026, 3, 2): "Lễ hội tỉnh"}, working_days=[date(2026, 3, 7)]
    )
    assert not local.is_working_day(date(2026, 3, 2))
    assert local.is_working_day(date(2026, 3, 7))
    assert PUBLIC_SECTOR.is_working_day(date(2026, 3, 2))
    assert not PUBLIC_SECTOR.is_working_day(date(2026, 3, 7))
    assert local.day(date(2026, 3, 2)).name_vi == "Lễ hội tỉnh"


@given(st.sets(known_dates, max_size=5), st.sets(known_dates, max_size=5), known_dates)
def test_overrides_never_leak_property(rest: set[date], work: set[date], probe: date) -> None:
    before = PUBLIC_SECTOR.is_working_day(probe)
    local = PUBLIC_SECTOR.with_overrides(rest_days=rest, working_days=work - rest)
    assert PUBLIC_SECTOR.is_working_day(probe) == before
    if probe in rest:
        assert not local.is_working_day(probe)


def test_calendar_pickles() -> None:
    clone = pickle.loads(pickle.dumps(PUBLIC_SECTOR))
    assert clone.add(date(2026, 1, 9), WorkingDays(3)) == date(2026, 1, 13)
    assert clone.version == PUBLIC_SECTOR.version


# -- properties ---------------------------------------------------------------------------


@given(inner_dates, periods)
@example(date(2018, 3, 1), -38)  # the walk runs off 2018-01-01: refused, never a wrong date
def test_add_matches_day_by_day_walk(d: date, n: int) -> None:
    try:
        walked = d if n == 0 else naive_add(d, n)
    except OutsideCalendar:  # the reference walk itself left the calendar
        with pytest.raises(OutsideCalendar):
            PUBLIC_SECTOR.add(d, WorkingDays(n))
        return
    assert PUBLIC_SECTOR.add(d, WorkingDays(n)) == walked


@given(inner_dates, periods.filter(lambda n: n != 0))
def test_add_lands_on_a_working_day(d: date, n: int) -> None:
    assert PUBLIC_SECTOR.is_working_day(PUBLIC_SECTOR.add(d, WorkingDays(n)))


@given(inner_dates, positive)
def test_count_inverts_add(d: date, n: int) -> None:
    assert PUBLIC_SECTOR.count(d, PUBLIC_SECTOR.add(d, WorkingDays(n))) == n


@given(inner_dates, inner_dates)
def test_count_is_antisymmetric(a: date, b: date) -> None:
    assert PUBLIC_SECTOR.count(a, b) == -PUBLIC_SECTOR.count(b, a)


@given(inner_dates, positive)
def test_add_is_monotonic(d: date, n: int) -> None:
    assert PUBLIC_SECTOR.add(d, WorkingDays(n)) <= PUBLIC_SECTOR.add(d + ONE, WorkingDays(n))
    assert PUBLIC_SECTOR.add(d, WorkingDays(n)) < PUBLIC_SECTOR.add(d, WorkingDays(n + 1))


@given(inner_dates, positive)
def test_backwards_inverts_forwards_on_working_days(d: date, n: int) -> None:
    if PUBLIC_SECTOR.is_working_day(d):
        there = PUBLIC_SECTOR.add(d, WorkingDays(n))
        assert PUBLIC_SECTOR.add(there, WorkingDays(-n)) == d


@given(inner_dates, st.integers(min_value=-60, max_value=60))
def test_calendar_days_end_on_a_working_day(d: date, n: int) -> None:
    end = PUBLIC_SECTOR.add(d, CalendarDays(n))
    assert PUBLIC_SECTOR.is_working_day(end)
    assert end >= d + timedelta(days=n)


@given(inner_dates, positive)
def test_trace_counts_exactly_n(d: date, n: int) -> None:
    dec = PUBLIC_SECTOR.add(d, WorkingDays(n), trace=True)
    assert dec.trace is not None
    counted = [s for s in dec.trace if s.action == "counted"]
    assert len(counted) == n
    assert all(PUBLIC_SECTOR.is_working_day(s.date) for s in counted)
    assert all(not PUBLIC_SECTOR.is_working_day(s.date) for s in dec.trace if s.action == "skipped")


def test_swapped_saturdays_are_working_days() -> None:
    for d in (
        date(2019, 1, 5), date(2019, 5, 4), date(2024, 5, 4), date(2025, 4, 26),
        date(2026, 1, 10), date(2026, 8, 22),
    ):  # fmt: skip
        assert d.weekday() == 5 and PUBLIC_SECTOR.is_working_day(d)


# -- errors -------------------------------------------------------------------------------


def test_outside_range() -> None:
    with pytest.raises(OutsideCalendar):
        PUBLIC_SECTOR.is_working_day(date(2017, 12, 31))
    with pytest.raises(OutsideCalendar):
        PUBLIC_SECTOR.add(date(2035, 12, 30), WorkingDays(10))
    with pytest.raises(OutsideCalendar):
        PUBLIC_SECTOR.add(date(2018, 1, 3), WorkingDays(-10))


@pytest.mark.parametrize("bad", [None, "2026-01-09", 3.5, 20260109, datetime(2026, 1, 9)])
def test_bad_dates(bad: object) -> None:
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.is_working_day(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.add(bad, WorkingDays(1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.count(bad, date(2026, 1, 9))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.day(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 1.5, "3", True, 10**9, -(10**9)])
def test_bad_periods(bad: object) -> None:
    with pytest.raises(InvalidInput):
        WorkingDays(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        CalendarDays(bad)  # type: ignore[arg-type]


def test_bad_period_object() -> None:
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.add(date(2026, 1, 9), 3)  # type: ignore[call-overload]
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.add(date(2026, 1, 9), CalendarDays(3), roll="sideways")  # type: ignore[call-overload]
