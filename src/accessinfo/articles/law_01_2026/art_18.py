"""Điều 18. Hình thức, thời điểm công khai thông tin

Law 01/2026/QH16, Art. 18 (only clause 4 is encoded). Clause 4 sets when information must be
disclosed: at the time a sector law sets; where no law sets one, at the latest 5 working days
after the information was created. ``other_law_sets_time=True`` says a sector law sets the time:
the outcome is then ``None`` (this clause sets no date).

Clause encoded (verbatim, one unofficial copy):

4. Thời điểm công khai thông tin đối với từng lĩnh vực được thực hiện theo quy định của pháp
luật có liên quan; trường hợp pháp luật chưa có quy định thì chậm nhất là 05 ngày làm việc kể
từ ngày tạo ra thông tin, cơ quan, đơn vị có thẩm quyền phải công khai thông tin.

Information created on Friday 20 November 2026: working days 23 (1), 25 (2; 24/11 is
Vietnamese Culture Day), 26 (3), 27 (4) and Monday 30 November (5).

>>> from datetime import date
>>> proactive_disclosure_by(date(2026, 11, 20)).outcome
datetime.date(2026, 11, 30)
>>> print(proactive_disclosure_by(date(2026, 11, 20), other_law_sets_time=True).outcome)
None
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.periods import check_calendar, deadline
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = ["proactive_disclosure_by"]


# Khoản 4: "trường hợp pháp luật chưa có quy định thì chậm nhất là 05 ngày làm việc kể từ ngày
# tạo ra thông tin"
@rule(LAW.cite(18, 4), key="created")
def proactive_disclosure_by(
    created: date | datetime,
    *,
    other_law_sets_time: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date | None]:
    """Last day to disclose information (None: a sector law sets the time instead)."""
    check_bool(other_law_sets_time=other_law_sets_time, strict=strict, trace=trace)
    if other_law_sets_time:
        cal = check_calendar(calendar)
        day = as_vn_date(created, "created")
        return Finding(
            outcome=None,
            explanation=f"Information created on {day.isoformat()}: the law of its sector sets "
            "when it is disclosed, so the 5-working-day default of Art 18.4 does not apply.",
            calendar_version=cal.version,
        )
    found = deadline(
        calendar,
        created,
        WorkingDays(5),
        label="disclose_by",
        strict=strict,
        trace=trace,
        explanation="Art 18.4: no law sets the time of disclosure for the sector, so "
        "information created on {start} must be disclosed within 5 working days, by {end}.",
    )
    return Finding(
        outcome=found.outcome,
        explanation=found.explanation,
        basis=found.basis,
        caveats=found.caveats,
        trace=found.trace,
        calendar_version=found.calendar_version,
    )
