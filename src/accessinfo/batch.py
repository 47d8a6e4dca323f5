"""Working-day arithmetic over many dates at once.

:func:`add_many` and :func:`count_many` give, element by element, exactly the answers of
``calendar.add`` and ``calendar.count`` (day zero not counted, Civil Code Art 147.3; a
calendar-day period ending on a rest day rolls on, Art 148.5), with the same errors: a date
outside the calendar raises :class:`~accessinfo.errors.OutsideCalendar`, bad input raises
:class:`~accessinfo.errors.InvalidInput`, never a silent answer.

Two paths:

* a sequence (list, tuple, any iterable) of ``date`` or aware ``datetime`` → a ``list``;
* a numpy ``datetime64[D]`` array (the optional ``fast`` extra) → an array of the same shape,
  computed on the calendar's prefix-sum index with no Python loop. numpy is imported only when
  an array is given, so ``import accessinfo.batch`` stays cheap.

Periods: one ``WorkingDays(n)`` or ``CalendarDays(n)`` for every start, a plain ``int`` (n
working days) for every start, or one int (working days) per start; the pure-Python path also
takes one ``Period`` per start.

>>> from datetime import date, timedelta
>>> from accessinfo.calendar import WorkingDays

Three working days from Fri 9 Jan 2026 (Sat 10 Jan is a swapped working day: 10, 12, 13) and
from Fri 13 Feb 2026 (Tết: 14-22 Feb off, so 23, 24, 25 Feb); working days up to Mon 4 May
2026 from Fri 24 Apr (27 Apr makes up Hùng Kings' Day, 30/4 and 1/5 off: 28, 29 Apr, 4 May)
and from Tue 28 Apr (29 Apr, 4 May):

>>> add_many([date(2026, 1, 9), date(2026, 2, 13)], WorkingDays(3))
[datetime.date(2026, 1, 13), datetime.date(2026, 2, 25)]
>>> count_many([date(2026, 4, 24), date(2026, 4, 28)], date(2026, 5, 4))
[3, 2]
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final, overload

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    CalendarDays,
    Period,
    Roll,
    WorkingCalendar,
    WorkingDays,
    _as_vn_date,
    _depends_on,
    _option,
    check_calendar,
)
from accessinfo.core.messages import msg
from accessinfo.core.signature import public, signature_error
from accessinfo.core.values import DataclassFields, Frozen
from accessinfo.errors import InvalidInput, OutsideCalendar

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from accessinfo.core.decisions import Decision
    from accessinfo.models.requests import RequestDeadlines
    from accessinfo.tasks.columns import request_deadlines_columns

    DateArray = npt.NDArray[np.datetime64]
    IntArray = npt.NDArray[np.int64]

__all__ = [
    "NumpyIndex",
    "add_many",
    "count_many",
    "numpy_index",
    "request_deadlines_columns",
    "request_deadlines_many",
]


def __getattr__(name: str) -> Any:  # request_deadlines_columns knows the law: imported on use
    if name == "request_deadlines_columns":
        from accessinfo.tasks.columns import request_deadlines_columns

        return request_deadlines_columns
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_ROLLS: Final = ("next_working_day", "previous_working_day", "none")
_MAX_PERIOD: Final = 100_000  # the bound of WorkingDays / CalendarDays


def _is_numpy(obj: object) -> bool:
    """True for numpy arrays and scalars, without importing numpy."""
    return type(obj).__module__.split(".", 1)[0] == "numpy"


# -- the numpy view of a calendar's index ------------------------------------------------------


class NumpyIndex(Frozen):
    """Arrays over the calendar range: ``cum_incl[i]`` = working days in [first, first+i],
    ``cum_excl[i]`` = in [first, first+i), ``wd[k]`` = the k-th working day (0-based).

    A frozen value, written by hand as :mod:`accessinfo.core.values` explains."""

    __slots__ = ("cum_excl", "cum_incl", "e0", "n", "step", "unc_excl", "unc_incl", "w", "wd")
    __match_args__ = ("e0", "n", "w", "cum_excl", "cum_incl", "wd", "unc_incl", "unc_excl", "step")
    __dataclass_fields__ = DataclassFields()

    e0: int  # first day of the range, in days since 1970-01-01
    n: int  # days in the range
    w: int  # working days in the range
    cum_excl: IntArray
    cum_incl: IntArray
    wd: DateArray
    unc_incl: IntArray  # uncertain (derived or projected) special days in [first, first+i]
    unc_excl: IntArray  # … in [first, first+i)
    # k-table for any sign of n: k = step[2 * i + (n > 0)] + n, i.e. cum_excl[i] + n for
    # n <= 0 and cum_incl[i] - 1 + n for n > 0 (one gather instead of two and a where)
    step: IntArray

    def __init__(
        self,
        e0: int,
        n: int,
        w: int,
        cum_excl: IntArray,
        cum_incl: IntArray,
        wd: DateArray,
        unc_incl: IntArray,
        unc_excl: IntArray,
        step: IntArray,
    ) -> None:
        self._assign(e0, n, w, cum_excl, cum_incl, wd, unc_incl, unc_excl, step)


_NP_CACHE: weakref.WeakKeyDictionary[WorkingCalendar, NumpyIndex] = weakref.WeakKeyDictionary()


@public
def numpy_index(calendar: WorkingCalendar = PUBLIC_SECTOR) -> NumpyIndex:
    """The calendar's prefix-sum index as numpy arrays (built once per calendar, then cached)."""
    cal = check_calendar(calendar)
    got = _NP_CACHE.get(cal)
    if got is None:
        np = _numpy()
        ix = cal._index()
        cum = np.asarray(ix.cum, dtype=np.int64)
        e0 = ix.d0 - date(1970, 1, 1).toordinal()
        offsets = np.flatnonzero(np.frombuffer(ix.working, dtype=np.uint8))
        wd = (offsets + e0).astype("datetime64[D]")
        unc = np.asarray(ix.unc, dtype=np.int64)
        step = np.stack([cum[:-1], cum[1:] - 1], axis=1).ravel()
        got = NumpyIndex(e0, ix.n, len(ix.wd), cum[:-1], cum[1:], wd, unc[1:], unc[:-1], step)
        for a in (got.cum_excl, got.cum_incl, got.wd, got.unc_incl, got.unc_excl, got.step):
            a.flags.writeable = False
        _NP_CACHE[cal] = got
    return got


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:  # pragma: no cover - numpy is installed in the dev environment
        raise InvalidInput(msg("errors.batch.needs_numpy")) from None
    return numpy


# -- validation shared by both paths -----------------------------------------------------------


def _as_period(p: object, what: str) -> Period:
    if isinstance(p, (WorkingDays, CalendarDays)):
        return p
    if type(p) is int:
        return WorkingDays(p)  # validates the bound
    raise InvalidInput(msg("errors.period", name=what, value=f"{p!r:.60}"))


def _date_list(values: object, name: str) -> list[date]:
    if isinstance(values, (str, bytes, date)) or not isinstance(values, Iterable):
        raise InvalidInput(
            msg(
                "errors.batch.date_sequence",
                name=name,
                kind=type(values).__name__,
                value=f"{values!r:.60}",
            )
        )
    out = list(values)
    for k, d in enumerate(out):
        if type(d) is not date:
            out[k] = _as_vn_date(d, f"{name}[{k}]")
    return out


def _outside(cal: WorkingCalendar, what: str, d: date) -> OutsideCalendar:
    return OutsideCalendar(
        msg("errors.outside_calendar_named", what=what, day=d, first=cal.first, last=cal.last)
    )


# -- add ----------------------------------------------------------------------------------------


@overload
def add_many(
    starts: DateArray,
    period_or_ns: Period | int | IntArray,
    *,
    roll: Roll = ...,
    strict: bool = ...,
    calendar: WorkingCalendar = ...,
) -> DateArray: ...
@overload
def add_many(
    starts: Iterable[date],
    period_or_ns: Period | int | Sequence[Period | int],
    *,
    roll: Roll = ...,
    strict: bool = ...,
    calendar: WorkingCalendar = ...,
) -> list[date]: ...
@public
def add_many(
    starts: Any,
    period_or_ns: Any,
    *,
    roll: Roll = "next_working_day",
    strict: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
) -> Any:
    """``calendar.add(start, period)`` for every start, in one call.

    ``period_or_ns`` is one period (or int of working days) for all starts, or one per start.
    ``roll`` applies to calendar-day periods, as in ``calendar.add``. ``strict=True`` raises
    :class:`~accessinfo.errors.CalendarUnknown` (naming the first such start) if an answer
    depends on days not yet announced, as ``calendar.add(..., strict=True)`` does.
    """
    cal = check_calendar(calendar)
    _option(roll, "roll", _ROLLS)
    if not isinstance(strict, bool):
        raise InvalidInput(msg("errors.true_or_false", name="strict", value=f"{strict!r:.60}"))
    if _is_numpy(starts):
        out = _add_np(cal, starts, period_or_ns, roll)
        if strict:
            _strict_np(cal, starts, out, period_or_ns, roll)
        return out
    if _is_numpy(period_or_ns):
        raise InvalidInput(msg("errors.batch.starts_array"))
    days = _date_list(starts, "starts")
    periods: Any
    if isinstance(period_or_ns, (WorkingDays, CalendarDays)) or type(period_or_ns) is int:
        period = _as_period(period_or_ns, "period_or_ns")
        periods = [period] * len(days) if strict else None
        if type(period) is WorkingDays:
            res = _add_working_same(cal, days, period.n)
        else:
            res = [cal.add(d, period, roll=roll) for d in days]
    else:
        if isinstance(period_or_ns, (str, bytes)) or not isinstance(period_or_ns, Iterable):
            raise InvalidInput(msg("errors.batch.periods", kind=type(period_or_ns).__name__))
        items = list(period_or_ns)
        if len(items) != len(days):
            raise InvalidInput(
                msg("errors.same_length", n=len(days), what="starts", m=len(items), other="periods")
            )
        if all(type(x) is int for x in items):
            if items and (min(items) < -_MAX_PERIOD or max(items) > _MAX_PERIOD):
                bad = next(k for k, x in enumerate(items) if abs(x) > _MAX_PERIOD)
                _as_period(items[bad], f"period_or_ns[{bad}]")  # raises InvalidInput
            res = _add_working_each(cal, days, items)
            periods = [WorkingDays(n) for n in items] if strict else None
        else:
            periods = [_as_period(p, f"period_or_ns[{k}]") for k, p in enumerate(items)]
            res = [cal.add(d, p, roll=roll) for d, p in zip(days, periods, strict=True)]
    if strict:
        _strict_list(cal, days, res, periods, roll)
    return res


def _strict_list(
    cal: WorkingCalendar, days: list[date], ends: list[date], periods: list[Period], roll: Roll
) -> None:
    """Raise the scalar path's CalendarUnknown for the first answer that is not certain."""
    ix = cal._index()
    unc, d0, known = ix.unc, ix.d0, cal.known_until.toordinal() - ix.d0
    for k, (d, e) in enumerate(zip(days, ends, strict=True)):
        p = periods[k]
        # the days the answer depends on, as calendar.reckon asks: a < day number <= b
        i = d.toordinal() - d0
        a, b = _depends_on(i, e.toordinal() - d0, p.n, type(p) is WorkingDays, roll)
        if b > a and (b > known or unc[b + 1] - unc[a + 1]):
            cal.add(d, p, roll=roll, strict=True)  # raises, with the scalar message


def _strict_np(cal: WorkingCalendar, starts: Any, ends: Any, period_or_ns: Any, roll: Roll) -> None:
    """The scalar rule of ``reckon`` (``calendar._depends_on``) for every element at once: an
    answer of working days depends on the days in (start, end] counting forwards, [end, start)
    counting backwards, none for WorkingDays(0); one of calendar days also on every day its
    roll looked at; it is uncertain if one of them is projected or beyond ``known_until``."""
    np = _numpy()
    nx = numpy_index(cal)
    shape = np.broadcast_shapes(starts.shape, ends.shape)
    s = np.broadcast_to(starts.view(np.int64) - nx.e0, shape)
    e = ends.view(np.int64) - nx.e0
    known = cal.known_until.toordinal() - date(1970, 1, 1).toordinal() - nx.e0
    single = isinstance(period_or_ns, (WorkingDays, CalendarDays)) or type(period_or_ns) is int
    period = _as_period(period_or_ns, "period_or_ns") if single else None
    if type(period) is CalendarDays:
        n = period.n
        j0 = s + n
        lo, hi = (s + 1, j0) if n > 0 else (j0, s - 1)  # the days counted
        if roll != "none":  # and every day the roll looked at
            lo, hi = np.minimum(np.minimum(lo, j0), e), np.maximum(np.maximum(hi, j0), e)
        some = hi >= lo
        lo_at, hi_at = np.where(some, lo, 0), np.where(some, hi, 0)
        depends = np.take(nx.unc_incl, hi_at) - np.take(nx.unc_excl, lo_at)  # [lo, hi]
        bad = some & ((depends > 0) | (hi > known))
    else:
        fwd = e >= s
        depends = np.where(
            fwd,
            np.take(nx.unc_incl, e) - np.take(nx.unc_incl, s),  # (s, e]
            np.take(nx.unc_excl, s) - np.take(nx.unc_excl, e),  # [e, s)
        )
        bad = (depends > 0) | (np.where(fwd, e, s - 1) > known)
    if single:
        if type(period) is WorkingDays and period.n == 0:
            return
        ns = None
    else:
        ns = np.broadcast_to(np.asarray(period_or_ns), bad.shape).reshape(-1)
        bad &= np.broadcast_to(np.asarray(period_or_ns) != 0, bad.shape)
    flat_starts = np.broadcast_to(starts, bad.shape).reshape(-1)
    for k in np.flatnonzero(bad.reshape(-1)):
        p = WorkingDays(int(ns[k])) if ns is not None else period
        assert p is not None  # a single period, or one per element
        cal.add(flat_starts[k].item(), p, roll=roll, strict=True)  # raises, as the scalar does


def _add_working_same(cal: WorkingCalendar, days: list[date], n: int) -> list[date]:
    """The hot path: the same n working days from every start (three list passes)."""
    ix = cal._index()
    wd, cum = ix.wd, ix.cum
    pos = _checked_positions(cal, days, "starts")  # p = i + 1: cum[p] = working days to i
    if n == 0 or not pos:
        return list(days)
    if n > 0:  # the n-th working day after i: wd[cum[i + 1] + n - 1]
        shift = n - 1
        ks = [cum[p] + shift for p in pos]
    else:  # the |n|-th before: wd[cum[i] + n], and cum[i] = cum[i + 1] - working[i]
        work = ix.working
        ks = [cum[p] - work[p - 1] + n for p in pos]
    if min(ks) < 0 or max(ks) >= len(wd):
        bad = next(k for k, v in enumerate(ks) if not 0 <= v < len(wd))
        cal._result_outside(days[bad], WorkingDays(n))
    return [wd[k] for k in ks]


def _add_working_each(cal: WorkingCalendar, days: list[date], ns: list[int]) -> list[date]:
    """One n (working days) per start."""
    ix = cal._index()
    wd, cum, work, w = ix.wd, ix.cum, ix.working, len(ix.wd)
    pos = _checked_positions(cal, days, "starts")
    out: list[date] = []
    append = out.append
    for p, n, d in zip(pos, ns, days, strict=True):
        if n > 0:
            k = cum[p] + n - 1
        elif n < 0:
            k = cum[p] - work[p - 1] + n
        else:
            append(d)
            continue
        if not 0 <= k < w:
            cal._result_outside(d, WorkingDays(n))
        append(wd[k])
    return out


def _checked_positions(cal: WorkingCalendar, days: list[date], name: str) -> list[int]:
    """``i + 1`` for every date (its prefix-sum slot), or OutsideCalendar naming the first."""
    ix = cal._index()
    base = ix.d0 - 1
    pos = [d.toordinal() - base for d in days]
    if pos and (min(pos) < 1 or max(pos) > ix.n):
        bad = next(k for k, p in enumerate(pos) if not 1 <= p <= ix.n)
        raise _outside(cal, f"{name}[{bad}]", days[bad])
    return pos


def _int_array(np: Any, a: Any, name: str) -> Any:
    a = np.asarray(a)
    if a.dtype.kind not in "iu":
        raise InvalidInput(msg("errors.batch.int_array", name=name, dtype=str(a.dtype)))
    if a.size and a.dtype.kind == "u" and a.max() > _MAX_PERIOD:
        raise InvalidInput(msg("errors.periods_too_long", name=name, limit=_MAX_PERIOD))
    return a.astype(np.int64, copy=False)


def _positions(np: Any, cal: WorkingCalendar, nx: NumpyIndex, a: Any, name: str) -> Any:
    """Row numbers of a datetime64[D] array in the index, bounds-checked (NaT is invalid)."""
    if not isinstance(a, np.ndarray) or a.dtype != np.dtype("datetime64[D]"):
        dtype = getattr(a, "dtype", type(a).__name__)
        raise InvalidInput(msg("errors.batch.date_array", name=name, dtype=str(dtype)))
    i = a.view(np.int64) - nx.e0
    if i.size and (i.min() < 0 or i.max() >= nx.n):
        if np.isnat(a).any():
            raise InvalidInput(msg("errors.batch.nat", name=name))
        bad = int(np.flatnonzero((i < 0) | (i >= nx.n))[0])
        raise _outside(cal, f"{name}[{bad}]", a.reshape(-1)[bad].item())
    return i


def _add_np(cal: WorkingCalendar, starts: Any, period_or_ns: Any, roll: Roll) -> Any:
    np = _numpy()
    nx = numpy_index(cal)
    if isinstance(period_or_ns, (WorkingDays, CalendarDays)) or type(period_or_ns) is int:
        period = _as_period(period_or_ns, "period_or_ns")
        i = _positions(np, cal, nx, starts, "starts")
        n = period.n
        if type(period) is CalendarDays:
            j = i + n
            if j.size and (j.min() < 0 or j.max() >= nx.n):
                _np_outside(np, cal, starts, (j < 0) | (j >= nx.n), period)
            if roll == "none":
                return starts + np.timedelta64(n, "D")
            k = np.take(nx.cum_excl, j) if roll == "next_working_day" else nx.cum_incl[j] - 1
        elif n == 0:
            return starts.copy()
        else:
            k = np.take(nx.cum_incl, i) if n > 0 else np.take(nx.cum_excl, i)
            k += n - 1 if n > 0 else n
        if k.size and (k.min() < 0 or k.max() >= nx.w):
            _np_outside(np, cal, starts, (k < 0) | (k >= nx.w), period)
        return np.take(nx.wd, k)
    if not _is_numpy(period_or_ns) and not isinstance(period_or_ns, (list, tuple)):
        raise InvalidInput(msg("errors.batch.periods_np", kind=type(period_or_ns).__name__))
    ns = _int_array(np, period_or_ns, "period_or_ns")
    try:
        shape = np.broadcast_shapes(np.shape(starts), ns.shape)
    except ValueError:
        raise InvalidInput(
            msg(
                "errors.shapes_differ",
                what="starts",
                shape=np.shape(starts),
                other="period_or_ns",
                other_shape=ns.shape,
            )
        ) from None
    i = _positions(np, cal, nx, starts, "starts")
    lo, hi = (int(ns.min()), int(ns.max())) if ns.size else (1, 1)
    if lo > 0:  # all forwards (the usual case): k = cum_incl[i] - 1 + n
        k = np.take(nx.cum_incl, i) + ns
        k -= 1
    elif hi < 0:  # all backwards: k = cum_excl[i] + n
        k = np.take(nx.cum_excl, i) + ns
    else:  # k = step[2i + (n > 0)] + n: one gather for both signs
        k = np.take(nx.step, i * 2 + (ns > 0))
        k += ns
    if k.size and (k.min() < 0 or k.max() >= nx.w):
        if lo < -_MAX_PERIOD or hi > _MAX_PERIOD:
            raise InvalidInput(
                msg("errors.periods_too_long", name="period_or_ns", limit=_MAX_PERIOD)
            )
        bad = (k < 0) | (k >= nx.w)
        zero = np.broadcast_to(ns == 0, shape)
        bad &= ~zero  # n == 0 is the start itself, inside the calendar
        if bad.any():
            first = int(np.flatnonzero(bad.reshape(-1))[0])
            n_bad = int(np.broadcast_to(ns, shape).reshape(-1)[first])
            d_bad = np.broadcast_to(starts, shape).reshape(-1)[first].item()
            cal._result_outside(d_bad, WorkingDays(n_bad))
        np.clip(k, 0, nx.w - 1, out=k)
    out = np.take(nx.wd, k)
    if lo > 0 or hi < 0:
        return out
    zero_at = np.flatnonzero(ns == 0)  # n == 0 gives the start itself, even on a rest day
    if zero_at.size:
        if ns.shape == shape:
            out.reshape(-1)[zero_at] = np.broadcast_to(starts, shape).reshape(-1)[zero_at]
        else:
            out = np.where(ns == 0, starts, out)
    return out


def _np_outside(np: Any, cal: WorkingCalendar, starts: Any, bad: Any, period: Period) -> None:
    first = int(np.flatnonzero(bad.reshape(-1))[0])
    cal._result_outside(starts.reshape(-1)[first].item(), period)


# -- count --------------------------------------------------------------------------------------


@overload
def count_many(
    starts: DateArray | date, ends: DateArray, *, calendar: WorkingCalendar = ...
) -> IntArray: ...
@overload
def count_many(
    starts: DateArray, ends: DateArray | date, *, calendar: WorkingCalendar = ...
) -> IntArray: ...
@overload
def count_many(
    starts: Iterable[date] | date, ends: Iterable[date] | date, *, calendar: WorkingCalendar = ...
) -> list[int]: ...
@public
def count_many(starts: Any, ends: Any, *, calendar: WorkingCalendar = PUBLIC_SECTOR) -> Any:
    """``calendar.count(start, end)`` (working days in ``(start, end]``) pair by pair.

    Either side may be a single date (e.g. counting every open request up to one day).
    """
    cal = check_calendar(calendar)
    if _is_numpy(starts) or _is_numpy(ends):
        return _count_np(cal, starts, ends)
    single_s, single_e = not _many(starts), not _many(ends)
    if single_s and single_e:
        raise InvalidInput(msg("errors.batch.count_needs_many"))
    s_list = [_as_vn_date(starts, "starts")] if single_s else _date_list(starts, "starts")
    e_list = [_as_vn_date(ends, "ends")] if single_e else _date_list(ends, "ends")
    if not single_s and not single_e and len(s_list) != len(e_list):
        raise InvalidInput(
            msg("errors.same_length", n=len(s_list), what="starts", m=len(e_list), other="ends")
        )
    cum = cal._index().cum
    ps = _checked_positions(cal, s_list, "starts")
    pe = _checked_positions(cal, e_list, "ends")
    if single_s:
        c0 = cum[ps[0]]
        return [cum[p] - c0 for p in pe]
    if single_e:
        c1 = cum[pe[0]]
        return [c1 - cum[p] for p in ps]
    return [cum[b] - cum[a] for a, b in zip(ps, pe, strict=True)]


def _many(x: object) -> bool:
    return not isinstance(x, (str, bytes, date)) and isinstance(x, Iterable)


def _count_np(cal: WorkingCalendar, starts: Any, ends: Any) -> Any:
    np = _numpy()
    nx = numpy_index(cal)
    sides = []
    for name, x in (("starts", starts), ("ends", ends)):
        if not _is_numpy(x) and isinstance(x, date):
            x = np.datetime64(_as_vn_date(x, name), "D")
        sides.append(_positions(np, cal, nx, np.asarray(x) if _is_numpy(x) else x, name))
    i, j = sides
    try:
        return np.take(nx.cum_incl, j) - np.take(nx.cum_incl, i)
    except ValueError:
        raise InvalidInput(
            msg(
                "errors.shapes_differ",
                what="starts",
                shape=np.shape(starts),
                other="ends",
                other_shape=np.shape(ends),
            )
        ) from None


# -- requests -----------------------------------------------------------------------------------


@public
def request_deadlines_many(requests: Iterable[Any], **kw: Any) -> list[Decision[RequestDeadlines]]:
    """``accessinfo.tasks.requests.request_deadlines(r, **kw)`` for every request, in order.

    Every element must be an ``InformationRequest``; the keyword options (``calendar``,
    ``strict``, readings …) apply to all of them and are checked first, even for an empty
    list. The first bad request raises, naming its position.
    """
    from accessinfo.models.requests import InformationRequest
    from accessinfo.tasks.requests import request_deadlines

    if isinstance(requests, (str, bytes)) or not isinstance(requests, Iterable):
        raise InvalidInput(msg("errors.batch.requests", value=f"{requests!r:.60}"))
    _check_request_options(request_deadlines, kw)
    items = list(requests)
    for k, r in enumerate(items):
        if not isinstance(r, InformationRequest):
            raise InvalidInput(
                msg("errors.batch.request_item", name=f"requests[{k}]", got=type(r).__name__)
            )
    return [request_deadlines(r, **kw) for r in items]


_UNITS: Final = ("calendar", "working", "raise")
_RECEIPTS: Final = ("calendar_date", "next_working_day")


def _check_request_options(facade: Any, kw: dict[str, Any]) -> None:
    """The options of ``request_deadlines``, checked once for the whole batch."""
    from datetime import time

    err = signature_error(facade, (None,), kw)  # an unknown keyword, or the request again
    if err is not None:
        raise err
    if "calendar" in kw:
        check_calendar(kw["calendar"])
    for flag in ("strict", "trace"):
        if flag in kw and kw[flag] is not True and kw[flag] is not False:
            raise InvalidInput(msg("errors.true_or_false", name=flag, value=f"{kw[flag]!r:.60}"))
    for name in ("extension_unit", "period_unit"):
        if name in kw:
            _option(kw[name], name, _UNITS)
    if "receipt" in kw:
        _option(kw["receipt"], "receipt", _RECEIPTS)
    cutoff = kw.get("cutoff")
    if cutoff is not None and (not isinstance(cutoff, time) or cutoff.tzinfo is not None):
        raise InvalidInput(msg("errors.batch.cutoff", value=f"{cutoff!r:.60}"))
