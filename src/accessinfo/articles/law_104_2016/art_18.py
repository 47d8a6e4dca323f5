"""Điều 18. Hình thức, thời điểm công khai thông tin

Law 104/2016/QH13, Art. 18.4: when information that must be disclosed is created, the sector
law for that field fixes when it is published; where no law does, the competent agency must
publish it within 5 working days of the day the information was created.

Clause encoded (verbatim, pháp điển):

4. Thời điểm công khai thông tin đối với từng lĩnh vực được thực hiện theo quy định của pháp
luật có liên quan; trường hợp pháp luật chưa có quy định thì chậm nhất là 05 ngày làm việc kể
từ ngày tạo ra thông tin, cơ quan nhà nước có thẩm quyền phải công khai thông tin.

Information created on Friday 30 August 2019: Mon 2/9 (National Day, one day under the 2012
Labour Code) is skipped, so Tue 3 (1), Wed 4 (2), Thu 5 (3), Fri 6 (4), Mon 9 September (5).

>>> from datetime import date
>>> proactive_disclosure_by(date(2019, 8, 30)).outcome
datetime.date(2019, 9, 9)
>>> proactive_disclosure_by(date(2019, 8, 30), other_law_sets_time=True).outcome is None
True
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import check_calendar, deadline
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as LAW_104

__all__ = ["proactive_disclosure_by"]


# Khoản 4: "trường hợp pháp luật chưa có quy định thì chậm nhất là 05 ngày làm việc kể từ ngày
# tạo ra thông tin … phải công khai thông tin"
@rule(LAW_104.cite(18, 4), key="created")
def proactive_disclosure_by(
    created: date | datetime,
    *,
    other_law_sets_time: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date | None]:
    """Last day to publish information that must be disclosed (None: a sector law sets it)."""
    if not isinstance(other_law_sets_time, bool):
        raise InvalidInput(
            msg(
                "errors.true_or_false",
                name="other_law_sets_time",
                value=f"{other_law_sets_time!r:.60}",
            )
        )
    if other_law_sets_time:
        cal = check_calendar(calendar)
        day = as_vn_date(created, "created")
        return Finding(
            outcome=None,
            explanation=msg("law_104_2016.art18.other_law", day=day),
            calendar_version=cal.version,
        )
    found = deadline(
        calendar,
        created,
        WorkingDays(5),
        label="disclose_by",
        name="created",
        strict=strict,
        trace=trace,
        explanation=later("law_104_2016.art18.disclose_by"),
    )
    return Finding(
        outcome=found.outcome,
        explanation=found.explanation,
        basis=found.basis,
        caveats=found.caveats,
        trace=found.trace,
        calendar_version=found.calendar_version,
    )
