"""``WorkingDays(n)`` and ``CalendarDays(n)`` are shared values (issue 13): every answer is the
one a plain construction gives, every refusal too; an untraced count is the traced one."""

from __future__ import annotations

import copy
import enum
import inspect
import pickle
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo import calendar
from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingDays
from accessinfo.errors import AccessInfoError, InvalidInput

CLASSES = (WorkingDays, CalendarDays)
LIMIT = 100_000  # calendar._MAX_PERIOD


def plain(cls: type[Any], n: object) -> Any:
    """The period as a subclass builds it: checked, never shared."""
    sub = type("Plain" + cls.__name__, (cls,), {"__slots__": ()})
    p = sub(n)
    out = object.__new__(cls)
    object.__setattr__(out, "n", p.n)
    return out


class Small(enum.IntEnum):
    THREE = 3


class MyInt(int):
    pass


@given(cls=st.sampled_from(CLASSES), n=st.integers(-LIMIT, LIMIT))
@example(cls=WorkingDays, n=0)
@example(cls=CalendarDays, n=-LIMIT)
def test_a_period_is_the_plain_one_and_shared(cls: type[Any], n: int) -> None:
    p = cls(n)
    assert type(p) is cls and p.n == n and type(p.n) is int
    assert p == plain(cls, n) and hash(p) == hash(plain(cls, n)) and repr(p) == repr(plain(cls, n))
    assert cls(n=n) == p
    if abs(n) <= 1000:
        assert cls(n) is p  # built once, then shared
    other = CalendarDays if cls is WorkingDays else WorkingDays
    assert other(n) != p and type(other(n)) is other


@given(
    cls=st.sampled_from(CLASSES),
    value=st.one_of(
        st.booleans(),
        st.floats(allow_nan=True),
        st.integers(-3, 3).map(float),
        st.text(max_size=3),
        st.integers(-3, 3).map(str),
        st.integers(-3, 3).map(np.int64),
        st.integers(-3, 3).map(MyInt),
        st.just(Small.THREE),
        st.none(),
        st.integers().filter(lambda k: abs(k) > LIMIT),
        st.just(WorkingDays(3)),
    ),
)
@example(cls=WorkingDays, value=True)
@example(cls=CalendarDays, value=1.0)
@example(cls=WorkingDays, value=LIMIT + 1)
def test_anything_but_an_int_in_range_is_refused_as_plainly(cls: type[Any], value: object) -> None:
    with pytest.raises(InvalidInput) as plain_error:
        calendar._check_n(value, cls.__name__)  # the check every period is made through
    with pytest.raises(InvalidInput) as error:
        cls(value)
    assert str(error.value) == str(plain_error.value)


def test_a_refusal_is_never_remembered() -> None:
    for _ in range(2):
        with pytest.raises(InvalidInput):
            WorkingDays(True)
    assert WorkingDays(1).n == 1 and type(WorkingDays(1).n) is int


def test_many_periods_still_give_the_plain_answers() -> None:
    ns = range(-3 * calendar._CACHED_PERIOD, 3 * calendar._CACHED_PERIOD, 3)
    for n in ns:
        assert WorkingDays(n) == plain(WorkingDays, n) and WorkingDays(n).n == n
    day = PUBLIC_SECTOR.first
    assert PUBLIC_SECTOR.add(day, WorkingDays(5)) == PUBLIC_SECTOR.add(day, plain(WorkingDays, 5))


def test_subclasses_make_new_objects_of_their_own_class() -> None:
    class Wd(WorkingDays):
        __slots__ = ()

    class Deeper(Wd):
        pass

    for sub, base in ((Wd, WorkingDays), (Deeper, WorkingDays)):
        a, b = sub(4), sub(4)
        assert type(a) is sub and a is not b and a == b and a.n == 4
        assert base(4) is base(4) and type(base(4)) is base
        with pytest.raises(InvalidInput):
            sub(True)


def test_signature_pickle_and_copy() -> None:
    for cls in CLASSES:
        assert list(inspect.signature(cls).parameters) == ["n"]
        p = cls(7)
        assert pickle.loads(pickle.dumps(p)) is p
        assert copy.copy(p) is p and copy.deepcopy(p) is p
    with pytest.raises(TypeError, match="WorkingDays"):
        WorkingDays()  # type: ignore[call-arg]


@given(
    start=st.dates(min_value=PUBLIC_SECTOR.first, max_value=PUBLIC_SECTOR.last),
    n=st.integers(-60, 60),
    working=st.booleans(),
    roll=st.sampled_from(["next_working_day", "previous_working_day", "none"]),
)
@example(start=PUBLIC_SECTOR.last, n=1, working=True, roll="next_working_day")
@example(start=PUBLIC_SECTOR.first, n=-1, working=True, roll="next_working_day")
@example(start=PUBLIC_SECTOR.last, n=0, working=False, roll="next_working_day")
def test_an_untraced_count_is_the_traced_one_without_its_steps(
    start: Any, n: int, working: bool, roll: str
) -> None:
    """``_count`` without a trace takes a short way for most periods; with one it takes the
    general way: both find the same end, the same uncertain days, the same everything."""
    period = WorkingDays(n) if working else CalendarDays(n)

    def fields(trace: bool) -> Any:
        try:
            r = PUBLIC_SECTOR._count(start, period, working, roll, trace, "x")
        except AccessInfoError as exc:  # OutsideCalendar, InvalidInput
            return type(exc), str(exc)
        return (r.start, r.period, r.end, r.uncertain, r.beyond_known, r.rolled)

    assert fields(False) == fields(True)
