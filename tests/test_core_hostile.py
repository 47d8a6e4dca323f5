"""The calendar and the rule machinery under hostile input (issue 12).

Flags are booleans and options are checked on every path (the fast paths too); instants at
the edges of what Python can represent, odd ``tzinfo`` objects and aware cut-off times are
InvalidInput; overrides are checked when they are made; periods are cheap, shared and still
validated. Every property holds for any value Hypothesis finds.
"""

from __future__ import annotations

import os
import pickle
import time as time_mod
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.articles.law_01_2026.art_26 import provide_by
from accessinfo.articles.law_104_2016.art_30 import complex_electronic_respond_by
from accessinfo.batch import add_many, count_many
from accessinfo.calendar import (
    PUBLIC_SECTOR,
    VN_TZ,
    CalendarDays,
    SpecialDay,
    WorkingDays,
    as_vn_date,
)
from accessinfo.core.citations import instrument
from accessinfo.errors import AccessInfoError, InvalidInput
from accessinfo.versions import amended

D = date
# Values that are truthy or falsy but not a bool: each used to pass as True or False.
NOT_BOOLS = ["no", "yes", "", "False", 0, 1, None, [], [0], 0.0, np.bool_(True), np.bool_(False)]
BAD_ROLLS = [
    "bogus",
    "",
    None,
    1,
    "NEXT_WORKING_DAY",
    ["none"],
    b"none",
    np.array(["none", "none"]),  # comparing it with a string gives an array, not a bool
]


def raises_invalid(call: Callable[[], object]) -> None:
    with pytest.raises(InvalidInput):
        call()


# -- flags and options ---------------------------------------------------------------------------


@given(
    value=st.sampled_from(NOT_BOOLS),
    flag=st.sampled_from(["trace", "strict"]),
    period=st.sampled_from([WorkingDays(3), WorkingDays(-2), WorkingDays(0), CalendarDays(12)]),
    other=st.booleans(),
)
def test_calendar_flags_must_be_booleans(value: Any, flag: str, period: Any, other: bool) -> None:
    other_flag = "strict" if flag == "trace" else "trace"
    kw = {flag: value, other_flag: other}
    raises_invalid(lambda: PUBLIC_SECTOR.add(D(2026, 1, 9), period, **kw))
    if flag == "trace":
        raises_invalid(lambda: PUBLIC_SECTOR.reckon(D(2026, 1, 9), period, trace=value))


@given(
    roll=st.sampled_from(BAD_ROLLS),
    period=st.sampled_from([WorkingDays(3), WorkingDays(0), CalendarDays(12), CalendarDays(-1)]),
    trace=st.booleans(),
    strict=st.booleans(),
)
def test_roll_is_checked_on_every_path(roll: Any, period: Any, trace: bool, strict: bool) -> None:
    """``roll="bogus"`` used to pass unnoticed when the period was in working days."""
    start = D(2026, 1, 9)
    raises_invalid(lambda: PUBLIC_SECTOR.add(start, period, roll=roll, trace=trace, strict=strict))
    raises_invalid(lambda: PUBLIC_SECTOR.reckon(start, period, roll=roll))
    raises_invalid(lambda: add_many([start], period, roll=roll, strict=strict))
    raises_invalid(lambda: add_many(np.array([start], dtype="datetime64[D]"), period, roll=roll))


@given(value=st.sampled_from(NOT_BOOLS), flag=st.sampled_from(["strict", "trace"]))
def test_rule_flags_must_be_booleans(value: Any, flag: str) -> None:
    """The rule decorator checks ``strict`` and ``trace`` of every rule, before the body."""
    raises_invalid(lambda: provide_by(D(2026, 9, 3), **{flag: value}))
    raises_invalid(lambda: complex_electronic_respond_by(D(2026, 1, 9), **{flag: value}))


@given(value=st.sampled_from(NOT_BOOLS))
def test_batch_strict_must_be_a_boolean(value: Any) -> None:
    raises_invalid(lambda: add_many([D(2026, 1, 9)], 3, strict=value))


def test_receipt_options_are_checked() -> None:
    raises_invalid(lambda: PUBLIC_SECTOR.receipt_day(D(2026, 1, 9), receipt="soon"))  # type: ignore[arg-type]
    raises_invalid(lambda: PUBLIC_SECTOR.receipt_day(D(2026, 1, 9), cutoff="17:00"))  # type: ignore[arg-type]
    # an aware cut-off used to fail with a TypeError when compared with the time of receipt
    at = datetime(2026, 1, 9, 18, tzinfo=VN_TZ)
    for cutoff in (time(17, tzinfo=VN_TZ), time(17, tzinfo=UTC)):
        with pytest.raises(InvalidInput, match="wall-clock time in Vietnam"):
            PUBLIC_SECTOR.receipt_day(at, receipt="next_working_day", cutoff=cutoff)
    # a naive cut-off is the wall clock in Vietnam: 18:00 on Fri 09/01/2026 is after 17:00,
    # so receipt moves to the next working day, Sat 10/01/2026 (a swapped working day)
    moved, why = PUBLIC_SECTOR.receipt_day(at, receipt="next_working_day", cutoff=time(17))
    assert moved == D(2026, 1, 10) and why and "after the cut-off" in why
    # 18:00 in Bangkok (UTC+7) is 18:00 in Vietnam; 10:30 UTC is 17:30 in Vietnam
    utc = datetime(2026, 1, 9, 10, 30, tzinfo=UTC)
    assert PUBLIC_SECTOR.receipt_day(utc, receipt="next_working_day", cutoff=time(17))[0] == D(
        2026, 1, 10
    )


# -- instants -------------------------------------------------------------------------------------


class NoOffset(tzinfo):
    """A tzinfo that knows no offset: Python treats such datetimes as naive."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        return "?"


class Broken(tzinfo):
    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        raise RuntimeError("no offset today")


# Instants that cannot be written in Vietnam time (before 0001-01-01 or after 9999-12-31 there)
UNREPRESENTABLE = [
    datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
    datetime.min.replace(tzinfo=timezone(timedelta(hours=8))),
    datetime.max.replace(tzinfo=timezone(timedelta(hours=-12))),
    datetime.max.replace(tzinfo=UTC),
    datetime(9999, 12, 31, 20, tzinfo=UTC),  # 03:00 on 10000-01-01 in Vietnam
]
# ... and instants at the edges that can: a date (far outside the calendar)
REPRESENTABLE = [
    (datetime.min.replace(tzinfo=UTC), D(1, 1, 1)),  # 07:00 in Vietnam
    (datetime.max.replace(tzinfo=VN_TZ), D(9999, 12, 31)),
    (datetime(1, 1, 1, 3, tzinfo=timezone(timedelta(hours=5))), D(1, 1, 1)),  # UTC is year 0
    (datetime(9999, 12, 31, 16, 59, tzinfo=UTC), D(9999, 12, 31)),
]

DATE_TAKERS: list[tuple[str, Callable[[Any], object]]] = [
    ("as_vn_date", as_vn_date),
    ("add", lambda d: PUBLIC_SECTOR.add(d, WorkingDays(1))),
    ("add calendar days", lambda d: PUBLIC_SECTOR.add(d, CalendarDays(1))),
    ("add traced", lambda d: PUBLIC_SECTOR.add(d, WorkingDays(1), trace=True)),
    ("count", lambda d: PUBLIC_SECTOR.count(d, D(2026, 1, 9))),
    ("is_working_day", PUBLIC_SECTOR.is_working_day),
    ("day", PUBLIC_SECTOR.day),
    ("working_days", lambda d: list(PUBLIC_SECTOR.working_days(d, D(2026, 1, 9)))),
    ("receipt_day", lambda d: PUBLIC_SECTOR.receipt_day(d, receipt="next_working_day")),
    ("reckon", lambda d: PUBLIC_SECTOR.reckon(d, WorkingDays(1))),
    ("add_many", lambda d: add_many([d], 1)),
    ("count_many", lambda d: count_many([d], D(2026, 1, 9))),
    ("a rule", lambda d: complex_electronic_respond_by(d)),
    ("a rule's key", lambda d: provide_by(D(2026, 9, 3), sent=d)),
]


@pytest.mark.parametrize("taker", DATE_TAKERS, ids=[n for n, _ in DATE_TAKERS])
@pytest.mark.parametrize(
    "value", [*UNREPRESENTABLE, datetime(2026, 1, 9, tzinfo=NoOffset())], ids=str
)
def test_edge_instants_and_offsetless_tzinfos_are_invalid_input(
    taker: tuple[str, Callable[[Any], object]], value: datetime
) -> None:
    """OverflowError (near datetime.min/max) and the machine's time zone (a tzinfo whose
    utcoffset() is None) used to leak out of as_vn_date and its callers."""
    with pytest.raises(AccessInfoError) as info:
        taker[1](value)
    assert type(info.value) is InvalidInput, info.value


# (the rule's ``sent`` key is left out: the article decides what a far-off sending date means)
@pytest.mark.parametrize("taker", DATE_TAKERS[1:-1], ids=[n for n, _ in DATE_TAKERS[1:-1]])
@pytest.mark.parametrize(("value", "day"), REPRESENTABLE, ids=str)
def test_edge_instants_are_read_in_vietnam_time(
    taker: tuple[str, Callable[[Any], object]], value: datetime, day: date
) -> None:
    assert as_vn_date(value) == day
    with pytest.raises(AccessInfoError):  # outside the calendar, said so
        taker[1](value)


def test_a_failing_tzinfo_is_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="no UTC offset"):
        as_vn_date(datetime(2026, 1, 9, tzinfo=Broken()))


@pytest.fixture
def machine_zone() -> Iterator[Callable[[str], None]]:
    saved = os.environ.get("TZ")

    def use(zone: str) -> None:
        os.environ["TZ"] = zone
        time_mod.tzset()

    try:
        yield use
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time_mod.tzset()


@pytest.mark.skipif(not hasattr(time_mod, "tzset"), reason="time.tzset is Unix-only")
def test_the_error_does_not_depend_on_the_machine_zone(
    machine_zone: Callable[[str], None],
) -> None:
    """2026-08-31 23:30 with no offset: read as local time it would be 31/08 (Law 104) or
    01/09 (Law 01/2026) depending on the machine. It must be InvalidInput everywhere."""
    value = datetime(2026, 8, 31, 23, 30, tzinfo=NoOffset())
    codes = set()
    for zone in ("UTC", "Asia/Ho_Chi_Minh", "Pacific/Kiritimati", "America/Los_Angeles"):
        machine_zone(zone)
        for _, call in DATE_TAKERS:
            with pytest.raises(AccessInfoError) as info:
                call(value)
            codes.add(info.value.code)
    assert codes == {"invalid-input"}


@example(datetime(2026, 8, 31, 17, 0, tzinfo=UTC))  # 00:00 on 01/09 in Vietnam
@given(
    st.datetimes(
        min_value=datetime(1, 1, 1),
        max_value=datetime(9999, 12, 31, 23, 59),
        timezones=st.timezones(),
    )
)
def test_any_aware_instant_is_a_date_or_invalid_input(value: datetime) -> None:
    try:
        got = as_vn_date(value)
    except InvalidInput:
        # only instants that cannot be expressed in Vietnam time are refused
        offset = value.utcoffset()
        assert offset is not None
        with pytest.raises(OverflowError):
            value.replace(tzinfo=None) + (timedelta(hours=7) - offset)
        return
    assert got == value.astimezone(VN_TZ).date()


@given(
    st.datetimes(min_value=datetime(2018, 1, 2), max_value=datetime(2035, 12, 30)),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_the_same_instant_in_any_zone_gives_the_same_answers(local: datetime, minutes: int) -> None:
    instant = local.replace(tzinfo=VN_TZ)
    there = instant.astimezone(timezone(timedelta(minutes=minutes)))
    assert as_vn_date(there) == as_vn_date(instant) == local.date()
    assert PUBLIC_SECTOR.is_working_day(there) == PUBLIC_SECTOR.is_working_day(local.date())


# -- overrides and calendar rows ------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rest_days": {D(2026, 3, 2): "x"}, "source": "Quyết định 12/QĐ-UBND"},
        {"rest_days": {D(2026, 3, 2): "x"}, "source": 12},
        {"rest_days": [[2026, 3, 2]]},  # an unhashable element
        {"rest_days": [{"day": 2}]},
        {"rest_days": {D(2026, 3, 2): None}},
        {"working_days": {D(2026, 3, 7): 7}},
        {"rest_days": [D(2026, 3, 2)], "name": ""},
        {"rest_days": [D(2026, 3, 2)], "name": 5},
    ],
)
def test_overrides_are_checked_when_made(kwargs: dict[str, Any]) -> None:
    """A string as source used to be accepted and fail later (AttributeError in a trace)."""
    raises_invalid(lambda: PUBLIC_SECTOR.with_overrides(**kwargs))


def test_an_override_with_a_citation_traces() -> None:
    src = instrument("decision_188_1999").cite(1)
    local = PUBLIC_SECTOR.with_overrides(rest_days={D(2026, 3, 2): "Lễ hội"}, source=src)
    assert local.day(D(2026, 3, 2)).source == src
    # Fri 27/02/2026 + 1 working day: Mon 02/03 is the local rest day, so Tue 03/03
    d = local.add(D(2026, 2, 27), WorkingDays(1), trace=True)
    assert d.outcome == D(2026, 3, 3)
    assert any(s.source == src for s in d.trace or ())


@pytest.mark.parametrize(
    "row",
    [
        (datetime(2026, 3, 2, tzinfo=VN_TZ), "holiday", "x", "x", None, "announced"),
        ("2026-03-02", "holiday", "x", "x", None, "announced"),
        (D(2026, 3, 2), "festival", "x", "x", None, "announced"),
        (D(2026, 3, 2), "holiday", "x", "x", None, "rumoured"),
        (D(2026, 3, 2), "holiday", None, "x", None, "announced"),
        (D(2026, 3, 2), "holiday", "x", "x", "Công văn 1/VPCP", "announced"),
    ],
)
def test_calendar_rows_are_checked_when_made(row: tuple[Any, ...]) -> None:
    raises_invalid(lambda: SpecialDay(*row))


def test_amended_refuses_what_is_not_a_row() -> None:
    raises_invalid(lambda: amended(PUBLIC_SECTOR, [("2026-03-02", "holiday")], version="v2"))  # type: ignore[list-item]


# -- periods: cheap, shared, still checked --------------------------------------------------


@given(
    st.integers(min_value=-100_000, max_value=100_000), st.sampled_from([WorkingDays, CalendarDays])
)
def test_periods_are_values(n: int, cls: Any) -> None:
    p = cls(n)
    assert p == cls(n) and hash(p) == hash(cls(n)) and p.n == n
    assert pickle.loads(pickle.dumps(p)) == p
    assert repr(p) == f"{cls.__name__}(n={n})"
    assert p != (WorkingDays if cls is CalendarDays else CalendarDays)(n)
    match p:
        case WorkingDays(n=k) | CalendarDays(n=k):
            assert k == n
    if abs(n) <= 1000:
        assert cls(n) is p  # built once, then shared


@pytest.mark.parametrize(
    "n", [True, False, 1.0, "3", None, 100_001, -100_001, np.int64(3), [3], 2**70]
)
@pytest.mark.parametrize("cls", [WorkingDays, CalendarDays])
def test_a_bad_period_is_invalid_input(cls: Any, n: Any) -> None:
    raises_invalid(lambda: cls(n))
