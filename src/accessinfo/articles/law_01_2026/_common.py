"""Plumbing shared by the Law 01/2026 article modules (not a rule module: no ``@rule`` here)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import CalendarDays, Period, WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.errors import InvalidInput, NoApplicableRule

from . import IN_FORCE_FROM

__all__ = ["DayUnit", "check_bool", "days", "governed_by_this_law", "then"]

# "N ngày" without "làm việc": calendar days by default (design.md); "working" is the
# alternative reading; "raise" refuses to choose.
DayUnit = Literal["calendar", "working", "raise"]


def days(n: int, unit: object, name: str, question: str) -> Period:
    """The period for a bare "N ngày" under the reading ``unit``."""
    chosen = choose(unit, name, ("calendar", "working", "raise"))
    if chosen == "raise":
        raise ambiguous(name, question)
    return CalendarDays(n) if chosen == "calendar" else WorkingDays(n)


def unit_name(period: Period) -> str:
    return "calendar" if isinstance(period, CalendarDays) else "working"


def check_bool(**flags: object) -> None:
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{value!r:.60}"))


def governed_by_this_law(
    sent: date | datetime,
    what: str | None = None,
    name: str = "sent_at",
    *,
    received: date | datetime | None = None,
    received_name: str = "received_at",
) -> date:
    """The VN date ``sent``; NoApplicableRule if it is before 2026-09-01 (Art 31.4).

    ``what`` names what was sent, best as a message (default ``msg("terms.the_request")``);
    ``name`` is the caller's parameter that gave ``sent``, for the error if it is not a date.
    ``received``: the day it was received (the caller's ``received_name``); sent after that is
    InvalidInput (it would pick the law by an impossible date: a ``sent`` in 9999 for a request
    received in 2026).
    """
    what = msg("terms.the_request") if what is None else what
    day = as_vn_date(sent, name)
    if received is not None and day > (got := as_vn_date(received, received_name)):
        raise InvalidInput(msg("errors.sent_after_received", sent=day, received=got))
    if day < IN_FORCE_FROM:
        raise NoApplicableRule(
            msg("errors.sent_before_law_01", what=what, day=day, in_force=IN_FORCE_FROM)
        )
    return day


def then(first: Finding[date], second: Finding[date]) -> Finding[date]:
    """``second`` (counted from the end of ``first``) carrying both caveats and traces."""
    trace = (*first.trace, *second.trace) if first.trace and second.trace else None
    return Finding(
        outcome=second.outcome,
        explanation=second.explanation,
        basis=(*first.basis, *second.basis),
        caveats=tuple(dict.fromkeys((*first.caveats, *second.caveats))),
        readings={**first.readings, **second.readings},
        trace=trace,
        calendar_version=second.calendar_version,
    )
