"""Điều 21. Đăng Công báo, niêm yết

Law 104/2016/QH13, Art. 21.2: information disclosed by posting it up (niêm yết), where no
law says where and for how long, is posted at the agency's office or a community meeting
place for at least 30 days. The function gives the last day the posting must still be up:
30 calendar days after the day it went up (that day is not counted, Civil Code Art 147.2),
moved to the next working day when that day is a rest day (Civil Code Art 148.5; the
``roll`` reading, see ``docs/readings/posting-period.md``).

Clause encoded (verbatim, pháp điển):

2. Đối với những thông tin được công khai bằng hình thức niêm yết mà pháp luật chưa quy định
cụ thể về địa điểm, thời hạn niêm yết thì phải được niêm yết tại trụ sở cơ quan nhà nước hoặc
địa điểm sinh hoạt cộng đồng trong thời hạn ít nhất là 30 ngày.

Posted on Monday 15 January 2024: day 30 is Wednesday 14 February, still in the Tết break
(8–14 February 2024), so the posting stays up to Thursday 15 February.

>>> from datetime import date
>>> posting_required_until(date(2024, 1, 15)).outcome
datetime.date(2024, 2, 15)
>>> posting_required_until(date(2024, 1, 15), roll="none").outcome
datetime.date(2024, 2, 14)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import ambiguous, check_calendar, choose, deadline
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as LAW_104

__all__ = ["posting_required_until"]

PostingRoll = Literal["next_working_day", "none", "raise"]
_ROLLS: tuple[PostingRoll, ...] = ("next_working_day", "none", "raise")


# Khoản 2: "phải được niêm yết … trong thời hạn ít nhất là 30 ngày"
@rule(LAW_104.cite(21, 2), key="posted")
def posting_required_until(
    posted: date | datetime,
    *,
    other_law_sets_period: bool = False,
    roll: PostingRoll = "next_working_day",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date | None]:
    """Last day a posted notice must stay up (None: another law sets the place and period)."""
    how = choose(roll, "roll", _ROLLS)
    if not isinstance(other_law_sets_period, bool):
        raise InvalidInput(
            msg(
                "errors.true_or_false",
                name="other_law_sets_period",
                value=f"{other_law_sets_period!r:.60}",
            )
        )
    if other_law_sets_period:
        cal = check_calendar(calendar)
        day = as_vn_date(posted, "posted")
        return Finding(
            outcome=None,
            explanation=msg("law_104_2016.art21.other_law", day=day),
            calendar_version=cal.version,
        )
    if how == "raise":
        raise ambiguous("roll", msg("law_104_2016.art21.roll_question"))
    found = deadline(
        calendar,
        posted,
        CalendarDays(30),
        label="posted_until",
        name="posted",
        strict=strict,
        trace=trace,
        roll=how,
        readings={"roll": how},
        explanation=later("law_104_2016.art21.posted_until"),
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
