"""Điều 31. Trình tự, thủ tục cung cấp thông tin qua dịch vụ bưu chính, fax

Law 104/2016/QH13, Art. 31: information provided by post or fax (the heading says "cung cấp
thông tin qua dịch vụ bưu chính, fax": an e-mailed request for posted copies is an Art 31
case, ``InformationRequest.delivery="post"``). Simple, readily available
information is due within 5 working days of the valid request. For complex information the
agency sends a written notice of the handling time within 3 working days and answers (or
refuses in writing) within 15 working days; it may extend by at most 15 days, with a written
notice sent before the original period runs out. The extension says "15 ngày", not
"ngày làm việc": the default reads calendar days (see ``docs/readings/extension-unit.md``).

Clauses encoded (verbatim, pháp điển):

1. Đối với thông tin đơn giản, có sẵn có thể cung cấp ngay thì chậm nhất là 05 ngày làm việc
kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin.

2. Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan đó hoặc
thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì chậm nhất là 03 ngày
làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo bằng văn bản
về thời hạn giải quyết yêu cầu cung cấp thông tin. Chậm nhất là 15 ngày làm việc kể từ ngày nhận
được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin hoặc có văn bản thông báo từ
chối cung cấp thông tin.

Trường hợp cơ quan được yêu cầu cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép,
giải quyết yêu cầu cung cấp thông tin thì có thể gia hạn nhưng tối đa không quá 15 ngày và phải
có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin.

A letter validly received on Friday 25 April 2025: Saturday 26/4 was a swapped working day
(Công văn 8726/VPCP-KGVX); 30/4, 1/5 and the swapped rest day 2/5 are skipped, so the 5th
working day is Tuesday 6 May.

>>> from datetime import date
>>> simple_post_fax_respond_by(date(2025, 4, 25)).outcome
datetime.date(2025, 5, 6)
>>> print(simple_post_fax_respond_by(date(2025, 4, 25)).basis[0])
khoản 1 Điều 31 Luật Tiếp cận thông tin số 104/2016/QH13
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, Period, WorkingCalendar, WorkingDays
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Later, later, msg
from accessinfo.core.periods import extend
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW_104
from ._units import DayUnit, Due, bare_days, check_sent

__all__ = [
    "complex_post_fax_extended_respond_by",
    "complex_post_fax_notify_by",
    "complex_post_fax_respond_by",
    "simple_post_fax_respond_by",
]

_KEY = ("sent", "valid_request")


SIMPLE_RESPOND = Due(
    WorkingDays(5), "respond_by", later("law_104_2016.art31.simple_post_fax_respond_by")
)


# Khoản 1: "chậm nhất là 05 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ"
@rule(LAW_104.cite(31, 1), key=_KEY)
def simple_post_fax_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide simple, readily available information requested by post or fax."""
    check_sent(sent)
    return SIMPLE_RESPOND.finding(calendar, valid_request, strict=strict, trace=trace)


COMPLEX_NOTIFY = Due(
    WorkingDays(3), "notify_by", later("law_104_2016.art31.complex_post_fax_notify_by")
)


# Khoản 2, câu 1: "chậm nhất là 03 ngày làm việc … phải thông báo bằng văn bản về thời hạn"
@rule(LAW_104.cite(31, 2), key=_KEY)
def complex_post_fax_notify_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to notify the handling time of a complex postal or fax request, in writing."""
    check_sent(sent)
    return COMPLEX_NOTIFY.finding(calendar, valid_request, strict=strict, trace=trace)


COMPLEX_RESPOND = Due(
    WorkingDays(15), "respond_by", later("law_104_2016.art31.complex_post_fax_respond_by")
)


# Khoản 2, câu 2: "Chậm nhất là 15 ngày làm việc … phải cung cấp thông tin hoặc … từ chối"
@rule(LAW_104.cite(31, 2), key=_KEY)
def complex_post_fax_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide, or refuse in writing, complex information requested by post/fax."""
    check_sent(sent)
    return COMPLEX_RESPOND.finding(calendar, valid_request, strict=strict, trace=trace)


# Khoản 2, đoạn 2: "có thể gia hạn nhưng tối đa không quá 15 ngày"
@rule(LAW_104.cite(31, 2), key=_KEY)
def complex_post_fax_extended_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    extension_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day to answer if the agency extends: at most 15 days after the original period.

    By default 15 calendar days from the end of the 15-working-day period, rolled to a working
    day (design.md); ``extension_unit="working"`` reads 15 working days; ``"raise"`` refuses.
    """
    check_sent(sent)
    period, unit, why = extension(extension_unit)
    first = complex_post_fax_respond_by(
        valid_request, sent=sent, calendar=calendar, strict=strict, trace=trace
    )
    return extend(
        first,
        calendar,
        period,
        strict=strict,
        trace=trace,
        readings={"extension_unit": unit},
        explanation=why,
    )


def extension(extension_unit: object) -> tuple[Period, str, Later]:
    """Clause 2's extension, "tối đa không quá 15 ngày", under the reading ``extension_unit``:
    the period, the reading and the text explaining it (``chapter_3.request_deadlines``
    counts it alike)."""
    hit = _EXTENSIONS.get(extension_unit) if type(extension_unit) is str else None
    if hit is not None:
        return hit
    period, unit = bare_days(
        15,
        extension_unit,
        name="extension_unit",
        question=msg("law_104_2016.art31.unit_question"),
    )
    why = later(
        "law_104_2016.art31.complex_post_fax_extended_respond_by",
        days=msg(f"terms.days.{unit}"),
    )
    out = _EXTENSIONS[unit] = (period, unit, why)  # the same for every request: made once
    return out


_EXTENSIONS: dict[str, tuple[Period, str, Later]] = {}
