"""Registers in, verdicts out: a whole table of requests or suspension notices judged at once.

A register is a table with one row per request (or per suspension). It comes as a mapping of
columns (``{"received": [...], "channel": [...]}``), a pandas or polars DataFrame, a pyarrow
Table, or a CSV / Parquet / JSON file (:func:`read_register`). :func:`judge_requests` gives
each request the law that governs it, each due date and a verdict per duty, row for row the
answer of :func:`accessinfo.tasks.timeline.request_timeline`; :func:`judge_notices` gives each
suspension its notice lead time in working days and the verdict of
:func:`accessinfo.tasks.outages.check_suspension_notice` per duty. The result holds the same
kind of table with the verdict columns added, the rows refused and why, and the counts.

The table formats, the result columns and the verdict names are documented in
``docs/registers.md``; the choices made where the law and the issue are silent in
``docs/readings/registers.md``:

* each event kind is one column holding the first such event (a register records the first
  extension notice, and its announced date in ``extended_to``);
* a bad row is refused with its row number (1-based, the header not counted) and the reason;
  without ``skip_bad`` the whole register is refused, listing every bad row; with it the row
  stays in the output, its verdict columns empty and ``error`` filled: nothing is dropped;
* lateness is counted in working days after the due date (``calendar.count(due, done)``): an
  answer on the rest day after its due date is late by 0 working days;
* the notice lead time is the number of working days from the publication day (counted when
  it is a working day) up to the day before the suspension starts.

>>> from datetime import date
>>> j = judge_requests({"received": ["2026-03-03"], "channel": ["post"],
...                     "complexity": ["simple"], "provided": ["2026-03-11"]},
...                    as_of=date(2026, 3, 20))
>>> row = j.rows[0]
>>> row["law"], row["respond_due"], row["respond_verdict"], row["respond_working_days_late"]
('law_104_2016', datetime.date(2026, 3, 10), 'late', 1)
>>> j.read, j.judged, j.refused_count
(1, 1, 0)
"""

from __future__ import annotations

import csv
import json
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from typing import Any, Final, Literal, get_args

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, as_vn_date
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import check_calendar, choose
from accessinfo.core.signature import public as _bound  # was tasks.requests._bound (core-speed)
from accessinfo.errors import AccessInfoError, InvalidInput
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.timeline import (
    EventKind,
    RequestEvent,
    RequestTimeline,
    _citations,
    request_timeline,
)

__all__ = [
    "DUTIES",
    "NOTICE_COLUMNS",
    "NOTICE_DUTIES",
    "NOTICE_RESULT_COLUMNS",
    "NOTICE_VERDICTS",
    "REQUEST_COLUMNS",
    "REQUEST_EVENTS",
    "REQUEST_RESULT_COLUMNS",
    "VERDICTS",
    "Judged",
    "RefusedRow",
    "judge_notices",
    "judge_requests",
    "read_register",
    "summarize",
    "write_register",
]

Kind = Literal["requests", "notices"]
Engine = Literal["columns", "timeline"]

# -- the table formats ---------------------------------------------------------------------
# The events of a request, one column each (RequestEvent kinds); extended_to goes with
# extension_notified.
REQUEST_EVENTS: Final[tuple[str, ...]] = get_args(EventKind)
# column -> what it holds (docs/registers.md repeats this table)
REQUEST_COLUMNS: Final = (
    "reference",
    "received",
    "sent",
    "channel",
    "delivery",
    "complexity",
    "electronic_file_available",
    "agency_can_send_electronically",
    *REQUEST_EVENTS,
    "extended_to",
)
_REQUEST_REQUIRED: Final = ("received", "channel")

NOTICE_COLUMNS: Final = (
    "reference",
    "start",
    "end",
    "kind",
    "published",
    "states_recovery_time",
    "backup_in_place",
    "force_majeure",
    "remedy_started",
)
_NOTICE_REQUIRED: Final = ("start", "kind")

# The duties of a request and the verdict names (stable: scripts and reports rely on them).
DUTIES: Final = (
    "respond",
    "notify_handling_time",
    "notify_extension",
    "acknowledge",
    "notify_resolution",
)
VERDICTS: Final = (
    "on_time",
    "late",
    "missed",
    "pending",
    "overdue",
    "not_applicable",
    "no_due_date",
)
NOTICE_DUTIES: Final = (
    "advance_notice",
    "announce_at_once",
    "recovery_time_stated",
    "remedy_at_once",
    "backup_plan",
)
NOTICE_VERDICTS: Final = ("met", "breached", "not_applicable", "undetermined")

_DATED: Final = ("respond", "notify_handling_time", "notify_extension")
REQUEST_RESULT_COLUMNS: Final = (
    "law",
    "status",
    "day_zero",
    "answer",
    "answered_on",
    "extended",
    *(f"{d}_{c}" for d in _DATED for c in ("due", "done", "verdict", "working_days_late")),
    "acknowledge_done",
    "acknowledge_verdict",
    "notify_resolution_done",
    "notify_resolution_verdict",
    "overdue",
    "breaches",
    "citations",
    "citations_vi",
    "error_code",
    "error",
)
NOTICE_RESULT_COLUMNS: Final = (
    "decree",
    "status",
    "latest_notice_day",
    "lead_working_days",
    "advance_notice_working_days_late",
    *(f"{d}_verdict" for d in NOTICE_DUTIES),
    "breaches",
    "compliant",
    "citations",
    "citations_vi",
    "error_code",
    "error",
)
_INT_COLUMNS: Final = frozenset(
    {
        *(f"{d}_working_days_late" for d in _DATED),
        "lead_working_days",
        "advance_notice_working_days_late",
    }
)
_BOOL_COLUMNS: Final = frozenset({"extended", "compliant"})
_DATE_COLUMNS: Final = frozenset(
    {
        "day_zero",
        "answered_on",
        "latest_notice_day",
        "acknowledge_done",
        "notify_resolution_done",
        *(f"{d}_{c}" for d in _DATED for c in ("due", "done")),
    }
)


@dataclass(frozen=True)
class RefusedRow:
    """A row that could not be judged: its number (1-based, the header not counted), the
    error code and the reason in English and Vietnamese."""

    row: int
    code: str
    reason: str
    reason_vi: str

    def describe(self) -> Text:
        """``row N: [code] reason`` in both languages."""
        reason = Text(self.reason, self.reason_vi)
        return msg("registers.refused_row", row=self.row, code=self.code, reason=reason)


@dataclass
class Judged:
    """A judged register: ``table`` (the input's type, verdict columns added), ``rows`` (one
    dict of result columns per input row), the refused rows and the counts."""

    kind: Kind
    table: Any
    rows: list[dict[str, Any]]
    refused: tuple[RefusedRow, ...]
    as_of: date | None
    columns: dict[str, list[Any]]  # the input columns as read (lists)
    unread_columns: tuple[str, ...] = ()  # input columns the checker does not use
    readings: dict[str, str] = field(default_factory=dict)
    calendar_version: str = ""

    @property
    def read(self) -> int:
        return len(self.rows)

    @property
    def refused_count(self) -> int:
        return len(self.refused)

    @property
    def judged(self) -> int:
        return self.read - self.refused_count

    def summary_text(self) -> Text:
        """One line: rows read, judged and refused."""
        return msg(
            "registers.summary.counts",
            read=self.read,
            judged=self.judged,
            refused=self.refused_count,
        )


# -- reading cells ---------------------------------------------------------------------------
def _missing(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    if isinstance(v, str):
        return not v.strip()
    return type(v).__name__ in ("NAType", "NaTType")


def _when(v: object, name: str) -> date | datetime | None:
    """A cell as a date or an aware datetime (None if empty)."""
    if _missing(v):
        return None
    if type(v) is date:
        return v
    if isinstance(v, datetime):
        if hasattr(v, "to_pydatetime"):  # pandas Timestamp
            v = v.to_pydatetime()
        assert isinstance(v, datetime)
        if v.tzinfo is not None and v.utcoffset() is not None:
            return v
        if v.time() == time(0):  # a frame's date column read as naive midnight timestamps
            return v.date()
        raise InvalidInput(msg("errors.naive_datetime_text", name=name, value=repr(str(v))))
    if type(v).__module__.split(".", 1)[0] == "numpy" and hasattr(v, "astype"):
        day = v.astype("datetime64[D]")
        if day != v:
            raise InvalidInput(msg("errors.naive_datetime_text", name=name, value=repr(str(v))))
        got = day.item()
        if not isinstance(got, date):
            raise InvalidInput(msg("errors.bad_date_text", name=name, value=repr(str(v))))
        return got
    if isinstance(v, str):
        s = v.strip()
        if len(s) == 10:
            try:
                return date.fromisoformat(s)
            except ValueError:
                raise InvalidInput(msg("errors.bad_date_text", name=name, value=repr(v))) from None
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(msg("errors.bad_datetime_text", name=name, value=repr(v))) from None
        if dt.tzinfo is None:
            raise InvalidInput(msg("errors.naive_datetime_text", name=name, value=repr(v)))
        return dt
    raise InvalidInput(
        msg("registers.bad_cell", name=name, value=repr(v), kind=msg("registers.cell_kind.date"))
    )


def _day(v: object, name: str) -> date | None:
    w = _when(v, name)
    if w is None:
        return None
    if isinstance(w, datetime):
        raise InvalidInput(
            msg(
                "registers.bad_cell",
                name=name,
                value=repr(str(v)),
                kind=msg("registers.cell_kind.date"),
            )
        )
    return w


_TRUE: Final = frozenset({"true", "yes", "1", "y", "t", "có"})
_FALSE: Final = frozenset({"false", "no", "0", "n", "f", "không"})


def _flag(v: object, name: str) -> bool | None:
    if _missing(v):
        return None
    if isinstance(v, bool):
        return v
    if _module(v) == "numpy" and type(v).__name__ in ("bool_", "bool"):  # numpy's bool
        return bool(v)
    if isinstance(v, int) and v in (0, 1):
        return bool(v)
    if isinstance(v, str):
        s = v.strip().lower()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
    raise InvalidInput(
        msg("registers.bad_cell", name=name, value=repr(v), kind=msg("registers.cell_kind.flag"))
    )


def _word(v: object, name: str) -> str | None:
    if _missing(v):
        return None
    if not isinstance(v, str):
        raise InvalidInput(
            msg(
                "registers.bad_cell", name=name, value=repr(v), kind=msg("registers.cell_kind.text")
            )
        )
    return v.strip()


# -- tables in, tables out -----------------------------------------------------------------
def _module(obj: object) -> str:
    return type(obj).__module__.split(".", 1)[0]


def _columns(register: object) -> tuple[str, dict[str, list[Any]]]:
    """(the input's type, its columns as lists)."""
    mod = _module(register)
    if mod == "pandas" and hasattr(register, "columns"):
        frame: Any = register
        return "pandas", {str(c): frame[c].tolist() for c in frame.columns}
    if mod == "polars" and hasattr(register, "get_column"):
        frame = register
        return "polars", {str(c): frame.get_column(c).to_list() for c in frame.columns}
    if mod == "pyarrow" and hasattr(register, "to_pydict"):
        return "pyarrow", {str(k): list(v) for k, v in register.to_pydict().items()}
    if isinstance(register, Mapping):
        out: dict[str, list[Any]] = {}
        for k, v in register.items():
            if not isinstance(k, str):
                raise InvalidInput(msg("registers.column_name", name=repr(k)))
            if isinstance(v, (str, bytes)) or not isinstance(v, Iterable):
                raise InvalidInput(
                    msg("registers.column_not_sequence", column=k, type=type(v).__name__)
                )
            out[k] = list(v)
        return "mapping", out
    raise InvalidInput(msg("registers.bad_register", type=type(register).__name__))


def _check_shape(cols: dict[str, list[Any]], required: Sequence[str]) -> int:
    missing = [c for c in required if c not in cols]
    if missing:
        raise InvalidInput(
            msg("registers.missing_columns", columns=", ".join(missing), have=", ".join(cols))
        )
    lengths = {len(v) for v in cols.values()}
    if len(lengths) > 1:
        raise InvalidInput(msg("registers.ragged", lengths=", ".join(map(str, sorted(lengths)))))
    return lengths.pop() if lengths else 0


def _rebuild(kind: str, register: Any, rows: list[dict[str, Any]], names: Sequence[str]) -> Any:
    """The input's type with the result columns added (a dict of lists for a mapping)."""
    added = {n: [r.get(n) for r in rows] for n in names}
    if kind == "pandas":
        import pandas as pd

        out = register.copy()
        for n, vals in added.items():
            if n in _INT_COLUMNS:
                out[n] = pd.array(vals, dtype="Int64")
            elif n in _BOOL_COLUMNS:
                out[n] = pd.array(vals, dtype="boolean")
            else:
                out[n] = pd.Series(vals, index=out.index, dtype="object")
        return out
    if kind == "polars":
        import polars as pl

        def dtype(n: str) -> Any:
            if n in _INT_COLUMNS:
                return pl.Int64
            if n in _BOOL_COLUMNS:
                return pl.Boolean
            return pl.Date if n in _DATE_COLUMNS else pl.Utf8

        return register.with_columns([pl.Series(n, v, dtype=dtype(n)) for n, v in added.items()])
    if kind == "pyarrow":
        table = register
        for n, vals in added.items():
            table = table.append_column(n, _arrow_array(n, vals))
        return table
    base = {k: list(v) for k, v in register.items()}
    return {**base, **added}


def _arrow_array(name: str, vals: list[Any]) -> Any:
    import pyarrow as pa

    if name in _INT_COLUMNS:
        return pa.array(vals, type=pa.int64())
    if name in _BOOL_COLUMNS:
        return pa.array(vals, type=pa.bool_())
    if name in _DATE_COLUMNS:
        return pa.array(vals, type=pa.date32())
    return pa.array(vals, type=pa.string())


# -- requests ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Row:
    received: date | datetime
    sent: date | datetime | None
    channel: str
    delivery: str | None
    complexity: str | None
    electronic_file: bool | None
    can_send: bool | None
    events: dict[str, date | datetime]
    extended_to: date | None

    def request(self) -> InformationRequest:
        fields: dict[str, Any] = {"received_at": self.received, "channel": self.channel}
        for k, v in (
            ("sent_at", self.sent),
            ("delivery", self.delivery),
            ("complexity", self.complexity),
            ("electronic_file_available", self.electronic_file),
            ("agency_can_send_electronically", self.can_send),
        ):
            if v is not None:
                fields[k] = v
        return InformationRequest(**fields)  # InputModel: bad fields are InvalidInput

    def event_list(self) -> list[RequestEvent]:
        out = []
        for kind in REQUEST_EVENTS:
            at = self.events.get(kind)
            if at is None:
                continue
            extra = {"extended_to": self.extended_to} if kind == "extension_notified" else {}
            out.append(RequestEvent(kind=kind, at=at, **extra))
        return out


class _Bad:
    """A cell that could not be read: the error, raised when its row is read."""

    __slots__ = ("error",)

    def __init__(self, error: AccessInfoError) -> None:
        self.error = error


_READERS: Final[dict[str, Callable[[object, str], Any]]] = {
    "received": _when,
    "channel": _word,
    **{kind: _when for kind in REQUEST_EVENTS},
    "extended_to": _day,
    "sent": _when,
    "delivery": _word,
    "complexity": _word,
    "electronic_file_available": _flag,
    "agency_can_send_electronically": _flag,
}


def _parse(
    cols: dict[str, list[Any]], readers: Mapping[str, Callable[[object, str], Any]]
) -> dict[str, list[Any] | None]:
    """Each known column read cell by cell (a cell's text read once per distinct value);
    a bad cell becomes a :class:`_Bad` holding its error."""
    out: dict[str, list[Any] | None] = {}
    for name, read in readers.items():
        col = cols.get(name)
        if col is None:
            out[name] = None
            continue
        seen: dict[Any, Any] = {}
        vals: list[Any] = []
        append = vals.append
        for v in col:
            try:
                got = seen.get(v, seen) if isinstance(v, (str, type(None))) else seen
            except TypeError:  # pragma: no cover - str and None hash
                got = seen
            if got is seen:
                try:
                    got = read(v, name)
                except AccessInfoError as exc:
                    got = _Bad(exc)
                if isinstance(v, (str, type(None))):
                    seen[v] = got
            append(got)
        out[name] = vals
    return out


def _cell(parsed: dict[str, list[Any] | None], name: str, i: int) -> Any:
    col = parsed[name]
    if col is None:
        return None
    v = col[i]
    if type(v) is _Bad:
        raise v.error
    return v


def _read_request(parsed: dict[str, list[Any] | None], i: int) -> _Row:
    received = _cell(parsed, "received", i)
    if received is None:
        raise InvalidInput(msg("registers.empty_required", column="received"))
    channel = _cell(parsed, "channel", i)
    if channel is None:
        raise InvalidInput(msg("registers.empty_required", column="channel"))
    events: dict[str, date | datetime] = {}
    for kind in REQUEST_EVENTS:
        v = _cell(parsed, kind, i)
        if v is not None:
            events[kind] = v
    extended_to = _cell(parsed, "extended_to", i)
    if extended_to is not None and "extension_notified" not in events:
        raise InvalidInput(msg("registers.extended_to_alone"))
    return _Row(
        received=received,
        sent=_cell(parsed, "sent", i),
        channel=channel,
        delivery=_cell(parsed, "delivery", i),
        complexity=_cell(parsed, "complexity", i),
        electronic_file=_cell(parsed, "electronic_file_available", i),
        can_send=_cell(parsed, "agency_can_send_electronically", i),
        events=events,
        extended_to=extended_to,
    )


def _late(cal: WorkingCalendar, due: date, done: date | None, as_of: date) -> int:
    """Working days past the due date: to the day done (late) or to ``as_of`` (overdue)."""
    return cal.count(due, done if done is not None else as_of)


def _cites(basis: Iterable[Citation]) -> tuple[str, str]:
    seen: list[Citation] = []
    for c in basis:
        if c not in seen:
            seen.append(c)
    return "; ".join(c.en for c in seen), "; ".join(str(c) for c in seen)


def _result_from_timeline(
    d: Decision[RequestTimeline], cal: WorkingCalendar, as_of: date
) -> dict[str, Any]:
    """The result columns of one row from the scalar timeline (the reference engine)."""
    t = d.outcome
    out: dict[str, Any] = {
        "law": t.rule_set,
        "status": d.status,
        "day_zero": t.deadlines.day_zero,
        "answer": t.answer,
        "answered_on": t.answered_on,
        "extended": t.extended,
    }
    listed = {x.name: x for x in t.duties}
    for name in DUTIES:
        duty = listed.get(name)
        if name in _DATED:
            out[f"{name}_due"] = duty.due if duty else None
            out[f"{name}_done"] = duty.done_on if duty else None
            verdict = duty.status if duty else "not_applicable"
            out[f"{name}_verdict"] = verdict
            out[f"{name}_working_days_late"] = (
                _late(cal, duty.due, duty.done_on, as_of)
                if duty and duty.due and verdict in ("late", "overdue")
                else None
            )
        else:
            out[f"{name}_done"] = duty.done_on if duty else None
            out[f"{name}_verdict"] = (
                "no_due_date" if t.rule_set == "law_01_2026" else "not_applicable"
            )
    out["overdue"] = ";".join(t.overdue)
    out["breaches"] = ";".join(t.breaches)
    out["citations"], out["citations_vi"] = _cites(c for x in t.duties for c in x.basis)
    out["error_code"] = out["error"] = None
    return out


def _verdict(due: date, done: date | None, as_of: date) -> str:
    if done is not None:
        return "on_time" if done <= due else "late"
    return "pending" if as_of <= due else "overdue"


@dataclass(frozen=True, slots=True)
class _DL:
    """The fields of one request's deadlines that the verdicts need."""

    rule_set: str
    status: str
    channel: str
    complexity: str | None
    delivery: str | None
    day_zero: date
    notify_by: date | None
    respond_by: date | None
    extension_notice_by: date | None
    extended_respond_by: date | None


class _Fast:
    """The verdicts of clean rows from the register's deadlines, computed column by column
    (``accessinfo.batch.request_deadlines_columns``; rows it cannot take, e.g. an instant with
    a time of day, from memoised ``request_deadlines`` calls, one per distinct request), with
    the rules of ``request_timeline``; any row that looks unusual goes to the scalar timeline
    instead, so its answer or error is the scalar's."""

    def __init__(self, cal: WorkingCalendar, as_of: date, options: dict[str, Any]) -> None:
        from accessinfo.tasks.requests import request_deadlines

        self.cal, self.as_of, self.options = cal, as_of, options
        self._deadlines = request_deadlines
        self._memo: dict[tuple[Any, ...], _DL] = {}
        self._pre: dict[int, _DL] = {}  # row index -> deadlines from the columnar call
        self._cites: dict[tuple[Any, ...], dict[str, tuple[Citation, ...]]] = {}
        self._texts: dict[tuple[Any, ...], tuple[str, str, bool]] = {}
        self._readings_seen: set[tuple[Any, ...]] = set()
        self.readings: dict[str, str] = {}

    def prefetch(self, rows: list[_Row | None]) -> None:
        """Deadlines of every row dated by days, in one columnar call (numpy needed)."""
        try:
            import numpy as np

            from accessinfo.tasks.columns import request_deadlines_columns
        except ImportError:  # pragma: no cover - numpy is in the dev environment
            return
        idx = [
            i
            for i, r in enumerate(rows)
            if r is not None
            and r.complexity is not None
            and type(r.received) is date
            and (r.sent is None or type(r.sent) is date)
            and type(r.events.get("validated", r.received)) is date
        ]
        if not idx:
            return
        picked = [r for i in idx if (r := rows[i]) is not None]
        opts = {k: v for k, v in self.options.items() if k != "costs_pause"}
        out = request_deadlines_columns(
            [r.received for r in picked],
            np.array([r.channel for r in picked], dtype=object),
            np.array([r.complexity for r in picked], dtype=object),
            sent=[r.sent for r in picked],
            delivery=np.array([r.delivery for r in picked], dtype=object),
            validated=[r.events.get("validated") for r in picked],
            electronic_file_available=[r.electronic_file for r in picked],
            agency_can_send_electronically=[r.can_send for r in picked],
            calendar=self.cal,
            errors="coerce",
            **opts,
        )
        cols = {k: v.tolist() for k, v in out.items()}
        for k, (i, r) in enumerate(zip(idx, picked, strict=True)):
            if cols["error"][k] is not None:
                continue  # the scalar timeline gives this row its error
            self._pre[i] = _DL(
                rule_set=cols["rule_set"][k],
                status=cols["status"][k],
                channel=r.channel,
                complexity=r.complexity,
                delivery=cols["delivery"][k],
                day_zero=cols["day_zero"][k],
                notify_by=cols["notify_by"][k],
                respond_by=cols["respond_by"][k],
                extension_notice_by=cols["extension_notice_by"][k],
                extended_respond_by=cols["extended_respond_by"][k],
            )

    def deadlines(self, row: _Row, i: int) -> _DL:
        got = self._pre.get(i)
        if got is not None:
            key = (got.rule_set, got.channel, got.delivery, got.complexity)
            if key not in self._readings_seen:  # the readings: one scalar call per kind
                self._readings_seen.add(key)
                self._scalar(row)
            return got
        return self._scalar(row)

    def _scalar(self, row: _Row) -> _DL:
        validated = row.events.get("validated")
        key = (
            row.received,
            validated,
            row.sent,
            row.channel,
            row.delivery,
            row.complexity,
            row.electronic_file,
            row.can_send,
        )
        got = self._memo.get(key)
        if got is None:
            req = row.request()
            if validated is not None:
                req = InformationRequest(
                    **{**req.model_dump(exclude_none=True), "validated_at": validated}
                )
            opts = {k: v for k, v in self.options.items() if k != "costs_pause"}
            d = self._deadlines(req, calendar=self.cal, **opts)
            self.readings.update(d.readings)
            dl = d.outcome
            got = self._memo[key] = _DL(
                rule_set=d.rule_set,
                status=d.status,
                channel=dl.channel,
                complexity=dl.complexity,
                delivery=dl.delivery,
                day_zero=dl.day_zero,
                notify_by=dl.notify_by,
                respond_by=dl.respond_by,
                extension_notice_by=dl.extension_notice_by,
                extended_respond_by=dl.extended_respond_by,
            )
        return got

    def judge(self, row: _Row, i: int) -> dict[str, Any] | None:
        """The result columns, or None when the row must go to the scalar timeline."""
        ev = {k: as_vn_date(v) for k, v in row.events.items()}
        today = self.as_of
        received = as_vn_date(row.received)
        if today < received or any(not received <= d <= today for d in ev.values()):
            return None
        if "provided" in ev and "refused" in ev:
            return None
        answer_kind = "provided" if "provided" in ev else "refused" if "refused" in ev else None
        answered_on = ev.get(answer_kind) if answer_kind else None
        valid_on = ev.get("validated")
        if answer_kind == "provided" and valid_on and answered_on and answered_on < valid_on:
            return None
        if "costs_paid" in ev and "costs_requested" in ev:
            if ev["costs_paid"] < ev["costs_requested"]:
                return None
        ext = ev.get("extension_notified")
        if ext is not None and answered_on is not None and ext > answered_on:
            return None
        if "costs_requested" in ev or "costs_paid" in ev:
            return None  # costs bring their own citations, caveats and readings: the timeline's
        dl = self.deadlines(row, i)
        rule_set = dl.rule_set
        out: dict[str, Any] = {
            "law": rule_set,
            "status": dl.status,
            "day_zero": dl.day_zero,
            "answer": answer_kind,
            "answered_on": answered_on,
        }
        key = (rule_set, dl.complexity, dl.delivery, dl.channel)
        cites = self._cites.get(key)
        if cites is None:
            cites = self._cites[key] = _citations(rule_set, dl)  # type: ignore[arg-type]
        original = dl.respond_by if dl.respond_by is not None else dl.day_zero
        due = original
        notice_due = dl.extension_notice_by if dl.extension_notice_by is not None else original
        extended = False
        duties: dict[str, tuple[date | None, date | None, str]] = {}
        if ext is not None:
            if dl.extended_respond_by is None:
                status = "not_applicable"
            elif ext <= notice_due:
                status = "on_time"
                cap = dl.extended_respond_by
                asked = row.extended_to or cap
                due = min(asked, cap) if asked >= original else original
                extended = due > original
            else:
                status = "late"
            duties["notify_extension"] = (notice_due, ext, status)
        law_01 = rule_set == "law_01_2026"
        if dl.notify_by is not None:
            nb = dl.notify_by
            notice = ev.get("handling_notice_sent")
            if notice is not None:
                duties["notify_handling_time"] = (nb, notice, _verdict(nb, notice, today))
            elif answered_on is not None and answered_on <= nb:
                duties["notify_handling_time"] = (nb, answered_on, "on_time")
            elif answered_on is not None:
                duties["notify_handling_time"] = (nb, None, "missed")
            else:
                duties["notify_handling_time"] = (nb, None, _verdict(nb, None, today))
        for kind, name in (
            ("acknowledged", "acknowledge"),
            ("resolution_notified", "notify_resolution"),
        ):
            out[f"{name}_done"] = ev.get(kind) if law_01 else None
            out[f"{name}_verdict"] = "no_due_date" if law_01 else "not_applicable"
        duties["respond"] = (due, answered_on, _verdict(due, answered_on, today))
        out["extended"] = extended
        for name in _DATED:
            got = duties.get(name)
            if got is None:
                out[f"{name}_due"] = out[f"{name}_done"] = out[f"{name}_working_days_late"] = None
                out[f"{name}_verdict"] = "not_applicable"
                continue
            due_n, done_n, status_n = got
            out[f"{name}_due"], out[f"{name}_done"], out[f"{name}_verdict"] = got
            out[f"{name}_working_days_late"] = (
                _late(self.cal, due_n, done_n, today)
                if due_n and status_n in ("late", "overdue")
                else None
            )
        order = ("notify_handling_time", "notify_extension", "respond")
        out["overdue"] = ";".join(n for n in order if n in duties and duties[n][2] == "overdue")
        out["breaches"] = ";".join(
            n for n in order if n in duties and duties[n][2] in ("late", "missed")
        )
        texts_key = (
            key,
            dl.notify_by is not None,
            ext is not None,
            law_01 and "acknowledged" in ev,
            law_01 and "resolution_notified" in ev,
            answer_kind == "refused",
        )
        texts = self._texts.get(texts_key)
        if texts is None:
            has_nb, has_ext, ack, res, refused = texts_key[1:]
            basis = (
                *(cites["notify_handling_time"] if has_nb else ()),
                *(cites["notify_extension"] if has_ext else ()),
                *(cites["acknowledge"] if ack else ()),
                *(cites["notify_resolution"] if res else ()),
                *cites["respond"],
                *(cites["refusal"] if refused else ()),
            )
            unverified = any(not c.instrument.verified for c in basis)
            texts = self._texts[texts_key] = (*_cites(basis), unverified)
        if texts[2]:  # a cited text is unverified: the timeline is provisional (strict refuses)
            if self.options.get("strict"):
                return None
            out["status"] = "provisional"
        out["citations"], out["citations_vi"] = texts[0], texts[1]
        out["error_code"] = out["error"] = None
        return out


def _probe(call: Callable[[], object]) -> None:
    """Run ``call`` on a sample to refuse a bad option (InvalidInput) once for the whole
    register; any other refusal (a "raise" reading, ``strict`` and an unverified text or an
    unannounced day) is not the option's fault and is reported row by row where it matters."""
    try:
        call()
    except InvalidInput:
        raise
    except AccessInfoError:
        pass


def _check_options(cal: WorkingCalendar, options: dict[str, Any]) -> None:
    for received in (date(2026, 3, 3), date(2026, 10, 1)):  # one request under each law
        req = InformationRequest(received_at=received, channel="post", complexity="complex")
        events = [RequestEvent(kind="costs_requested", at=received)]
        _probe(partial(request_timeline, req, events, as_of=received, calendar=cal, **options))


@_bound
def judge_requests(
    register: Any,
    *,
    as_of: date | datetime,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    skip_bad: bool = False,
    engine: Engine = "columns",
    strict: bool = False,
    extension_unit: str = "calendar",
    period_unit: str = "calendar",
    receipt: str = "calendar_date",
    cutoff: time | None = None,
    costs_pause: str = "none",
    extension_notice: str = "before_last_day",
) -> Judged:
    """Judge every request of ``register`` as of ``as_of``: law, due dates, verdicts.

    ``register``: a mapping of columns, a pandas or polars DataFrame or a pyarrow Table with
    the columns of ``docs/registers.md`` (``received`` and ``channel`` required). The reading
    options are those of ``request_timeline``. ``engine="columns"`` (default) computes each
    distinct request's deadlines once and the verdicts column by column;
    ``engine="timeline"`` calls ``request_timeline`` for every row (the reference; slower).
    A bad row raises InvalidInput listing every bad row, unless ``skip_bad=True``: then it is
    kept with ``error_code``/``error`` filled and listed in ``Judged.refused``.
    """
    cal = check_calendar(calendar)
    today = as_vn_date(as_of, "as_of")
    if not cal.first <= today <= cal.last:
        raise InvalidInput(
            msg("registers.as_of_outside", as_of=today, first=cal.first, last=cal.last)
        )
    if not isinstance(skip_bad, bool):
        raise InvalidInput(msg("registers.skip_bad", value=repr(skip_bad)))
    chosen = choose(engine, "engine", ("columns", "timeline"))
    options: dict[str, Any] = {
        "strict": strict,
        "extension_unit": extension_unit,
        "period_unit": period_unit,
        "receipt": receipt,
        "cutoff": cutoff,
        "costs_pause": costs_pause,
        "extension_notice": extension_notice,
    }
    _check_options(cal, options)
    kind, cols = _columns(register)
    n = _check_shape(cols, _REQUEST_REQUIRED)
    parsed = _parse(cols, _READERS)
    read: list[_Row | AccessInfoError] = []
    for i in range(n):
        try:
            read.append(_read_request(parsed, i))
        except AccessInfoError as exc:
            read.append(exc)
    fast = _Fast(cal, today, options) if chosen == "columns" else None
    if fast is not None:
        fast.prefetch([r if isinstance(r, _Row) else None for r in read])
    rows: list[dict[str, Any]] = []
    refused: list[RefusedRow] = []
    readings: dict[str, str] = {}
    for i, row in enumerate(read):
        try:
            if not isinstance(row, _Row):
                raise row
            got = fast.judge(row, i) if fast is not None else None
            if got is None:
                t = request_timeline(
                    row.request(), row.event_list(), as_of=today, calendar=cal, **options
                )
                readings.update(t.readings)
                got = _result_from_timeline(t, cal, today)
        except AccessInfoError as exc:
            refused.append(RefusedRow(i + 1, exc.code, exc.message, exc.message_vi))
            got = {c: None for c in REQUEST_RESULT_COLUMNS}
            got["error_code"], got["error"] = exc.code, exc.message
        rows.append(got)
    if fast is not None:
        readings.update(fast.readings)
    return _finish(
        "requests",
        register,
        kind,
        cols,
        rows,
        refused,
        skip_bad,
        today,
        REQUEST_COLUMNS,
        REQUEST_RESULT_COLUMNS,
        readings,
        cal,
    )


def _finish(
    kind: Kind,
    register: Any,
    input_type: str,
    cols: dict[str, list[Any]],
    rows: list[dict[str, Any]],
    refused: list[RefusedRow],
    skip_bad: bool,
    as_of: date | None,
    known: Sequence[str],
    result_columns: Sequence[str],
    readings: dict[str, str],
    cal: WorkingCalendar,
) -> Judged:
    if refused and not skip_bad:
        raise InvalidInput(_refusal_message(refused, len(rows)))
    clash = [c for c in result_columns if c in cols]
    if clash:
        raise InvalidInput(msg("registers.column_clash", columns=", ".join(clash)))
    return Judged(
        kind=kind,
        table=_rebuild(input_type, register, rows, result_columns),
        rows=rows,
        refused=tuple(refused),
        as_of=as_of,
        columns=cols,
        unread_columns=tuple(c for c in cols if c not in known),
        readings=readings,
        calendar_version=cal.version,
    )


_SHOWN: Final = 20


def _refusal_message(refused: list[RefusedRow], read: int) -> Text:
    parts = [
        msg("registers.refused_register", refused=len(refused), read=read),
        *(r.describe() for r in refused[:_SHOWN]),
    ]
    if len(refused) > _SHOWN:
        parts.append(msg("registers.refused_more", more=len(refused) - _SHOWN))
    return Text("\n".join(p.en for p in parts), "\n".join(p.vi for p in parts))


# -- suspension notices --------------------------------------------------------------------
def _lead(cal: WorkingCalendar, published: date, start: date) -> int:
    """Working days in [published, start): the publication day counts if it is a working day."""
    from datetime import timedelta

    one = timedelta(days=1)
    return cal.count(published - one, start - one)


@_bound
def judge_notices(
    register: Any,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    skip_bad: bool = False,
    strict: bool = False,
    count: str = "inclusive",
    force_majeure_announcement: str = "excused",
) -> Judged:
    """Check every suspension of ``register`` through ``check_suspension_notice``.

    Columns (``docs/registers.md``): ``start`` and ``kind`` (planned / incident) required;
    ``end``, ``published``, ``states_recovery_time``, ``backup_in_place``, ``force_majeure``,
    ``remedy_started`` optional. Adds the decree, the latest notice day, the lead time in
    working days and the verdict per duty (met, breached, not_applicable, undetermined).
    """
    from accessinfo.tasks.outages import SuspensionNotice, check_suspension_notice

    cal = check_calendar(calendar)
    if not isinstance(skip_bad, bool):
        raise InvalidInput(msg("registers.skip_bad", value=repr(skip_bad)))
    for probe in (date(2026, 3, 2), date(2026, 9, 7)):  # one suspension under each decree
        sample = SuspensionNotice(suspension_from=probe, kind="planned", published_at=probe)
        _probe(
            partial(
                check_suspension_notice,
                sample,
                calendar=cal,
                strict=strict,
                count=count,  # type: ignore[arg-type]
                force_majeure_announcement=force_majeure_announcement,  # type: ignore[arg-type]
            )
        )
    kind, cols = _columns(register)
    n = _check_shape(cols, _NOTICE_REQUIRED)
    rows: list[dict[str, Any]] = []
    refused: list[RefusedRow] = []
    readings: dict[str, str] = {}

    def cell(name: str, i: int) -> Any:
        c = cols.get(name)
        return None if c is None else c[i]

    for i in range(n):
        try:
            start = _when(cell("start", i), "start")
            what = _word(cell("kind", i), "kind")
            if start is None:
                raise InvalidInput(msg("registers.empty_required", column="start"))
            if what is None:
                raise InvalidInput(msg("registers.empty_required", column="kind"))
            fields: dict[str, Any] = {"suspension_from": start, "kind": what}
            for col, name, read in (
                ("end", "suspension_until", _when),
                ("published", "published_at", _when),
                ("remedy_started", "remedy_started_at", _when),
                ("states_recovery_time", "states_recovery_time", _flag),
                ("backup_in_place", "backup_in_place", _flag),
                ("force_majeure", "force_majeure", _flag),
            ):
                v = read(cell(col, i), col)
                if v is not None:
                    fields[name] = v
            notice = SuspensionNotice(**fields)  # InputModel: bad fields are InvalidInput
            d = check_suspension_notice(
                notice,
                calendar=cal,
                strict=strict,
                count=count,  # type: ignore[arg-type]
                force_majeure_announcement=force_majeure_announcement,  # type: ignore[arg-type]
            )
            readings.update(d.readings)
            got = _notice_result(d, cal, notice)
        except AccessInfoError as exc:
            refused.append(RefusedRow(i + 1, exc.code, exc.message, exc.message_vi))
            got = {c: None for c in NOTICE_RESULT_COLUMNS}
            got["error_code"], got["error"] = exc.code, exc.message
        rows.append(got)
    return _finish(
        "notices",
        register,
        kind,
        cols,
        rows,
        refused,
        skip_bad,
        None,
        NOTICE_COLUMNS,
        NOTICE_RESULT_COLUMNS,
        readings,
        cal,
    )


def _notice_result(d: Decision[Any], cal: WorkingCalendar, notice: Any) -> dict[str, Any]:
    c = d.outcome
    published = as_vn_date(notice.published_at) if notice.published_at is not None else None
    advance = c.duty("advance_notice")
    out: dict[str, Any] = {
        "decree": c.rule_set,
        "status": d.status,
        "latest_notice_day": c.latest_notice_day,
        "lead_working_days": _lead(cal, published, c.starts) if published is not None else None,
        "advance_notice_working_days_late": (
            cal.count(advance.due, published)
            if advance.status == "breached"
            and published is not None
            and advance.due
            and published > advance.due
            else None
        ),
    }
    for duty in NOTICE_DUTIES:
        out[f"{duty}_verdict"] = c.duty(duty).status
    out["breaches"] = ";".join(c.breached)
    out["compliant"] = c.compliant
    out["citations"], out["citations_vi"] = _cites(
        x for duty in c.duties if duty.status != "not_applicable" for x in duty.basis
    )
    out["error_code"] = out["error"] = None
    return out


# -- summaries -----------------------------------------------------------------------------
@_bound
def summarize(judged: Judged) -> list[dict[str, Any]]:
    """Counts and shares: one row per (dimension, value) with a count per verdict.

    Requests: the answer's verdict (``respond_verdict``) by ``law``, ``channel`` and the
    ``month`` of receipt, plus every duty's verdicts (dimension ``duty``). Notices: the
    advance-notice verdict by ``decree``, ``kind`` and ``month`` of the start, plus every
    duty's verdicts. ``share_<verdict>`` is the count over the group's rows judged.
    """
    verdicts: Sequence[str]
    if not isinstance(judged, Judged):
        raise InvalidInput(msg("registers.not_judged", type=type(judged).__name__))
    if judged.kind == "requests":
        verdicts, main = VERDICTS, "respond_verdict"
        dims: list[tuple[str, Callable[[int], Any]]] = [
            ("all", lambda i: "all"),
            ("law", lambda i: judged.rows[i]["law"]),
            ("channel", lambda i: _word_or_none(judged.columns.get("channel"), i)),
            ("month", lambda i: _month(judged.columns.get("received"), i)),
        ]
        duties: Sequence[str] = DUTIES
    else:
        verdicts, main = NOTICE_VERDICTS, "advance_notice_verdict"
        dims = [
            ("all", lambda i: "all"),
            ("decree", lambda i: judged.rows[i]["decree"]),
            ("kind", lambda i: _word_or_none(judged.columns.get("kind"), i)),
            ("month", lambda i: _month(judged.columns.get("start"), i)),
        ]
        duties = NOTICE_DUTIES
    ok = [i for i, r in enumerate(judged.rows) if r.get("error_code") is None]
    out: list[dict[str, Any]] = []

    def add(dimension: str, value: Any, found: list[str]) -> None:
        row: dict[str, Any] = {"dimension": dimension, "value": value, "rows": len(found)}
        for v in verdicts:
            row[v] = sum(1 for x in found if x == v)
        for v in verdicts:
            row[f"share_{v}"] = round(row[v] / len(found), 4) if found else None
        out.append(row)

    for dimension, key in dims:
        groups: dict[Any, list[str]] = {}
        for i in ok:
            groups.setdefault(key(i), []).append(judged.rows[i][main])
        for value in sorted(groups, key=lambda x: (x is None, str(x))):
            add(dimension, value, groups[value])
    for duty in duties:
        add("duty", duty, [judged.rows[i][f"{duty}_verdict"] for i in ok])
    return out


def _word_or_none(col: list[Any] | None, i: int) -> str | None:
    if col is None or _missing(col[i]):
        return None
    return str(col[i]).strip()


def _month(col: list[Any] | None, i: int) -> str | None:
    if col is None:
        return None
    v = col[i]
    if type(v) is str and len(v) == 10 and v[4] == "-":  # an ISO day: its first 7 characters
        return v[:7]
    try:
        w = _when(v, "month")
    except AccessInfoError:
        return None
    return None if w is None else as_vn_date(w).strftime("%Y-%m")


# -- files -----------------------------------------------------------------------------------
_FORMATS: Final = ("csv", "parquet", "json")


def _format(path: str | os.PathLike[str], given: str | None) -> str:
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidInput(msg("registers.not_a_path", type=type(path).__name__))
    if given is not None:
        return choose(given, "format", _FORMATS)
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("csv", "parquet", "json"):
        return suffix
    if suffix == "pq":
        return "parquet"
    raise InvalidInput(msg("registers.unknown_format", path=str(path)))


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:  # pragma: no cover - pyarrow is in the dev environment
        raise InvalidInput(msg("registers.needs_pyarrow")) from None
    return pyarrow


@_bound
def read_register(
    path: str | os.PathLike[str], *, format: str | None = None
) -> dict[str, list[Any]]:
    """The columns of a register file: CSV (UTF-8, header row), Parquet or JSON (a list of
    objects, one per row). CSV cells are text, an empty cell is missing."""
    fmt = _format(path, format)
    p = Path(path)
    try:
        if fmt == "csv":
            with p.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.reader(f)
                header = next(reader, None)
                if header is None:
                    raise InvalidInput(msg("registers.empty_file", path=str(p)))
                names = [h.strip() for h in header]
                if len(set(names)) != len(names):
                    raise InvalidInput(msg("registers.duplicate_columns", path=str(p)))
                cols: dict[str, list[Any]] = {h: [] for h in names}
                for line, rec in enumerate(reader, start=2):
                    if not rec:
                        continue
                    if len(rec) != len(names):
                        raise InvalidInput(
                            msg("registers.csv_width", line=line, got=len(rec), want=len(names))
                        )
                    for h, v in zip(names, rec, strict=True):
                        cols[h].append(v if v.strip() else None)
                return cols
            raise AssertionError("unreachable")  # pragma: no cover
        if fmt == "parquet":
            pa = _pyarrow()
            table = pa.parquet.read_table(p)
            return {str(k): list(v) for k, v in table.to_pydict().items()}
        data = json.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput(msg("registers.not_utf8", path=str(p))) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(msg("registers.bad_json", path=str(p), detail=str(exc))) from None
    except AccessInfoError:
        raise
    except (OSError, ValueError) as exc:  # missing, a directory, no permission, bad Parquet
        raise InvalidInput(msg("registers.unreadable", path=str(p), detail=str(exc))) from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InvalidInput(msg("registers.json_shape", path=str(p)))
    names_j: list[str] = []
    for r in data:
        for k in r:
            if k not in names_j:
                names_j.append(str(k))
    return {k: [r.get(k) for r in data] for k in names_j}


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)


def _jsonable(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) else v
    return str(v)


def register_text(judged: Judged, fmt: str) -> str:
    """The judged register as CSV or JSON text (input columns, then the result columns)."""
    names = list(judged.columns) + [c for c in _result_columns(judged) if c not in judged.columns]
    columns = [
        judged.columns[n] if n in judged.columns else [r.get(n) for r in judged.rows] for n in names
    ]
    if fmt == "json":
        body = [
            dict(zip(names, values, strict=True))
            for values in zip(*([_jsonable(v) for v in c] for c in columns), strict=True)
        ]
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(names)
    cells = [["" if v is None else v if type(v) is str else _text(v) for v in c] for c in columns]
    w.writerows(zip(*cells, strict=True))
    return buf.getvalue()


def _result_columns(judged: Judged) -> Sequence[str]:
    return REQUEST_RESULT_COLUMNS if judged.kind == "requests" else NOTICE_RESULT_COLUMNS


def register_parquet(judged: Judged) -> bytes:
    """The judged register as Parquet bytes (input columns as read, typed result columns)."""
    pa = _pyarrow()
    import io

    arrays, names = [], []
    for n, vals in judged.columns.items():
        arrays.append(
            pa.array([_jsonable(v) if not isinstance(v, (int, float, bool)) else v for v in vals])
        )
        names.append(n)
    for n in _result_columns(judged):
        arrays.append(_arrow_array(n, [r.get(n) for r in judged.rows]))
        names.append(n)
    buf = io.BytesIO()
    pa.parquet.write_table(pa.table(arrays, names=names), buf)
    return buf.getvalue()


@_bound
def write_register(
    judged: Judged, path: str | os.PathLike[str], *, format: str | None = None
) -> None:
    """Write the judged register to ``path`` (CSV, Parquet or JSON by suffix or ``format``).

    An existing file is replaced; the command line's ``--out`` refuses to overwrite without
    ``--force`` and never follows a symbolic link.
    """
    if not isinstance(judged, Judged):
        raise InvalidInput(msg("registers.not_judged", type=type(judged).__name__))
    fmt = _format(path, format)
    p = Path(path)
    if fmt == "parquet":
        p.write_bytes(register_parquet(judged))
    else:
        p.write_text(register_text(judged, fmt), encoding="utf-8")
