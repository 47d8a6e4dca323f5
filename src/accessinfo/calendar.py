"""The Vietnamese public-sector working calendar.

State agencies work Monday to Friday (Decision 188/1999/QĐ-TTg); holidays and compensatory
days follow the Labour Code (Art 112, Art 111.3) and Resolution 28/2026/QH16 (24/11); each
year the Government also swaps days, turning a weekday into a rest day and a Saturday into a
working day. The special days are data (``_calendar_data/public_sector.csv``, a source per
row); beyond :attr:`WorkingCalendar.known_until` the statutory rules are projected and every
answer that depends on a projected or not-yet-announced day is provisional.

Day zero is never counted (Civil Code Art 147.3): the N-th working day *after* the start.

>>> from datetime import date
>>> from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays, CalendarDays
>>> PUBLIC_SECTOR.is_working_day(date(2026, 1, 10))   # a swapped working Saturday
True
>>> PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3))
datetime.date(2026, 1, 13)
>>> PUBLIC_SECTOR.count(date(2026, 1, 9), date(2026, 1, 13))
3
>>> PUBLIC_SECTOR.add(date(2026, 8, 18), CalendarDays(12))   # Sun 30/08 rolls past 31/08-02/09
datetime.date(2026, 9, 3)
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime, time, timedelta, timezone
from itertools import accumulate, compress
from typing import Any, Literal, overload

from accessinfo.core.files import read_text
from accessinfo.core.messages import WEEKDAYS, Text, msg
from accessinfo.core.signature import describe, public, signature_error
from accessinfo.core.values import DataclassFields, Frozen, frozen_error
from accessinfo.errors import CalendarUnknown, InvalidInput, OutsideCalendar

# The calendar path (import, add, count, is_working_day) imports neither pydantic nor the
# citations: sources are resolved, and Decisions and trace steps built, on first use.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self

    from accessinfo.calendar_files import load_calendar as load_calendar
    from accessinfo.core.citations import Citation
    from accessinfo.core.decisions import Decision, Step

__all__ = [
    "PUBLIC_SECTOR",
    "SUPPORTED_FROM",
    "SUPPORTED_UNTIL",
    "VN_TZ",
    "CalendarDays",
    "DayInfo",
    "DayKind",
    "DayStatus",
    "Period",
    "ReceiptPolicy",
    "Reckoning",
    "Roll",
    "SpecialDay",
    "WorkingCalendar",
    "WorkingDays",
    "as_vn_date",
    "public_sector_calendar",
]

VN_TZ = timezone(timedelta(hours=7), "ICT")

# The span of dates the library answers for (inclusive). Before: no rule; after: calendar ends.
SUPPORTED_FROM = date(2018, 1, 1)
SUPPORTED_UNTIL = date(2035, 12, 31)

DayKind = Literal[
    "working",
    "weekend",
    "holiday",
    "compensatory",
    "swapped_rest",
    "swapped_working",
    "local_rest",
    "local_working",
]
DayStatus = Literal["regular", "announced", "statutory", "derived", "projected", "override"]
Roll = Literal["next_working_day", "previous_working_day", "none"]
ReceiptPolicy = Literal["calendar_date", "next_working_day"]

_KINDS = (
    "working",
    "weekend",
    "holiday",
    "compensatory",
    "swapped_rest",
    "swapped_working",
    "local_rest",
    "local_working",
)
_STATUSES = ("regular", "announced", "statutory", "derived", "projected", "override")
_ROLLS = ("next_working_day", "previous_working_day", "none")
_RECEIPTS = ("calendar_date", "next_working_day")
_REST_KINDS = frozenset({"weekend", "holiday", "compensatory", "swapped_rest", "local_rest"})
_UNCERTAIN = frozenset({"derived", "projected"})
_MAX_PERIOD = 100_000  # days; far beyond any legal period, and beyond the calendar
_CACHED_PERIOD = 1_000  # periods up to this length are built once and shared


def _check_n(n: object, what: str) -> int:
    if type(n) is not int:
        raise InvalidInput(
            msg(
                "errors.takes",
                call=what,
                expected=msg("errors.type.whole_days"),
                got=type(n).__name__,
            )
        )
    if not -_MAX_PERIOD <= n <= _MAX_PERIOD:
        raise InvalidInput(msg("errors.period_out_of_range", what=what, n=n, limit=_MAX_PERIOD))
    return n


def _flag(value: object, name: str) -> bool:
    if value is True or value is False:
        return value
    raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{value!r:.60}"))


def _option(value: object, name: str, allowed: tuple[str, ...]) -> Any:
    if type(value) is not str or value not in allowed:
        *most, last = map(repr, allowed)
        expected = msg("errors.type.one_of", options=", ".join(most), last=last)
        raise InvalidInput(
            msg("errors.must_be_value", name=name, expected=expected, value=f"{value!r:.60}")
        )
    return value


class _Days:
    """A period of ``n`` days: an immutable value, validated once and shared per ``n``.

    ``WorkingDays(3) is WorkingDays(3)``: building one is a dictionary look-up, so a period
    costs less to make than the arithmetic that uses it (issue 13).
    """

    __slots__ = ("n",)
    __match_args__ = ("n",)
    n: int

    def __setattr__(self, name: str, value: object) -> None:
        raise frozen_error(name)

    def __delattr__(self, name: str) -> None:
        raise frozen_error(name, "delete")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(n={self.n})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.n == other.n

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.n))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.n,))


def _new_period(cls: type[Any], n: object, cache: dict[int, Any], base: type[Any]) -> Any:
    _check_n(n, cls.__name__)
    obj = object.__new__(cls)
    object.__setattr__(obj, "n", n)
    if cls is base and -_CACHED_PERIOD <= n <= _CACHED_PERIOD:  # type: ignore[operator]
        cache[n] = obj  # type: ignore[index]  # checked: an int (a subclass is never shared)
    return obj


_WD_CACHE: dict[int, WorkingDays] = {}
_CD_CACHE: dict[int, CalendarDays] = {}


class WorkingDays(_Days):
    """A period of N working days ("N ngày làm việc"). Negative N counts backwards."""

    __slots__ = ()

    def __new__(cls, n: int) -> Self:
        try:
            hit = _WD_CACHE[n]  # a look-up, no object made: the common case
        except (KeyError, TypeError):  # not built yet, or not even hashable
            return _new_period(cls, n, _WD_CACHE, WorkingDays)  # type: ignore[no-any-return]
        if type(n) is int and cls is WorkingDays:  # True and 3.0 find 1 and 3, but are refused
            return hit  # type: ignore[return-value]  # cls is WorkingDays
        return _new_period(cls, n, _WD_CACHE, WorkingDays)  # type: ignore[no-any-return]


class CalendarDays(_Days):
    """A period of N calendar days ("N ngày"). Negative N counts backwards."""

    __slots__ = ()

    def __new__(cls, n: int) -> Self:
        try:
            hit = _CD_CACHE[n]  # a look-up, no object made: the common case
        except (KeyError, TypeError):  # not built yet, or not even hashable
            return _new_period(cls, n, _CD_CACHE, CalendarDays)  # type: ignore[no-any-return]
        if type(n) is int and cls is CalendarDays:  # True and 3.0 find 1 and 3, but are refused
            return hit  # type: ignore[return-value]  # cls is CalendarDays
        return _new_period(cls, n, _CD_CACHE, CalendarDays)  # type: ignore[no-any-return]


Period = WorkingDays | CalendarDays


def _is_citation(value: object) -> bool:
    """True for a Citation, without importing the citations (and pydantic) to ask."""
    import sys

    mod = sys.modules.get("accessinfo.core.citations")
    return mod is not None and isinstance(value, mod.Citation)


class SpecialDay(Frozen):
    """One row of calendar data: a day whose status differs from the plain Mon–Fri week.

    Checked when built (a bad row is InvalidInput at once, not an AttributeError later).
    A frozen value (``dataclasses.fields``/``replace`` work on it).
    """

    __slots__ = ("date", "kind", "name_en", "name_vi", "note", "source", "status")
    __match_args__ = ("date", "kind", "name_vi", "name_en", "source", "status", "note")
    __dataclass_fields__ = DataclassFields({"note": ""})

    date: _Date
    kind: DayKind
    name_vi: str
    name_en: str
    source: Citation | None
    status: DayStatus
    note: str

    def __init__(
        self,
        date: _Date,
        kind: DayKind,
        name_vi: str,
        name_en: str,
        source: Citation | None,
        status: DayStatus,
        note: str = "",
    ) -> None:
        self._assign(date, kind, name_vi, name_en, source, status, note)
        self.__post_init__()

    def __post_init__(self) -> None:
        if type(self.date) is not date:
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name="SpecialDay.date",
                    expected=msg("errors.type.date"),
                    value=f"{self.date!r:.60}",
                )
            )
        _option(self.kind, "SpecialDay.kind", _KINDS)
        _option(self.status, "SpecialDay.status", _STATUSES)
        for name in ("name_vi", "name_en", "note"):
            if not isinstance(getattr(self, name), str):
                raise InvalidInput(
                    msg(
                        "errors.must_be",
                        name=f"SpecialDay.{name}",
                        expected=msg("errors.type.text"),
                        got=type(getattr(self, name)).__name__,
                    )
                )
        if self.source is not None and not _is_citation(self.source):
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name="SpecialDay.source",
                    expected=msg("errors.type.citation_or_none"),
                    value=f"{self.source!r:.60}",
                )
            )

    @property
    def working(self) -> bool:
        return self.kind not in _REST_KINDS


class _Row:
    """A row of the shipped calendar data, its source not yet resolved to a Citation."""

    __slots__ = ("date", "kind", "name_en", "name_vi", "note", "ref", "status", "working")

    def __init__(
        self, d: date, kind: str, name_vi: str, name_en: str, ref: str, status: str, note: str
    ) -> None:
        self.date, self.kind, self.status = d, kind, status
        self.name_vi, self.name_en, self.ref, self.note = name_vi, name_en, ref, note
        self.working = kind not in _REST_KINDS

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _Row,
            (self.date, self.kind, self.name_vi, self.name_en, self.ref, self.status, self.note),
        )

    def full(self) -> SpecialDay:
        return SpecialDay(
            self.date,
            self.kind,  # type: ignore[arg-type]  # checked by SpecialDay
            self.name_vi,
            self.name_en,
            _resolve_source(self.ref),
            self.status,  # type: ignore[arg-type]  # checked by SpecialDay
            self.note,
        )


def special_day_rows(rows: object, *also: type) -> tuple[Any, ...]:
    """``rows`` as a tuple, refused unless it is an iterable (not a string) of ``SpecialDay``
    (or of the ``also`` types): the one check of every place that takes calendar rows."""
    if isinstance(rows, (str, bytes)) or not isinstance(rows, Iterable):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="rows",
                expected=msg("errors.type.special_days"),
                got=type(rows).__name__,
            )
        )
    out = tuple(rows)
    kinds = (SpecialDay, *also)
    for k, row in enumerate(out):
        if not isinstance(row, kinds):
            raise InvalidInput(
                msg(
                    "errors.must_be",
                    name=f"rows[{k}]",
                    expected=msg("errors.type.special_day"),
                    got=type(row).__name__,
                )
            )
    return out


_Date = date


class DayInfo(Frozen):
    """What the calendar knows about one day.

    A plain frozen value (no pydantic on the calendar path; ``dataclasses.fields`` works on
    it); it serialises inside a Decision and has ``model_dump()`` / ``model_dump_json()`` like
    the models.
    """

    __slots__ = (
        "date",
        "kind",
        "name_en",
        "name_vi",
        "note",
        "source",
        "status",
        "weekday",
        "working",
    )
    __match_args__ = (
        "date",
        "weekday",
        "working",
        "kind",
        "name_vi",
        "name_en",
        "source",
        "status",
        "note",
    )
    __dataclass_fields__ = DataclassFields({"source": None, "status": "regular", "note": ""})

    date: _Date  # an alias: inside the class, "date" would name this field
    weekday: str
    working: bool
    kind: DayKind
    name_vi: str
    name_en: str
    source: Citation | None
    status: DayStatus
    note: str

    def __init__(
        self,
        date: _Date,
        weekday: str,
        working: bool,
        kind: DayKind,
        name_vi: str,
        name_en: str,
        source: Citation | None = None,
        status: DayStatus = "regular",
        note: str = "",
    ) -> None:
        self._assign(date, weekday, working, kind, name_vi, name_en, source, status, note)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        # pydantic resolves the annotations in this module: make the deferred name visible
        from accessinfo.core.citations import Citation
        from accessinfo.core.values import describe

        globals().setdefault("Citation", Citation)
        describe(cls)  # pydantic reads the fields from the class's own __dict__
        return handler(source)

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """The fields as a dict (``mode="json"`` for JSON types), as pydantic models do."""
        return _day_adapter().dump_python(self, **kwargs)  # type: ignore[no-any-return]

    def model_dump_json(self, **kwargs: Any) -> str:
        """The day as JSON, as pydantic models do."""
        return _day_adapter().dump_json(self, **kwargs).decode()  # type: ignore[no-any-return]


_DAY_ADAPTER: list[Any] = []


def _day_adapter() -> Any:
    if not _DAY_ADAPTER:
        from pydantic import TypeAdapter

        _DAY_ADAPTER.append(TypeAdapter(DayInfo))
    return _DAY_ADAPTER[0]


class Reckoning(Frozen):
    """The end of a period, with what it depended on (for rules building a Decision).

    A frozen value (``dataclasses.fields`` works on it), its fields in ``__dict__``.
    """

    __match_args__ = ("start", "period", "end", "uncertain", "beyond_known", "steps", "rolled")
    __dataclass_fields__ = DataclassFields({"rolled": False})

    start: date
    period: Period
    end: date
    uncertain: tuple[SpecialDay, ...]
    beyond_known: bool
    steps: tuple[Step, ...] | None
    rolled: bool = False

    def __init__(
        self,
        start: date,
        period: Period,
        end: date,
        uncertain: tuple[SpecialDay, ...],
        beyond_known: bool,
        steps: tuple[Step, ...] | None,
        rolled: bool = False,
    ) -> None:
        # one assignment instead of seven frozen-field setattrs (every deadline makes one)
        object.__setattr__(
            self,
            "__dict__",
            {
                "start": start,
                "period": period,
                "end": end,
                "uncertain": uncertain,
                "beyond_known": beyond_known,
                "steps": steps,
                "rolled": rolled,
            },
        )

    @property
    def certain(self) -> bool:
        return not self.uncertain and not self.beyond_known

    def caveats(self, known_until: date) -> tuple[str, ...]:
        """The caveats, as messages (``Text``: English, with ``.vi``)."""
        out = [_unconfirmed(d) for d in self.uncertain]
        if self.beyond_known:
            out.append(_beyond(known_until))
        return tuple(out)


def _depends_on(i: int, j: int, n: int, by_working: bool, roll: str) -> tuple[int, int]:
    """The days an answer counted from day ``i`` to day ``j`` (``n`` days; ``by_working``:
    working days) depends on, as day numbers ``a < d <= b`` (``b <= a``: none).

    Working days: ``(start, end]`` forwards, ``[end, start)`` backwards, none for
    ``WorkingDays(0)``. Calendar days: the days counted, ``(start, start + n]`` or
    ``[start + n, start)``, and every day the roll looked at, from ``start + n`` to the end:
    for ``CalendarDays(0)`` the start itself (a rest day there moves the end), for a roll back
    the days it passed over. The scalar and the batch paths both ask this.
    """
    if by_working:
        return (i, j) if j >= i else (j - 1, i - 1)
    j0 = i + n
    lo, hi = (i + 1, j0) if n > 0 else (j0, i - 1)
    if roll != "none":
        lo, hi = min(lo, j0, j), max(hi, j0, j)
    return lo - 1, hi


_NOTHING: Any = object()  # an argument not given (add's own check of its signature)
_new_reckoning = object.__new__
_set_dict = object.__setattr__


# A day's caveat depends on the day alone, the caveat past the announced schedules on that
# date alone: each is written once (messages are immutable), not at every reckoning.
_CAVEATS: dict[tuple[Any, ...], Text] = {}


def _unread_source(row: SpecialDay | _Row) -> bool:
    """True for a day whose source the library has not read (confidence ``unverified``: a
    letter named only in an agency's calendar file). Packaged rows never are."""
    source = getattr(row, "source", None)
    return source is not None and source.instrument.confidence == "unverified"


def _unconfirmed(d: SpecialDay) -> Text:
    key = (d.date, d.name_en, d.name_vi, d.status, d.source)
    hit = _CAVEATS.get(key)
    if hit is None:
        name = Text(d.name_en, d.name_vi)
        if d.status in _UNCERTAIN:
            status = msg(f"calendar.status.{d.status}")
            hit = msg("calendar.day_unconfirmed", day=d.date, name=name, status=status)
        else:
            hit = msg("calendar.day_source_unread", day=d.date, name=name, source=d.source)
        _CAVEATS[key] = hit
    return hit


def _beyond(known_until: date) -> Text:
    key = (known_until,)
    hit = _CAVEATS.get(key)
    if hit is None:
        hit = _CAVEATS[key] = msg("calendar.beyond_known", known_until=known_until)
    return hit


_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def as_vn_date(value: object, name: str = "date") -> date:
    """A ``date`` as given, or an aware ``datetime`` converted to Vietnam time (UTC+07:00).

    Naive datetimes (no ``tzinfo``, or a ``tzinfo`` whose ``utcoffset()`` is None) are
    rejected: the library never guesses a time zone, and never falls back to the machine's.
    An instant too close to ``datetime.min``/``max`` to be read in Vietnam time is rejected
    too. Every error is :class:`InvalidInput`.
    """
    if isinstance(value, datetime):
        return _vn_instant(value, name).date()
    if isinstance(value, date):
        return value
    raise InvalidInput(
        msg("errors.not_a_date", name=name, kind=type(value).__name__, value=f"{value!r:.80}")
    )


# The library's own callers use the unchecked function (their calls are right by construction);
# the public name checks its call signature (core/signature.py).
_as_vn_date = as_vn_date
as_vn_date = public(as_vn_date)


def _vn_instant(value: datetime, name: str) -> datetime:
    """An aware datetime in Vietnam time; InvalidInput for naive, odd or out-of-range ones."""
    if value.tzinfo is VN_TZ:
        return value
    try:
        offset = value.utcoffset() if value.tzinfo is not None else None
    except Exception as exc:  # a tzinfo whose utcoffset() fails
        raise InvalidInput(msg("errors.no_utc_offset", name=name, why=f"{exc}"[:80])) from None
    if offset is None:
        raise InvalidInput(msg("errors.naive_datetime", name=name, value=value.isoformat()))
    try:
        # wall clock - offset is UTC, + 7 h is Vietnam time (one step: no year-0 detour). No
        # astimezone(): it consults the tzinfo again and, for odd ones, the machine's zone.
        return (value.replace(tzinfo=None) + (_VN_OFFSET - offset)).replace(tzinfo=VN_TZ)
    except OverflowError:
        raise InvalidInput(
            msg("errors.instant_at_edge", name=name, value=value.isoformat())
        ) from None


_VN_OFFSET = timedelta(hours=7)


class _Index:
    """Prefix sums over the supported range: ``add`` and ``count`` become list lookups.

    ``rows`` holds the special days as given (shipped rows keep their source unresolved);
    ``special`` is the same as :class:`SpecialDay` objects, built on first use.
    """

    __slots__ = (
        "_special",
        "ahead",
        "cum",
        "d0",
        "first",
        "last",
        "n",
        "nw",
        "rows",
        "unc",
        "unc_days",
        "wd",
        "working",
    )

    def __init__(self, first: date, last: date, rows: Mapping[date, SpecialDay | _Row]) -> None:
        self.first, self.last = first, last
        self.d0 = first.toordinal()
        self.n = last.toordinal() - self.d0 + 1
        self.rows = dict(rows)
        self._special: dict[date, SpecialDay] | None = None
        # Mon-Fri pattern from the first day's weekday, then the special rows over it; the
        # running sums and the list of working days are built by C-level iteration
        # (accumulate, compress): the first answer after a cold start waits for this.
        week = b"\x01\x01\x01\x01\x01\x00\x00"
        wk = first.weekday()
        working = bytearray((week[wk:] + week[:wk]) * (self.n // 7 + 1))[: self.n]
        flags = bytearray(self.n)
        for d, row in self.rows.items():
            i = d.toordinal() - self.d0
            if 0 <= i < self.n:
                working[i] = row.working
                flags[i] = row.status in _UNCERTAIN or _unread_source(row)
        cum = [0, *accumulate(working)]
        unc = [0, *accumulate(flags)]
        # the uncertain days (derived, projected, or resting on a text the library has not
        # read: a calendar file's own letter) in date order: unc[i] of them before day i
        self.unc_days = [date.fromordinal(self.d0 + i) for i in compress(range(self.n), flags)]
        wd = list(map(date.fromordinal, compress(range(self.d0, self.d0 + self.n), working)))
        self.working = bytes(working)
        self.cum, self.unc, self.wd = cum, unc, wd
        # ahead[i] + n: the position in wd of the n-th working day after day i (n > 0)
        self.ahead = [c - 1 for c in cum[1:]]
        self.nw = len(wd)

    @property
    def special(self) -> dict[date, SpecialDay]:
        out = self._special
        if out is None:
            out = self._special = {
                d: (r.full() if type(r) is _Row else r)  # type: ignore[misc]  # both kinds
                for d, r in self.rows.items()
            }
        return out


def _resolve_source(ref: str) -> Citation | None:
    if not ref:
        return None
    from accessinfo.core.citations import instrument

    inst_id, _, loc = ref.partition(":")
    parts = loc.split(".") if loc else []
    article = int(parts[0]) if parts else None
    clause = int(parts[1]) if len(parts) > 1 else None
    point = parts[2] if len(parts) > 2 else None
    return instrument(inst_id).cite(article, clause, point)


def _read_csv(name: str) -> list[dict[str, str]]:
    text = read_text(f"_calendar_data/{name}")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def _announced_rows() -> list[_Row]:
    return [
        _Row(
            date.fromisoformat(r["date"]),
            r["kind"],  # checked by test_core_branches (and by SpecialDay when resolved)
            r["name_vi"],
            r["name_en"],
            r["source"],
            r["status"],
            r["note"],
        )
        for r in _read_csv("public_sector.csv")
    ]


def _projected_rows(year: int, tet: date, hung_kings: date, makeup_culture_day: bool) -> list[_Row]:
    """Statutory holidays of ``year`` when no schedule is announced (status ``projected``)."""
    lc = "code_45_2019:"
    one = timedelta(days=1)
    days: list[tuple[date, str, str, str, bool]] = [
        (date(year, 1, 1), "Tết Dương lịch", "New Year's Day", lc + "112.1.a", True),
    ]
    # Art 112.1(b): 5 days; the Prime Minister splits them (Art 112.3). Projection: the two
    # last days of the lunar year and mùng 1-3, the most frequent split in 2020-2027.
    for off, (vi, en) in zip(
        range(-2, 3),
        [
            ("Tết Âm lịch (trước Tết)", "Lunar New Year (before Tết)"),
            ("Tết Âm lịch (giao thừa)", "Lunar New Year's Eve"),
            ("Tết Âm lịch (mùng 1)", "Lunar New Year (1st day)"),
            ("Tết Âm lịch (mùng 2)", "Lunar New Year (2nd day)"),
            ("Tết Âm lịch (mùng 3)", "Lunar New Year (3rd day)"),
        ],
        strict=True,
    ):
        days.append((tet + off * one, vi, en, lc + "112.1.b", True))
    days += [
        (
            hung_kings,
            "Giỗ Tổ Hùng Vương",
            "Hung Kings' Commemoration Day",
            lc + "112.1.e",
            True,
        ),
        (
            date(year, 4, 30),
            "Ngày Chiến thắng",
            "Victory Day (30 April)",
            lc + "112.1.c",
            True,
        ),
        (
            date(year, 5, 1),
            "Ngày Quốc tế lao động",
            "International Labour Day",
            lc + "112.1.d",
            True,
        ),
    ]
    # Art 112.1(đ): 2/9 and one adjacent day, chosen by the Prime Minister; projection takes
    # the adjacent weekday that joins the weekend (as in 2021-2027).
    nd = date(year, 9, 2)
    adjacent = {0: 3, 1: 1, 2: 1, 3: 3, 4: 1, 5: 1, 6: 3}[nd.weekday()]
    days += [
        (nd, "Quốc khánh", "National Day", lc + "112.1.dd", True),
        (
            date(year, 9, adjacent),
            "Quốc khánh (ngày liền kề)",
            "National Day (adjacent day)",
            lc + "112.1.dd",
            True,
        ),
        (
            date(year, 11, 24),
            "Ngày Văn hóa Việt Nam",
            "Vietnamese Culture Day",
            "resolution_28_2026:2",
            makeup_culture_day,
        ),
    ]
    rows = {
        d: _Row(d, "holiday", vi, en, src, "projected", "projected from the statute")
        for d, vi, en, src, _ in days
    }
    # Art 111.3: a holiday on the weekly rest day is made up on the next working day.
    for d, vi, en, _, makeup in sorted(days):
        if makeup and d.weekday() >= 5:
            m = d + one
            while m.weekday() >= 5 or m in rows:
                m += one
            rows[m] = _Row(
                m,
                "compensatory",
                f"Nghỉ bù {vi}",
                f"Compensatory day for {en}",
                lc + "111.3",
                "projected",
                f"for {d.isoformat()}",
            )
    return list(rows.values())


def _public_sector_rows(makeup_culture_day: bool) -> list[_Row]:
    rows = _announced_rows()
    for r in _read_csv("lunar.csv"):
        rows += _projected_rows(
            int(r["year"]),
            date.fromisoformat(r["tet"]),
            date.fromisoformat(r["hung_kings"]),
            makeup_culture_day,
        )
    return rows


_DECISION_188 = None


def _weekend_source() -> Citation:
    global _DECISION_188
    if _DECISION_188 is None:
        from accessinfo.core.citations import instrument

        _DECISION_188 = instrument("decision_188_1999").cite(1)
    return _DECISION_188


class WorkingCalendar:
    """A working-day calendar over the supported range, with a prefix-sum index.

    Build one from special-day rows, or derive one from another with :meth:`with_overrides`.
    The index is built lazily on first use and never changes afterwards.
    """

    def __init__(
        self,
        rows: Iterable[SpecialDay] | None = None,
        *,
        name: str,
        known_until: date,
        version: str,
        first: date = SUPPORTED_FROM,
        last: date = SUPPORTED_UNTIL,
        loader: Any = None,
    ) -> None:
        for label, text in (("name", name), ("version", version)):
            if not isinstance(text, str) or not text:
                raise InvalidInput(msg("errors.non_empty_text", name=label, value=f"{text!r:.60}"))
        for label, day in (("known_until", known_until), ("first", first), ("last", last)):
            if type(day) is not date:
                raise InvalidInput(
                    msg(
                        "errors.must_be_value",
                        name=label,
                        expected=msg("errors.type.date"),
                        value=f"{day!r:.60}",
                    )
                )
        if not first <= last:
            raise InvalidInput(msg("errors.calendar.first_after_last", first=first, last=last))
        if rows is None and loader is None:
            raise InvalidInput(msg("errors.calendar.rows_or_loader"))
        self.name = name
        self.version = version
        self._known_until = known_until
        self._known_ord = known_until.toordinal()  # what every count compares with
        self._first, self._last = first, last
        self._rows: tuple[SpecialDay | _Row, ...] | None = None
        if rows is not None:
            self._rows = special_day_rows(rows, _Row)
        self._loader = loader
        self._ix: _Index | None = None

    # -- construction ---------------------------------------------------------------------
    def _index(self) -> _Index:
        ix = self._ix
        if ix is None:
            if self._rows is None:
                self._rows = tuple(self._loader())
            special: dict[date, SpecialDay | _Row] = {}
            for row in self._rows:
                if self._first <= row.date <= self._last:
                    special[row.date] = row
            ix = self._ix = _Index(self._first, self._last, special)
        return ix

    def __reduce__(self) -> tuple[Any, ...]:
        ix = self._index()
        return (
            _rebuild,
            (
                tuple(ix.rows.values()),  # shipped rows travel unresolved: no pydantic needed
                self.name,
                self._known_until,
                self.version,
                self._first,
                self._last,
            ),
        )

    def __repr__(self) -> str:
        return f"WorkingCalendar({self.name!r}, version={self.version!r})"

    @public
    def to_holidays(self, *, years: Any = None, language: str = "en") -> Any:
        """This calendar as a ``holidays.HolidayBase`` (``calendar_interop.to_holidays``)."""
        from accessinfo.calendar_interop import to_holidays

        return to_holidays(self, years=years, language=language)

    def _repr_html_(self) -> str:  # Jupyter: month grids of the last announced year
        from accessinfo.surfaces.html import calendar_html

        return calendar_html(self)

    @property
    def known_until(self) -> date:
        """Last date covered by announced arrangements; later days are projected."""
        return self._known_until

    @property
    def first(self) -> date:
        return self._first

    @property
    def last(self) -> date:
        return self._last

    @property
    def index_size_bytes(self) -> int:
        """Approximate memory of the prefix-sum index (for the footprint report)."""
        import sys

        ix = self._index()
        return (
            sys.getsizeof(ix.cum)
            + sys.getsizeof(ix.unc)
            + sys.getsizeof(ix.wd)
            + sys.getsizeof(ix.working)
            + len(ix.wd) * sys.getsizeof(ix.first)
        )

    @public
    def with_overrides(
        self,
        *,
        rest_days: Mapping[date, str] | Iterable[date] = (),
        working_days: Mapping[date, str] | Iterable[date] = (),
        name: str | None = None,
        source: Citation | None = None,
    ) -> WorkingCalendar:
        """A new calendar with extra rest days or working days (e.g. a provincial holiday).

        The shared calendar is never changed. Every row is checked here: a bad date, name or
        source is InvalidInput now, not an error later.

        >>> from datetime import date
        >>> local = PUBLIC_SECTOR.with_overrides(rest_days={date(2026, 3, 2): "Lễ hội tỉnh"})
        >>> local.is_working_day(date(2026, 3, 2)), PUBLIC_SECTOR.is_working_day(date(2026, 3, 2))
        (False, True)
        """
        if name is not None and (not isinstance(name, str) or not name):
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name="name",
                    expected=msg("errors.type.name_or_none"),
                    value=f"{name!r:.60}",
                )
            )
        if source is not None and not _is_citation(source):
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name="source",
                    expected=msg("errors.type.citation_or_none"),
                    value=f"{source!r:.60}",
                )
            )
        rows: dict[date, SpecialDay | _Row] = dict(self._index().rows)
        new: dict[date, SpecialDay] = {}  # the days added here (the version names them)
        for days, kind in ((rest_days, "local_rest"), (working_days, "local_working")):
            if isinstance(days, (str, bytes)) or not isinstance(days, Iterable):
                raise InvalidInput(msg("errors.calendar.overrides", example="{date: name}"))
            if isinstance(days, Mapping):
                named = days
            else:
                try:
                    named = dict.fromkeys(days, "")
                except TypeError:  # an unhashable element
                    raise InvalidInput(
                        msg("errors.calendar.overrides", example="{date: name}")
                    ) from None
            for d, label in named.items():
                d = _as_vn_date(d, "override date")
                self._pos(d)
                if not isinstance(label, str):
                    raise InvalidInput(
                        msg(
                            "errors.must_be",
                            name=msg("errors.calendar.override_name", day=d),
                            expected=msg("errors.type.text"),
                            got=type(label).__name__,
                        )
                    )
                rows[d] = new[d] = SpecialDay(
                    d,
                    kind,  # type: ignore[arg-type]  # "local_rest"/"local_working": a DayKind
                    label or ("Ngày nghỉ của cơ quan" if kind == "local_rest" else "Ngày làm việc"),
                    label or ("Local rest day" if kind == "local_rest" else "Local working day"),
                    source,
                    "override",
                    "agency override",
                )
        from accessinfo.calendar_files import rows_digest as _digest

        return WorkingCalendar(
            rows.values(),  # type: ignore[arg-type]  # SpecialDay or shipped rows
            name=name or f"{self.name}+overrides",
            known_until=self._known_until,
            version=f"{self.version}+overrides:{_digest(new.values())}",
            first=self._first,
            last=self._last,
        )

    # -- single days ----------------------------------------------------------------------
    def _pos(self, d: date) -> int:
        i = d.toordinal() - self._first.toordinal()
        if not 0 <= i <= self._last.toordinal() - self._first.toordinal():
            raise OutsideCalendar(
                msg("errors.outside_calendar", day=d, first=self._first, last=self._last)
            )
        return i

    @public
    def is_working_day(self, d: date) -> bool:
        """True if state agencies work on ``d``."""
        ix = self._ix or self._index()
        if type(d) is not date:
            d = _as_vn_date(d)
        i = d.toordinal() - ix.d0
        if not 0 <= i < ix.n:
            self._pos(d)
        return bool(ix.working[i])

    @public
    def day(self, d: date) -> DayInfo:
        """Kind, names and source of one day."""
        d = _as_vn_date(d)
        self._pos(d)
        row = self._index().special.get(d)
        wk = d.weekday()
        label = f"{_WEEKDAYS_EN[wk]} / {_WEEKDAYS_VI[wk]}"
        if row is not None:
            return DayInfo(
                date=d,
                weekday=label,
                working=row.working,
                kind=row.kind,
                name_vi=row.name_vi,
                name_en=row.name_en,
                source=row.source,
                status=row.status,
                note=row.note,
            )
        if wk >= 5:
            return DayInfo(
                date=d,
                weekday=label,
                working=False,
                kind="weekend",
                name_vi="Nghỉ hằng tuần",
                name_en="Weekly rest day",
                source=_weekend_source(),
            )
        return DayInfo(
            date=d,
            weekday=label,
            working=True,
            kind="working",
            name_vi="Ngày làm việc",
            name_en="Working day",
        )

    @public
    def special_days(self, year: int) -> list[DayInfo]:
        """Every special day of ``year`` (holidays, compensatory and swapped days)."""
        if type(year) is not int or not self._first.year <= year <= self._last.year:
            expected = msg("errors.type.int_between", low=self._first.year, high=self._last.year)
            raise InvalidInput(
                msg("errors.must_be_value", name="year", expected=expected, value=f"{year!r:.60}")
            )
        return [self.day(d) for d in sorted(self._index().rows) if d.year == year]

    @public
    def working_days(self, start: date, end: date) -> Iterator[date]:
        """Working days ``d`` with ``start <= d <= end``."""
        start, end = _as_vn_date(start, "start"), _as_vn_date(end, "end")
        ix = self._index()
        i, j = self._pos(start), self._pos(end)
        return iter(ix.wd[ix.cum[i] : ix.cum[j + 1]])

    # -- arithmetic -----------------------------------------------------------------------
    @public
    def count(self, start: date, end: date) -> int:
        """Working days in ``(start, end]``; negative if ``end`` is before ``start``."""
        ix = self._ix or self._index()
        if type(start) is not date:
            start = _as_vn_date(start, "start")
        if type(end) is not date:
            end = _as_vn_date(end, "end")
        i = start.toordinal() - ix.d0
        j = end.toordinal() - ix.d0
        if not (0 <= i < ix.n and 0 <= j < ix.n):
            self._pos(start)
            self._pos(end)
        return ix.cum[j + 1] - ix.cum[i + 1]

    @overload
    def add(
        self,
        start: date,
        period: Period,
        *,
        roll: Roll = ...,
        trace: Literal[False] = ...,
        strict: bool = ...,
    ) -> date: ...
    @overload
    def add(
        self,
        start: date,
        period: Period,
        *,
        roll: Roll = ...,
        trace: Literal[True],
        strict: bool = ...,
    ) -> Decision[date]: ...
    def add(  # type: ignore[misc]  # start= and period= by name arrive in **named
        self,
        start: Any = _NOTHING,
        period: Any = _NOTHING,
        /,
        *more: Any,
        roll: Roll = "next_working_day",
        trace: bool = False,
        strict: bool = False,
        **named: Any,
    ) -> date | Decision[date]:
        """The end of ``period`` counted from ``start`` (day zero, not counted).

        ``WorkingDays(n)``: the n-th working day after ``start`` (before it if n < 0;
        ``start`` itself if n == 0). ``CalendarDays(n)``: ``start + n`` days, rolled to the
        next working day if that is a rest day (Civil Code Art 148.5; ``roll="none"`` keeps
        it). With ``trace=True`` the answer is a ``Decision`` listing every day.
        ``strict=True`` raises :class:`CalendarUnknown` if the answer depends on days not
        yet announced. ``trace`` and ``strict`` are True or False, ``roll`` one of its three
        values: anything else is InvalidInput, whatever the period.
        """
        # The signature shown (inspect, the docs, errors) is _add_signature's. Any call binds
        # to this one, so a call that does not fit that signature is found here, not by a
        # TypeError caught in a wrapper (a wrapper cost a quarter of a scalar add, issue 7).
        if more or named or start is _NOTHING or period is _NOTHING:
            start, period = _fitted_add(self, start, period, more, named)
        if trace is False and strict is False and type(roll) is str and roll in _ROLLS:
            ix = self._ix or self._index()
            if type(start) is not date:
                start = _as_vn_date(start, "start")
            i = start.toordinal() - ix.d0
            if 0 <= i < ix.n:
                if type(period) is WorkingDays:
                    n = period.n
                    if n > 0:
                        k = ix.ahead[i] + n
                        if k < ix.nw:
                            return ix.wd[k]
                    elif n < 0:
                        k = ix.cum[i] + n
                        if k >= 0:
                            return ix.wd[k]
                    else:
                        return start
                    self._result_outside(start, period)
                if type(period) is CalendarDays:
                    j = i + period.n
                    if 0 <= j < ix.n:
                        if roll == "none" or ix.working[j]:
                            return start + timedelta(days=period.n)
                        step = 1 if roll == "next_working_day" else -1
                        while 0 <= j < ix.n and not ix.working[j]:
                            j += step
                        if 0 <= j < ix.n:
                            return date.fromordinal(ix.d0 + j)
                    self._result_outside(start, period)
        _flag(trace, "trace")
        _flag(strict, "strict")
        r = self._reckon(start, period, roll=roll, trace=trace)
        if strict and not r.certain:
            caveats = r.caveats(self._known_until)
            raise CalendarUnknown(
                msg(
                    "errors.calendar_unknown",
                    what=Text("the answer", "kết quả"),
                    caveats=Text("; ".join(caveats), "; ".join(c.vi for c in caveats)),  # type: ignore[attr-defined]
                )
            )
        if not trace:
            return r.end
        return self.explain(r)

    def _add_signature(
        self,
        start: date,
        period: Period,
        *,
        roll: Roll = "next_working_day",
        trace: bool = False,
        strict: bool = False,
    ) -> date | Decision[date]:
        """The signature of :meth:`add` (what ``inspect.signature`` and errors show)."""
        raise NotImplementedError  # pragma: no cover - never called

    _add_signature.__name__ = "add"
    _add_signature.__qualname__ = "WorkingCalendar.add"
    add.__wrapped__ = _add_signature  # type: ignore[attr-defined]  # inspect.signature follows it

    def _result_outside(self, start: date, period: Period) -> None:
        raise OutsideCalendar(
            msg(
                "errors.result_outside_calendar",
                period=f"{type(period).__name__}({period.n})",
                start=start,
                first=self._first,
                last=self._last,
            )
        )

    def reckon(
        self,
        start: date,
        period: Period,
        *,
        roll: Roll = "next_working_day",
        trace: bool = False,
        label: str | None = None,
    ) -> Reckoning:
        """Like :meth:`add`, but also returns the uncertain days crossed and the steps.

        The answer depends on the days in ``(start, end]`` when counting forwards and in
        ``[end, start)`` when counting backwards; ``WorkingDays(0)`` depends on no day. A
        period of calendar days also depends on every day its roll looked at: the start
        itself for ``CalendarDays(0)``, the days a roll back passed over.
        """
        if type(start) is not date:
            start = _as_vn_date(start, "start")
        kind = type(period)
        if kind is not WorkingDays and kind is not CalendarDays:
            if not isinstance(period, (WorkingDays, CalendarDays)):
                raise InvalidInput(
                    msg(
                        "errors.must_be_value",
                        name="period",
                        expected=msg("errors.type.period"),
                        value=f"{period!r:.60}",
                    )
                )
            kind = WorkingDays if isinstance(period, WorkingDays) else CalendarDays
        if type(roll) is not str or roll != "next_working_day":
            _option(roll, "roll", _ROLLS)
        if trace is not False:
            _flag(trace, "trace")
        if label is not None and type(label) is not str and not isinstance(label, str):
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name="label",
                    expected=msg("errors.type.text_or_none"),
                    value=f"{label!r:.60}",
                )
            )
        return self._count(start, period, kind is WorkingDays, roll, trace, label)

    def _count(
        self,
        start: date,
        period: Period,
        by_working: bool,
        roll: str = "next_working_day",
        trace: bool = False,
        label: str | None = None,
    ) -> Reckoning:
        """:meth:`reckon` for arguments already checked: ``start`` a ``date``, ``period`` a
        period (``by_working``: of working days), ``roll`` one of its values, ``trace`` a bool,
        ``label`` a str or None (the library's own callers count through it)."""
        ix = self._ix or self._index()
        d0 = ix.d0
        i = start.toordinal() - d0
        n = period.n
        if not 0 <= i < ix.n:
            self._pos(start)
        rolled = False
        if by_working:
            if n == 0:
                end, j = start, i
            else:
                k = ix.cum[i + 1] + n - 1 if n > 0 else ix.cum[i] + n
                if not 0 <= k < ix.nw:
                    self._result_outside(start, period)
                end = ix.wd[k]
                j = end.toordinal() - d0
        else:
            j = i + n
            if not 0 <= j < ix.n:
                self._result_outside(start, period)
            step = 1 if roll == "next_working_day" else -1 if roll == "previous_working_day" else 0
            if step:
                working = ix.working
                while not working[j]:
                    rolled = True
                    j += step
                    if not 0 <= j < ix.n:
                        self._result_outside(start, period)
            end = date.fromordinal(d0 + j)
        uncertain: tuple[SpecialDay, ...] = ()
        beyond = False
        a, b = _depends_on(i, j, n, by_working, roll)  # the days the answer depends on
        if b > a:
            unc = ix.unc
            if unc[b + 1] - unc[a + 1]:
                uncertain = self._unsure(a, b)
            beyond = b + d0 > self._known_ord
        steps = self._steps(start, period, end, rolled, label) if trace else None
        # a Reckoning, made as its __init__ makes it (one call fewer: every deadline makes one)
        r = _new_reckoning(Reckoning)
        _set_dict(
            r,
            "__dict__",
            {
                "start": start,
                "period": period,
                "end": end,
                "uncertain": uncertain,
                "beyond_known": beyond,
                "steps": steps,
                "rolled": rolled,
            },
        )
        return r

    def _unsure(self, a: int, b: int) -> tuple[SpecialDay, ...]:
        """The uncertain days numbered ``a < d <= b``, in date order (counted by ``unc``)."""
        ix = self._ix or self._index()
        unc, special = ix.unc, ix.special
        return tuple(special[d] for d in ix.unc_days[unc[a + 1] : unc[b + 1]])

    _reckon = reckon  # unchecked, for the library's own callers
    reckon = public(reckon)

    def _why(self, d: date) -> tuple[str, str, Citation | None]:
        info = self.day(d)
        what = msg(f"calendar.kind.{info.kind}")
        day = Text(info.weekday, WEEKDAYS["vi"][d.weekday()])
        if info.kind == "weekend":
            return "weekend", msg("calendar.why.plain", weekday=day, what=what), info.source
        if info.kind == "working":
            return "working", msg("calendar.why.plain", weekday=day, what=what), None
        none = Text("", "")
        src = msg("calendar.why.source", source=info.source) if info.source else none
        extra = (
            msg("calendar.why.status", status=msg(f"calendar.status.{info.status}"))
            if info.status in _UNCERTAIN
            else none
        )
        name = Text(info.name_en, info.name_vi)
        why = msg(
            "calendar.why.special", weekday=day, what=what, name=name, source=src, status=extra
        )
        return info.kind, why, info.source

    def _steps(
        self, start: date, period: Period, end: date, rolled: bool, label: str | None
    ) -> tuple[Step, ...]:
        from accessinfo.core.decisions import Step

        one = timedelta(days=1)
        kind, why, src = self._why(start)
        out = [
            Step(
                date=start,
                action="start",
                kind=kind,
                source=src,
                label=label,
                reason=msg("calendar.step.start", why=why),
            )
        ]
        if isinstance(period, WorkingDays):
            sign = 1 if period.n >= 0 else -1
            d, k = start, 0
            while d != end:
                d += sign * one
                kind, why, src = self._why(d)
                if self.is_working_day(d):
                    k += sign
                    out.append(
                        Step(
                            date=d,
                            action="counted",
                            n=k,
                            kind=kind,
                            reason=why,
                            source=src,
                            label=label,
                        )
                    )
                else:
                    out.append(
                        Step(
                            date=d, action="skipped", kind=kind, reason=why, source=src, label=label
                        )
                    )
        else:
            sign = 1 if period.n >= 0 else -1
            d = start
            for k in range(1, abs(period.n) + 1):
                d += sign * one
                kind, why, src = self._why(d)
                out.append(
                    Step(
                        date=d,
                        action="counted",
                        n=sign * k,
                        kind=kind,
                        reason=why,
                        source=src,
                        label=label,
                    )
                )
            step = one if end >= d else -one
            while d != end:
                d += step
                kind, why, src = self._why(d)
                out.append(
                    Step(
                        date=d,
                        action="rolled",
                        kind=kind,
                        source=src,
                        label=label,
                        reason=msg("calendar.step.rolled", why=why),
                    )
                )
        out.append(
            Step(
                date=end,
                action="end",
                kind=self._why(end)[0],
                label=label,
                reason=msg("calendar.step.end"),
            )
        )
        return tuple(out)

    @public
    def explain(self, r: Reckoning) -> Decision[date]:
        """A Decision for a reckoning: the civil-code basis, status and trace."""
        if not isinstance(r, Reckoning):
            raise InvalidInput(
                msg(
                    "errors.takes",
                    call="explain",
                    expected=msg("errors.type.reckoning"),
                    got=type(r).__name__,
                )
            )
        from accessinfo.core.citations import instrument, law_version
        from accessinfo.core.decisions import Decision

        cc = instrument("code_91_2015")
        basis = [cc.cite(147, 3)]
        if isinstance(r.period, CalendarDays) and r.rolled:
            basis.append(cc.cite(148, 5))
        unit = "working" if isinstance(r.period, WorkingDays) else "calendar"
        caveats = r.caveats(self._known_until)
        rolled = msg("calendar.explain.rolled") if r.rolled else Text("", "")
        return Decision[date](
            outcome=r.end,
            basis=tuple(basis),
            explanation=msg(
                "calendar.explain.after" if r.period.n >= 0 else "calendar.explain.before",
                n=abs(r.period.n),
                days=msg(f"calendar.unit.{unit}"),
                start=r.start,
                end=r.end,
                rolled=rolled,
            ),
            status="provisional" if caveats else "final",
            caveats=caveats,
            rule_set=self.name,
            calendar_version=self.version,
            law_version=law_version(),
            trace=r.steps,
        )

    @public
    def receipt_day(
        self,
        received: date | datetime,
        *,
        receipt: ReceiptPolicy = "calendar_date",
        cutoff: time | None = None,
    ) -> tuple[date, str | None]:
        """Day zero for something received at ``received`` (a date or an aware datetime).

        Default (design.md): the calendar date of receipt in Vietnam time is day zero, even
        after hours or on a rest day. ``receipt="next_working_day"`` treats receipt on a rest
        day, or on a working day at/after ``cutoff``, as receipt on the next working day.
        """
        day = _as_vn_date(received, "received")
        _option(receipt, "receipt", _RECEIPTS)
        if cutoff is not None:
            if not isinstance(cutoff, time):
                raise InvalidInput(
                    msg(
                        "errors.must_be_value",
                        name="cutoff",
                        expected=msg("errors.type.time"),
                        value=f"{cutoff!r:.60}",
                    )
                )
            if cutoff.tzinfo is not None:
                raise InvalidInput(msg("errors.calendar.cutoff_aware", value=cutoff.isoformat()))
        if receipt == "calendar_date":
            return day, None
        late = (
            cutoff is not None
            and isinstance(received, datetime)
            and _vn_instant(received, "received").time() >= cutoff
        )
        if self.is_working_day(day) and not late:
            return day, None
        moved = self.add(day, WorkingDays(1))
        why = "calendar.receipt.after_cutoff" if late else "calendar.receipt.rest_day"
        return moved, msg(why, day=day, moved=moved)


# receipt_day less the check of its own call: for the rules, whose calls are right by construction
_receipt_day = WorkingCalendar.receipt_day.__wrapped__  # type: ignore[attr-defined]


def _fitted_add(
    calendar: WorkingCalendar,
    start: Any,
    period: Any,
    more: tuple[Any, ...],
    named: dict[str, Any],
) -> tuple[Any, Any]:
    """(start, period) of a call of ``add`` given them by name, or the InvalidInput of a call
    that does not fit its signature (as :func:`~accessinfo.core.signature.public` says it)."""
    args = tuple(a for a in (start, period) if a is not _NOTHING) + more
    if not more:  # bind as Python would bind add(self, start, period, *, ...)
        bound = dict(zip(("start", "period"), args, strict=False))
        if set(named) <= {"start", "period"} and not set(named) & set(bound):
            bound.update(named)
            if len(bound) == 2:
                return bound["start"], bound["period"]
    fn = WorkingCalendar._add_signature
    raise signature_error(fn, (calendar, *args), named) or InvalidInput(
        f"{describe(fn)}: the call does not fit"
    )


@public
def check_calendar(calendar: object) -> WorkingCalendar:
    """``calendar`` if it is a WorkingCalendar, else InvalidInput (for functions taking one)."""
    if not isinstance(calendar, WorkingCalendar):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="calendar",
                expected=msg("errors.type.working_calendar"),
                got=type(calendar).__name__,
            )
        )
    return calendar


# check_calendar less the check of its own call: for the rules' hot paths
_check_calendar: Callable[[object], WorkingCalendar] = check_calendar.__wrapped__  # type: ignore[attr-defined]


def _rebuild(
    rows: tuple[SpecialDay | _Row, ...],
    name: str,
    known_until: date,
    version: str,
    first: date,
    last: date,
) -> WorkingCalendar:
    return WorkingCalendar(
        rows,  # type: ignore[arg-type]  # SpecialDay or shipped rows
        name=name,
        known_until=known_until,
        version=version,
        first=first,
        last=last,
    )


KNOWN_UNTIL = date(2027, 12, 31)
# The date of the last announcement included (Công văn 10065/VPCP-KGVX, 02/10/2026).
PUBLIC_SECTOR_VERSION = "vn-public-sector@2026-10-02"


@public
def public_sector_calendar(*, culture_day_makeup: bool = False) -> WorkingCalendar:
    """The national public-sector calendar.

    ``culture_day_makeup=True`` gives a compensatory day when 24/11 falls on a weekend
    (first in 2029); the default does not, since Labour Code Art 111.3 covers only the
    holidays of Art 112.1 (design.md).
    """
    if not isinstance(culture_day_makeup, bool):
        raise InvalidInput(msg("errors.flag", name="culture_day_makeup"))
    if not culture_day_makeup:
        return PUBLIC_SECTOR
    return WorkingCalendar(
        name="public_sector+culture_day_makeup",
        known_until=KNOWN_UNTIL,
        version=PUBLIC_SECTOR_VERSION + "+culture_day_makeup",
        loader=lambda: _public_sector_rows(True),
    )


PUBLIC_SECTOR = WorkingCalendar(
    name="public_sector",
    known_until=KNOWN_UNTIL,
    version=PUBLIC_SECTOR_VERSION,
    loader=lambda: _public_sector_rows(False),
)


def __getattr__(name: str) -> Any:
    # load_calendar (accessinfo.calendar_files) is re-exported here, imported on first use:
    # calendar files need the citations (and pydantic), the calendar path does not
    if name == "load_calendar":
        from accessinfo.calendar_files import load_calendar

        return load_calendar
    raise AttributeError(f"module 'accessinfo.calendar' has no attribute {name!r}")
