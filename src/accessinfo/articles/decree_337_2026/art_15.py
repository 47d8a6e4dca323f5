"""Điều 15. Điều khoản thi hành

Decree 337/2026/NĐ-CP, Art. 15: within 6 months of the decree taking effect, agencies must
issue their rules on providing information (or internal rules that include them) and, if they
have a web portal or website, build a section on access to information (clause 1); the decree
takes effect on 1 September 2026 (clause 2); Decree 13/2018/NĐ-CP ends on that day (clause 3),
with no saving clause for requests then pending.

Clause 1's "chậm nhất sau 06 tháng kể từ ngày Nghị định này có hiệu lực thi hành" is a period
in months counted from the fixed day 01/09/2026 (Civil Code Art 147.2: that day is not
counted; as Law 01/2026 Art 31.3's same words, not Art 147.3's event): it ends on
the corresponding day of the sixth month, 01/03/2027 (Art 148.3), a Monday and a working day;
were it a rest day, the next working day (Art 148.5).

Clauses encoded (verbatim, one unofficial copy):

1. Chậm nhất sau 06 tháng kể từ ngày Nghị định này có hiệu lực thi hành, các cơ quan, đơn vị phải
hoàn thành việc ban hành Quy chế cung cấp thông tin hoặc Quy chế nội bộ của cơ quan, đơn vị có nội
dung lồng ghép về cung cấp thông tin; xây dựng Chuyên mục về tiếp cận thông tin trong trường hợp
cơ quan, đơn vị có cổng thông tin điện tử, trang thông tin điện tử.

2. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026.

3. Nghị định số 13/2018/NĐ-CP ngày 23 tháng 01 năm 2018 của Chính phủ quy định chi tiết và biện
pháp thi hành Luật Tiếp cận thông tin hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực
thi hành.

>>> from datetime import date
>>> information_rules_due().outcome
datetime.date(2027, 3, 1)
>>> decree_13_2018_ended(date(2026, 9, 1)).outcome
True
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, as_vn_date
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import deadline, months_after
from accessinfo.core.rules import rule
from accessinfo.models.access import check_flag

from . import IN_FORCE_FROM
from . import INSTRUMENT as DECREE

__all__ = ["DECREE_13_ENDS", "RULES_MONTHS", "decree_13_2018_ended", "information_rules_due"]

RULES_MONTHS = 6
# Khoản 3: Decree 13/2018 "hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành"
DECREE_13_ENDS = DECREE.cite(15, 3)
_CIVIL_CODE = instrument("code_91_2015")


# Khoản 1: "Chậm nhất sau 06 tháng kể từ ngày Nghị định này có hiệu lực thi hành … ban hành Quy
# chế cung cấp thông tin … xây dựng Chuyên mục về tiếp cận thông tin"
@rule(DECREE.cite(15, 1), DECREE.cite(15, 2), _CIVIL_CODE.cite(148, 3))
def information_rules_due(
    *,
    has_website: bool = True,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day for agencies to issue their information rules (and web section): 6 months."""
    check_flag(has_website=has_website, strict=strict, trace=trace)
    # Civil Code Art 148.3: the corresponding day of the last month (or its last day).
    corresponding = months_after(IN_FORCE_FROM, RULES_MONTHS)
    duties = msg(f"decree_337_2026.art15.duties.{'website' if has_website else 'no_website'}")
    due = deadline(
        calendar,
        corresponding,
        CalendarDays(0),
        label="information_rules_due",
        strict=strict,
        trace=trace,
        explanation=later(
            "decree_337_2026.art15.information_rules_due",
            effective=IN_FORCE_FROM,
            duties=duties,
        ),
    )
    # the count is in months from a fixed day (Art 147.2), not from an event (147.3, which the
    # zero-day count above would cite); Art 148.5 if the corresponding day rolled (issue 12)
    rolled = (_CIVIL_CODE.cite(148, 5),) if due.outcome != corresponding else ()
    return Finding(
        outcome=due.outcome,
        explanation=due.explanation,
        basis=(_CIVIL_CODE.cite(147, 2), *rolled),
        caveats=due.caveats,  # no readings: a zero-day count from a fixed day reads nothing
        trace=due.trace,
        calendar_version=due.calendar_version,
    )


# Khoản 3: "Nghị định số 13/2018/NĐ-CP … hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu
# lực thi hành"
@rule(DECREE_13_ENDS, DECREE.cite(15, 2))
def decree_13_2018_ended(on: date | datetime, *, strict: bool = False) -> Finding[bool]:
    """Whether Decree 13/2018/NĐ-CP has ended by ``on`` (it ends on 2026-09-01)."""
    day = as_vn_date(on, "on")
    check_flag(strict=strict)
    ended = day >= IN_FORCE_FROM
    return Finding(
        outcome=ended,
        explanation=msg(
            f"decree_337_2026.art15.decree_13.{'ended' if ended else 'in_force'}",
            on=day,
            end=IN_FORCE_FROM,
        ),
    )
