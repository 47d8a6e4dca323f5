"""Điều 28. Xử lý thông tin cung cấp theo yêu cầu không chính xác, không đầy đủ

Law 01/2026/QH16, Art. 28: correcting information provided on request. An agency that finds
that what it provided was wrong or incomplete must correct it, provide it again or complete it
within 5 working days of the discovery (clause 1). A requester who thinks the information is
wrong or incomplete may ask for it again; the agency must check and answer within 10 days of
receiving that request, providing correct or complete information if needed (clause 2).

Reading: clause 2 says "10 ngày" right after clause 1 says "05 ngày làm việc", so the 10 days
are calendar days, rolled to a working day (Civil Code Art 148.5); ``period_unit="working"``
reads working days, ``"raise"`` refuses to choose. A request sent before 2026-09-01 stays under
Law 104/2016 (Art 31.4): pass its ``sent`` date and this rule raises ``NoApplicableRule``.

Clauses encoded (verbatim, one unofficial copy):

1. Trường hợp phát hiện thông tin do mình cung cấp không chính xác, không đầy đủ thì chậm nhất
là 05 ngày làm việc kể từ ngày phát hiện, cơ quan, đơn vị có trách nhiệm đính chính, cung cấp
lại hoặc bổ sung thông tin thiếu.

2. Trường hợp người yêu cầu cung cấp thông tin cho rằng thông tin được cung cấp là không chính
xác, không đầy đủ thì có quyền yêu cầu cơ quan, đơn vị đã cung cấp thông tin cung cấp lại thông
tin chính xác, cung cấp bổ sung thông tin thiếu.

Chậm nhất là 10 ngày kể từ ngày nhận được yêu cầu, cơ quan, đơn vị đã cung cấp thông tin có
trách nhiệm xác định tính chính xác, đầy đủ của thông tin và trả lời cho người yêu cầu; nếu
thông tin đã cung cấp không chính xác, không đầy đủ thì phải cung cấp lại thông tin chính xác,
cung cấp bổ sung thông tin thiếu.

An error found on Friday 20 November 2026: the working days after it are 23 (1), 25 (2;
24/11 is Vietnamese Culture Day), 26, 27 and Monday 30 November (5).

>>> from datetime import date
>>> self_correction_by(date(2026, 11, 20)).outcome
datetime.date(2026, 11, 30)
>>> accuracy_claim_reply_by(date(2026, 11, 20)).outcome
datetime.date(2026, 11, 30)
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import deadline
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import DayUnit, check_bool, days, governed_by_this_law, unit_name

__all__ = ["accuracy_claim_reply_by", "self_correction_by"]


# Khoản 1: "chậm nhất là 05 ngày làm việc kể từ ngày phát hiện ... đính chính, cung cấp lại"
@rule(LAW.cite(28, 1), key=("sent", "discovered"))
def self_correction_by(
    discovered: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to correct, re-provide or complete information found to be wrong or partial."""
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(
        discovered if sent is None else sent,
        msg("terms.the_information"),
        "discovered" if sent is None else "sent",
    )
    return deadline(
        calendar,
        discovered,
        WorkingDays(5),
        label="correct_by",
        strict=strict,
        trace=trace,
        explanation=later("law_01_2026.art28.self_correction_by"),
    )


# Khoản 2: "Chậm nhất là 10 ngày kể từ ngày nhận được yêu cầu ... trả lời cho người yêu cầu"
@rule(LAW.cite(28, 2), key=("sent", "claim_received"))
def accuracy_claim_reply_by(
    claim_received: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to answer a requester who says the information provided is wrong or partial."""
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(
        claim_received if sent is None else sent,
        msg("terms.the_original_request"),
        "claim_received" if sent is None else "sent",
    )
    period = days(10, period_unit, "period_unit", 'Art 28.2 says "10 ngày", not "ngày làm việc"')
    unit = unit_name(period)
    return deadline(
        calendar,
        claim_received,
        period,
        label="reply_by",
        strict=strict,
        trace=trace,
        readings={"period_unit": unit},
        explanation=later(
            "law_01_2026.art28.accuracy_claim_reply_by", days=msg(f"terms.days.{unit}")
        ),
    )
