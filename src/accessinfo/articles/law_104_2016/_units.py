"""The unit of a bare "N ngày" period in Law 104/2016 (a reading; see docs/readings).

Law 104 says "ngày làm việc" where it means working days and a bare "ngày" elsewhere, often
in the same clause (Arts 22.4, 30.4, 31.2, 32). The default reads a bare "ngày" literally as
calendar days, rolled to the next working day when the period ends on a rest day (Civil
Code Art 148.5); ``"working"`` reads it as working days; ``"raise"`` refuses to choose.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, NamedTuple

from accessinfo.calendar import CalendarDays, Period, WorkingDays, _as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Later
from accessinfo.core.periods import ambiguous, choose, deadline

__all__ = ["DayUnit", "Due", "bare_days", "check_sent"]

DayUnit = Literal["calendar", "working", "raise"]
_UNITS: tuple[DayUnit, ...] = ("calendar", "working", "raise")


def bare_days(n: int, unit: object, *, name: str, question: str) -> tuple[Period, str]:
    """The period for a bare "``n`` ngày", and the reading used (``"calendar"``/``"working"``)."""
    chosen = choose(unit, name, _UNITS)
    if chosen == "raise":
        raise ambiguous(name, question)
    if chosen == "calendar":
        return CalendarDays(n), chosen
    return WorkingDays(n), chosen


def check_sent(sent: object) -> None:
    """``sent`` (the day the request was sent, which picks the law) must be a date or aware."""
    if sent is not None and type(sent) is not date:
        _as_vn_date(sent, "sent")  # the checks of as_vn_date (a date needs none)


class Due(NamedTuple):
    """A due date of Arts 29-31: ``period`` counted from the valid request, the ``label`` of
    its trace steps and the message explaining it (``{start}`` and ``{end}`` filled in).

    The rules count it with :meth:`finding`; ``chapter_3.request_deadlines`` counts the same
    periods for a whole request without building each rule's Decision.
    """

    period: Period
    label: str
    message: Later

    def finding(
        self, calendar: object, start: date | datetime, *, strict: bool, trace: bool
    ) -> Finding[date]:
        return deadline(
            calendar,
            start,
            self.period,
            label=self.label,
            name="valid_request",
            strict=strict,
            trace=trace,
            explanation=self.message,
        )
