"""Two-step deadlines (decide on an application, then issue an account), shared by Arts 16–17."""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import join, msg
from accessinfo.core.periods import check_calendar, civil_code_basis, merge, reckon
from accessinfo.errors import InvalidInput

from ._types import AccessDeadlines, AccessForm

__all__ = ["two_step"]


def two_step(
    calendar: object,
    received: date | datetime,
    approved: date | datetime | None,
    *,
    form: AccessForm,
    decide_days: int,
    account_days: int,
    strict: bool,
    trace: bool,
) -> Finding[AccessDeadlines]:
    cal = check_calendar(calendar)
    day0 = as_vn_date(received, "received")
    ok = None if approved is None else as_vn_date(approved, "approved")
    if ok is not None and ok < day0:
        raise InvalidInput(
            msg("errors.articles.approved_before_received", approved=ok, received=day0)
        )
    decide = reckon(
        cal, day0, WorkingDays(decide_days), label="decide_by", strict=strict, trace=trace
    )
    latest = reckon(
        cal,
        decide.end,
        WorkingDays(account_days),
        label="latest_account_by",
        strict=strict,
        trace=trace,
    )
    actual = (
        None
        if ok is None
        else reckon(
            cal, ok, WorkingDays(account_days), label="account_by", strict=strict, trace=trace
        )
    )
    late = ok is not None and ok > decide.end
    caveats, steps = merge(cal.known_until, decide, latest, actual)
    group = "circular_13_2016.access"
    lines = [msg(f"{group}.decide_by", received=day0, n=decide_days, decide_by=decide.end)]
    if actual is not None and ok is not None:
        lines.append(msg(f"{group}.account_by", approved=ok, n=account_days, account_by=actual.end))
        if late:
            lines.append(msg(f"{group}.approval_late", decide_by=decide.end))
    else:
        lines.append(msg(f"{group}.latest_account_by", latest=latest.end))
    return Finding(
        outcome=AccessDeadlines(
            form=form,
            received=day0,
            decide_by=decide.end,
            approved=ok,
            account_by=None if actual is None else actual.end,
            latest_account_by=latest.end,
            approval_late=late,
        ),
        explanation=join(lines),
        basis=civil_code_basis(decide),
        caveats=caveats,
        trace=steps,
        calendar_version=cal.version,
    )
