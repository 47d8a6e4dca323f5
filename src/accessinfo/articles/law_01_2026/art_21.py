"""Điều 21. Đăng Công báo, niêm yết

Law 01/2026/QH16, Art. 21 (only clause 2 is encoded). Clause 2: information disclosed by posting
a notice, when no law says where or for how long, is posted at the agency's seat or a community
meeting place for at least 30 days.

Reading: the 30 days are calendar days ("ngày"), the posting day not counted (Civil Code Art
147.3); the result is the last day the notice must stay up. If that day is a rest day the
period ends on the next working day (Civil Code Art 148.5; ``roll="none"`` keeps the 30th day;
``"raise"`` refuses to choose). ``other_law_sets_period=True`` says another law sets the
place and period: the outcome is then ``None``.

Clause encoded (verbatim, one unofficial copy):

2. Đối với những thông tin được công khai bằng hình thức niêm yết mà pháp luật chưa quy định cụ
thể về địa điểm, thời hạn niêm yết thì phải được niêm yết tại trụ sở cơ quan, đơn vị hoặc địa
điểm sinh hoạt cộng đồng trong thời hạn ít nhất là 30 ngày.

Posted on Sunday 25 October 2026: the 30th day is Tuesday 24 November, Vietnamese Culture
Day, so the notice stays up until Wednesday 25 November.

>>> from datetime import date
>>> posting_required_until(date(2026, 10, 25)).outcome
datetime.date(2026, 11, 25)
>>> posting_required_until(date(2026, 10, 25), roll="none").outcome
datetime.date(2026, 11, 24)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import ambiguous, check_calendar, choose, deadline
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = ["posting_required_until"]


# Khoản 2: "phải được niêm yết tại trụ sở cơ quan, đơn vị hoặc địa điểm sinh hoạt cộng đồng trong
# thời hạn ít nhất là 30 ngày"
@rule(LAW.cite(21, 2), key="posted")
def posting_required_until(
    posted: date | datetime,
    *,
    other_law_sets_period: bool = False,
    roll: Literal["next_working_day", "none", "raise"] = "next_working_day",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date | None]:
    """Last day a posted notice must stay up (None: another law sets the place and period)."""
    check_bool(other_law_sets_period=other_law_sets_period, strict=strict, trace=trace)
    chosen = choose(roll, "roll", ("next_working_day", "none", "raise"))
    if other_law_sets_period:
        cal = check_calendar(calendar)
        day = as_vn_date(posted, "posted")
        return Finding(
            outcome=None,
            explanation=msg("law_01_2026.art21.other_law", day=day),
            calendar_version=cal.version,
        )
    if chosen == "raise":
        raise ambiguous(
            "roll",
            "does Civil Code Art 148.5 extend a minimum posting period ending on a rest day?",
        )
    found = deadline(
        calendar,
        posted,
        CalendarDays(30),
        label="posted_until",
        name="posted",
        strict=strict,
        trace=trace,
        roll="none" if chosen == "none" else "next_working_day",
        readings={"roll": chosen},
        explanation=later("law_01_2026.art21.posted_until"),
    )
    return Finding(
        outcome=found.outcome,
        explanation=found.explanation,
        basis=found.basis,
        caveats=found.caveats,
        readings=found.readings,
        trace=found.trace,
        calendar_version=found.calendar_version,
    )
