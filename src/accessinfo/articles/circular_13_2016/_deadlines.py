"""Two-step deadlines (decide on an application, then issue an account), shared by Arts 16–17."""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
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
            f"approved ({ok.isoformat()}) is before received ({day0.isoformat()}): an approval "
            "answers the application, so it cannot precede it"
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
    lines = [
        f"Application received {day0.isoformat()}: approval (or a written refusal stating the "
        f"reasons) is due within {decide_days} working days, by {decide.end.isoformat()}."
    ]
    if actual is not None and ok is not None:
        lines.append(
            f"Approved {ok.isoformat()}: the access account is due within {account_days} working "
            f"day(s) after the approval, by {actual.end.isoformat()}."
        )
        if late:
            lines.append(f"The approval came after {decide.end.isoformat()}: it was late.")
    else:
        lines.append(
            f"If approved on the last day, the account is due by {latest.end.isoformat()}."
        )
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
        explanation=" ".join(lines),
        basis=civil_code_basis(decide),
        caveats=caveats,
        trace=steps,
        calendar_version=cal.version,
    )
