"""The due dates of a whole register of information requests, column by column.

:func:`request_deadlines_columns` gives, row for row, the fields of
:func:`accessinfo.tasks.requests.request_deadlines` for columns of requests: the same law
(Law 104/2016/QH13 Arts 29–31 for a request sent before 2026-09-01, Law 01/2026/QH16 with
Decree 337/2026/NĐ-CP Art 10.4 from that day; Law 01/2026 Art 31.4), the same readings, the
same status, the same errors. The dates are counted on the calendar's prefix-sum index
(``accessinfo.batch.numpy_index``) with a few dozen array operations for the whole register,
not one Python call per request: a million requests take a fraction of a second.

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
the row's error as ``"[code] message"``).

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
from accessinfo.core.messages import Text
from accessinfo.core.periods import check_calendar, choose
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


@dataclass(frozen=True)
class _Index:
    """Positions are days since the calendar's first day; ``wd`` the working days' positions."""

    e0: int  # the first day, in days since 1970-01-01
    n: int
    w: int
    cum_excl: Any  # working days before position i
    cum_incl: Any  # working days up to position i
    wd: Any  # position of the k-th working day
    wd_dates: Any  # the same as datetime64[D]
    unc_incl: Any  # uncertain days up to position i
    unc_excl: Any  # uncertain days before position i
    known: int  # position of known_until


_CACHE: weakref.WeakKeyDictionary[WorkingCalendar, _Index] = weakref.WeakKeyDictionary()


def _index(np: Any, cal: WorkingCalendar) -> _Index:
    got = _CACHE.get(cal)
    if got is None:
        from accessinfo.batch import numpy_index

        nx = numpy_index(cal)
        unc_excl = np.concatenate(([0], nx.unc_incl[:-1]))
        known = cal.known_until.toordinal() - _EPOCH - nx.e0
        wd = nx.wd.view(np.int64) - nx.e0
        got = _Index(
            nx.e0, nx.n, nx.w, nx.cum_excl, nx.cum_incl, wd, nx.wd, nx.unc_incl, unc_excl, known
        )
        _CACHE[cal] = got
    return got


class _Counter:
    """Counting on the index for many rows at once; results are working-day numbers ``k``
    (the k-th working day), out-of-range ones recorded in ``bad`` and clipped."""

    def __init__(self, np: Any, ix: _Index, bad: Any) -> None:
        self.np, self.ix, self.bad = np, ix, bad

    def _k(self, k: Any, where: Any = None) -> Any:
        out = (k < 0) | (k >= self.ix.w)
        if out.any():
            self.bad |= out if where is None else out & where
            k = self.np.clip(k, 0, self.ix.w - 1)
        return k

    def working(self, c: Any, n: Any, where: Any = None) -> Any:
        """n > 0 working days after the day whose count of working days up to it is c."""
        return self._k(c + (n - 1), where)

    def calendar(self, pos: Any, n: int, where: Any = None) -> Any:
        """n calendar days after pos, rolled to the next working day (Civil Code Art 148.5)."""
        np, ix = self.np, self.ix
        j = pos + n
        out = j >= ix.n
        if out.any():
            self.bad |= out if where is None else out & where
            j = np.minimum(j, ix.n - 1)
        return self._k(np.take(ix.cum_excl, j), where)

    def after(self, k: Any, n: int, unit: str, where: Any = None) -> Any:
        """n days of ``unit`` after the k-th working day."""
        if unit == "working":
            return self._k(k + n, where)
        return self.calendar(self.np.take(self.ix.wd, k), n, where)

    def uncertain(self, lo: Any, hi: Any) -> Any:
        """The answer depends on a day not yet announced: one in (lo, hi] is derived or
        projected, or hi is past known_until."""
        np, ix = self.np, self.ix
        return (np.take(ix.unc_incl, hi) > np.take(ix.unc_incl, lo)) | (hi > ix.known)


# -- the function ---------------------------------------------------------------------------


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
        raise InvalidInput(f"strict must be True or False, got {strict!r:.60}")
    ext_unit = choose(extension_unit, "extension_unit", _UNITS)
    per_unit = choose(period_unit, "period_unit", _UNITS)
    notice = choose(extension_notice, "extension_notice", _NOTICE)
    policy = choose(receipt, "receipt", ("calendar_date", "next_working_day"))
    if cutoff is not None and (not isinstance(cutoff, time) or cutoff.tzinfo is not None):
        raise InvalidInput(f"cutoff must be a datetime.time without tzinfo, got {cutoff!r:.60}")
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
    ix = _index(np, cal)
    out, bad = _compute(
        np,
        ix,
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


def _compute(
    np: Any,
    ix: _Index,
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
    r = c.received
    n = len(r.days)
    ch, cx = c.channel.codes, c.complexity.codes
    bad = r.missing | r.bad | (ch < 0) | (cx < 0)
    for extra in (c.sent, c.validated):
        if extra is not None:
            bad |= extra.bad
    for codes in (c.delivery, c.file_available, c.agency_able):
        if codes is not None:
            bad |= codes.codes == BAD
    safe = LAW_01_FROM.toordinal() - _EPOCH  # a harmless day for rows already refused
    rd = np.where(bad, safe, r.days)
    sd = rd if c.sent is None else np.where(c.sent.missing | bad, rd, c.sent.days)
    if c.validated is None:
        vd, v_tod = rd, r.tod
        given_v = None
    else:
        given_v = ~c.validated.missing & ~bad
        vd = np.where(given_v, c.validated.days, rd)
        v_tod = _tod_of(np, c.validated.tod, r.tod, given_v, n)
    dl = ch if c.delivery is None else np.where(c.delivery.codes == MISSING, ch, c.delivery.codes)
    dl = np.where(dl < 0, 0, dl)  # bad rows only
    law01 = sd >= LAW_01_FROM.toordinal() - _EPOCH
    law104 = ~law01
    bad |= sd < LAW_104_FROM.toordinal() - _EPOCH  # no law before 2018-07-01
    bad |= sd > rd  # sent after received
    if given_v is not None:  # the valid request cannot come before the first receipt
        early = given_v & (vd < rd)
        if r.tod is not None and c.validated.tod is not None:  # type: ignore[union-attr]
            vt, rt = c.validated.tod, r.tod  # type: ignore[union-attr]
            same = given_v & law104 & (vd == rd) & (vt >= 0) & (rt >= 0) & (vt < rt)
            early |= same  # Law 104 compares two instants as instants
        bad |= early
    simple = cx == SIMPLE
    complex_ = ~simple
    in_person = dl == IN_PERSON
    fa, aa = c.file_available.codes, c.agency_able.codes
    refused_e = (dl == ELECTRONIC) & ((fa == 0) | (aa == 0))
    bad |= law104 & refused_e  # Law 104 Art 30.1: electronic provision not available
    if "raise" in (ext_unit, per_unit, notice):
        bad |= law01
    if ext_unit == "raise":
        bad |= law104 & complex_ & ~in_person

    # day zero
    z = vd - ix.e0
    outside = (z < 0) | (z >= ix.n)
    bad |= outside
    z = np.where(outside, safe - ix.e0, z)
    moved = None
    if next_working_day:
        c_in = np.take(ix.cum_incl, z)
        rest = c_in == np.take(ix.cum_excl, z)
        late = rest
        if cutoff is not None and v_tod is not None:
            late = rest | (v_tod >= _micros(cutoff))
        counter = _Counter(np, ix, bad)
        z = np.where(late, np.take(ix.wd, counter.working(c_in, 1)), z)
        bad = counter.bad
        moved = late

    cnt = _Counter(np, ix, bad)
    c_z = np.take(ix.cum_incl, z)
    # Law 104 (rows where law104): notice, answer, extension as working-day numbers
    n_simple = np.take(np.asarray(_104_SIMPLE), dl)
    n_resp = np.where(simple, n_simple, np.take(np.asarray(_104_COMPLEX), dl))
    at_once_104 = law104 & simple & in_person
    k104 = cnt.working(c_z, np.maximum(n_resp, 1), law104)
    ext_in_person = cnt.after(k104, _104_EXT_IN_PERSON, "working", law104 & complex_ & in_person)
    ext_bare = cnt.after(
        k104, _104_EXT, "working" if ext_unit == "working" else "calendar", law104 & complex_
    )
    ext104 = np.where(in_person, ext_in_person, ext_bare)
    notify104 = law104 & complex_ & ~in_person
    k_notify = cnt.working(c_z, _104_NOTICE, notify104)
    # Law 01/2026 with Decree 337/2026 Art 10.4
    unit01 = "working" if per_unit == "working" else "calendar"
    eunit01 = "working" if ext_unit == "working" else "calendar"
    if unit01 == "working":
        k_cap = cnt.working(c_z, _01_DAYS, law01)
    else:
        k_cap = cnt.calendar(z, _01_DAYS, law01)
    k_tier = np.where(simple, cnt.working(c_z, _01_SIMPLE, law01), k_cap)
    k01 = np.minimum(k_tier, k_cap)
    ext_tier = cnt.after(k01, _01_DAYS, eunit01, law01)
    ext_cap = cnt.after(k_cap, _01_DAYS, eunit01, law01)
    ext01 = np.minimum(ext_tier, ext_cap)
    if notice == "before_last_day":
        notice01 = cnt._k(k01 - 1, law01)
    else:
        notice01 = k01
    bad = cnt.bad

    # what the answers depend on (status; strict refuses uncertain answers)
    wd = ix.wd
    last104 = np.where(complex_, ext104, k104)
    unc104 = ~at_once_104 & cnt.uncertain(z, np.take(wd, last104))
    top01 = np.maximum(np.maximum(k_tier, ext_tier), ext_cap)
    unc01 = cnt.uncertain(z, np.take(wd, top01))
    if notice == "before_last_day":
        s_pos, e_pos = np.take(wd, k01), np.take(wd, notice01)
        unc01 |= (np.take(ix.unc_excl, s_pos) > np.take(ix.unc_excl, e_pos)) | (
            s_pos - 1 > ix.known
        )
    uncertain = np.where(law01, unc01, unc104)
    last_day104 = np.where(at_once_104, z, np.take(wd, last104))
    crossing = law104 & (last_day104 >= LAW_01_FROM.toordinal() - _EPOCH - ix.e0)
    ok104, ok_successor, ok01 = (
        _verified(_CITED_104),
        _verified(("law_01_2026",)),
        _verified(_CITED_01),
    )
    if strict:
        bad |= uncertain
        bad |= crossing & (not ok_successor)
        bad |= law104 & (not ok104)
        bad |= law01 & (not ok01)
    provisional = uncertain | (crossing & (not ok_successor))
    provisional |= np.where(law01, not ok01, not ok104)
    if moved is not None:
        provisional |= moved
    provisional |= at_once_104 & (ch != IN_PERSON)
    notes01 = (ch == FAX) | (dl == FAX) | refused_e
    provisional |= law01 & notes01

    # the columns
    nat = np.datetime64("NaT", "D")
    resp = np.where(law01, k01, k104)
    ext = np.where(law01, ext01, ext104)
    respond_by = np.where(at_once_104, nat, np.take(ix.wd_dates, resp))
    has_ext = law01 | complex_
    out: dict[str, Any] = {
        "rule_set": np.take(np.array(RULE_SETS, dtype=object), law01.astype(np.int8)),
        "delivery": np.take(np.array(CHANNELS, dtype=object), dl),
        "day_zero": (z + ix.e0).astype("datetime64[D]"),
        "provide_at_once": simple & in_person,
        "notify_by": np.where(notify104, np.take(ix.wd_dates, k_notify), nat),
        "respond_by": respond_by,
        "extension_notice_by": np.where(
            law01, np.take(ix.wd_dates, notice01), np.where(complex_, respond_by, nat)
        ),
        "extended_respond_by": np.where(has_ext, np.take(ix.wd_dates, ext), nat),
        "status": np.take(np.array(STATUSES, dtype=object), provisional.astype(np.int8)),
    }
    return out, bad


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
    err = type(exc)(Text(f"row {k}: {exc.message}", f"dòng {k}: {exc.message_vi}"))
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
