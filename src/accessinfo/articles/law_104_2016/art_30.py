"""Điều 30. Trình tự, thủ tục cung cấp thông tin qua mạng điện tử

Law 104/2016/QH13, Art. 30: answering a request made over the network (e-mail, portal).
Simple, readily available information is due within 3 working days of the valid request;
complex information needs a written notice of the handling time within 3 working days and
an answer (or a written refusal) within 15 working days, extendable by at most 15 days.

Clauses encoded (verbatim, pháp điển):

3. Đối với thông tin đơn giản, có sẵn có thể cung cấp ngay thì chậm nhất là 03 ngày làm việc
kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin.

4. Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan đó hoặc
thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì chậm nhất là 03 ngày
làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo bằng văn bản
về thời hạn giải quyết yêu cầu cung cấp thông tin. Chậm nhất là 15 ngày làm việc kể từ ngày nhận
được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin hoặc có văn bản thông báo từ
chối cung cấp thông tin.

Trường hợp cơ quan được yêu cầu cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép,
giải quyết yêu cầu cung cấp thông tin thì có thể gia hạn nhưng tối đa không quá 15 ngày và phải
có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin.

A valid request received on Friday 9 January 2026: Saturday 10 January is a swapped working
day (Công văn 12729/VPCP-KGVX), so the third working day is Tuesday 13 January.

>>> from datetime import date
>>> simple_electronic_respond_by(date(2026, 1, 9)).outcome
datetime.date(2026, 1, 13)
>>> print(simple_electronic_respond_by(date(2026, 1, 9)).basis[0])
khoản 3 Điều 30 Luật Tiếp cận thông tin số 104/2016/QH13
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, WorkingDays
from accessinfo.core.decisions import Finding
from accessinfo.core.periods import ambiguous, choose, deadline, extend
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW_104
from ._units import check_sent

__all__ = [
    "complex_electronic_extended_respond_by",
    "complex_electronic_notify_by",
    "complex_electronic_respond_by",
    "simple_electronic_respond_by",
]

ExtensionUnit = Literal["calendar", "working", "raise"]
_KEY = ("sent", "valid_request")


# Khoản 3: "chậm nhất là 03 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ"
@rule(LAW_104.cite(30, 3), key=_KEY)
def simple_electronic_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide simple, readily available information requested electronically."""
    check_sent(sent)
    return deadline(
        calendar,
        valid_request,
        WorkingDays(3),
        label="respond_by",
        strict=strict,
        trace=trace,
        explanation="Simple information requested electronically: 3 working days after the "
        "valid request of {start}, i.e. by {end}.",
    )


# Khoản 4, câu 1: "chậm nhất là 03 ngày làm việc … phải thông báo bằng văn bản về thời hạn"
@rule(LAW_104.cite(30, 4), key=_KEY)
def complex_electronic_notify_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to notify the handling time of a complex request, in writing."""
    check_sent(sent)
    return deadline(
        calendar,
        valid_request,
        WorkingDays(3),
        label="notify_by",
        strict=strict,
        trace=trace,
        explanation="Complex request made electronically: written notice of the handling time "
        "within 3 working days after {start}, i.e. by {end}.",
    )


# Khoản 4, câu 2: "Chậm nhất là 15 ngày làm việc … phải cung cấp thông tin hoặc … từ chối"
@rule(LAW_104.cite(30, 4), key=_KEY)
def complex_electronic_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide, or refuse in writing, complex information requested electronically."""
    check_sent(sent)
    return deadline(
        calendar,
        valid_request,
        WorkingDays(15),
        label="respond_by",
        strict=strict,
        trace=trace,
        explanation="Complex request made electronically: answer within 15 working days after "
        "{start}, i.e. by {end}.",
    )


# Khoản 4, đoạn 2: "có thể gia hạn nhưng tối đa không quá 15 ngày"
@rule(LAW_104.cite(30, 4), key=_KEY)
def complex_electronic_extended_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    extension_unit: ExtensionUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day to answer if the agency extends: at most 15 days after the original period.

    The extension says "15 ngày", not "ngày làm việc": by default 15 calendar days from the
    end of the 15-working-day period, rolled to a working day (design.md);
    ``extension_unit="working"`` reads 15 working days; ``"raise"`` refuses to choose.
    """
    check_sent(sent)
    unit = choose(extension_unit, "extension_unit", ("calendar", "working", "raise"))
    if unit == "raise":
        raise ambiguous(
            "extension_unit",
            'Art 30.4 caps the extension at "15 ngày" without saying working days',
        )
    first = complex_electronic_respond_by(
        valid_request, sent=sent, calendar=calendar, strict=strict, trace=trace
    )
    period = CalendarDays(15) if unit == "calendar" else WorkingDays(15)
    return extend(
        first,
        calendar,
        period,
        strict=strict,
        trace=trace,
        readings={"extension_unit": unit},
        explanation=f"Extension of at most 15 {unit} days after the original deadline "
        "{start}: the answer is due by {end} at the latest.",
    )
