"""Điều 22. Xử lý thông tin công khai không chính xác

Law 01/2026/QH16, Art. 22 (only clause 4 is encoded). Clause 4: a citizen who thinks disclosed
information is wrong petitions the agency that disclosed it; within 10 days the agency checks it
and answers, and if the information was wrong it corrects it promptly and discloses the
correction.

Reading: "10 ngày" are calendar days, rolled to a working day (Civil Code Art 148.5), as in
Art 26.3; ``period_unit="working"`` reads working days; ``"raise"`` refuses to choose.

Clause encoded (verbatim, one unofficial copy):

4. Trường hợp công dân cho rằng thông tin công khai không chính xác thì kiến nghị với cơ quan,
đơn vị đã công khai thông tin đó. Chậm nhất là 10 ngày kể từ ngày nhận được kiến nghị, cơ quan,
đơn vị có trách nhiệm kiểm tra tính chính xác của thông tin và trả lời cho công dân; trường hợp
xác định thông tin công khai không chính xác thì phải kịp thời đính chính, công khai thông tin
đã được đính chính.

A petition received on Saturday 14 November 2026: the 10th day is Tuesday 24 November
(Vietnamese Culture Day), so the answer is due on Wednesday 25 November.

>>> from datetime import date
>>> disclosure_accuracy_reply_by(date(2026, 11, 14)).outcome
datetime.date(2026, 11, 25)
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.decisions import Finding
from accessinfo.core.periods import deadline
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import DayUnit, check_bool, days, unit_name

__all__ = ["disclosure_accuracy_reply_by"]


# Khoản 4: "Chậm nhất là 10 ngày kể từ ngày nhận được kiến nghị ... trả lời cho công dân"
@rule(LAW.cite(22, 4), key="petition_received")
def disclosure_accuracy_reply_by(
    petition_received: date | datetime,
    *,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to answer a petition that disclosed information is inaccurate."""
    check_bool(strict=strict, trace=trace)
    period = days(10, period_unit, "period_unit", 'Art 22.4 says "10 ngày", not "ngày làm việc"')
    unit = unit_name(period)
    return deadline(
        calendar,
        petition_received,
        period,
        label="reply_by",
        strict=strict,
        trace=trace,
        readings={"period_unit": unit},
        explanation=f"Art 22.4: a petition received on {{start}} that disclosed information is "
        f"inaccurate must be checked and answered within 10 {unit} days, by {{end}}; if it is "
        "inaccurate, the agency corrects it promptly and discloses the correction.",
    )
