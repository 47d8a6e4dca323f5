"""Điều 29. Trình tự, thủ tục cung cấp thông tin trực tiếp tại trụ sở cơ quan cung cấp thông tin

Law 104/2016/QH13, Art. 29: information provided directly at the agency's office (the
heading says "cung cấp thông tin trực tiếp tại trụ sở": the article follows how the
information is provided, ``InformationRequest.delivery``, not how the request arrived). Information
that is simple and already to hand is given on the spot: the requester reads, copies or
photographs it, or asks for copies, there and then. For complex information the agency has
10 working days from the valid request to call the requester in (or to refuse in writing),
and may extend that once more by at most 10 working days, with a written notice sent before
the original period runs out.

Clauses encoded (verbatim, pháp điển):

1. Đối với thông tin đơn giản, có sẵn có thể cung cấp ngay thì người yêu cầu cung cấp thông
tin được trực tiếp đọc, xem, nghe, ghi chép, sao chép, chụp tài liệu hoặc yêu cầu cung cấp ngay
bản sao, bản chụp tài liệu.

2. Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan đó hoặc
thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì chậm nhất là 10 ngày
làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo cho người yêu
cầu đến trụ sở để đọc, xem, nghe, ghi chép, sao chép, chụp tài liệu hoặc nhận bản sao, bản chụp
tài liệu hoặc có văn bản thông báo về việc từ chối cung cấp thông tin.

Trường hợp cơ quan được yêu cầu cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép,
giải quyết yêu cầu cung cấp thông tin thì có thể gia hạn nhưng tối đa không quá 10 ngày làm việc
và phải có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin.

A complex request handed in on Thursday 23 April 2026: Mon 27/4 (compensatory day for Giỗ
Tổ), Thu 30/4 and Fri 1/5 are rest days, so the 10th working day is Tuesday 12 May; the
extension adds 10 more working days, to Tuesday 26 May.

>>> from datetime import date
>>> complex_in_person_respond_by(date(2026, 4, 23)).outcome
datetime.date(2026, 5, 12)
>>> complex_in_person_extended_respond_by(date(2026, 4, 23)).outcome
datetime.date(2026, 5, 26)
>>> simple_in_person_respond_by(date(2026, 4, 23)).outcome   # at once: the same day
datetime.date(2026, 4, 23)
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, Period, WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Later, later, msg
from accessinfo.core.periods import check_calendar, extend
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as LAW_104
from ._units import Due, check_sent

__all__ = [
    "complex_in_person_extended_respond_by",
    "complex_in_person_respond_by",
    "simple_in_person_respond_by",
]

_KEY = ("sent", "valid_request")


# Khoản 1: "được trực tiếp đọc, xem, … hoặc yêu cầu cung cấp ngay bản sao, bản chụp tài liệu"
@rule(LAW_104.cite(29, 1), key=_KEY)
def simple_in_person_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Simple information asked for in person is given at once: due the day of the request."""
    check_sent(sent)
    cal = check_calendar(calendar)
    if not isinstance(strict, bool) or not isinstance(trace, bool):
        raise InvalidInput(msg("errors.strict_and_trace"))
    day = as_vn_date(valid_request, "valid_request")
    cal.day(day)  # inside the calendar, else OutsideCalendar
    return Finding(
        outcome=day,
        explanation=msg("law_104_2016.art29.simple_in_person_respond_by", day=day),
        calendar_version=cal.version,
    )


COMPLEX_RESPOND = Due(
    WorkingDays(10), "respond_by", later("law_104_2016.art29.complex_in_person_respond_by")
)


# Khoản 2, đoạn 1: "chậm nhất là 10 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ"
@rule(LAW_104.cite(29, 2), key=_KEY)
def complex_in_person_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to call the requester in, or refuse in writing, for a complex in-person request."""
    check_sent(sent)
    return COMPLEX_RESPOND.finding(calendar, valid_request, strict=strict, trace=trace)


# Khoản 2, đoạn 2: "có thể gia hạn nhưng tối đa không quá 10 ngày làm việc"
@rule(LAW_104.cite(29, 2), key=_KEY)
def complex_in_person_extended_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day to answer a complex in-person request if the agency extends (10 more working
    days after the original period; the extension notice is due within that period)."""
    check_sent(sent)
    period, why = extension()
    first = complex_in_person_respond_by(
        valid_request, sent=sent, calendar=calendar, strict=strict, trace=trace
    )
    return extend(first, calendar, period, strict=strict, trace=trace, explanation=why)


def extension() -> tuple[Period, Later]:
    """Clause 2's extension, "tối đa không quá 10 ngày làm việc" after the original period,
    and the text explaining it (``chapter_3.request_deadlines`` counts it alike)."""
    return WorkingDays(10), later("law_104_2016.art29.complex_in_person_extended_respond_by")
