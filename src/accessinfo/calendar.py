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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from typing import Any, Literal, overload

from pydantic import BaseModel, ConfigDict

from accessinfo.core.citations import Citation, instrument, law_version
from accessinfo.core.decisions import Decision, Step
from accessinfo.core.messages import WEEKDAYS, Text, msg
from accessinfo.core.rules import SUPPORTED_FROM, SUPPORTED_UNTIL
from accessinfo.errors import CalendarUnknown, InvalidInput, OutsideCalendar

__all__ = [
    "PUBLIC_SECTOR",
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

_REST_KINDS = frozenset({"weekend", "holiday", "compensatory", "swapped_rest", "local_rest"})
_UNCERTAIN = frozenset({"derived", "projected"})
_MAX_PERIOD = 100_000  # days; far beyond any legal period, and beyond the calendar


def _check_n(n: object, what: str) -> int:
    if type(n) is not int:
        raise InvalidInput(f"{what} takes a whole number of days (int), got {n!r}")
    if not -_MAX_PERIOD <= n <= _MAX_PERIOD:
        raise InvalidInput(f"{what}({n}) is out of range; accepted: -{_MAX_PERIOD}..{_MAX_PERIOD}")
    return n


@dataclass(frozen=True, slots=True)
class WorkingDays:
    """A period of N working days ("N ngày làm việc"). Negative N counts backwards."""

    n: int

    def __post_init__(self) -> None:
        _check_n(self.n, "WorkingDays")


@dataclass(frozen=True, slots=True)
class CalendarDays:
    """A period of N calendar days ("N ngày"). Negative N counts backwards."""

    n: int

    def __post_init__(self) -> None:
        _check_n(self.n, "CalendarDays")


Period = WorkingDays | CalendarDays


@dataclass(frozen=True, slots=True)
class SpecialDay:
    """One row of calendar data: a day whose status differs from the plain Mon–Fri week."""

    date: date
    kind: DayKind
    name_vi: str
    name_en: str
    source: Citation | None
    status: DayStatus
    note: str = ""

    @property
    def working(self) -> bool:
        return self.kind not in _REST_KINDS


class DayInfo(BaseModel):
    """What the calendar knows about one day."""

    model_config = ConfigDict(frozen=True)

    date: date
    weekday: str
    working: bool
    kind: DayKind
    name_vi: str
    name_en: str
    source: Citation | None = None
    status: DayStatus = "regular"
    note: str = ""


@dataclass(frozen=True)
class Reckoning:
    """The end of a period, with what it depended on (for rules building a Decision)."""

    start: date
    period: Period
    end: date
    uncertain: tuple[SpecialDay, ...]
    beyond_known: bool
    steps: tuple[Step, ...] | None
    rolled: bool = False

    @property
    def certain(self) -> bool:
        return not self.uncertain and not self.beyond_known

    def caveats(self, known_until: date) -> tuple[str, ...]:
        """The caveats, as messages (``Text``: English, with ``.vi``)."""
        out = [
            msg(
                "calendar.day_unconfirmed",
                day=d.date,
                name=Text(d.name_en, d.name_vi),
                status=msg(f"calendar.status.{d.status}"),
            )
            for d in self.uncertain
        ]
        if self.beyond_known:
            out.append(msg("calendar.beyond_known", known_until=known_until))
        return tuple(out)


_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def as_vn_date(value: object, name: str = "date") -> date:
    """A ``date`` as given, or an aware ``datetime`` converted to Vietnam time (UTC+07:00).

    Naive datetimes are rejected: the library never guesses a time zone.
    """
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidInput(msg("errors.naive_datetime", name=name, value=value.isoformat()))
        return value.astimezone(VN_TZ).date()
    if isinstance(value, date):
        return value
    raise InvalidInput(
        msg("errors.not_a_date", name=name, kind=type(value).__name__, value=repr(value))
    )


class _Index:
    """Prefix sums over the supported range: ``add`` and ``count`` become list lookups."""

    __slots__ = ("cum", "d0", "first", "last", "n", "nw", "special", "unc", "wd", "working")

    def __init__(self, first: date, last: date, special: Mapping[date, SpecialDay]) -> None:
        self.first, self.last = first, last
        self.d0 = first.toordinal()
        self.n = last.toordinal() - self.d0 + 1
        self.special = dict(special)
        working = bytearray(self.n)
        cum = [0] * (self.n + 1)
        unc = [0] * (self.n + 1)
        wd: list[date] = []
        d = first
        one = timedelta(days=1)
        for i in range(self.n):
            row = self.special.get(d)
            ok = row.working if row is not None else d.weekday() < 5
            working[i] = ok
            cum[i + 1] = cum[i] + ok
            unc[i + 1] = unc[i] + (row is not None and row.status in _UNCERTAIN)
            if ok:
                wd.append(d)
            d += one
        self.working = bytes(working)
        self.cum, self.unc, self.wd = cum, unc, wd
        self.nw = len(wd)


def _resolve_source(ref: str) -> Citation | None:
    if not ref:
        return None
    inst_id, _, loc = ref.partition(":")
    parts = loc.split(".") if loc else []
    article = int(parts[0]) if parts else None
    clause = int(parts[1]) if len(parts) > 1 else None
    point = parts[2] if len(parts) > 2 else None
    return instrument(inst_id).cite(article, clause, point)


def _read_csv(name: str) -> list[dict[str, str]]:
    path = resources.files("accessinfo").joinpath(f"_calendar_data/{name}")
    text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def _announced_rows() -> list[SpecialDay]:
    return [
        SpecialDay(
            date=date.fromisoformat(r["date"]),
            kind=r["kind"],  # type: ignore[arg-type]  # CSV text: see test_core_branches
            name_vi=r["name_vi"],
            name_en=r["name_en"],
            source=_resolve_source(r["source"]),
            status=r["status"],  # type: ignore[arg-type]  # CSV text, checked as kind above
            note=r["note"],
        )
        for r in _read_csv("public_sector.csv")
    ]


def _projected_rows(
    year: int, tet: date, hung_kings: date, makeup_culture_day: bool
) -> list[SpecialDay]:
    """Statutory holidays of ``year`` when no schedule is announced (status ``projected``)."""
    lc = instrument("code_45_2019")
    one = timedelta(days=1)
    days: list[tuple[date, str, str, Citation, bool]] = [
        (date(year, 1, 1), "Tết Dương lịch", "New Year's Day", lc.cite(112, 1, "a"), True),
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
        days.append((tet + off * one, vi, en, lc.cite(112, 1, "b"), True))
    days += [
        (
            hung_kings,
            "Giỗ Tổ Hùng Vương",
            "Hung Kings' Commemoration Day",
            lc.cite(112, 1, "e"),
            True,
        ),
        (
            date(year, 4, 30),
            "Ngày Chiến thắng",
            "Victory Day (30 April)",
            lc.cite(112, 1, "c"),
            True,
        ),
        (
            date(year, 5, 1),
            "Ngày Quốc tế lao động",
            "International Labour Day",
            lc.cite(112, 1, "d"),
            True,
        ),
    ]
    # Art 112.1(đ): 2/9 and one adjacent day, chosen by the Prime Minister; projection takes
    # the adjacent weekday that joins the weekend (as in 2021-2027).
    nd = date(year, 9, 2)
    adjacent = {0: 3, 1: 1, 2: 1, 3: 3, 4: 1, 5: 1, 6: 3}[nd.weekday()]
    days += [
        (nd, "Quốc khánh", "National Day", lc.cite(112, 1, "dd"), True),
        (
            date(year, 9, adjacent),
            "Quốc khánh (ngày liền kề)",
            "National Day (adjacent day)",
            lc.cite(112, 1, "dd"),
            True,
        ),
        (
            date(year, 11, 24),
            "Ngày Văn hóa Việt Nam",
            "Vietnamese Culture Day",
            instrument("resolution_28_2026").cite(2),
            makeup_culture_day,
        ),
    ]
    rows = {
        d: SpecialDay(d, "holiday", vi, en, src, "projected", "projected from the statute")
        for d, vi, en, src, _ in days
    }
    # Art 111.3: a holiday on the weekly rest day is made up on the next working day.
    for d, vi, en, _, makeup in sorted(days):
        if makeup and d.weekday() >= 5:
            m = d + one
            while m.weekday() >= 5 or m in rows:
                m += one
            rows[m] = SpecialDay(
                m,
                "compensatory",
                f"Nghỉ bù {vi}",
                f"Compensatory day for {en}",
                lc.cite(111, 3),
                "projected",
                f"for {d.isoformat()}",
            )
    return list(rows.values())


def _public_sector_rows(makeup_culture_day: bool) -> list[SpecialDay]:
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
        self.name = name
        self.version = version
        self._known_until = known_until
        self._first, self._last = first, last
        self._rows: tuple[SpecialDay, ...] | None = tuple(rows) if rows is not None else None
        self._loader = loader
        self._ix: _Index | None = None

    # -- construction ---------------------------------------------------------------------
    def _index(self) -> _Index:
        ix = self._ix
        if ix is None:
            if self._rows is None:
                self._rows = tuple(self._loader())
            special: dict[date, SpecialDay] = {}
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
                tuple(ix.special.values()),
                self.name,
                self._known_until,
                self.version,
                self._first,
                self._last,
            ),
        )

    def __repr__(self) -> str:
        return f"WorkingCalendar({self.name!r}, version={self.version!r})"

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

    def with_overrides(
        self,
        *,
        rest_days: Mapping[date, str] | Iterable[date] = (),
        working_days: Mapping[date, str] | Iterable[date] = (),
        name: str | None = None,
        source: Citation | None = None,
    ) -> WorkingCalendar:
        """A new calendar with extra rest days or working days (e.g. a provincial holiday).

        The shared calendar is never changed.

        >>> from datetime import date
        >>> local = PUBLIC_SECTOR.with_overrides(rest_days={date(2026, 3, 2): "Lễ hội tỉnh"})
        >>> local.is_working_day(date(2026, 3, 2)), PUBLIC_SECTOR.is_working_day(date(2026, 3, 2))
        (False, True)
        """
        rows = dict(self._index().special)
        added: set[date] = set()
        for days, kind in ((rest_days, "local_rest"), (working_days, "local_working")):
            if isinstance(days, (str, bytes)) or not isinstance(days, Iterable):
                raise InvalidInput("overrides take a mapping {date: name} or an iterable of dates")
            named = days if isinstance(days, Mapping) else dict.fromkeys(days, "")
            for d, label in named.items():
                d = as_vn_date(d, "override date")
                self._pos(d)
                if not isinstance(label, str):
                    raise InvalidInput(f"override name for {d} must be a string")
                rows[d] = SpecialDay(
                    d,
                    kind,  # type: ignore[arg-type]  # "local_rest"/"local_working": a DayKind
                    label or ("Ngày nghỉ của cơ quan" if kind == "local_rest" else "Ngày làm việc"),
                    label or ("Local rest day" if kind == "local_rest" else "Local working day"),
                    source,
                    "override",
                    "agency override",
                )
                added.add(d)
        from accessinfo.calendar_files import rows_digest as _digest

        return WorkingCalendar(
            rows.values(),
            name=name or f"{self.name}+overrides",
            known_until=self._known_until,
            version=f"{self.version}+overrides:{_digest(rows[d] for d in added)}",
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

    def is_working_day(self, d: date) -> bool:
        """True if state agencies work on ``d``."""
        ix = self._ix or self._index()
        if type(d) is not date:
            d = as_vn_date(d)
        i = d.toordinal() - ix.d0
        if not 0 <= i < ix.n:
            self._pos(d)
        return bool(ix.working[i])

    def day(self, d: date) -> DayInfo:
        """Kind, names and source of one day."""
        d = as_vn_date(d)
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

    def special_days(self, year: int) -> list[DayInfo]:
        """Every special day of ``year`` (holidays, compensatory and swapped days)."""
        if type(year) is not int or not self._first.year <= year <= self._last.year:
            raise InvalidInput(
                f"year must be an int from {self._first.year} to {self._last.year}, got {year!r}"
            )
        return [self.day(d) for d in sorted(self._index().special) if d.year == year]

    def working_days(self, start: date, end: date) -> Iterator[date]:
        """Working days ``d`` with ``start <= d <= end``."""
        start, end = as_vn_date(start, "start"), as_vn_date(end, "end")
        ix = self._index()
        i, j = self._pos(start), self._pos(end)
        return iter(ix.wd[ix.cum[i] : ix.cum[j + 1]])

    # -- arithmetic -----------------------------------------------------------------------
    def count(self, start: date, end: date) -> int:
        """Working days in ``(start, end]``; negative if ``end`` is before ``start``."""
        ix = self._ix or self._index()
        if type(start) is not date:
            start = as_vn_date(start, "start")
        if type(end) is not date:
            end = as_vn_date(end, "end")
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
    def add(
        self,
        start: date,
        period: Period,
        *,
        roll: Roll = "next_working_day",
        trace: bool = False,
        strict: bool = False,
    ) -> date | Decision[date]:
        """The end of ``period`` counted from ``start`` (day zero, not counted).

        ``WorkingDays(n)``: the n-th working day after ``start`` (before it if n < 0;
        ``start`` itself if n == 0). ``CalendarDays(n)``: ``start + n`` days, rolled to the
        next working day if that is a rest day (Civil Code Art 148.5; ``roll="none"`` keeps
        it). With ``trace=True`` the answer is a ``Decision`` listing every day.
        ``strict=True`` raises :class:`CalendarUnknown` if the answer depends on days not
        yet announced.
        """
        if type(period) is WorkingDays and not trace and not strict:
            ix = self._ix or self._index()
            if type(start) is not date:
                start = as_vn_date(start, "start")
            i = start.toordinal() - ix.d0
            n = period.n
            if 0 <= i < ix.n:
                if n > 0:
                    k = ix.cum[i + 1] + n - 1
                    if k < ix.nw:
                        return ix.wd[k]
                elif n < 0:
                    k = ix.cum[i] + n
                    if k >= 0:
                        return ix.wd[k]
                else:
                    return start
                self._result_outside(start, period)
            self._pos(start)
        r = self.reckon(start, period, roll=roll, trace=trace)
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
        """Like :meth:`add`, but also returns the uncertain days crossed and the steps."""
        start = as_vn_date(start, "start")
        if not isinstance(period, (WorkingDays, CalendarDays)):
            raise InvalidInput(f"period must be WorkingDays(n) or CalendarDays(n), got {period!r}")
        if roll not in ("next_working_day", "previous_working_day", "none"):
            raise InvalidInput(
                f"roll must be 'next_working_day', 'previous_working_day' or 'none', got {roll!r}"
            )
        if label is not None and not isinstance(label, str):
            raise InvalidInput(f"label must be a string or None, got {label!r}")
        ix = self._index()
        i = self._pos(start)
        rolled = False
        if isinstance(period, WorkingDays):
            n = period.n
            if n == 0:
                end = start
            else:
                k = ix.cum[i + 1] + n - 1 if n > 0 else ix.cum[i] + n
                if not 0 <= k < len(ix.wd):
                    self._result_outside(start, period)
                end = ix.wd[k]
        else:
            j = i + period.n
            if not 0 <= j < ix.n:
                self._result_outside(start, period)
            step = {"next_working_day": 1, "previous_working_day": -1, "none": 0}[roll]
            if step:
                while not ix.working[j]:
                    rolled = True
                    j += step
                    if not 0 <= j < ix.n:
                        self._result_outside(start, period)
            end = date.fromordinal(ix.d0 + j)
        # the days the answer depends on: (start, end] forwards, [end, start) backwards
        back = timedelta(days=1)
        lo, hi = (start, end) if end >= start else (end - back, start - back)
        a, b = lo.toordinal() - ix.d0, hi.toordinal() - ix.d0
        uncertain: tuple[SpecialDay, ...] = ()
        if ix.unc[b + 1] - ix.unc[a + 1]:
            uncertain = tuple(
                ix.special[d]
                for d in sorted(ix.special)
                if lo < d <= hi and ix.special[d].status in _UNCERTAIN
            )
        beyond = hi > self._known_until
        steps = self._steps(start, period, end, rolled, label) if trace else None
        return Reckoning(start, period, end, uncertain, beyond, steps, rolled)

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

    def explain(self, r: Reckoning) -> Decision[date]:
        """A Decision for a reckoning: the civil-code basis, status and trace."""
        if not isinstance(r, Reckoning):
            raise InvalidInput(f"explain takes a Reckoning (from reckon()), got {r!r}")
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
        day = as_vn_date(received, "received")
        if receipt not in ("calendar_date", "next_working_day"):
            raise InvalidInput(
                f"receipt must be 'calendar_date' or 'next_working_day', got {receipt!r}"
            )
        if cutoff is not None and not isinstance(cutoff, time):
            raise InvalidInput(f"cutoff must be a datetime.time, got {cutoff!r}")
        if receipt == "calendar_date":
            return day, None
        late = (
            cutoff is not None
            and isinstance(received, datetime)
            and received.astimezone(VN_TZ).time() >= cutoff
        )
        if self.is_working_day(day) and not late:
            return day, None
        moved = self.add(day, WorkingDays(1))
        why = "calendar.receipt.after_cutoff" if late else "calendar.receipt.rest_day"
        return moved, msg(why, day=day, moved=moved)


def _rebuild(
    rows: tuple[SpecialDay, ...],
    name: str,
    known_until: date,
    version: str,
    first: date,
    last: date,
) -> WorkingCalendar:
    return WorkingCalendar(
        rows, name=name, known_until=known_until, version=version, first=first, last=last
    )


KNOWN_UNTIL = date(2027, 12, 31)
# The date of the last announcement included (Công văn 10065/VPCP-KGVX, 02/10/2026).
PUBLIC_SECTOR_VERSION = "vn-public-sector@2026-10-02"


def public_sector_calendar(*, culture_day_makeup: bool = False) -> WorkingCalendar:
    """The national public-sector calendar.

    ``culture_day_makeup=True`` gives a compensatory day when 24/11 falls on a weekend
    (first in 2029); the default does not, since Labour Code Art 111.3 covers only the
    holidays of Art 112.1 (design.md).
    """
    if not isinstance(culture_day_makeup, bool):
        raise InvalidInput("culture_day_makeup must be True or False")
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

from accessinfo.calendar_files import load_calendar as load_calendar  # noqa: E402  (re-export)
