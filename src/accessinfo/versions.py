"""Calendar versions: what a new announcement changes, and which open deadlines it moves.

Every calendar carries a ``version`` (for the national calendar, the date of the last
announcement it includes) and every Decision built on it records ``calendar_version``. When
the Government announces a late swap, an agency builds the new calendar (:func:`amended`, or
``WorkingCalendar.with_overrides`` for a local change), lists what changed
(:func:`diff_calendars`) and recomputes its open deadlines (:func:`recompute`): the report
names each due date that moved, from what to what, and the changed days (with their source)
that moved it.

A late bridge for New Year 2027 (hypothetical: Thu 31/12/2026 off, Sat 09/01/2027 worked). A
deadline of 3 working days from Mon 28/12/2026 was Thu 31/12 (29, 30, 31) and becomes Mon
04/01/2027 (29, 30, then 1/1 is a holiday and 2-3/1 a weekend); one of 5 working days from
Mon 04/01/2027 was Mon 11/01 (5, 6, 7, 8, 11) and becomes Sat 09/01 (5, 6, 7, 8, 9):

>>> from datetime import date
>>> from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
>>> bridge = PUBLIC_SECTOR.with_overrides(
...     rest_days={date(2026, 12, 31): "Nghỉ hoán đổi Tết Dương lịch 2027"},
...     working_days={date(2027, 1, 9): "Làm bù cho ngày 31/12/2026"})
>>> [c.date for c in diff_calendars(PUBLIC_SECTOR, bridge,
...                                 start=date(2026, 12, 1), end=date(2027, 1, 31))]
[datetime.date(2026, 12, 31), datetime.date(2027, 1, 9)]
>>> report = recompute([("A", date(2026, 12, 28), WorkingDays(3)),
...                     ("B", date(2027, 1, 4), WorkingDays(5)),
...                     ("C", date(2026, 12, 15), WorkingDays(10))],
...                    old=PUBLIC_SECTOR, new=bridge)
>>> [(m.label, m.old_due, m.new_due) for m in report.moved]   # doctest: +NORMALIZE_WHITESPACE
[('A', datetime.date(2026, 12, 31), datetime.date(2027, 1, 4)),
 ('B', datetime.date(2027, 1, 11), datetime.date(2027, 1, 9))]
"""

from __future__ import annotations

import bisect
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import (
    CalendarDays,
    DayInfo,
    DayKind,
    DayStatus,
    Period,
    Roll,
    SpecialDay,
    WorkingCalendar,
    WorkingDays,
    as_vn_date,
    special_day_rows,
)
from accessinfo.core.citations import Citation
from accessinfo.core.messages import msg
from accessinfo.core.periods import check_calendar, choose
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import InformationRequest

__all__ = [
    "DayChange",
    "OpenDeadline",
    "RecomputeReport",
    "Recomputed",
    "amended",
    "diff_calendars",
    "recompute",
]

_ROLLS = ("next_working_day", "previous_working_day", "none")


class DayChange(BaseModel):
    """One day whose entry differs between two calendars."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    date: date
    before: DayInfo
    after: DayInfo

    @property
    def working_changed(self) -> bool:
        """True if the day turned from working to rest or back (this is what moves dates)."""
        return self.before.working != self.after.working

    @property
    def source(self) -> Citation | None:
        """The source of the new entry (or of the old one if the new entry has none)."""
        return self.after.source or self.before.source

    def describe(self) -> str:
        def side(info: DayInfo) -> str:
            what = "working day" if info.working else "rest day"
            return f"{what} ({info.name_en}, {info.kind}, {info.status})"

        src = f" per {self.source.en}" if self.source else ""
        return f"{self.date.isoformat()}: {side(self.before)} -> {side(self.after)}{src}"


def _span(calendar: WorkingCalendar, other: WorkingCalendar, start: object, end: object) -> Any:
    s, e = as_vn_date(start, "start"), as_vn_date(end, "end")
    if e < s:
        raise InvalidInput(msg("errors.end_before_start", end=e, start=s))
    for cal in (calendar, other):
        cal._pos(s)
        cal._pos(e)
    return s, e


@public
def diff_calendars(
    old: WorkingCalendar,
    new: WorkingCalendar,
    *,
    start: date | datetime,
    end: date | datetime,
    working_only: bool = False,
) -> tuple[DayChange, ...]:
    """Days in ``[start, end]`` whose entry (working or not, kind, names, status, source)
    differs between ``old`` and ``new``, in date order. ``working_only=True`` keeps only the
    days that turned from working to rest or back."""
    a, b = check_calendar(old), check_calendar(new)
    if not isinstance(working_only, bool):
        raise InvalidInput(
            msg("errors.true_or_false", name="working_only", value=f"{working_only!r:.60}")
        )
    s, e = _span(a, b, start, end)
    ia, ib = a._index(), b._index()
    out: list[DayChange] = []
    for d in sorted({*ia.special, *ib.special}):
        if not s <= d <= e:
            continue
        ra, rb = ia.special.get(d), ib.special.get(d)
        if ra == rb:
            continue
        change = DayChange(date=d, before=a.day(d), after=b.day(d))
        if change.before == change.after or (working_only and not change.working_changed):
            continue
        out.append(change)
    return tuple(out)


def _check_row(row: SpecialDay, k: int) -> None:
    """Every field of a SpecialDay row, checked now rather than when a count first reads it."""
    where = f"rows[{k}]"
    if type(row.date) is not date:
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name=f"{where}.date",
                expected=msg("errors.type.date"),
                value=f"{row.date!r:.60}",
            )
        )
    kinds, statuses = typing.get_args(DayKind), typing.get_args(DayStatus)
    if row.kind not in kinds:
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name=f"{where}.kind",
                options=", ".join(kinds),
                value=f"{row.kind!r:.60}",
            )
        )
    if row.status not in statuses:
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name=f"{where}.status",
                options=", ".join(statuses),
                value=f"{row.status!r:.60}",
            )
        )
    for name in ("name_vi", "name_en"):
        value = getattr(row, name)
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput(
                msg("errors.non_empty_text", name=f"{where}.{name}", value=f"{value!r:.60}")
            )
    if not isinstance(row.note, str):
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name=f"{where}.note",
                expected=msg("errors.type.text"),
                value=f"{row.note!r:.60}",
            )
        )
    if row.source is not None and not isinstance(row.source, Citation):
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name=f"{where}.source",
                expected=msg("errors.type.citation_or_none"),
                value=f"{row.source!r:.60}",
            )
        )


@public
def amended(
    calendar: WorkingCalendar,
    rows: Iterable[SpecialDay],
    *,
    version: str,
    known_until: date | None = None,
    name: str | None = None,
) -> WorkingCalendar:
    """A new calendar: ``calendar`` with ``rows`` added or replacing the rows of their dates.

    For a national announcement that is not yet in the data file (a late swap): give the rows
    their real kinds (``swapped_rest``, ``swapped_working``…), the letter as ``source``, and a
    new ``version``. ``calendar`` itself is never changed.
    """
    cal = check_calendar(calendar)
    if not isinstance(version, str) or not version:
        raise InvalidInput(msg("errors.versions.version", value=f"{version!r:.60}"))
    if name is not None and not isinstance(name, str):
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name="name",
                expected=msg("errors.type.text"),
                value=f"{name!r:.60}",
            )
        )
    until = cal.known_until if known_until is None else as_vn_date(known_until, "known_until")
    rows = special_day_rows(rows)
    special = dict(cal._index().special)
    for k, row in enumerate(rows):
        _check_row(row, k)
        cal._pos(row.date)
        special[row.date] = row
    return WorkingCalendar(
        special.values(),
        name=name or cal.name,
        known_until=until,
        version=version,
        first=cal.first,
        last=cal.last,
    )


@dataclass(frozen=True)
class OpenDeadline:
    """An open deadline to recompute: ``period`` counted from ``start`` (day zero)."""

    label: str
    start: date
    period: Period
    roll: Roll = "next_working_day"

    def __post_init__(self) -> None:
        if not isinstance(self.label, str):
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name="label",
                    expected=msg("errors.type.text"),
                    value=f"{self.label!r:.60}",
                )
            )
        object.__setattr__(self, "start", as_vn_date(self.start, "start"))
        if not isinstance(self.period, (WorkingDays, CalendarDays)):
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name="period",
                    expected=msg("errors.type.period"),
                    value=f"{self.period!r:.60}",
                )
            )
        choose(self.roll, "roll", _ROLLS)


class Recomputed(BaseModel):
    """One due date under the old and the new calendar, and the changed days behind a move."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    label: str
    start: date
    period: str  # e.g. "3 working days", "12 calendar days", "Law 104 respond_by"
    old_due: date | None
    new_due: date | None
    because: tuple[DayChange, ...] = ()

    @property
    def moved(self) -> bool:
        return self.old_due != self.new_due

    def describe(self) -> str:
        old = self.old_due.isoformat() if self.old_due else "none"
        new = self.new_due.isoformat() if self.new_due else "none"
        if not self.moved:
            return f"{self.label}: {self.period} from {self.start.isoformat()}: {old} (unchanged)"
        why = "; ".join(c.describe() for c in self.because)
        return (
            f"{self.label}: {self.period} from {self.start.isoformat()}: {old} -> {new}"
            f" because {why}"
        )


class RecomputeReport(BaseModel):
    """The result of :func:`recompute`: every item, and which due dates moved."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    old_version: str
    new_version: str
    items: tuple[Recomputed, ...]

    @property
    def moved(self) -> tuple[Recomputed, ...]:
        return tuple(r for r in self.items if r.moved)

    def __str__(self) -> str:
        head = (
            f"{len(self.moved)} of {len(self.items)} due dates move from calendar "
            f"{self.old_version} to {self.new_version}"
        )
        return "\n".join([head, *(f"- {r.describe()}" for r in self.moved)])


def _describe_period(p: Period) -> str:
    unit = "working" if isinstance(p, WorkingDays) else "calendar"
    return f"{p.n} {unit} day{'s' if abs(p.n) != 1 else ''}"


def _as_item(item: object, k: int) -> Any:
    if isinstance(item, OpenDeadline):
        return item
    if isinstance(item, tuple) and len(item) in (3, 4):
        return OpenDeadline(*item)
    from accessinfo.articles._outages import SuspensionNotice

    if isinstance(item, (InformationRequest, SuspensionNotice)):
        return item
    raise InvalidInput(
        msg(
            "errors.must_be",
            name=f"items[{k}]",
            expected=msg("errors.type.open_item"),
            got=type(item).__name__,
        )
    )


_REQUEST_FIELDS: Sequence[Literal["notify_by", "respond_by", "extended_respond_by"]] = (
    "notify_by",
    "respond_by",
    "extended_respond_by",
)


def _check_options(request_options: Mapping[str, Any], notice_options: Any) -> None:
    """Only the reading options of the two facades; the calendars are ``old`` and ``new``."""
    import inspect

    from accessinfo.tasks.outages import suspension_notice_deadline
    from accessinfo.tasks.requests import request_deadlines

    for what, options, fn, fixed in (
        ("request_option", request_options, request_deadlines, {"request", "calendar"}),
        (
            "notice_option",
            notice_options or {},
            suspension_notice_deadline,
            {"starts", "calendar", "force_majeure"},
        ),
    ):
        allowed = set(inspect.signature(fn).parameters) - fixed
        for key in options:
            if key == "calendar":
                raise InvalidInput(msg("errors.versions.no_calendar"))
            if key not in allowed:
                raise InvalidInput(
                    msg(
                        f"errors.versions.unknown_{what}",
                        key=f"{key!r:.60}",
                        accepted=", ".join(sorted(allowed)),
                    )
                )


@public
def recompute(
    items: Iterable[Any],
    *,
    old: WorkingCalendar,
    new: WorkingCalendar,
    notice_options: Mapping[str, Any] | None = None,
    **request_options: Any,
) -> RecomputeReport:
    """Recompute open deadlines on ``new`` and report which moved from ``old``, and why.

    ``items``: :class:`OpenDeadline` or ``(label, start, period[, roll])`` tuples, and
    ``InformationRequest`` objects (each of their due dates is recomputed through
    ``accessinfo.tasks.requests.request_deadlines``, with ``request_options``), and
    ``SuspensionNotice`` objects (the latest notice day, through
    ``accessinfo.tasks.outages.suspension_notice_deadline`` with ``notice_options``). A moved
    date lists the days between the start and the later of the two due dates whose working status
    changed.
    """
    a, b = check_calendar(old), check_calendar(new)
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="items",
                expected=msg("errors.type.open_items"),
                got=type(items).__name__,
            )
        )
    todo = [_as_item(x, k) for k, x in enumerate(items)]
    if request_options and not any(isinstance(x, InformationRequest) for x in todo):
        raise InvalidInput(msg("errors.versions.request_options_alone"))
    if notice_options is not None and not isinstance(notice_options, Mapping):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="notice_options",
                expected=msg("errors.type.options"),
                got=type(notice_options).__name__,
            )
        )
    _check_options(request_options, notice_options)
    lo, hi = max(a.first, b.first), min(a.last, b.last)
    changes = diff_calendars(a, b, start=lo, end=hi, working_only=True) if todo else ()
    when = [c.date for c in changes]

    def between(lo: date, hi: date) -> tuple[DayChange, ...]:
        return changes[bisect.bisect_left(when, lo) : bisect.bisect_right(when, hi)]

    def why(start: date, d1: date | None, d2: date | None) -> tuple[DayChange, ...]:
        """Changed days that can move a count from ``start``: (start, last] forwards,
        [first, start) backwards (day zero is not counted)."""
        ends = [d for d in (d1, d2) if d is not None]
        if not ends or d1 == d2:
            return ()
        first, last = min(start, *ends), max(start, *ends)
        one = timedelta(days=1)
        return between(
            first if first < start else start + one, last if last > start else start - one
        )

    def why_item(item: OpenDeadline, d1: date, d2: date) -> tuple[DayChange, ...]:
        if d1 == d2:
            return ()
        if isinstance(item.period, WorkingDays):
            return why(item.start, d1, d2)
        # a calendar-day period ends on start + n whatever the calendar; only that day and
        # the days it rolls over decide the due date
        raw = item.start + timedelta(days=item.period.n)
        return between(min(raw, d1, d2), max(raw, d1, d2))

    out: list[Recomputed] = []
    for k, item in enumerate(todo):
        if isinstance(item, OpenDeadline):
            d1 = a.add(item.start, item.period, roll=item.roll)
            d2 = b.add(item.start, item.period, roll=item.roll)
            out.append(
                Recomputed(
                    label=item.label,
                    start=item.start,
                    period=_describe_period(item.period),
                    old_due=d1,
                    new_due=d2,
                    because=why_item(item, d1, d2),
                )
            )
        elif isinstance(item, InformationRequest):
            out.extend(_recompute_request(item, k, a, b, why, request_options))
        else:
            out.append(_recompute_notice(item, k, a, b, why, dict(notice_options or {})))
    return RecomputeReport(old_version=a.version, new_version=b.version, items=tuple(out))


def _recompute_request(
    req: Any, k: int, a: WorkingCalendar, b: WorkingCalendar, why: Any, options: Any
) -> list[Recomputed]:
    from accessinfo.tasks.requests import request_deadlines

    before = request_deadlines(req, calendar=a, **options)
    after = request_deadlines(req, calendar=b, **options)
    label = req.reference or f"request[{k}]"
    zero = before.outcome.day_zero
    out = []
    for field in _REQUEST_FIELDS:
        d1, d2 = getattr(before.outcome, field), getattr(after.outcome, field)
        if d1 is None and d2 is None:
            continue
        out.append(
            Recomputed(
                label=f"{label}.{field}",
                start=zero,
                period=f"{before.rule_set} {field}",
                old_due=d1,
                new_due=d2,
                because=why(zero, d1, d2),
            )
        )
    return out


def _recompute_notice(
    notice: Any, k: int, a: WorkingCalendar, b: WorkingCalendar, why: Any, options: Any
) -> Recomputed:
    from accessinfo.tasks.outages import suspension_notice_deadline

    start = notice.start_day
    kw = {"force_majeure": notice.force_majeure, **options}
    before = suspension_notice_deadline(notice.suspension_from, calendar=a, **kw)
    after = suspension_notice_deadline(notice.suspension_from, calendar=b, **kw)
    d1, d2 = before.outcome, after.outcome
    return Recomputed(
        label=f"{notice.reference or f'notice[{k}]'}.latest_notice_day",
        start=start,
        period=f"{before.rule_set} latest_notice_day",
        old_due=d1,
        new_due=d2,
        because=why(start, d1, d2),
    )
