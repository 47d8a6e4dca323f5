"""Immutability, isolation of agency overrides, range boundaries and error messages.

Shared objects (the PUBLIC_SECTOR calendar, Decisions, citations, periods) cannot be changed
by one caller under another's feet; a derived calendar never leaks into its parent or siblings;
the edges of the supported range (2018-01-01 .. 2035-12-31) and of the period bound (±100 000)
are exact; error messages name the parameter and the value.
"""

from __future__ import annotations

import dataclasses
import pickle
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    VN_TZ,
    CalendarDays,
    WorkingCalendar,
    WorkingDays,
    as_vn_date,
    public_sector_calendar,
)
from accessinfo.core.citations import instrument
from accessinfo.errors import InvalidInput, OutsideCalendar

FIRST, LAST = date(2018, 1, 1), date(2035, 12, 31)
MON = date(2026, 3, 2)  # an ordinary Monday
SAT = date(2026, 3, 7)  # an ordinary Saturday


# -- immutability ---------------------------------------------------------------------------


def test_decisions_and_citations_are_frozen() -> None:
    d = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    with pytest.raises(pydantic.ValidationError):
        d.outcome = date(2030, 1, 1)  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        d.basis[0].article = 1  # type: ignore[misc]
    assert d.trace is not None
    with pytest.raises(pydantic.ValidationError):
        d.trace[0].date = date(2030, 1, 1)  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        instrument("law_104_2016").valid_until = None  # type: ignore[misc]
    with pytest.raises(TypeError):
        d.trace[0] = d.trace[1]  # type: ignore[index]


def test_periods_and_rows_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        WorkingDays(3).n = 4  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        CalendarDays(3).n = 4  # type: ignore[misc]
    r = PUBLIC_SECTOR.reckon(date(2026, 1, 9), WorkingDays(3))
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.end = date(2030, 1, 1)  # type: ignore[misc]
    info = PUBLIC_SECTOR.day(date(2026, 1, 10))
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.working = False  # type: ignore[misc]


def test_shared_calendar_properties_are_read_only() -> None:
    for attr in ("known_until", "first", "last"):
        with pytest.raises(AttributeError):
            setattr(PUBLIC_SECTOR, attr, date(2030, 1, 1))
    assert PUBLIC_SECTOR.known_until == date(2027, 12, 31)
    assert (PUBLIC_SECTOR.first, PUBLIC_SECTOR.last) == (FIRST, LAST)


def test_answers_never_share_mutable_state() -> None:
    # special_days returns a fresh list: mutating it does not change the calendar
    days = PUBLIC_SECTOR.special_days(2026)
    n = len(days)
    days.clear()
    assert len(PUBLIC_SECTOR.special_days(2026)) == n
    # readings of a Decision are a copy per Decision
    a = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    a.readings["x"] = "y"
    b = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    assert b.readings == {}


# -- overrides never leak -------------------------------------------------------------------


def test_overrides_are_isolated_between_agencies() -> None:
    hanoi = PUBLIC_SECTOR.with_overrides(rest_days={MON: "Lễ hội A"}, name="hanoi")
    hue = PUBLIC_SECTOR.with_overrides(working_days=[SAT], name="hue")
    # each sees its own day, neither sees the other's, the shared calendar sees none
    assert not hanoi.is_working_day(MON) and hanoi.is_working_day(SAT) is False
    assert hue.is_working_day(MON) and hue.is_working_day(SAT)
    assert PUBLIC_SECTOR.is_working_day(MON) and not PUBLIC_SECTOR.is_working_day(SAT)
    # Fri 27/2/2026 + 1 working day: Mon 2/3 on the shared calendar and for Huế (Sat 28/2 and
    # Sun 1/3 are rest days); Tue 3/3 for Hà Nội, whose Monday is a local rest day
    assert PUBLIC_SECTOR.add(date(2026, 2, 27), WorkingDays(1)) == MON
    assert hue.add(date(2026, 2, 27), WorkingDays(1)) == MON
    assert hanoi.add(date(2026, 2, 27), WorkingDays(1)) == date(2026, 3, 3)
    # Fri 6/3 + 1: Sat 7/3 for Huế (a local working Saturday), Mon 9/3 elsewhere
    assert hue.add(date(2026, 3, 6), WorkingDays(1)) == SAT
    assert hanoi.add(date(2026, 3, 6), WorkingDays(1)) == date(2026, 3, 9)
    # an override on a derived calendar does not reach back to its parent
    both = hanoi.with_overrides(working_days={SAT: "Làm bù"})
    assert not both.is_working_day(MON) and both.is_working_day(SAT)
    assert not hanoi.is_working_day(SAT)
    assert both.day(SAT).name_vi == "Làm bù" and both.day(SAT).kind == "local_working"
    assert hanoi.name == "hanoi" and both.name == "hanoi+overrides"
    assert re.fullmatch(
        re.escape(PUBLIC_SECTOR.version) + r"\+overrides:[0-9a-f]{12}\+overrides:[0-9a-f]{12}",
        both.version,
    )
    assert both.known_until == PUBLIC_SECTOR.known_until


@settings(max_examples=30, deadline=None)
@given(
    st.dates(min_value=FIRST, max_value=LAST),
    st.booleans(),
)
def test_an_override_changes_exactly_one_day(d: date, rest: bool) -> None:
    local = (
        PUBLIC_SECTOR.with_overrides(rest_days=[d])
        if rest
        else PUBLIC_SECTOR.with_overrides(working_days=[d])
    )
    assert local.is_working_day(d) is (not rest)
    for k in (-3, -1, 1, 3):
        other = d + timedelta(days=k)
        if FIRST <= other <= LAST:
            assert local.is_working_day(other) == PUBLIC_SECTOR.is_working_day(other)
    assert (
        local.count(FIRST, LAST) - PUBLIC_SECTOR.count(FIRST, LAST)
        == (int(not rest) - int(PUBLIC_SECTOR.is_working_day(d)))
        or d == FIRST
    )  # day zero of count is not counted


def test_default_override_names_and_sources() -> None:
    src = instrument("decision_188_1999").cite(1)
    local = PUBLIC_SECTOR.with_overrides(rest_days=[MON], working_days=[SAT], source=src)
    rest, work = local.day(MON), local.day(SAT)
    assert (rest.kind, rest.name_vi, rest.name_en) == (
        "local_rest",
        "Ngày nghỉ của cơ quan",
        "Local rest day",
    )
    assert (work.kind, work.name_vi, work.name_en) == (
        "local_working",
        "Ngày làm việc",
        "Local working day",
    )
    assert rest.status == work.status == "override"
    assert rest.note == work.note == "agency override"
    assert rest.source == work.source == src
    assert local.name == "public_sector+overrides"
    assert re.fullmatch(
        re.escape(PUBLIC_SECTOR.version) + r"\+overrides:[0-9a-f]{12}", local.version
    )


def test_override_versions_name_their_rows() -> None:
    # issue 15: every override set was labelled "+overrides"; now the label carries a hash
    # of the rows added, the same for the same rows and different for different ones
    a = PUBLIC_SECTOR.with_overrides(rest_days={MON: "x"})
    assert a.version == PUBLIC_SECTOR.with_overrides(rest_days={MON: "x"}).version
    assert a.version != PUBLIC_SECTOR.with_overrides(rest_days={MON: "y"}).version
    assert a.version != PUBLIC_SECTOR.with_overrides(working_days={MON: "x"}).version
    assert a.version != PUBLIC_SECTOR.with_overrides(rest_days={date(2026, 3, 3): "x"}).version
    # only the rows given count, not the base's own rows
    assert a.version.startswith(PUBLIC_SECTOR.version + "+overrides:")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rest_days": "2026-03-02"},
        {"working_days": b"x"},
        {"rest_days": 5},
        {"rest_days": [datetime(2026, 3, 2, 9)]},  # naive
        {"rest_days": {MON: 5}},
        {"rest_days": [date(2017, 12, 31)]},
        {"working_days": [date(2036, 1, 1)]},
    ],
)
def test_bad_overrides(kwargs: dict[str, object]) -> None:
    with pytest.raises((InvalidInput, OutsideCalendar)) as exc:
        PUBLIC_SECTOR.with_overrides(**kwargs)  # type: ignore[arg-type]
    assert str(exc.value)


def test_bad_override_messages() -> None:
    with pytest.raises(InvalidInput, match=r"overrides take a mapping \{date: name\}"):
        PUBLIC_SECTOR.with_overrides(rest_days="2026-03-02")
    with pytest.raises(InvalidInput, match="override name for 2026-03-02 must be a string"):
        PUBLIC_SECTOR.with_overrides(rest_days={MON: 5})  # type: ignore[dict-item]
    with pytest.raises(InvalidInput, match="override date is a naive datetime"):
        PUBLIC_SECTOR.with_overrides(rest_days=[datetime(2026, 3, 2, 9)])


def test_pickle_keeps_overrides_and_identity_of_answers() -> None:
    local = PUBLIC_SECTOR.with_overrides(rest_days={MON: "Lễ hội A"}, name="hanoi")
    again = pickle.loads(pickle.dumps(local))
    assert isinstance(again, WorkingCalendar)
    assert not again.is_working_day(MON)
    assert (again.name, again.version, again.known_until) == (
        "hanoi",
        local.version,
        local.known_until,
    )
    assert (again.first, again.last) == (FIRST, LAST)
    assert again.count(FIRST, LAST) == local.count(FIRST, LAST)


def test_culture_day_makeup_calendar_is_separate() -> None:
    # 24/11/2029 is a Saturday: no compensatory day by default (design.md); with the option,
    # Monday 26/11/2029 is one. The shared calendar is unchanged by building the other.
    makeup = public_sector_calendar(culture_day_makeup=True)
    assert public_sector_calendar() is PUBLIC_SECTOR
    assert not makeup.is_working_day(date(2029, 11, 26))
    assert PUBLIC_SECTOR.is_working_day(date(2029, 11, 26))
    assert makeup.name == "public_sector+culture_day_makeup"
    assert makeup.version == PUBLIC_SECTOR.version + "+culture_day_makeup"
    assert makeup.known_until == PUBLIC_SECTOR.known_until
    info = makeup.day(date(2029, 11, 26))
    assert (info.kind, info.status, info.note) == ("compensatory", "projected", "for 2029-11-24")
    assert info.name_vi == "Nghỉ bù Ngày Văn hóa Việt Nam"
    with pytest.raises(InvalidInput, match="culture_day_makeup must be True or False"):
        public_sector_calendar(culture_day_makeup="yes")  # type: ignore[arg-type]


# -- range boundaries -------------------------------------------------------------------------


def test_first_and_last_days_are_inside() -> None:
    # 2018-01-01 (Mon) is New Year's Day, 2035-12-31 a Monday: both answerable
    assert not PUBLIC_SECTOR.is_working_day(FIRST)
    assert PUBLIC_SECTOR.is_working_day(LAST)
    assert PUBLIC_SECTOR.day(FIRST).kind == "holiday"
    assert PUBLIC_SECTOR.day(LAST).kind == "working"
    assert PUBLIC_SECTOR.count(FIRST, FIRST) == 0
    assert PUBLIC_SECTOR.count(LAST, LAST) == 0
    assert PUBLIC_SECTOR.add(LAST, WorkingDays(0)) == LAST
    assert list(PUBLIC_SECTOR.working_days(LAST, LAST)) == [LAST]
    assert list(PUBLIC_SECTOR.working_days(FIRST, FIRST)) == []
    # Tue 2/1/2018 is the first working day; Fri 28/12/2035 the one before Mon 31/12
    assert PUBLIC_SECTOR.add(FIRST, WorkingDays(1)) == date(2018, 1, 2)
    assert PUBLIC_SECTOR.add(LAST, WorkingDays(-1)) == date(2035, 12, 28)


@pytest.mark.parametrize(
    "d", [date(2017, 12, 31), date(2036, 1, 1), date(1, 1, 1), date(9999, 12, 31)]
)
def test_days_outside_are_refused_everywhere(d: date) -> None:
    msg = f"{d.isoformat()} is outside the calendar \\(2018-01-01 to 2035-12-31\\)"
    for call in (
        lambda: PUBLIC_SECTOR.is_working_day(d),
        lambda: PUBLIC_SECTOR.day(d),
        lambda: PUBLIC_SECTOR.count(d, date(2026, 1, 1)),
        lambda: PUBLIC_SECTOR.count(date(2026, 1, 1), d),
        lambda: PUBLIC_SECTOR.add(d, WorkingDays(1)),
        lambda: PUBLIC_SECTOR.add(d, CalendarDays(1)),
        lambda: PUBLIC_SECTOR.reckon(d, WorkingDays(1)),
        lambda: list(PUBLIC_SECTOR.working_days(d, date(2026, 1, 1))),
        lambda: PUBLIC_SECTOR.receipt_day(d, receipt="next_working_day"),
    ):
        with pytest.raises(OutsideCalendar, match=msg):
            call()


def test_results_past_the_edges_are_refused() -> None:
    msg = "ends outside the calendar"
    with pytest.raises(OutsideCalendar, match=r"WorkingDays\(1\) from 2035-12-31 " + msg):
        PUBLIC_SECTOR.add(LAST, WorkingDays(1))
    with pytest.raises(OutsideCalendar, match=r"WorkingDays\(-1\) from 2018-01-02 " + msg):
        PUBLIC_SECTOR.add(date(2018, 1, 2), WorkingDays(-1))
    with pytest.raises(OutsideCalendar, match=msg):
        PUBLIC_SECTOR.add(date(2018, 1, 2), WorkingDays(-1), trace=True)
    with pytest.raises(OutsideCalendar, match=r"CalendarDays\(1\) from 2035-12-31 " + msg):
        PUBLIC_SECTOR.add(LAST, CalendarDays(1))
    with pytest.raises(OutsideCalendar, match=msg):
        PUBLIC_SECTOR.add(FIRST, CalendarDays(-1))
    # 2035-12-29 (Sat) + 1 calendar day = Sun 30/12: rolls to Mon 31/12, the last day
    assert PUBLIC_SECTOR.add(date(2035, 12, 29), CalendarDays(1)) == LAST
    # rolling back from Mon 1/1/2018 (a holiday) falls off the start
    with pytest.raises(OutsideCalendar, match=msg):
        PUBLIC_SECTOR.add(date(2018, 1, 2), CalendarDays(-1), roll="previous_working_day")
    # rolling forward off the end: a local calendar whose last day is a rest day
    closed = PUBLIC_SECTOR.with_overrides(rest_days=[LAST])
    with pytest.raises(OutsideCalendar, match=msg):
        closed.add(date(2035, 12, 28), CalendarDays(2))
    with pytest.raises(OutsideCalendar, match=msg):
        closed.add(date(2035, 12, 28), WorkingDays(1))


def test_period_bounds_are_exact() -> None:
    assert WorkingDays(100_000).n == 100_000 and WorkingDays(-100_000).n == -100_000
    assert CalendarDays(100_000).n == 100_000 and CalendarDays(-100_000).n == -100_000
    for cls in (WorkingDays, CalendarDays):
        for n in (100_001, -100_001):
            with pytest.raises(
                InvalidInput,
                match=rf"{cls.__name__}\({n}\) is out of range; accepted: -100000..100000",
            ):
                cls(n)
        for bad in (1.0, "3", True, None):
            with pytest.raises(
                InvalidInput, match=rf"{cls.__name__} takes a whole number of days \(int\), got"
            ):
                cls(bad)  # type: ignore[arg-type]


# -- messages ---------------------------------------------------------------------------------


def test_as_vn_date_messages_and_conversion() -> None:
    with pytest.raises(InvalidInput, match=r"received is a naive datetime \(2026-01-09T09:30:00\)"):
        as_vn_date(datetime(2026, 1, 9, 9, 30), "received")
    with pytest.raises(InvalidInput, match=r"tzinfo=accessinfo\.VN_TZ"):
        as_vn_date(datetime(2026, 1, 9, 9, 30))
    with pytest.raises(
        InvalidInput, match=r"when must be a datetime.date or a timezone-aware datetime, got str"
    ):
        as_vn_date("2026-01-09", "when")

    class NoOffset(timezone.__base__):  # type: ignore[misc,name-defined]
        def utcoffset(self, dt: object) -> None:
            return None

    with pytest.raises(InvalidInput, match="naive datetime"):
        as_vn_date(datetime(2026, 1, 9, tzinfo=NoOffset()))
    # 18:00 UTC on 8/1 is 01:00 on 9/1 in Vietnam
    assert as_vn_date(datetime(2026, 1, 8, 18, 0, tzinfo=UTC)) == date(2026, 1, 9)
    assert as_vn_date(datetime(2026, 1, 9, 6, 59, tzinfo=UTC)) == date(2026, 1, 9)
    assert as_vn_date(datetime(2026, 1, 9, 23, 59, tzinfo=VN_TZ)) == date(2026, 1, 9)


def test_calendar_method_messages() -> None:
    with pytest.raises(InvalidInput, match=r"start is a naive datetime"):
        PUBLIC_SECTOR.working_days(datetime(2026, 1, 1), date(2026, 1, 9))
    with pytest.raises(InvalidInput, match=r"end is a naive datetime"):
        PUBLIC_SECTOR.working_days(date(2026, 1, 1), datetime(2026, 1, 9))
    with pytest.raises(InvalidInput, match=r"start is a naive datetime"):
        PUBLIC_SECTOR.count(datetime(2026, 1, 1), date(2026, 1, 9))
    with pytest.raises(InvalidInput, match=r"end is a naive datetime"):
        PUBLIC_SECTOR.count(date(2026, 1, 1), datetime(2026, 1, 9))
    with pytest.raises(InvalidInput, match=r"start is a naive datetime"):
        PUBLIC_SECTOR.add(datetime(2026, 1, 1), WorkingDays(1))
    with pytest.raises(InvalidInput, match=r"start is a naive datetime"):
        PUBLIC_SECTOR.add(datetime(2026, 1, 1), CalendarDays(1))
    with pytest.raises(InvalidInput, match=r"^\[invalid-input\] date is a naive datetime"):
        PUBLIC_SECTOR.is_working_day(datetime(2026, 1, 1))
    with pytest.raises(InvalidInput, match=r"received is a naive datetime"):
        PUBLIC_SECTOR.receipt_day(datetime(2026, 1, 1))
    with pytest.raises(InvalidInput, match=r"period must be WorkingDays\(n\) or CalendarDays\(n\)"):
        PUBLIC_SECTOR.add(date(2026, 1, 1), 3)  # type: ignore[call-overload]
    with pytest.raises(
        InvalidInput,
        match="roll must be 'next_working_day', 'previous_working_day' or 'none', got 'x'",
    ):
        PUBLIC_SECTOR.add(date(2026, 1, 1), CalendarDays(3), roll="x")  # type: ignore[call-overload]
    with pytest.raises(InvalidInput, match="year must be an int from 2018 to 2035, got 2036"):
        PUBLIC_SECTOR.special_days(2036)
    with pytest.raises(InvalidInput, match="got 2017"):
        PUBLIC_SECTOR.special_days(2017)
    with pytest.raises(InvalidInput, match="got True"):
        PUBLIC_SECTOR.special_days(True)
    assert PUBLIC_SECTOR.special_days(2018)[0].date == FIRST
    assert PUBLIC_SECTOR.special_days(2035)
    with pytest.raises(
        InvalidInput, match="receipt must be 'calendar_date' or 'next_working_day', got 'x'"
    ):
        PUBLIC_SECTOR.receipt_day(date(2026, 1, 9), receipt="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"cutoff must be a datetime\.time, got '17:00'"):
        PUBLIC_SECTOR.receipt_day(date(2026, 1, 9), cutoff="17:00")  # type: ignore[arg-type]
