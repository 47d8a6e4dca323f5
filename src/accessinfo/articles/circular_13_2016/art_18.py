"""Điều 18. Khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính bằng văn bản yêu cầu

Circular 13/2016/TT-BTP, Art. 18: asking for information from the violations database in
writing. Supervisory state-power bodies and sanctioned organisations and individuals send a
written request stating why, how much, for what and which information they want and in what
form. The managing agency answers in writing within 5 working days of receipt; when it must
work with other bodies to verify, complete or supply the information, the period may run
longer, but never beyond 15 working days (read, as in design.md, as 15 working days from the
receipt: the whole period, not an extra 15).

Clauses encoded (verbatim, seed 001):

1. Các cơ quan quyền lực nhà nước thực hiện chức năng giám sát công tác xử lý vi phạm hành
chính, tổ chức bị xử phạt, cá nhân bị xử lý vi phạm hành chính gửi văn bản đề nghị được cung
cấp thông tin tới cơ quan chủ quản Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính.

Trong văn bản phải nêu rõ lý do, phạm vi, mục đích, nội dung thông tin cần được cung cấp và
hình thức cung cấp thông tin.

2. Trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận được văn bản đề nghị, cơ quan chủ
quản Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính phải có văn bản cung cấp thông tin.

Trường hợp cần phải phối hợp với các cơ quan, đơn vị khác trong việc xác minh, bổ sung, cung
cấp thông tin thì thời hạn này có thể kéo dài, nhưng không quá 15 (mười lăm) ngày làm việc.

A request received on Thursday 23 January 2025, the eve of the Tết break (25/1–2/2/2025):
Friday 24/1 is working day 1, Monday 3/2 to Thursday 6/2 are days 2–5; with consultation
the 15th working day is Thursday 20 February.

>>> from datetime import date
>>> d = written_request_deadlines(date(2025, 1, 23), consultation=True)
>>> d.outcome.respond_by, d.outcome.extended_respond_by
(datetime.date(2025, 2, 6), datetime.date(2025, 2, 20))
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import join, msg
from accessinfo.core.periods import check_calendar, civil_code_basis, merge, reckon
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as CIRCULAR
from ._types import WrittenRequestDeadlines

__all__ = ["WRITTEN_REQUEST_CAP", "WRITTEN_REQUEST_DAYS", "written_request_deadlines"]

WRITTEN_REQUEST_DAYS = 5
WRITTEN_REQUEST_CAP = 15


# Khoản 2: "Trong thời hạn 05 (năm) ngày làm việc … phải có văn bản cung cấp thông tin";
# "thời hạn này có thể kéo dài, nhưng không quá 15 (mười lăm) ngày làm việc"
@rule(CIRCULAR.cite(18, 2), family="violations_db.written_request_deadlines", key="received")
def written_request_deadlines(
    received: date | datetime,
    *,
    consultation: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[WrittenRequestDeadlines]:
    """Last day to provide information asked for in writing (5, or at most 15, working days)."""
    cal = check_calendar(calendar)
    if not isinstance(consultation, bool):
        raise InvalidInput(
            msg("errors.true_or_false", name="consultation", value=f"{consultation!r:.60}")
        )
    day0 = as_vn_date(received, "received")
    first = reckon(
        cal, day0, WorkingDays(WRITTEN_REQUEST_DAYS), label="respond_by", strict=strict, trace=trace
    )
    cap = (
        reckon(
            cal,
            day0,
            WorkingDays(WRITTEN_REQUEST_CAP),
            label="extended_respond_by",
            strict=strict,
            trace=trace,
        )
        if consultation
        else None
    )
    caveats, steps = merge(cal.known_until, first, cap)
    lines = [
        msg(
            "circular_13_2016.art18.respond_by",
            received=day0,
            n=WRITTEN_REQUEST_DAYS,
            respond_by=first.end,
        )
    ]
    if cap is not None:
        lines.append(
            msg("circular_13_2016.art18.extended", cap=WRITTEN_REQUEST_CAP, extended_by=cap.end)
        )
    return Finding(
        outcome=WrittenRequestDeadlines(
            received=day0,
            respond_by=first.end,
            consultation=consultation,
            extended_respond_by=None if cap is None else cap.end,
        ),
        explanation=join(lines),
        basis=civil_code_basis(first),
        caveats=caveats,
        readings={"extension_cap": "total_from_receipt"} if consultation else {},
        trace=steps,
        calendar_version=cal.version,
    )
