"""Shared plumbing for rules that count periods: one place turns a reckoning into a Finding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TypeVar

from accessinfo.calendar import (
    CalendarDays,
    Period,
    Reckoning,
    Roll,
    WorkingCalendar,
    _as_vn_date,
    check_calendar,
)
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Decision, Finding, Step
from accessinfo.core.messages import Later, Text, caveats_of, msg
from accessinfo.errors import AmbiguousReading, CalendarUnknown, InvalidInput

# The period helpers are for the authors of rules and facades (they get
# checked values): importable, outside the public API and its bad-input contract
# (docs/public-api.md).
__all__ = ["check_calendar"]  # re-exported from accessinfo.calendar (checked there)

S = TypeVar("S", bound=str)


def choose(value: object, name: str, allowed: Iterable[S]) -> S:
    """Validate a reading or option: one of ``allowed``, else a clear InvalidInput."""
    options = tuple(allowed)
    if not isinstance(value, str) or value not in options:
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name=name,
                options=", ".join(repr(o) for o in options),
                value=repr(value),
            )
        )
    return value


def ambiguous(name: str, question: str) -> AmbiguousReading:
    """The error for a reading set to ``"raise"``; ``question`` may be a message (Text)."""
    if isinstance(question, Text):
        return AmbiguousReading(msg("errors.ambiguous", name=name, question=question))
    return AmbiguousReading(f"{name}='raise': {question}")


_DAY_ZERO: list[tuple[Citation, ...]] = []  # (Art 147.3,) and (Art 147.3, Art 148.5), built once


def civil_code_basis(r: Reckoning) -> tuple[Citation, ...]:
    """Civil Code Art 147.3 (day zero not counted), and Art 148.5 when a period of calendar
    days ended on a rest day and rolled on."""
    if not _DAY_ZERO:
        cc = instrument("code_91_2015")
        _DAY_ZERO.extend([(cc.cite(147, 3),), (cc.cite(147, 3), cc.cite(148, 5))])
    return _DAY_ZERO[1] if r.rolled and isinstance(r.period, CalendarDays) else _DAY_ZERO[0]


def months_after(start: date, months: int) -> date:
    """The last day of a period of ``months`` months begun on ``start`` (Civil Code Art 148.3:
    the corresponding day of the last month, or that month's last day when it has none, e.g.
    31 August + 6 months = 28 or 29 February). The period counts from ``start`` as Art 147.2
    or 147.3 says, which the caller cites; a rest day rolls on as :func:`reckon` rolls it
    (Art 148.5) when counted with ``CalendarDays(0)`` from the day returned."""
    from dateutil.relativedelta import relativedelta  # only for the rules in months

    end: date = start + relativedelta(months=months)
    return end


def reckon(
    calendar: object,
    start: date | datetime,
    period: Period,
    *,
    label: str,
    strict: bool = False,
    trace: bool = False,
    roll: Roll = "next_working_day",
    name: str | None = None,
) -> Reckoning:
    """Count ``period`` from ``start`` on ``calendar``; strict mode refuses uncertain days.
    ``name`` is the caller's parameter holding ``start``, named by the error for a bad start
    (``label`` if not given)."""
    cal = check_calendar(calendar)
    if not isinstance(strict, bool) or not isinstance(trace, bool):
        raise InvalidInput(msg("errors.strict_and_trace"))
    r = cal._reckon(_as_vn_date(start, name or label), period, roll=roll, trace=trace, label=label)
    if strict and not r.certain:
        caveats = r.caveats(cal.known_until)
        raise CalendarUnknown(
            msg(
                "errors.calendar_unknown",
                what=label,
                caveats=Text("; ".join(caveats), "; ".join(getattr(c, "vi", c) for c in caveats)),
            )
        )
    return r


def deadline(
    calendar: object,
    start: date | datetime,
    period: Period,
    *,
    label: str,
    explanation: str | Later,
    strict: bool = False,
    trace: bool = False,
    roll: Roll = "next_working_day",
    readings: Mapping[str, str] | None = None,
    basis: tuple[Citation, ...] = (),
    name: str | None = None,
) -> Finding[date]:
    """A Finding for one deadline (``name``: the caller's parameter holding ``start``).

    ``explanation`` is a deferred message (``later("group.key", ...)``) or, in code not yet
    translated, an English template; either gets ``{start}`` and ``{end}`` filled in.
    """
    r = reckon(
        calendar, start, period, label=label, strict=strict, trace=trace, roll=roll, name=name
    )
    cal: WorkingCalendar = calendar  # type: ignore[assignment]  # reckon() checked it
    if isinstance(explanation, Later):
        text: str | Text = explanation(start=r.start, end=r.end)
    else:
        text = explanation.format(end=r.end.isoformat(), start=r.start.isoformat())
    cc = civil_code_basis(r)
    return Finding(
        outcome=r.end,
        explanation=text,
        basis=(*basis, *cc) if basis else cc,
        caveats=r.caveats(cal.known_until) if r.uncertain or r.beyond_known else (),
        readings=dict(readings) if readings else {},
        trace=r.steps,
        calendar_version=cal.version,
    )


def extend(
    first: Decision[date],
    calendar: object,
    period: Period,
    *,
    explanation: str | Later,
    strict: bool = False,
    trace: bool = False,
    readings: Mapping[str, str] | None = None,
) -> Finding[date]:
    """The latest day after an extension of ``period`` counted from the original deadline.

    ``first`` is the Decision for the original deadline; its caveats (in both languages)
    and trace are kept.
    """
    ext = deadline(
        calendar,
        first.outcome,
        period,
        label="extended_respond_by",
        strict=strict,
        trace=trace,
        readings=readings,
        explanation=explanation,
    )
    return Finding(
        outcome=ext.outcome,
        explanation=ext.explanation,
        basis=ext.basis,
        caveats=tuple(dict.fromkeys((*caveats_of(first), *ext.caveats))),
        readings=ext.readings,
        trace=(*first.trace, *ext.trace) if first.trace and ext.trace else None,
        calendar_version=ext.calendar_version,
    )


def merge(
    known_until: date, *reckonings: Reckoning | None
) -> tuple[tuple[str, ...], tuple[Step, ...] | None]:
    """Caveats (deduplicated messages, English and Vietnamese) and the concatenated trace of
    several reckonings."""
    caveats: dict[str, None] = {}
    steps: list[Step] = []
    traced = False
    for r in reckonings:
        if r is None:
            continue
        caveats.update(dict.fromkeys(r.caveats(known_until)))
        if r.steps is not None:
            traced = True
            steps.extend(r.steps)
    return tuple(caveats), (tuple(steps) if traced else None)
