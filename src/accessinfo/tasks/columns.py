"""The due dates of a whole register of information requests, column by column.

:func:`request_deadlines_columns` gives, row for row, the fields of
:func:`accessinfo.tasks.requests.request_deadlines` for columns of requests: the same law
(Law 104/2016/QH13 Arts 29–31 for a request sent before 2026-09-01, Law 01/2026/QH16 with
Decree 337/2026/NĐ-CP Art 10.4 from that day; Law 01/2026 Art 31.4), the same readings, the
same status, the same errors. For each calendar and set of readings every due date of every
possible day zero and kind of request (law x delivery x complexity) is counted once on the
calendar's prefix-sum index (``accessinfo.batch.numpy_index``), and kept; a register is then
a few array look-ups per column, in passes of 65,536 rows, with no Python call per request:
a million requests take a small fraction of a second.

Columns in: ``received`` (required), ``sent`` and ``validated`` (optional) are dates in Vietnam
time: ``datetime64[D]`` arrays, a polars ``Date``, a pandas or pyarrow date column, or aware
instants (read in UTC+07:00 as the scalar function reads an aware ``datetime``;
``accessinfo.core.columns`` says exactly what is accepted). ``channel``, ``complexity`` and
``delivery`` are labels (numpy string arrays, pandas/polars/arrow string or categorical
columns, or one string for every row). A missing ``sent``, ``validated`` or ``delivery`` (NaT,
None, null) takes its default as in the scalar function (received, received, the channel).

Columns out (a ``dict`` of numpy arrays, one entry per row): ``rule_set``, ``delivery`` and
``status`` (strings, ``None`` for a row in error), ``day_zero``, ``notify_by``, ``respond_by``,
``extension_notice_by``, ``extended_respond_by`` (``datetime64[D]``, NaT where the duty does
not exist), ``provide_at_once`` (bool); with ``errors="coerce"`` also ``error`` (``None``, or
the row's error as ``"[code] message"``). The four dates are views of one ``(n, 4)`` array and
the three labels of one ``(n, 3)`` array (not contiguous; each row is written in one go).

Bad rows: with ``errors="raise"`` (default) the first row the scalar function would refuse
raises that same error (same class and code), its message starting ``row k:`` (0-based);
with ``errors="coerce"`` such rows get NaT / ``None`` and their error in ``error``. The
message is the scalar function's own: each row in error is put to
:func:`~accessinfo.tasks.requests.request_deadlines` once (rows with the same values share
one call), so its reason is worded exactly as it would be for that one request.

A simple request posted on Fri 20 Nov 2026 (Law 01/2026: Mon 23, Tue 24 is Culture Day,
Wed 25, Thu 26) and a complex e-mail request of Fri 9 Jan 2026 (Law 104: Sat 10 Jan is a
swapped working day; notice by Tue 13, answer by Thu 29 Jan, extension to Fri 13 Feb):

>>> import numpy as np
>>> out = request_deadlines_columns(
...     np.array(["2026-11-20", "2026-01-09"], dtype="datetime64[D]"),
...     np.array(["post", "electronic"]),
...     np.array(["simple", "complex"]),
... )
>>> out["rule_set"].tolist(), out["status"].tolist()
(['law_01_2026', 'law_104_2016'], ['provisional', 'final'])
>>> out["respond_by"]
array(['2026-11-26', '2026-01-29'], dtype='datetime64[D]')
>>> out["notify_by"].tolist(), out["extended_respond_by"].tolist()
([None, datetime.date(2026, 1, 13)], [datetime.date(2026, 12, 8), datetime.date(2026, 2, 13)])
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Final, Literal

from accessinfo.articles.law_01_2026 import IN_FORCE_FROM as LAW_01_FROM
from accessinfo.articles.law_104_2016.chapter_3 import IN_FORCE_FROM as LAW_104_FROM
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, ReceiptPolicy, WorkingCalendar
from accessinfo.core.citations import instrument
from accessinfo.core.columns import (
    BAD,
    MISSING,
    Codes,
    Days,
    code_column,
    day_column,
    flag_column,
    numpy,
    row_count,
)
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import check_calendar, choose
from accessinfo.core.signature import public
from accessinfo.errors import AccessInfoError, InvalidInput

__all__ = ["COLUMNS", "request_deadlines_columns"]

# The columns returned, in order (``error`` is added with errors="coerce").
COLUMNS: Final = (
    "rule_set",
    "delivery",
    "day_zero",
    "provide_at_once",
    "notify_by",
    "respond_by",
    "extension_notice_by",
    "extended_respond_by",
    "status",
)

CHANNELS: Final = ("in_person", "electronic", "post", "fax")
IN_PERSON, ELECTRONIC, POST, FAX = range(4)
COMPLEXITIES: Final = ("simple", "complex")
SIMPLE, COMPLEX = range(2)
RULE_SETS: Final = ("law_104_2016", "law_01_2026")
STATUSES: Final = ("final", "provisional")
_UNITS: Final = ("calendar", "working", "raise")
_NOTICE: Final = ("before_last_day", "by_last_day", "raise")
_EPOCH: Final = date(1970, 1, 1).toordinal()

# Law 104/2016, working days from the valid request, by how the information is provided
# (Arts 29-31; the articles' own rules in accessinfo.articles.law_104_2016 are the scalar
# path, and the property test holds the two together row for row):
#   simple:  at once in person (29.1), 3 electronically (30.3), 5 by post or fax (31.1);
#   complex: answer within 10 in person (29.2), 15 otherwise (30.4, 31.2), with a written
#            notice of the handling time within 3 (30.4, 31.2; none in person);
#   extension: 10 working days in person (29.2); "15 ngày" otherwise (30.4, 31.2), calendar
#            days by default (reading extension_unit).
_104_SIMPLE: Final = (0, 3, 5, 5)  # by delivery; 0: at once
_104_COMPLEX: Final = (10, 15, 15, 15)
_104_NOTICE: Final = 3
_104_EXT_IN_PERSON: Final = 10
_104_EXT: Final = 15
# Law 01/2026 Art 26.3: "12 ngày" (cap and extension); Decree 337/2026 Art 10.4(a): simple
# information within 3 working days; 10.4(b): complex within the 12 days.
_01_DAYS: Final = 12
_01_SIMPLE: Final = 3

# Instruments each law's Decision cites (an unverified one makes it provisional, and
# strict=True refuses it): Law 104 with the Civil Code; Law 01/2026 with Decree 337/2026.
_CITED_104: Final = ("law_104_2016", "code_91_2015")
_CITED_01: Final = ("law_01_2026", "decree_337_2026", "code_91_2015")


def _verified(ids: tuple[str, ...]) -> bool:
    return all(instrument(i).verified for i in ids)


# -- the calendar as arrays -----------------------------------------------------------------

_BIG: Final = 1 << 29  # "no such date": pushes an index past every table, then clipped
_I32: Final = "int32"  # day and working-day numbers (a calendar spans a few thousand days)
# extensions counted from the end of the original period (a working-day number k):
# Law 104 Art 29.2 (working days), Arts 30.4 / 31.2 and Law 01/2026 Art 26.3 ("N ngày": by
# the reading, calendar days rolled on by default, or working days)
_EXT_KINDS: Final = ("none", "working10", "working15", "calendar15", "working12", "calendar12")


@dataclass(frozen=True)
class _Tables:
    """The calendar's index as lookup tables. A position is a day counted from the first day
    of the calendar; ``k`` numbers the working days (the k-th working day is ``wd[k]``); the
    value ``w`` (one past the last working day) stands for "outside the calendar"."""

    e0: int  # the first day, in days since 1970-01-01
    n: int  # days
    w: int  # working days
    cum_incl: Any  # position -> working days up to it (k of the next working day after it)
    working: Any  # position -> 1 if a working day
    wd: Any  # k -> position (w+1 long; wd[w] = n)
    dates: Any  # k -> datetime64[D] (w+1 long; dates[w] = NaT)
    cap: dict[str, Any]  # unit -> position -> k of the day 12 days later (Law 01 Art 26.3)
    ext: Any  # kinds x (w+1): k -> k of the end of an extension counted from wd[k]
    unc: Any  # position -> uncertain days up to it
    unc_wd: Any  # k -> uncertain days up to wd[k]
    unc_before_wd: Any  # k -> uncertain days before wd[k]
    k_known: int  # first k past known_until
    k_known_next: int  # first k past the day after known_until
    k_successor: int  # first k on or after 2026-09-01
    successor: int  # position of 2026-09-01


_CACHE: weakref.WeakKeyDictionary[WorkingCalendar, _Tables] = weakref.WeakKeyDictionary()


def _tables(np: Any, cal: WorkingCalendar) -> _Tables:
    got = _CACHE.get(cal)
    if got is None:
        # the calendar's own prefix sums, as accessinfo.batch.numpy_index reads them
        # (batch sits above the tasks: it reaches them lazily, so they do not import it)
        ix = cal._index()
        e0 = ix.d0 - _EPOCH
        n = ix.n
        cum = np.asarray(ix.cum, dtype=np.int64)  # cum[i]: working days before position i
        cum_incl = cum[1:]
        w = int(cum[-1])
        cum_excl = cum  # one day past the end: no working day after it (cum[n] = w)
        wd = np.append(np.flatnonzero(np.frombuffer(ix.working, dtype=np.uint8)), n)
        unc_all = np.asarray(ix.unc, dtype=np.int64)  # uncertain days before position i
        wd_dates = (wd[:-1] + e0).astype("datetime64[D]")

        def cd(pos: Any, days: int) -> Any:  # n calendar days later, rolled on (Art 148.5)
            return np.take(cum_excl, np.minimum(pos + days, n))

        def wk(k: Any, days: int) -> Any:
            return np.minimum(k + days, w)

        ks = np.arange(w + 1, dtype=np.int64)
        kinds = {
            "none": ks,
            "working10": wk(ks, _104_EXT_IN_PERSON),
            "working15": wk(ks, _104_EXT),
            "calendar15": cd(wd, _104_EXT),
            "working12": wk(ks, _01_DAYS),
            "calendar12": cd(wd, _01_DAYS),
        }
        ext = np.stack([kinds[name] for name in _EXT_KINDS]).reshape(-1)
        pos = np.arange(n, dtype=np.int64)
        unc = unc_all[1:]  # uncertain days up to position i
        unc_before = unc_all
        known = cal.known_until.toordinal() - _EPOCH - e0
        successor = LAW_01_FROM.toordinal() - _EPOCH - e0

        def first_k_after(p: int) -> int:  # the working days up to position p
            return 0 if p < 0 else int(cum_incl[min(p, n - 1)])

        if n >= _BIG:  # pragma: no cover - a calendar of a million years
            raise InvalidInput(msg("columns.too_long", calendar=repr(cal), n=n))

        def i32(a: Any) -> Any:
            out = np.ascontiguousarray(a, dtype=_I32)
            out.flags.writeable = False
            return out

        got = _Tables(
            e0=e0,
            n=n,
            w=w,
            cum_incl=i32(cum_incl),
            working=np.frombuffer(ix.working, dtype=np.int8).copy(),
            wd=i32(wd),
            dates=np.append(wd_dates, np.datetime64("NaT", "D")),
            cap={
                "calendar": i32(cd(pos, _01_DAYS)),
                "working": i32(wk(cum_incl, _01_DAYS - 1)),
            },
            ext=i32(ext),
            unc=i32(unc),
            unc_wd=i32(np.append(np.take(unc, wd[:-1]), 0)),
            unc_before_wd=i32(np.take(unc_before, wd)),
            k_known=first_k_after(known),
            k_known_next=first_k_after(known + 1),
            k_successor=first_k_after(successor - 1),
            successor=successor,
        )
        _CACHE[cal] = got
    return got


# -- the function ---------------------------------------------------------------------------


@public
def request_deadlines_columns(
    received: Any,
    channel: Any,
    complexity: Any,
    *,
    sent: Any = None,
    delivery: Any = None,
    validated: Any = None,
    electronic_file_available: Any = None,
    agency_can_send_electronically: Any = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    extension_unit: Literal["calendar", "working", "raise"] = "calendar",
    period_unit: Literal["calendar", "working", "raise"] = "calendar",
    receipt: ReceiptPolicy = "calendar_date",
    cutoff: time | None = None,
    extension_notice: Literal["before_last_day", "by_last_day", "raise"] = "before_last_day",
    errors: Literal["raise", "coerce"] = "raise",
) -> dict[str, Any]:
    """Every due date of every request of a register, as columns (see the module docstring).

    The columns match ``InformationRequest``'s fields: ``received`` is ``received_at``,
    ``sent`` ``sent_at``, ``validated`` ``validated_at``; ``electronic_file_available`` and
    ``agency_can_send_electronically`` (True / False / missing) are the conditions of Law 104
    Art 30.1. The keyword readings (``extension_unit``, ``period_unit``, ``receipt``,
    ``cutoff``, ``extension_notice``) and ``strict`` apply to every row, as in
    ``request_deadlines``; ``cutoff`` moves a row only where its receipt is an aware instant
    (a date has no time of day). ``errors``: ``"raise"`` or ``"coerce"``.
    """
    np = numpy()
    cal = check_calendar(calendar)
    if not isinstance(strict, bool):
        raise InvalidInput(msg("columns.flag", name="strict", value=f"{strict!r:.60}"))
    ext_unit = choose(extension_unit, "extension_unit", _UNITS)
    per_unit = choose(period_unit, "period_unit", _UNITS)
    notice = choose(extension_notice, "extension_notice", _NOTICE)
    policy = choose(receipt, "receipt", ("calendar_date", "next_working_day"))
    if cutoff is not None and (not isinstance(cutoff, time) or cutoff.tzinfo is not None):
        raise InvalidInput(msg("columns.cutoff", value=f"{cutoff!r:.60}"))
    mode = choose(errors, "errors", ("raise", "coerce"))

    n = row_count(received, "received")
    cols = _Inputs(
        received=day_column(received, "received", n),
        sent=None if sent is None else day_column(sent, "sent", n),
        validated=None if validated is None else day_column(validated, "validated", n),
        channel=code_column(channel, "channel", CHANNELS, n),
        complexity=code_column(complexity, "complexity", COMPLEXITIES, n),
        delivery=None if delivery is None else code_column(delivery, "delivery", CHANNELS, n),
        file_available=flag_column(electronic_file_available, "electronic_file_available", n),
        agency_able=flag_column(
            agency_can_send_electronically, "agency_can_send_electronically", n
        ),
    )
    out, bad = _compute(
        np,
        cal,
        cols,
        strict=strict,
        ext_unit=ext_unit,
        per_unit=per_unit,
        notice=notice,
        next_working_day=policy == "next_working_day",
        cutoff=cutoff,
    )
    options: dict[str, Any] = {
        "calendar": cal,
        "strict": strict,
        "extension_unit": extension_unit,
        "period_unit": period_unit,
        "receipt": receipt,
        "cutoff": cutoff,
        "extension_notice": extension_notice,
    }
    error = _settle(np, cols, out, bad, options, coerce=mode == "coerce")
    if mode == "coerce":
        out["error"] = error
    return out


@dataclass(frozen=True)
class _Inputs:
    received: Days
    sent: Days | None
    validated: Days | None
    channel: Codes
    complexity: Codes
    delivery: Codes | None
    file_available: Codes
    agency_able: Codes

    def part(self, rows: slice) -> _Inputs:
        """The same columns for some rows (``raw`` keeps counting rows from the start)."""

        def days(d: Days | None) -> Days | None:
            if d is None:
                return None
            tod = None if d.tod is None else d.tod[rows]
            return Days(d.days[rows], tod, d.missing[rows], d.bad[rows], d.raw)

        def codes(c: Codes | None) -> Codes | None:
            return None if c is None else Codes(c.codes[rows], c.raw)

        received, channel, complexity = (
            days(self.received),
            codes(self.channel),
            codes(self.complexity),
        )
        file_available, agency_able = codes(self.file_available), codes(self.agency_able)
        assert received and channel and complexity and file_available and agency_able
        return _Inputs(
            received=received,
            sent=days(self.sent),
            validated=days(self.validated),
            channel=channel,
            complexity=complexity,
            delivery=codes(self.delivery),
            file_available=file_available,
            agency_able=agency_able,
        )


def _counting_tables(np: Any, *, ext_unit: str, notice: str) -> dict[str, Any]:
    """What each kind of request counts, indexed by ``8 x law01 + 2 x delivery + cx``
    (law01: sent from 2026-09-01). ``_BIG`` marks a duty the request does not have."""
    kind = {name: i for i, name in enumerate(_EXT_KINDS)}
    names = (
        "a_resp", "a_top", "cap_add", "cap_shift", "ext_kind", "notify_add", "resp_add",
        "notice_add", "ext_add", "at_once", "at_once_104",
    )  # fmt: skip
    cols: dict[str, list[Any]] = {name: [] for name in names}
    for case in range(16):
        law01, dl, cx = case >> 3, (case >> 1) & 3, case & 1
        simple, in_person = cx == SIMPLE, dl == IN_PERSON
        at_once_104 = not law01 and simple and in_person
        if law01:  # Decree 337/2026 Art 10.4 within Law 01/2026 Art 26.3
            a_resp, a_top = (_01_SIMPLE, _01_SIMPLE) if simple else (_BIG, 1)
            cap_add, cap_shift = 0, _BIG
            ext = ("working" if ext_unit == "working" else "calendar") + "12"
            notify, resp, has_ext = False, True, True
            notice_add = -1 if notice == "before_last_day" else 0
        else:  # Law 104/2016 Arts 29-31
            a_resp = 1 if at_once_104 else (_104_SIMPLE if simple else _104_COMPLEX)[dl]
            a_top, cap_add, cap_shift = a_resp, _BIG, 0
            if simple:
                ext = "none"
            elif in_person:
                ext = "working10"
            else:
                ext = ("working" if ext_unit == "working" else "calendar") + "15"
            notify, resp, has_ext = not simple and not in_person, not at_once_104, not simple
            notice_add = 0 if has_ext else _BIG
        row = (
            a_resp - 1,
            a_top - 1,
            cap_add,
            cap_shift,
            kind[ext],
            0 if notify else _BIG,
            0 if resp else _BIG,
            notice_add,
            0 if has_ext else _BIG,
            simple and in_person,
            at_once_104,
        )
        for name, value in zip(names, row, strict=True):
            cols[name].append(value)
    out = {name: np.array(values, dtype=_I32) for name, values in cols.items()}
    for name in ("at_once", "at_once_104"):
        out[name] = out[name].astype(bool)
    return out


def _row_tables(np: Any, *, ext_unit: str, notice: str, ok104: bool, ok01: bool) -> dict[str, Any]:
    """What depends on the channel too, indexed by ``16 x channel + the counting case``:
    the caveats that make an answer provisional, the readings set to "raise" that refuse
    it, and (strict=True) an unverified source."""
    prov, raise_bad, base_bad = [], [], []
    for case in range(64):
        ch, law01, dl, cx = case >> 4, (case >> 3) & 1, (case >> 1) & 3, case & 1
        simple, in_person = cx == SIMPLE, dl == IN_PERSON
        if law01:
            prov.append(not ok01 or FAX in (ch, dl))  # Art 24: fax is not a listed form
            raise_bad.append("raise" in (ext_unit, notice))
            base_bad.append(not ok01)
        else:  # simple information at once: the requester was not at the agency (Art 29.1)
            prov.append(not ok104 or (simple and in_person and ch != IN_PERSON))
            raise_bad.append(ext_unit == "raise" and not simple and not in_person)
            base_bad.append(not ok104)
    return {
        "prov": np.array(prov, dtype=bool),
        "raise_bad": np.array(raise_bad, dtype=bool),
        "base_bad": np.array(base_bad, dtype=bool),
    }


OUTSIDE, UNCERTAIN, CROSSING = 1, 2, 4  # bits of _Answers.flags
_DATES: Final = ("notify_by", "respond_by", "extension_notice_by", "extended_respond_by")


@functools.cache
def _label_rows() -> Any:
    """(rule_set, delivery, status) for every ``8 x law01 + 2 x delivery + provisional``."""
    np = numpy()
    table = np.empty((16, 3), dtype=object)
    for k in range(16):
        table[k] = (RULE_SETS[k >> 3], CHANNELS[(k >> 1) & 3], STATUSES[k & 1])
    return table


@dataclass(frozen=True)
class _Answers:
    """The four due dates and what they depend on, for every day zero of the calendar and
    every counting case: row ``16 x position + case`` (NaT where the duty does not exist)."""

    dates: Any  # (rows, 4): notify_by, respond_by, extension_notice_by, extended_respond_by
    flags: Any  # OUTSIDE: a date counted is outside the calendar; UNCERTAIN: one depends on
    # a day not yet announced; CROSSING: a Law 104 answer reaching 2026-09-01 (Art 31.4)
    outside_before: Any  # position -> day zeros before it with an OUTSIDE case
    provisional: Any  # row 64 x position + 16 x channel + case: 1 if the answer is provisional


_ANSWERS: weakref.WeakKeyDictionary[WorkingCalendar, dict[tuple[Any, ...], _Answers]] = (
    weakref.WeakKeyDictionary()
)


def _answers(
    np: Any,
    cal: WorkingCalendar,
    t: _Tables,
    per_unit: str,
    ext_unit: str,
    notice: str,
    verified: tuple[bool, bool, bool],
) -> _Answers:
    """The answers for every (day zero, case), counted once per calendar and readings.

    Each date is a working-day number ``k`` looked up in the calendar's tables: the answer
    is the earlier of the tier and the Law's cap, the extension counts from it, and what an
    answer depends on is the span from day zero to the latest date counted (and, for the
    decree's extension notice, the days from it to the last day).
    """
    key = (
        "working" if per_unit == "working" else "calendar",
        "working" if ext_unit == "working" else "calendar",
        "by_last_day" if notice == "by_last_day" else "before_last_day",
        verified,
    )
    per_cal = _ANSWERS.setdefault(cal, {})
    got = per_cal.get(key)
    if got is not None:
        return got
    ok104, ok01, ok_successor = verified
    row = _row_tables(np, ext_unit=ext_unit, notice=notice, ok104=ok104, ok01=ok01)
    per_unit, ext_unit, notice = key[:3]
    tab = _counting_tables(np, ext_unit=ext_unit, notice=notice)
    w = t.w
    z = np.repeat(np.arange(t.n, dtype=_I32), 16)
    case = np.tile(np.arange(16, dtype=np.int8), t.n)
    law01 = case >= 8
    cz = np.take(t.cum_incl, z)
    at_once_104 = np.take(tab["at_once_104"], case)
    k_cap = np.take(t.cap[per_unit], z) + np.take(tab["cap_add"], case)
    k_resp = np.minimum(cz + np.take(tab["a_resp"], case), k_cap)
    np.minimum(k_resp, w, out=k_resp)
    k_cap = np.minimum(k_cap, k_resp + np.take(tab["cap_shift"], case))  # Law 104: k_resp
    np.minimum(k_cap, w, out=k_cap)
    kind = np.take(tab["ext_kind"], case) * (w + 1)
    k_ext = np.take(t.ext, kind + k_resp)
    top = np.maximum(np.take(t.ext, kind + k_cap), cz + np.take(tab["a_top"], case))
    np.minimum(top, w, out=top)
    k_notice = k_resp + np.take(tab["notice_add"], case)
    outside = (top >= w) | (k_notice < 0)
    uncertain = (np.take(t.unc_wd, top) > np.take(t.unc, z)) | (top >= t.k_known)
    if notice == "before_last_day":  # Decree Art 10.4(c): the days from the notice on
        kn = np.clip(k_notice, 0, w)
        ahead = np.take(t.unc_before_wd, k_resp) > np.take(t.unc_before_wd, kn)
        uncertain |= law01 & (ahead | (k_resp >= t.k_known_next))
    crossing = (at_once_104 & (z >= t.successor)) | (
        ~law01 & ~at_once_104 & (k_ext >= t.k_successor)
    )
    flags = (outside * OUTSIDE + uncertain * UNCERTAIN) * ~at_once_104 + crossing * CROSSING

    def dates(k: Any, add: str) -> Any:  # NaT (index w) where the case has no such duty
        idx = np.clip(k + np.take(tab[add], case), 0, w)
        return np.take(t.dates, idx)

    flags = flags.astype(np.int8)
    outside_z = (flags.reshape(t.n, 16) & OUTSIDE).any(axis=1)
    caveats = (flags & (UNCERTAIN | (0 if ok_successor else CROSSING))) != 0
    prov = caveats.reshape(t.n, 1, 16) | row["prov"].reshape(1, 4, 16)
    got = _Answers(
        dates=np.stack(
            [
                dates(cz + (_104_NOTICE - 1), "notify_add"),
                dates(k_resp, "resp_add"),
                dates(k_notice, "ext_add"),
                dates(k_ext, "ext_add"),
            ],
            axis=1,
        ),
        flags=flags,
        outside_before=np.concatenate(([0], np.cumsum(outside_z))),
        provisional=prov.reshape(-1).view(np.int8),
    )
    per_cal[key] = got
    return got


_ROWS: Final = 1 << 16  # rows per pass: a pass's working arrays stay in the CPU cache


def _compute(
    np: Any,
    cal: WorkingCalendar,
    c: _Inputs,
    *,
    strict: bool,
    ext_unit: str,
    per_unit: str,
    notice: str,
    next_working_day: bool,
    cutoff: time | None,
) -> tuple[dict[str, Any], Any]:
    """Every column for every row, and the mask of rows the scalar function may refuse."""
    t = _tables(np, cal)
    verified = (_verified(_CITED_104), _verified(_CITED_01), _verified(("law_01_2026",)))
    ans = _answers(np, cal, t, per_unit, ext_unit, notice, verified)
    tab = _row_tables(np, ext_unit=ext_unit, notice=notice, ok104=verified[0], ok01=verified[1])
    n = len(c.received.days)
    # rule_set, delivery and status side by side: one look-up writes the three labels of a row
    combo = np.empty(n, dtype=np.int8)  # 8 x law01 + 2 x delivery + provisional
    four = np.empty((n, 4), dtype="datetime64[D]")  # and the four dates
    out: dict[str, Any] = {
        "rule_set": None,
        "delivery": None,
        "day_zero": np.empty(n, dtype="datetime64[D]"),
        "provide_at_once": np.empty(n, dtype=bool),
        **{name: four[:, j] for j, name in enumerate(_DATES)},
        "status": None,
    }
    bad = np.empty(n, dtype=bool)
    for a in range(0, n, _ROWS):
        part = slice(a, min(n, a + _ROWS))
        bad[part] = _rows(
            np,
            t,
            ans,
            tab,
            c.part(part),
            {"labels": combo[part], "four": four[part]}
            | {name: col[part] for name, col in out.items() if col is not None},
            strict=strict,
            per_unit=per_unit,
            ok_successor=verified[2],
            next_working_day=next_working_day,
            cutoff=cutoff,
        )
    labels = np.take(_label_rows(), combo, axis=0)
    out["rule_set"], out["delivery"], out["status"] = labels[:, 0], labels[:, 1], labels[:, 2]
    return out, bad


def _rows(
    np: Any,
    t: _Tables,
    ans: _Answers,
    tab: dict[str, Any],
    c: _Inputs,
    out: dict[str, Any],
    *,
    strict: bool,
    per_unit: str,
    ok_successor: bool,
    next_working_day: bool,
    cutoff: time | None,
) -> Any:
    """One pass over some rows: their columns written into ``out`` (rule_set, delivery and
    status together into ``out["labels"]``); the rows the scalar function may refuse
    returned as a mask."""
    r = c.received
    n = len(r.days)
    bad = r.missing | r.bad
    bad |= (c.channel.codes < 0) | (c.complexity.codes < 0)  # missing or not a label
    if c.delivery is not None:
        bad |= c.delivery.codes == BAD  # missing: the channel
    for extra in (c.sent, c.validated):
        if extra is not None:
            bad |= extra.bad
    for flag in (c.file_available, c.agency_able):
        if flag.codes.min(initial=0) == BAD:
            bad |= flag.codes == BAD
    any_bad = bool(bad.any())

    ch, cx = c.channel.codes, c.complexity.codes
    dl = ch if c.delivery is None else np.where(c.delivery.codes == MISSING, ch, c.delivery.codes)
    if any_bad:  # harmless values where a row is already refused
        ch, cx, dl = (np.maximum(x, 0) for x in (ch, cx, dl))
    safe = LAW_01_FROM.toordinal() - _EPOCH
    rd = np.where(bad, safe, r.days) if any_bad else r.days
    if c.sent is None:
        sd = rd
    else:
        sd = np.where(c.sent.missing | bad, rd, c.sent.days)
        bad |= sd > rd  # sent after received
    law01 = sd >= LAW_01_FROM.toordinal() - _EPOCH
    if sd.min(initial=safe) < LAW_104_FROM.toordinal() - _EPOCH:
        bad |= sd < LAW_104_FROM.toordinal() - _EPOCH  # no law before 2018-07-01
    vd, v_tod = rd, r.tod
    if c.validated is not None:
        given = ~c.validated.missing & ~bad
        vd = np.where(given, c.validated.days, rd)
        early = given & (vd < rd)  # the valid request cannot come before the first receipt
        vt = c.validated.tod
        if r.tod is not None and vt is not None:  # Law 104 compares two instants as instants
            early |= given & ~law01 & (vd == rd) & (vt >= 0) & (r.tod >= 0) & (vt < r.tod)
        bad |= early
        v_tod = _tod_of(np, vt, r.tod, given, n)
    case = (law01.view(np.int8) << 3) | (dl << 1) | cx  # the counting case
    row_case = case | (ch << 4)  # and the channel
    e_refused = None
    if (c.file_available.codes == 0).any() or (c.agency_able.codes == 0).any():
        fa, aa = c.file_available.codes, c.agency_able.codes
        e_refused = (dl == ELECTRONIC) & ((fa == 0) | (aa == 0))
        bad |= e_refused & ~law01  # Law 104 Art 30.1: electronic provision not available
    if per_unit == "raise":
        bad |= law01
    if tab["raise_bad"].any():
        bad |= np.take(tab["raise_bad"], row_case)
    if strict and tab["base_bad"].any():
        bad |= np.take(tab["base_bad"], row_case)  # strict: an unverified source

    # day zero
    lo, hi = int(vd.min(initial=t.e0)), int(vd.max(initial=t.e0))
    if lo < t.e0 or hi >= t.e0 + t.n:
        outside = (vd < t.e0) | (vd >= t.e0 + t.n)
        bad |= outside
        vd = np.where(outside, t.e0, vd)  # the first day: the row is refused anyway
    z = np.empty(n, dtype=_I32)
    np.subtract(vd, t.e0, out=z, casting="unsafe")  # within the calendar: fits
    moved = None
    if next_working_day:
        moved = np.take(t.working, z) == 0
        if cutoff is not None and v_tod is not None:
            moved |= v_tod >= _micros(cutoff)
        ahead = np.take(t.wd, np.take(t.cum_incl, z))  # the next working day (n: none)
        bad |= moved & (ahead >= t.n)
        z = np.where(moved, np.minimum(ahead, t.n - 1), z)
        vd = z.astype(np.int64) + t.e0

    # the answers of the row's day zero and case
    at = z * 16
    at += case
    zs = z.min(initial=0), z.max(initial=0)
    if strict or ans.outside_before[zs[1] + 1] > ans.outside_before[zs[0]]:
        flags = np.take(ans.flags, at)
        refuse = OUTSIDE | ((UNCERTAIN | (0 if ok_successor else CROSSING)) if strict else 0)
        bad |= (flags & refuse) != 0
    at64 = z * 64
    at64 += row_case
    provisional = np.take(ans.provisional, at64)
    if moved is not None:
        provisional |= moved
    if e_refused is not None:
        provisional |= e_refused & law01
    # (take with out= copies its output first unless mode is "clip"; the indices are valid)
    out["labels"][:] = (law01.view(np.int8) << 3) | (dl << 1) | provisional
    out["day_zero"][:] = vd.view("datetime64[D]")
    np.logical_and(cx == SIMPLE, dl == IN_PERSON, out=out["provide_at_once"])
    np.take(ans.dates, at, axis=0, out=out["four"], mode="clip")  # the four dates at once
    return bad


def _micros(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


def _tod_of(np: Any, v_tod: Any, r_tod: Any, given_v: Any, n: int) -> Any:
    """The time of day of the valid request: validated's where given, else received's."""
    if v_tod is None and r_tod is None:
        return None
    none = np.full(n, -1, dtype=np.int64)
    return np.where(given_v, none if v_tod is None else v_tod, none if r_tod is None else r_tod)


# -- rows in error ----------------------------------------------------------------------------


def _settle(
    np: Any,
    cols: _Inputs,
    out: dict[str, Any],
    bad: Any,
    options: dict[str, Any],
    *,
    coerce: bool,
) -> Any:
    """Ask the scalar function about every row flagged ``bad``: raise its error (``coerce``
    False) or record it; a flagged row it answers gets its answer."""
    from accessinfo.tasks.requests import request_deadlines

    n = len(bad)
    error = np.full(n, None, dtype=object) if coerce else None
    rows = np.flatnonzero(bad)
    if not len(rows):
        return error
    for name in COLUMNS:
        col = out[name]
        if col.dtype.kind == "M":
            col[rows] = np.datetime64("NaT", "D")
        elif col.dtype == bool:
            col[rows] = False
        else:
            col[rows] = None
    seen: dict[Any, Any] = {}
    for k in rows.tolist():
        fields = _request_fields(cols, k)
        try:
            key: Any = tuple(fields.items())
            hash(key)
        except TypeError:
            key = None
        got = seen.get(key) if key is not None else None
        if got is None:
            got = _ask(request_deadlines, fields, options)
            if key is not None:
                seen[key] = got
        if isinstance(got, AccessInfoError):
            if not coerce:
                raise _at_row(got, k)
            error[k] = str(got)  # type: ignore[index]
            continue
        _fill(np, out, k, got)
    return error


def _ask(facade: Callable[..., Any], fields: dict[str, Any], options: dict[str, Any]) -> Any:
    from accessinfo.models.requests import InformationRequest

    try:
        return facade(InformationRequest(**fields), **options)
    except AccessInfoError as exc:
        return exc


def _at_row(exc: AccessInfoError, k: int) -> AccessInfoError:
    """The same error, its message naming the row (0-based)."""
    err = type(exc)(msg("columns.row", k=k, reason=Text(exc.message, exc.message_vi)))
    err.row = k  # type: ignore[attr-defined]
    return err


def _request_fields(c: _Inputs, k: int) -> dict[str, Any]:
    """Row k as the keyword arguments of ``InformationRequest``: values read as the columns
    read them, the original value where a column could not read it."""
    fields: dict[str, Any] = {
        "received_at": _day_value(c.received, k),
        "channel": _code_value(c.channel, CHANNELS, k),
        "complexity": _code_value(c.complexity, COMPLEXITIES, k),
    }
    if c.sent is not None:
        fields["sent_at"] = _day_value(c.sent, k)
    if c.validated is not None:
        fields["validated_at"] = _day_value(c.validated, k)
    if c.delivery is not None:
        fields["delivery"] = _code_value(c.delivery, CHANNELS, k)
    for name, flag in (
        ("electronic_file_available", c.file_available),
        ("agency_can_send_electronically", c.agency_able),
    ):
        code = int(flag.codes[k])
        fields[name] = flag.raw(k) if code == BAD else (None if code == MISSING else bool(code))
    return fields


def _day_value(col: Days, k: int) -> Any:
    if col.bad[k]:
        return col.raw(k)
    if col.missing[k]:
        return None
    day = date.fromordinal(int(col.days[k]) + _EPOCH)
    if col.tod is None or col.tod[k] < 0:
        return day
    return datetime.combine(day, time(), tzinfo=VN_TZ) + timedelta(microseconds=int(col.tod[k]))


def _code_value(col: Codes, labels: tuple[str, ...], k: int) -> Any:
    code = int(col.codes[k])
    if code == BAD:
        return col.raw(k)
    return None if code == MISSING else labels[code]


def _fill(np: Any, out: dict[str, Any], k: int, decision: Any) -> None:
    o = decision.outcome
    out["rule_set"][k] = o.rule_set
    out["delivery"][k] = o.delivery
    out["provide_at_once"][k] = o.provide_at_once
    out["status"][k] = decision.status
    for name in ("day_zero", "notify_by", "respond_by", "extension_notice_by"):
        value = getattr(o, name)
        out[name][k] = np.datetime64("NaT", "D") if value is None else np.datetime64(value, "D")
    value = o.extended_respond_by
    out["extended_respond_by"][k] = (
        np.datetime64("NaT", "D") if value is None else np.datetime64(value, "D")
    )
